package dev.niche.concurrency.jmmlitmus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.katas.grader.AnswerKey;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.QuizAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grades {@link Answers} against a hashed key, so that reading this file does not give the allowed sets away. Each
 * litmus test is one check. The key holds, for every candidate outcome, a hash of its verdict and, for each outcome
 * that is forbidden or that no interleaving of the statements produces, the rule that decides it; every other
 * outcome is allowed because some interleaving produces it.
 */
@Kata(id = "concurrency/jmm-litmus", title = "JMM litmus tests: which outcomes are allowed", order = 10,
        checkpoints = "4.2", naiveViolates = CheckKind.EXAMPLE)
class JmmLitmusTest {
    @SuppressWarnings("rawtypes")
    private static final QuizAnswers<Set> ANSWERS = QuizAnswers.in(Answers.class, Set.class);

    /** Why an outcome that some interleaving of the statements produces is allowed. */
    static final String INTERLEAVING = "some interleaving of the threads' statements, each thread in program"
            + " order, produces it, and the JMM allows every such sequentially consistent execution";

    /**
     * One candidate outcome: its registers ("1,0"), SHA-256 of "TEST|1,0|allowed" or "TEST|1,0|forbidden", and
     * the rule that decides it (null: {@link #INTERLEAVING}). A wrong set is reported by its first wrong outcome
     * that has a rule, or else its first wrong outcome.
     */
    record Verdict(String outcome, String hash, String why) {
    }

    /** A test's key: one verdict per candidate outcome, in the order of {@link Litmus#candidates()}. */
    record KeyRow(Litmus test, List<Verdict> verdicts) {
    }

    static Verdict v(String outcome, String hash) {
        return new Verdict(outcome, hash, null);
    }

    static Verdict v(String outcome, String hash, String why) {
        return new Verdict(outcome, hash, why);
    }

