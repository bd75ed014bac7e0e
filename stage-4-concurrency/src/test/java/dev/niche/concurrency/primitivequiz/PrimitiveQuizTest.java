package dev.niche.concurrency.primitivequiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.katas.grader.AnswerKey;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.QuizAnswers;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grades {@link Answers} against a hashed key, so that reading this file does not give the choices away. Each
 * scenario is one check. A wrong choice is explained: for the tempting wrong choices, why that tool fails or
 * overshoots this scenario; for any other, what the tool gives next to what the scenario needs.
 */
@Kata(id = "concurrency/primitive-quiz", title = "Pick the primitive: scenario to tool", order = 9,
        checkpoints = "4.1", naiveViolates = CheckKind.EXAMPLE)
class PrimitiveQuizTest {
    private static final QuizAnswers<Primitive> ANSWERS = QuizAnswers.in(Answers.class, Primitive.class);

    /** Why a tempting choice does not fit: keyed by SHA-256 of "SCENARIO|why-not|CHOICE". */
    record WhyNot(String choiceHash, String reason) {
    }

    /**
     * A scenario's key: SHA-256 of "SCENARIO|primitive|ANSWER", what the scenario needs (shown with any wrong
     * choice), and the reasons against the tempting wrong choices.
     */
    record KeyRow(Scenario scenario, String answerHash, String need, List<WhyNot> whyNot) {
    }

    static WhyNot why(String choiceHash, String reason) {
        return new WhyNot(choiceHash, reason);
    }

    /** What each tool gives, for the explanation of a choice the key has no specific reason against. */
    static final Map<Primitive, String> GIVES = new EnumMap<>(Map.ofEntries(
            Map.entry(Primitive.LOCK, "makes one thread at a time run the guarded code"),
            Map.entry(Primitive.ATOMIC, "makes one read-modify-write of one variable indivisible"),
            Map.entry(Primitive.LONG_ADDER, "adds from many threads cheaply but only sums at the end, and hands"
                    + " no caller its own value"),
            Map.entry(Primitive.VOLATILE, "makes one variable's latest write visible, with no read-modify-write"),
            Map.entry(Primitive.COPY_ON_WRITE, "copies the whole structure on every change so that readers never"
                    + " lock"),
            Map.entry(Primitive.IMMUTABILITY, "shares state that never changes after its constructor"),
            Map.entry(Primitive.THREAD_CONFINEMENT, "keeps mutable state inside one thread, shared with no one"),
            Map.entry(Primitive.CONCURRENT_MAP, "gives a keyed table with atomic per-key updates"),
            Map.entry(Primitive.BLOCKING_QUEUE, "hands items from producers to consumers, waiting when full or"
                    + " empty"),
            Map.entry(Primitive.COUNT_DOWN_LATCH, "opens a gate once, after N events, and never closes it again"),
            Map.entry(Primitive.CYCLIC_BARRIER, "makes N threads wait for each other, round after round"),
            Map.entry(Primitive.SEMAPHORE, "caps how many threads are inside at once"),
            Map.entry(Primitive.HOLDER_CLASS, "creates one static value lazily, exactly once")));

