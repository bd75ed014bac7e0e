package dev.niche.lld.smellquiz;

/**
 * The principle a smell breaks. Given code: do not change it. A principle may answer several smells, or none.
 */
public enum Principle {
    /** A class, or a method, has one reason to change: it serves one actor and does one job. */
    SINGLE_RESPONSIBILITY,
    /** Adding a new kind of thing means adding code, not editing the code that already works. */
    OPEN_CLOSED,
    /** A subtype can stand in wherever its base type is expected, keeping every promise the base type makes. */
    LISKOV_SUBSTITUTION,
    /** No client is forced to depend on methods it does not use. */
    INTERFACE_SEGREGATION,
    /** Policy depends on abstractions; the concrete details (databases, networks, files) are plugged in. */
    DEPENDENCY_INVERSION,
    /** No hidden global state: what a class reads and changes reaches it through its constructor or arguments. */
    EXPLICIT_DEPENDENCIES,
    /** Tell, don't ask: behaviour lives in the object that owns the data it works on. */
    TELL_DONT_ASK,
    /** Common closure: what changes for one reason lives in one place. */
    COMMON_CLOSURE,
    /** Whole value: a domain idea (money, a date range, an email address) is one type that checks itself. */
    WHOLE_VALUE,
    /** Don't repeat yourself: every piece of knowledge has exactly one home in the code. */
    DONT_REPEAT_YOURSELF,
    /** You aren't gonna need it: no abstraction before a second case asks for it. */
    SIMPLICITY
}
