package dev.niche.dsa.whennotquiz;

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
 * Grades {@link Answers} against a hashed key, so that reading this file does not give the verdicts away. Each
 * scenario is one check: the report says whether the yes/no part or the alternative is wrong, with the
 * scenario's hint.
 */
@Kata(id = "dsa/when-not-quiz", title = "When a pattern does not apply, and what instead", order = 410,
        checkpoints = "2.3", naiveViolates = CheckKind.EXAMPLE)
class WhenNotQuizTest {
    private static final QuizAnswers<Verdict> ANSWERS = QuizAnswers.in(Answers.class, Verdict.class);


    /**
     * A scenario's key: SHA-256 of "SCENARIO|applies|yes-or-no" and of "SCENARIO|instead|ALTERNATIVE" (with
     * "-" for the alternative when the proposal applies), and the hint shown when the verdict is wrong.
     */
    record KeyRow(Scenario scenario, String appliesHash, String insteadHash, String hint) {
        /** "Hint: ..." as a sentence (a hint that ends in a question keeps its question mark). */
        String sentence() {
            return "Hint: " + hint + (hint.endsWith("?") ? "" : ".");
        }
    }

    static final List<KeyRow> KEY = List.of(
            new KeyRow(Scenario.SAVINGS_WITH_WITHDRAWALS, "41735bc47d8f6b13", "fee66a9c619186eb",
                    "with negative days, dropping a run's first day can raise its total and adding a day can lower"
                    + " it, so the rule for shrinking the window no longer holds. A run's total is a difference of"
                    + " two running totals; keep, in order, only the starts whose running total is lower than that"
                    + " of every later start"),
            new KeyRow(Scenario.DRY_SPELL_TOTALS, "2baa0407a8ea4d76", "a27ec1f4b517af4c",
                    "no hour is negative: adding an hour never lowers a run's total and dropping one never raises"
                    + " it. Zeros do not change that"),
            new KeyRow(Scenario.ROUTE_WITH_REBATES, "e025f43c91aa87a2", "a2fcb122bd9764cd",
                    "Dijkstra closes a town for good once it is the cheapest open one, but a rebate leg found later"
                    + " can still make it cheaper. You need rounds that relax every leg again until nothing"
                    + " improves"),
            new KeyRow(Scenario.ROUTE_WITH_FREE_TRANSFERS, "f3929a1362c1a9d5", "81097c7468b71a76",
                    "settling the cheapest open node first stays right as long as no edge is negative; a free"
                    + " transfer costs 0"),
            new KeyRow(Scenario.ODD_STAMPS, "da3d395fdaf49a64", "50939e6e1a2168c6",
                    "work out 14 cents by hand, largest stamp first and then any way you like. The fewest stamps for"
                    + " an amount follows from the fewest for that amount minus each stamp's value"),
            new KeyRow(Scenario.EURO_COINS, "6b90d80d677e6c46", "92234ccf6ee2222e",
                    "look for an amount where taking the largest piece first loses, for example among the amounts"
                    + " below 10 and among the tens. Coin systems where no such amount exists are called canonical"),
            new KeyRow(Scenario.QUEUE_OVER_LIMIT, "dc659169f0bc2a3d", "03d5dfecc20bca4b",
                    "halving needs a yes/no question whose answer flips only once along the minutes; a queue that"
                    + " rises and falls can answer yes, no, yes. And 1,440 values are read in no time"),
            new KeyRow(Scenario.PAIR_POSITIONS_UNSORTED, "f14d8d85fc0248b8", "db7d341cef0e6b77",
                    "the inward walk is right only on sorted input, and sorting costs O(n log n) and moves the"
                    + " orders away from their positions. Each order needs a partner worth V minus its amount:"
                    + " remember where each amount was seen"),
            new KeyRow(Scenario.METRO_MINUTES, "bfcebf10ab7e99e8", "b4503ae9d141ff87",
                    "breadth-first order counts legs, not seconds: two short legs can beat one long one. No leg"
                    + " takes a negative time"),
            new KeyRow(Scenario.MEMO_MERGE_SORT, "b5bf9155e5ed03f0", "fda994725f3b2c80",
                    "a cache pays off only when the same call is made again. Does merge sort ever sort the same"
                    + " range twice?"),
            new KeyRow(Scenario.DEEP_CHAIN, "6c94ce127252a5cc", "1910d421cc47a922",
                    "each recursive call keeps its stack frame until everything below it is listed: a chain of 10^6"
                    + " jobs needs 10^6 frames at once, on a stack you cannot grow. The same depth-first walk can"
                    + " keep its pending jobs somewhere else"),
            new KeyRow(Scenario.LINKS_COME_AND_GO, "af0b4747a74c9f65", "37ec2fe32f96e3f0",
                    "union-find merges groups but cannot split one when a link is unplugged. With 2,000 computers"
                    + " and 2,000 changes, looking at the whole current network per question is affordable"),
            new KeyRow(Scenario.TOTALS_WITH_EDITS, "35fce69549bcad05", "f1cb458e412d368e",
                    "one edit changes every running total after it, O(n) per edit. Keep totals over blocks of rows"
                    + " so that an edit and a question each touch only O(log n) of them"),
            new KeyRow(Scenario.GRID_PATHS_WITH_ROCKS, "c8da746b17dbf3f4", "962df717a01baaf4",
                    "the number of routes from a cell depends only on the cell, and many routes pass through the"
                    + " same cell: the cache is hit again and again, and at most 2,500 cells are ever computed"));

    static Stream<Scenario> scenarios() {
        return KEY.stream().map(KeyRow::scenario);
    }

    @ParameterizedTest(name = "{0}: does the proposal apply, and if not, what instead")
    @MethodSource("scenarios")
    void verdictIsRight(Scenario scenario) {
        KeyRow row = KEY.stream().filter(r -> r.scenario() == scenario).findFirst().orElseThrow();
        Verdict verdict = ANSWERS.answer(scenario);
        if (!hash(scenario, "applies", verdict.applies() ? "yes" : "no").equals(row.appliesHash())) {
            throw new AssertionError("Scenario." + scenario + ": you say the proposal "
                    + (verdict.applies() ? "applies" : "does not apply") + "; that is not right. "
                    + row.sentence());
        }
        String instead = verdict.instead() == null ? "-" : verdict.instead().name();
        if (!hash(scenario, "instead", instead).equals(row.insteadHash())) {
            throw new AssertionError("Scenario." + scenario + ": right, the proposal does not apply, but "
                    + instead + " is not what fits instead. "
                    + row.sentence());
        }
    }

    @Test
    @DisplayName("Answers has one method per scenario, and the key covers every scenario")
    void everyScenarioIsAsked() {
        assertThat(scenarios().toList()).as("scenarios in the key").containsExactly(Scenario.values());
        ANSWERS.assertOneMethodPerQuestion(scenarios().map(QuizAnswers::methodName).toList());
    }

    static String hash(Scenario scenario, String part, String answer) {
        return AnswerKey.hash(scenario.name(), part, answer);
    }
}