    static final List<KeyRow> KEY = List.of(
            new KeyRow(Scenario.PAGE_HITS, "f4f950acdedcb814",
                    "many threads only add, one rare reader wants the total, and the adders must "
                    + "stop fighting over one memory location",
                    List.of(
                            why("4cced7a57ee17120", "an AtomicLong is correct, but every increment is a "
                                + "compare-and-set on one memory location, so 64 threads keep "
                                + "retrying against each other: that is the contention the profiler "
                                + "shows"),
                            why("d21c3306f5afad12", "a lock is correct, but every request would queue for it only to "
                                + "add one, while the one reader needs no exact snapshot"),
                            why("87a28ddba1d0f8d6", "hits++ on a volatile field is still a read and a separate write: "
                                + "two threads read 41, both write 42, and a hit is lost"))),
            new KeyRow(Scenario.ORDER_IDS, "b78336c98d8d3f6d",
                    "each caller needs the number its own increment produced, unique, in one step",
                    List.of(
                            why("73b17b9b0af13956", "increment() returns nothing and sum() is not a snapshot: two "
                                + "threads that add and then sum can both read 8, so two orders "
                                + "share an id"),
                            why("ac5522f1c375205c", "nextId++ on a volatile field is a read and a separate write: two "
                                + "threads can both read 7 and both hand out 8"),
                            why("d36930aef7e42e15", "a lock is correct but heavier than needed: one variable changes, "
                                + "and an atomic increment returns the new value in one step "
                                + "without ever blocking"))),
            new KeyRow(Scenario.ACCOUNT_LEDGER, "370a31afe58ee7e7",
                    "a check and the update of two fields, one of them a growing list, must "
                    + "happen as one indivisible step",
                    List.of(
                            why("30da5db99ef953a8", "an atomic variable makes one variable's update indivisible; here "
                                + "a check and two fields, one a mutable ArrayList, must change "
                                + "together (an AtomicReference to an immutable copy would copy the "
                                + "whole history on every withdrawal)"),
                            why("e6f0d1eb51520f31", "volatile makes each write visible, but nothing makes "
                                + "check-subtract-append one step: two withdrawals can both pass "
                                + "the check and overdraw the wallet"),
                            why("00f5e16a5fd3fec4", "copying the whole history on every withdrawal makes each write "
                                + "O(n), and two writers that copy at the same time lose one update "
                                + "unless they also lock"))),
            new KeyRow(Scenario.CONFIG_RELOAD, "905de95b74b4e327",
                    "readers vastly outnumber the one writer, must never wait, and must see all "
                    + "settings from the same version",
                    List.of(
                            why("0bd3df17932a2da1", "a lock (even a read lock) is correct, but every request would "
                                + "pay for it only to read, and a request would wait while the "
                                + "rules are replaced, which the scenario forbids"),
                            why("c98bd08417ed8f58", "a volatile reference is only half of it: if the rules object is "
                                + "mutable and updated in place, a request still sees some old and "
                                + "some new settings"),
                            why("a3596d7523d775e4", "per-key atomicity does not make twenty settings change together: "
                                + "during a reload a request can read some old and some new keys"),
                            why("5fa8dce8a9660d36", "nothing here is read-modify-write: one writer replaces the whole "
                                + "value. If you meant an AtomicReference to an immutable rules "
                                + "object, the idea is right: pick the option that names that idea"))),
            new KeyRow(Scenario.EVENT_LISTENERS, "6b3183fb88b95c6d",
                    "constant iteration by many threads, rare changes, and an iteration must "
                    + "never see the list change under it",
                    List.of(
                            why("c0db7e5bccfaf055", "holding a lock while iterating makes every delivery wait for "
                                + "every other one, and a listener that subscribes from its callback "
                                + "re-enters the lock and still breaks the iteration with "
                                + "ConcurrentModificationException"),
                            why("070974e553be7057", "a volatile reference to an ArrayList still lets subscribe() "
                                + "change that list while other threads iterate over it"),
                            why("9dfa31a7af1c81ff", "a map gives per-key safety, but the bus needs a list iterated in "
                                + "order thousands of times a second while changes are rare"))),
            new KeyRow(Scenario.RESIZE_PIPELINE, "0bf93ba3629f7eb5",
                    "a bounded hand-off: producers wait while it is full, consumers sleep while "
                    + "it is empty",
                    List.of(
                            why("64a70c84c7afac6c", "a semaphore can cap how many images are pending, but it hands "
                                + "nothing over: you would still need a thread-safe queue, and a "
                                + "way for idle workers to sleep until work arrives"),
                            why("bea921f3bfec2374", "a lock protects a list, but the waiting (uploads while full, "
                                + "workers while empty) is the point here, and with a bare lock you "
                                + "would write it yourself with conditions"),
                            why("7d051fd8fa3cd999", "a map has no order and no waiting: workers would poll it in a "
                                + "loop, and nothing would make uploads wait at 100"),
                            why("1dccd53abe068552", "every image added would copy the whole list, and workers would "
                                + "have to poll it in a loop"))),
            new KeyRow(Scenario.STARTUP_GATE, "1149ed9defd1890b",
                    "a one-time gate that opens after five events and then stays open",
                    List.of(
                            why("7ad3bb33e5afcd93", "a barrier makes its parties wait for each other and then resets; "
                                + "here the services must not wait for each other, and the gate "
                                + "must stay open after it opens"),
                            why("4f888e5e9d408812", "an atomic counter counts the five starts correctly, but the "
                                + "readiness check could only spin until it reads 5: nothing lets "
                                + "it sleep until then"),
                            why("1e098079e0d403a4", "a semaphore counts permits to enter, not events that happened: "
                                + "with five releases and an acquire(5), the first caller takes "
                                + "every permit and the next caller blocks again"),
                            why("53c4ea1f0353ec86", "started++ on a volatile field loses counts when two services "
                                + "finish at once, and the readiness check would have to spin"))),
            new KeyRow(Scenario.SIMULATION_STEPS, "8882878fab0b59ac",
                    "a fixed group of threads that wait for each other at the end of every step, "
                    + "again and again",
                    List.of(
                            why("5ac45ea6f1062b7e", "a latch is one-shot: once it reaches zero it stays open, so step "
                                + "2 would not wait at all; you would need 10,000 latches and a "
                                + "safe way to hand each one to every thread"),
                            why("155eefd2948e4b8c", "a lock keeps threads out of each other's way; it does not make a "
                                + "thread wait until the others have finished their step"),
                            why("5506d7985c5d22c7", "permits bound how many threads are inside; they do not make four "
                                + "threads wait until all four have arrived"))),
            new KeyRow(Scenario.DATABASE_CONNECTIONS, "7d6e343a5ea23b7b",
                    "at most ten callers inside at once, the others waiting their turn, and no "
                    + "objects to hand out",
                    List.of(
                            why("94d8fe01e2235fd7", "a queue of connection objects is how a pool works, but this "
                                + "library opens its own connection: there is nothing to put in the "
                                + "queue, only a number of calls to cap"),
                            why("21578402fd43e1c4", "a lock lets one call in at a time, not ten: nine of the "
                                + "connections the database allows would sit unused"),
                            why("88476cb3a3f2a1a7", "an atomic counter can count the calls in progress, but a caller "
                                + "over the limit has no way to sleep until one finishes; it could "
                                + "only spin or fail"))),
            new KeyRow(Scenario.TOKENIZER_SINGLETON, "d4ebc6e99ce06f17",
                    "built exactly once, only on first use, and read afterwards with no "
                    + "synchronization cost",
                    List.of(
                            why("ccf43b574a70150d", "a synchronized getter is correct, but it takes the lock on every "
                                + "one of millions of reads a second, long after the model has been "
                                + "built"),
                            why("71e0cb6ed788d636", "a volatile field alone does not stop two threads that both see "
                                + "null from both loading the model: the check and the creation "
                                + "must be one step"),
                            why("5da1bd6c1273b263", "compareAndSet decides which instance wins, but only after both "
                                + "threads have built one: the two-second load can still run twice"),
                            why("0d4f00eebc291438", "an immutable tokenizer is safe to share once built; the question "
                                + "here is how to build it exactly once, lazily"))),
            new KeyRow(Scenario.REQUEST_MEMO, "ca4df67874b23087",
                    "a mutable map that only one thread ever touches",
                    List.of(
                            why("e4002995e6edeac9", "correct but unneeded: no other thread can ever reach this map, "
                                + "so there is nothing to coordinate, and every call pays for a "
                                + "concurrent map"),
                            why("581bd7a9d43cbc02", "no other thread can reach the map, so a lock never has anyone to "
                                + "exclude; it only adds cost"),
                            why("3f0546e37174126d", "the map is filled during the request, so it is not immutable; it "
                                + "is safe for another reason"))),
            new KeyRow(Scenario.CANCEL_BUTTON, "0a3642837c6c254d",
                    "one thread's single write must become visible to another thread's repeated "
                    + "reads",
                    List.of(
                            why("6722481d00f9f07c", "an AtomicBoolean works, but nothing here is read-modify-write: "
                                + "one thread writes once and another reads; the least the field "
                                + "needs is visibility"),
                            why("2dd660ba6ab5b9d7", "locking every read and the write works, but takes a lock on "
                                + "every loop iteration to get what a field modifier gives: "
                                + "visibility of one write"),
                            why("3f91319e8eef926b", "the UI thread writes the flag and the worker reads it, so it is "
                                + "shared; with no happens-before edge the JIT may read it once and "
                                + "loop forever"))),
            new KeyRow(Scenario.PROFILE_CACHE, "e830a734bdcd16a3",
                    "many threads reading and filling a keyed table at once, each key computed at "
                    + "most once",
                    List.of(
                            why("67c8c4cbfd97736d", "a lock around the map serializes every lookup, even of different "
                                + "users, and one slow load blocks every request"),
                            why("3d6e2cc9aa934302", "every new profile would copy the whole map, and two threads "
                                + "missing the same user would both load it"),
                            why("70c0507cd69a4018", "an AtomicReference to the map would copy it on every new "
                                + "profile, and two threads missing the same user would both load "
                                + "it"))),
            new KeyRow(Scenario.MONEY_VALUES, "045547cb6e3324c3",
                    "values that never change after construction, shared freely",
                    List.of(
                            why("890b452a31075f15", "nothing changes after the constructor, so there is nothing to "
                                + "exclude, and final fields already guarantee that every thread "
                                + "sees them set"),
                            why("ba3286c5b575a669", "final fields already give every reader the constructor's values, "
                                + "with no cost on each read"),
                            why("a0e35f40c1d1e80a", "nothing is ever replaced or changed, so there is no snapshot to "
                                + "swap"),
                            why("c394adbdeef0e51b", "the values are shared between threads, not kept in one; they are "
                                + "safe for another reason"))));