    static final List<KeyRow> KEY = List.of(
            new KeyRow(Litmus.SB_PLAIN, List.of(
                    v("0,0", "1406e7ed5030f857", "neither write happens-before the other thread's read, so each read "
                            + "may still see the initial 0 (a store buffer does exactly this, even on x86)"),
                    v("0,1", "457de39facc929c6"),
                    v("1,0", "0d8b83f7f894d859"),
                    v("1,1", "793f271e6f65a378"))),
            new KeyRow(Litmus.SB_VOLATILE, List.of(
                    v("0,0", "2c265d8d88e0bbfc", "volatile accesses form one total synchronization order that "
                            + "respects each thread's program order, and a volatile read sees the last write before "
                            + "it; whichever read comes last in that order follows both writes and sees 1"),
                    v("0,1", "825d57c2710f37a6"),
                    v("1,0", "44651fb8ed082b48"),
                    v("1,1", "89094c7e4442292a"))),
            new KeyRow(Litmus.MP_PLAIN, List.of(
                    v("0,0", "3bef70ddaa5ae43c"),
                    v("0,1", "dfbb3cdc91c180d8"),
                    v("1,0", "89b1a6b11544be81", "a plain flag creates no happens-before edge, so seeing flag == 1 "
                            + "says nothing about data: the compiler or the CPU may reorder the two writes or the "
                            + "two reads (x86 hardware keeps them in order, so there only the JIT shows it; ARM "
                            + "shows it readily)"),
                    v("1,1", "06ed1aeea8772584"))),
            new KeyRow(Litmus.MP_VOLATILE, List.of(
                    v("0,0", "53674b64c3c4262a"),
                    v("0,1", "914d4422f5f9f4b6"),
                    v("1,0", "6df2162763222389", "data = 1 comes before the volatile write flag = 1 in program order, "
                            + "that write synchronizes-with the read that sees it, and r2 = data comes after that "
                            + "read: data = 1 happens-before r2 = data, so r2 sees 1"),
                    v("1,1", "fc0731e7b62418a7"))),
            new KeyRow(Litmus.MP_LOCK, List.of(
                    v("0,0", "18ad8eaeb5a40267"),
                    v("0,1", "b2768ff7f77e051c", "seeing data == 1 would mean Thread 1's block came first; its unlock "
                            + "happens-before Thread 2's lock, so flag == 1 would be visible too. Blocks on the "
                            + "same lock do not interleave"),
                    v("1,0", "54c67e29d948e72b", "both blocks lock the same monitor, so one runs entirely before the "
                            + "other, and the first one's unlock happens-before the second one's lock; seeing flag "
                            + "== 1 means Thread 1's block came first, so data == 1 is visible too"),
                    v("1,1", "eb99cc2d1ea6ab2c"))),
            new KeyRow(Litmus.MP_LOCK_WRITER_ONLY, List.of(
                    v("0,0", "386b94b9059ef3ed"),
                    v("0,1", "ae59a4567d2f3184"),
                    v("1,0", "2a29a6ac7666a475", "a lock orders only threads that take the same lock: Thread 2 never "
                            + "locks, so its plain reads have no happens-before edge to Thread 1's writes and may "
                            + "see them in any combination"),
                    v("1,1", "4f7d3316f515991d"))),
            new KeyRow(Litmus.HB_CHAIN, List.of(
                    v("0,0,0", "7443a53220803dff"),
                    v("0,0,1", "78d6fc711817d7ad"),
                    v("0,1,0", "8b52a508af46c87f", "Thread 2 read a before Thread 1 wrote it, so the chain is broken "
                            + "at its first link: nothing orders data = 1 before Thread 3's read, which races with "
                            + "it and may see 0"),
                    v("0,1,1", "60e2905b8717002a"),
                    v("1,0,0", "18488625a76f47ca"),
                    v("1,0,1", "efe20b14504b1c80"),
                    v("1,1,0", "9f40ab05cd838685", "happens-before is transitive: data = 1, then the volatile write a "
                            + "= 1, which synchronizes-with Thread 2's read of a, then b = 1, which "
                            + "synchronizes-with Thread 3's read of b, then r3 = data; so r3 sees 1"),
                    v("1,1,1", "885d44b3529e74bf"))),
            new KeyRow(Litmus.LB_PLAIN, List.of(
                    v("0,0", "7998c84a891e74ca"),
                    v("0,1", "f715fd87fa04ceb9"),
                    v("1,0", "000f880c2501fd63"),
                    v("1,1", "4a24140d02916bff", "in each thread the read and the following write are independent, so "
                            + "the compiler or the CPU may do the write first; the JLS opens section 17.4 with this "
                            + "very shape (Table 17.4-A). It is not out of thin air: both 1s are written "
                            + "unconditionally"))),
            new KeyRow(Litmus.IRIW_VOLATILE, List.of(
                    v("0,0,0,0", "0554843e2308453e"),
                    v("0,0,0,1", "3fb085cf46cb758c"),
                    v("0,0,1,0", "6e00060c09d3854d"),
                    v("0,0,1,1", "1621f1e6501bc36a"),
                    v("0,1,0,0", "903ea6900216c4d0"),
                    v("0,1,0,1", "e5abd71a38f30448"),
                    v("0,1,1,0", "22dd16459c3bd80e"),
                    v("0,1,1,1", "0f18ad75bc1a7a81"),
                    v("1,0,0,0", "625431780d707733"),
                    v("1,0,0,1", "8db7e38865412157"),
                    v("1,0,1,0", "09879603f7030056", "all volatile accesses fall into one synchronization order that "
                            + "every thread agrees on: Thread 3 seeing x = 1 before y = 1 while Thread 4 sees y = 1 "
                            + "before x = 1 would need two different orders of the two writes (with plain fields "
                            + "the JMM would allow it)"),
                    v("1,0,1,1", "05b318cf57f86ef3"),
                    v("1,1,0,0", "cdd6d0a350695c74"),
                    v("1,1,0,1", "4cf987fea045863b"),
                    v("1,1,1,0", "94a370995db98f32"),
                    v("1,1,1,1", "f9cd4432599d5ef3"))),
            new KeyRow(Litmus.CORR_PLAIN, List.of(
                    v("0,0", "6b850032cb072501"),
                    v("0,1", "ca9f536194856fe0"),
                    v("1,0", "36bd06227affb4ac", "the JMM does not promise coherence for plain fields: neither read "
                            + "is ordered with the write by happens-before, so each may see 0 or 1 on its own, and "
                            + "the JIT may reorder two reads it cannot prove to be the same field"),
                    v("1,1", "45d3a23fe4d39c4f"))),
            new KeyRow(Litmus.CORR_VOLATILE, List.of(
                    v("0,0", "45045fe5ab562b73"),
                    v("0,1", "a37ae23bceb848f6"),
                    v("1,0", "7080fb6c6af76886", "volatile accesses are totally ordered consistently with program "
                            + "order, and each read sees the last write before it: once r1 sees x = 1, the later "
                            + "read r2 comes after that write too (VarHandle opaque access promises this coherence "
                            + "as well; plain access does not)"),
                    v("1,1", "d3d74884e76c3c70"))),
            new KeyRow(Litmus.FINAL_FIELD, List.of(
                    v("-1,-1", "7f6a00897007e4e3"),
                    v("0,0", "7a8471277ded7a04", "f is final and is frozen when the constructor ends, before box is "
                            + "written; a thread that sees the reference then sees f == 42, even through a data "
                            + "race"),
                    v("0,42", "d1fce5b9c7d024b1", "f is final and is frozen when the constructor ends, before box is "
                            + "written; a thread that sees the reference then sees f as the constructor set it, "
                            + "even through a data race"),
                    v("42,0", "7408b62f70161039", "only final fields are frozen at the end of the constructor: g is "
                            + "plain, so the racy write of box may become visible before the write of g (HotSpot's "
                            + "barrier at the end of such a constructor usually hides this; the JMM does not "
                            + "promise it)"),
                    v("42,42", "c45e4021e5bf77d6"))));

