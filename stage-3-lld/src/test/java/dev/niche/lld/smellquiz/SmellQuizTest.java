package dev.niche.lld.smellquiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.katas.grader.AnswerKey;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.QuizAnswers;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grades {@link Answers} against a hashed key, so that reading this file does not give the diagnoses away. Each
 * smell is one check: the report says whether the principle or the refactoring is wrong, with the smell's hint.
 */
@Kata(id = "lld/smell-quiz", title = "Name the smell, the principle and the refactoring", order = 130,
        checkpoints = "3.2", naiveViolates = CheckKind.EXAMPLE)
class SmellQuizTest {
    private static final QuizAnswers<Diagnosis> ANSWERS = QuizAnswers.in(Answers.class, Diagnosis.class);

    /**
     * A smell's key: SHA-256 of "SMELL|principle|PRINCIPLE" and of "SMELL|refactoring|REFACTORING", and the hint
     * shown when the diagnosis is wrong.
     */
    record KeyRow(Smell smell, String principleHash, String refactoringHash, String hint) {
        String sentence() {
            return "Hint: " + hint + ".";
        }
    }

    static final List<KeyRow> KEY = List.of(
            new KeyRow(Smell.GOD_CLASS, "d8d50dbc66774f60", "e8634fb8c14a91f7",
                    "one class serves the front desk, billing and reporting, so it has three reasons to change; give"
                    + " each concern a class of its own and let the manager delegate"),
            new KeyRow(Smell.TYPE_SWITCH, "afc195466a801209", "9cf4724a8506e5e2",
                    "a new kind of shipment should be a new class, not an edit in three switches; each kind can"
                    + " answer fee, label and maxDays itself"),
            new KeyRow(Smell.REFUSED_BEQUEST, "27ffbc80af8289be", "00450e6b75f2f886",
                    "the log promises to be a List, then breaks the List's promises; it should not be a List at all,"
                    + " only use one inside and expose append and read"),
            new KeyRow(Smell.FAT_INTERFACE, "9b2a34a8629045d7", "2dd7b805fc57cff7",
                    "two clients are forced to depend on methods they never call; give each kind of client an"
                    + " interface with just what it uses"),
            new KeyRow(Smell.SERVICE_NEWS_UP_ITS_DATABASE, "a9c678b83fddd648", "e43b1ae510a02cbc",
                    "the billing policy depends on a concrete storage detail; let it depend on an interface it owns"
                    + " and receive the Postgres implementation from outside"),
            new KeyRow(Smell.STATEFUL_SINGLETON, "1a79ee051684b827", "67e252678b8c7335",
                    "the trouble is state shared by the whole program and reached from anywhere; create a session"
                    + " per user and pass it to the code that needs it"),
            new KeyRow(Smell.FEATURE_ENVY, "0b5ad02ceeb440af", "e7dff37acb36bd08",
                    "the computation uses Parcel's data and none of its own; ask the parcel for its billed weight"
                    + " and let the parcel compute it"),
            new KeyRow(Smell.SHOTGUN_SURGERY, "245af227338118d3", "402185bf911fca39",
                    "this is the mirror image of a god class: one reason to change spread over five classes. Gather"
                    + " what a priority means into one place; the five classes are too busy to be folded away"),
            new KeyRow(Smell.PRIMITIVE_OBSESSION, "aca371fb1312043e", "e471cb8bf894a647",
                    "a shared helper would still let an unchecked String slip through; a type that can only hold a"
                    + " valid, normalised address cannot"),
            new KeyRow(Smell.LONG_PARAMETER_LIST, "6fef2818b6b54547", "73595951bfdcfda2",
                    "the arguments that travel together are unnamed concepts, a guest and a stay; a stay that checks"
                    + " its own dates cannot be swapped by mistake"),
            new KeyRow(Smell.BOOLEAN_FLAG_PARAMETER, "d22b77217297c437", "56a7dd221515f2f1",
                    "the method does two unrelated jobs and the flag picks one; the callers already know which one"
                    + " they want, so give each job its own named method"),
            new KeyRow(Smell.DUPLICATED_CODE, "d95f39fc5d6952d3", "b59687ab8a41713b",
                    "one rule, three copies; give the rule one home with a name and call it from the three places"),
            new KeyRow(Smell.SPECULATIVE_GENERALITY, "6351b6cbb4c32a48", "50fc775971f9ca75",
                    "an abstraction with one case costs reading time and buys nothing yet; fold the interface and"
                    + " the factory into the one class that does the work, and add them back when a second case"
                    + " arrives"));

    static Stream<Smell> smells() {
        return KEY.stream().map(KeyRow::smell);
    }

    @ParameterizedTest(name = "{0}: which principle does it break, and which refactoring removes it")
    @MethodSource("smells")
    void diagnosisIsRight(Smell smell) {
        KeyRow row = KEY.stream().filter(r -> r.smell() == smell).findFirst().orElseThrow();
        Diagnosis diagnosis = ANSWERS.answer(smell);
        boolean principleRight = hash(smell, "principle", diagnosis.principle().name()).equals(row.principleHash());
        boolean refactoringRight = hash(smell, "refactoring", diagnosis.refactoring().name())
                .equals(row.refactoringHash());
        if (!principleRight && !refactoringRight) {
            throw new AssertionError("Smell." + smell + ": neither " + diagnosis.principle() + " nor "
                    + diagnosis.refactoring() + " fits this smell. " + row.sentence());
        }
        if (!principleRight) {
            throw new AssertionError("Smell." + smell + ": " + diagnosis.refactoring() + " is the right move, but "
                    + diagnosis.principle() + " is not the principle this code breaks. " + row.sentence());
        }
        if (!refactoringRight) {
            throw new AssertionError("Smell." + smell + ": right, it breaks " + diagnosis.principle() + ", but "
                    + diagnosis.refactoring() + " is not the refactoring that removes the smell. "
                    + row.sentence());
        }
    }

    @Test
    @DisplayName("Answers has one method per smell, and the key covers every smell")
    void everySmellIsAsked() {
        assertThat(smells().toList()).as("smells in the key").containsExactly(Smell.values());
        ANSWERS.assertOneMethodPerQuestion(smells().map(QuizAnswers::methodName).toList());
    }

    static String hash(Smell smell, String part, String answer) {
        return AnswerKey.hash(smell.name(), part, answer);
    }
}