    static Stream<Scenario> scenarios() {
        return KEY.stream().map(KeyRow::scenario);
    }

    @ParameterizedTest(name = "{0}: which primitive fits best")
    @MethodSource("scenarios")
    void choiceIsRight(Scenario scenario) {
        KeyRow row = KEY.stream().filter(r -> r.scenario() == scenario).findFirst().orElseThrow();
        Primitive choice = ANSWERS.answer(scenario);
        if (hash(scenario, "primitive", choice).equals(row.answerHash())) {
            return;
        }
        String reason = row.whyNot().stream()
                .filter(w -> w.choiceHash().equals(hash(scenario, "why-not", choice)))
                .map(WhyNot::reason).findFirst()
                .orElse(choice + " " + GIVES.get(choice) + "; this scenario needs something else: " + row.need());
        throw new AssertionError("Scenario." + scenario + ": not " + choice + ".\nWhy: " + reason + ".");
    }

    @Test
    @DisplayName("Answers has one method per scenario, and the key covers every scenario")
    void everyScenarioIsAsked() {
        assertThat(scenarios().toList()).as("scenarios in the key").containsExactly(Scenario.values());
        assertThat(GIVES).as("tools described").containsOnlyKeys(Primitive.values());
        ANSWERS.assertOneMethodPerQuestion(scenarios().map(QuizAnswers::methodName).toList());
    }

    static String hash(Scenario scenario, String part, Primitive choice) {
        return AnswerKey.hash(scenario.name(), part, choice.name());
    }
}