    static Stream<Litmus> tests() {
        return KEY.stream().map(KeyRow::test);
    }

    @ParameterizedTest(name = "{0}: the outcomes the JMM allows")
    @MethodSource("tests")
    void allowedOutcomesAreRight(Litmus test) {
        KeyRow row = KEY.stream().filter(r -> r.test() == test).findFirst().orElseThrow();
        Set<?> answer = ANSWERS.answer(test);
        List<Outcome> candidates = test.candidates();
        for (Object outcome : answer) {
            if (!(outcome instanceof Outcome) || !candidates.contains(outcome)) {
                throw new AssertionError("Litmus." + test + ": " + outcome + " is not one of this test's candidate"
                        + " outcomes, " + candidates);
            }
        }
        List<String> wrong = new ArrayList<>();
        int explained = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Outcome outcome = candidates.get(i);
            Verdict verdict = row.verdicts().get(i);
            boolean included = answer.contains(outcome);
            if (!hash(test, outcome, included).equals(verdict.hash())) {
                String text = "you " + (included ? "included " : "left out ") + outcome + ", but the JMM "
                        + (included ? "forbids" : "allows") + " it.\nWhy: "
                        + (verdict.why() == null ? INTERLEAVING : verdict.why()) + ".";
                // Report an outcome decided by a memory-model rule before one any interleaving explains.
                wrong.add(verdict.why() == null ? wrong.size() : explained++, text);
            }
        }
        if (!wrong.isEmpty()) {
            String more = wrong.size() == 1 ? "" : " " + (wrong.size() - 1) + " more outcome"
                    + (wrong.size() == 2 ? " is" : "s are") + " wrong in this test.";
            throw new AssertionError("Litmus." + test + ": " + wrong.get(0).replace("\n", more + "\n"));
        }
    }

    @Test
    @DisplayName("Answers has one method per litmus test, and the key covers every test and outcome")
    void everyTestIsAsked() {
        assertThat(tests().toList()).as("tests in the key").containsExactly(Litmus.values());
        for (KeyRow row : KEY) {
            assertThat(row.verdicts().stream().map(Verdict::outcome).toList()).as("outcomes of " + row.test())
                    .isEqualTo(row.test().candidates().stream().map(JmmLitmusTest::registers).toList());
        }
        ANSWERS.assertOneMethodPerQuestion(tests().map(QuizAnswers::methodName).toList());
    }

    @Test
    @DisplayName("The key explains every forbidden outcome with its rule (solution mode)")
    @EnabledIfSystemProperty(named = "kata.mode", matches = "solution")
    void everyForbiddenOutcomeIsExplained() {
        for (KeyRow row : KEY) {
            Set<?> allowed = ANSWERS.answer(row.test());
            for (int i = 0; i < row.verdicts().size(); i++) {
                if (!allowed.contains(row.test().candidates().get(i))) {
                    assertThat(row.verdicts().get(i).why()).as("why " + row.test() + " forbids "
                            + row.test().candidates().get(i)).isNotNull();
                }
            }
        }
    }

    static String registers(Outcome outcome) {
        return outcome.registers().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static String hash(Litmus test, Outcome outcome, boolean allowed) {
        return AnswerKey.hash(test.name(), registers(outcome), allowed ? "allowed" : "forbidden");
    }
}
