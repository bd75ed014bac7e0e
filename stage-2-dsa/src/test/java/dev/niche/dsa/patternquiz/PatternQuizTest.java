package dev.niche.dsa.patternquiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.katas.grader.AnswerKey;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.QuizAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grades {@link Answers} against a hashed key, so that reading this file does not give the answers away. Each
 * problem is one check; a wrong part (pattern, target time, brute-force time) gets that part's hint, which points
 * at the clue in the statement.
 */
@Kata(id = "dsa/pattern-quiz", title = "Pattern quiz: name the pattern and its time", order = 360,
        checkpoints = "2.1", naiveViolates = CheckKind.EXAMPLE)
class PatternQuizTest {
    private static final QuizAnswers<Answer> ANSWERS = QuizAnswers.in(Answers.class, Answer.class);


    /**
     * One problem's key: the hashes of the accepted patterns (two where two fit equally well), of the target
     * time and of the brute-force time, each hashed as SHA-256 of "PROBLEM|part|ANSWER", and a hint per part.
     */
    record KeyRow(Problem problem, List<String> patternHashes, String targetHash, String bruteHash,
                  String patternHint, String targetHint, String bruteHint) {
    }

    static final List<KeyRow> KEY = List.of(
            new KeyRow(Problem.SQUARED_DEVIATIONS, List.of("c40d63f11da3b031"), "bdfa950ccb6329c5",
                    "f1d2c7bd890e517f",
                    "the input is sorted and holds negatives; where in it can the largest square be?",
                    "each step can place one square of the result, from the largest down",
                    "what does sorting n values cost?"),
            new KeyRow(Problem.SHORTEST_FUNDED_STRETCH, List.of("e84e5b3a7998694d"), "6b43b1d9ff3b114a",
                    "3c9a940f06116cab",
                    "every pledge is positive: adding a day on the right only raises a run's total, dropping its"
                    + " first day only lowers it",
                    "each day can enter the run once and leave it once",
                    "n first days, each extended by up to n days"),
            new KeyRow(Problem.BALANCE_DAY, List.of("d1e7e644ab1a3a29"), "d52d46a8aa6aeecb", "79582bebaf49e6cb",
                    "the changes after d add up to the grand total minus the changes up to d; negative changes rule"
                    + " out moving two ends toward each other",
                    "one pass for the grand total, one more with a total that runs from the left",
                    "n days, each adding up the other n - 1 from scratch"),
            new KeyRow(Problem.RAINFALL_QUESTIONS, List.of("e30735bf44e23419"), "d147d26983c5938e",
                    "a7fe3d6a9df2937a",
                    "the archive never changes: store numbers once so that any range of days is the difference of"
                    + " two of them",
                    "after the preparation, a question reads two stored numbers",
                    "a question may cover the whole season"),
            new KeyRow(Problem.TRAIL_SUMMIT, List.of("9c05f1641b60bfdb"), "9d54e52d68bdaa4c", "185abd3f5752e480",
                    "compare a sample with the next one: rising says the summit is further on, falling says it is"
                    + " here or before; that answer flips only once along the trail",
                    "each read can rule out half of the points that may still be the summit",
                    "the summit may be the last point"),
            new KeyRow(Problem.PRINT_SPEED, List.of("2ffea57e5e7e8a45"), "9c9163ca2fd6d095", "9a764f1c5b4c4972",
                    "you are not searching the jobs but the speeds: if a speed finishes in time, every faster one"
                    + " does too",
                    "a candidate speed costs one pass over the n jobs; how many candidates among 1..m if each test"
                    + " halves them?",
                    "up to m speeds, each checked with a pass over the n jobs"),
            new KeyRow(Problem.SNOW_STREAK, List.of("1770ab521c341328"), "ead91ed0423f9807", "f1ec2c8d48828dc5",
                    "once a deeper day comes, the shallower days before it can never stop a later walk back: keep"
                    + " only the days that still can, most recent on top",
                    "each day is set aside once and dropped at most once",
                    "a day deeper than all before it walks back to the first day"),
            new KeyRow(Problem.NEAREST_STORES, List.of("99ed3250a06729ab"), "0bda161810e46073",
                    "00cdf74bd39af34b",
                    "keep the m closest seen so far and compare each new store with the farthest of them",
                    "each of the n stores costs at most one replacement in a structure of size m, not of size n",
                    "what does sorting all n stores cost?"),
            new KeyRow(Problem.PAINTED_FENCE, List.of("dfba55cfa5c8f6ce"), "6e1d1214f612e885",
                    "080a0f15cca16f73",
                    "the fence is too long to mark metre by metre; take the stretches in order of where they start"
                    + " and walk along, extending or closing the current painted block",
                    "the walk is linear; putting the stretches in order is what costs most",
                    "each of the n stretches may cover up to m metres"),
            new KeyRow(Problem.DEGREES_OF_SEPARATION, List.of("a9bb3f98bba319ff"), "537e3fc6ce37099a",
                    "60fff8eaf88e0ff8",
                    "every connection counts the same, one introduction: reach members in order of how many"
                    + " introductions they are from A",
                    "each member and each connection is handled once, and there are O(n) connections",
                    "a chain may run through all n members, and one sweep may carry the counts only one member"
                    + " further along it"),
            new KeyRow(Problem.PAINT_BUCKET, List.of("fd3d56103b7f977b", "eb1db457cb53e16a"),
                    "094bd73cc265e712", "551b062e2d706f12",
                    "start at the clicked pixel and spread to same-coloured neighbours, marking as you go: the region"
                    + " is whatever you can reach",
                    "each pixel is recoloured once and looks at its four neighbours",
                    "in a winding region a sweep may advance the colour by a single pixel, and a sweep costs n"),
            new KeyRow(Problem.SPREADSHEET_RECALC, List.of("09fd3cad7c4cf2fc"), "150546a41957370c",
                    "648992a9a3bb59b5",
                    "you need an order in which every cell comes after the cells it reads, and there is none"
                    + " exactly when references go round in a circle",
                    "each cell and each reference is handled once, and there are at most 10n references",
                    "n scans, each over all n cells"),
            new KeyRow(Problem.TERRAIN_ROUTE, List.of("92a6fec64274c8ed"), "c411edba38d38a47",
                    "f59047c2e1e7c423",
                    "costs differ from cell to cell, so counting moves is not enough; routes may go up or left, so"
                    + " filling a table row by row misses some; and every cost is positive",
                    "each cell is settled once, and taking the cheapest unsettled cell from a priority structure"
                    + " costs O(log n)",
                    "a cheapest route may wind through all n cells, and one sweep of n cells may extend it by one"),
            new KeyRow(Problem.CABLE_CLUSTERS, List.of("78d6b8715761641d"), "0fa3a706191a2959",
                    "2c750b90055db400",
                    "cables only ever merge clusters, never split them: track which cluster each server is in",
                    "with merging by size and shortened paths, each cable costs nearly O(1) amortized",
                    "up to 2n recounts, each a traversal of O(n) servers and cables"),
            new KeyRow(Problem.EXACT_LOAD, List.of("e1a2b7fd96db8906"), "24d69c8c48a081f9", "07ae38b66e983e74",
                    "weights up to 10^9 rule out a table indexed by weight, and there are only 25 parcels: decide"
                    + " parcel by parcel, and give up on a choice as soon as its weight passes C",
                    "carry the running weight down the tree of include-or-skip decisions, so each node costs O(1);"
                    + " how many nodes has that tree?",
                    "2^n choices, each added up over as many as n parcels"),
            new KeyRow(Problem.FESTIVAL_GIGS, List.of("a71d4bbba887c29d"), "079f01270ac9a07f",
                    "8d84d687ab84af39",
                    "taking the best-paid days first can block two good neighbours; the best total from day i on"
                    + " depends only on i, and the recursion asks for the same i again and again",
                    "one stored value per day, each from the two after it",
                    "the call for day i makes calls for days i + 1 and i + 2: the call tree grows like the Fibonacci"
                    + " numbers"),
            new KeyRow(Problem.SERVICE_ORDER, List.of("531e0c5d8259c8d6"), "df8ed1e9bcc13210",
                    "f79c6b098593fccb",
                    "a short service placed before a long one shortens the wait of everyone behind it: compare what"
                    + " swapping two neighbours in the queue does to the sum",
                    "once you know the rule, the work is putting n values in order",
                    "n! orders, each added up over its n customers"),
            new KeyRow(Problem.WORD_ROOTS, List.of("e55b5485bce127b3"), "7f50759f1eada519", "a926cde815951c39",
                    "roots that begin with the same letters can share the path that spells them; walk the word"
                    + " along that path and stop at the first root that ends",
                    "per word, one step per letter of the word, however many roots there are",
                    "m roots, each compared over up to n letters"),
            new KeyRow(Problem.POWER_OF_TWO_BLOCKS, List.of("43c46ea28391b75e"), "1548d68da546fea5",
                    "029d126ae9a617ff",
                    "write a power of two in binary: how many bits are set, and what does subtracting 1 do to them?",
                    "a couple of machine operations on one 64-bit word",
                    "halving until odd takes as many steps as n has binary digits"),
            new KeyRow(Problem.GARAGE_LEVELS, List.of("df973a851ac41542"), "494d392b214bb9ee",
                    "dd6472d2d4b4e957",
                    "the counts change between questions, so a table of running totals would be rebuilt after"
                    + " every report; keep totals over blocks of levels, few of which any one report or question"
                    + " touches",
                    "a report and a question each touch about log n of the stored block totals",
                    "a question may cover all n levels"));

