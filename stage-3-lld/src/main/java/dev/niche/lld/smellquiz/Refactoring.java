package dev.niche.lld.smellquiz;

/**
 * The refactoring that removes a smell. Given code: do not change it. A refactoring may answer several smells, or
 * none.
 */
public enum Refactoring {
    /** Move a group of fields and the methods that use them out of a class into a new class of their own. */
    EXTRACT_CLASS,
    /** Turn a fragment of code into a method with a name, and call it from every place that needs it. */
    EXTRACT_METHOD,
    /** Pull the methods one kind of client uses into an interface of their own; repeat for each kind of client. */
    EXTRACT_INTERFACE,
    /** Give each case of a conditional its own subtype that overrides one method, and call that method instead. */
    REPLACE_CONDITIONAL_WITH_POLYMORPHISM,
    /** Hold the former superclass in a field and forward to it only the operations that make sense. */
    REPLACE_INHERITANCE_WITH_DELEGATION,
    /** Receive a collaborator through the constructor, typed as an interface, instead of creating or looking it up. */
    INJECT_DEPENDENCY,
    /** Move a method (or a field) to the class whose data it uses, or to the class where its change belongs. */
    MOVE_METHOD,
    /** Replace parameters that always travel together with one object that holds them. */
    INTRODUCE_PARAMETER_OBJECT,
    /** Replace a String or a number that stands for a domain idea with a small immutable type that validates it. */
    REPLACE_PRIMITIVE_WITH_VALUE_OBJECT,
    /** Replace a method whose boolean argument picks what it does with one method per choice. */
    REMOVE_FLAG_ARGUMENT,
    /** Fold a class that does too little into the class that uses it, and delete it. */
    INLINE_CLASS
}