    static Stream<Problem> problems() {
        return KEY.stream().map(KeyRow::problem);
    }

    @ParameterizedTest(name = "{0}: pattern, target time and brute-force time")
    @MethodSource("problems")
    void answerIsRight(Problem problem) {
        KeyRow row = KEY.stream().filter(r -> r.problem() == problem).findFirst().orElseThrow();
        Answer answer = ANSWERS.answer(problem);
        List<String> wrong = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        if (!row.patternHashes().contains(hash(problem, "pattern", answer.pattern().name()))) {
            wrong.add("pattern " + answer.pattern());
            hints.add(sentence("Pattern", row.patternHint()));
        }
        if (!hash(problem, "target", answer.target().name()).equals(row.targetHash())) {
            wrong.add("target time " + answer.target());
            hints.add(sentence("Target time", row.targetHint()));
        }
        if (!hash(problem, "brute", answer.bruteForce().name()).equals(row.bruteHash())) {
            wrong.add("brute-force time " + answer.bruteForce());
            hints.add(sentence("Brute-force time", row.bruteHint()));
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("Problem." + problem + ": not right: " + String.join(", ", wrong) + ". "
                    + String.join(" ", hints));
        }
    }

    @Test
    @DisplayName("Answers has one method per problem, and the key covers every problem")
    void everyProblemIsAsked() {
        assertThat(problems().toList()).as("problems in the key").containsExactly(Problem.values());
        ANSWERS.assertOneMethodPerQuestion(problems().map(QuizAnswers::methodName).toList());
    }

    /** "Pattern: hint." (a hint that asks a question keeps its question mark). */
    static String sentence(String part, String hint) {
        return part + ": " + hint + (hint.endsWith("?") ? "" : ".");
    }

    static String hash(Problem problem, String part, String answer) {
        return AnswerKey.hash(problem.name(), part, answer);
    }
}
