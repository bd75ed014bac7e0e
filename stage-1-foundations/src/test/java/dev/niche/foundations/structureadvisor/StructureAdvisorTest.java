package dev.niche.foundations.structureadvisor;

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
 * Grades {@link Answers} against a hashed key, so that reading this file does not give the answers away. A
 * wrong answer gets the scenario's hint: the requirement that rules the usual wrong picks out.
 */
@Kata(id = "foundations/structure-advisor", title = "Structure advisor: pick the structure a problem needs",
        order = 120, checkpoints = "1.3", naiveViolates = CheckKind.EXAMPLE)
class StructureAdvisorTest {
    private static final QuizAnswers<Structure> ANSWERS = QuizAnswers.in(Answers.class, Structure.class);


    /** A scenario's answer, hashed as SHA-256 of "SCENARIO|STRUCTURE", and the hint shown when it is wrong. */
    record KeyRow(Scenario scenario, String hash, String hint) {
    }

    static final List<KeyRow> KEY = List.of(
            new KeyRow(Scenario.LRU_CACHE, "55bf460487170943",
                    "two needs at once: find any key in O(1), and know which entry was used longest ago, where a use"
                    + " moves an entry to the fresh end in O(1). A list alone finds a key in O(n); a plain map"
                    + " keeps no order of use"),
            new KeyRow(Scenario.TOP_K_OF_STREAM, "9c040e60ce4946f0",
                    "the stream cannot be kept, so sorting it is out. Keep k candidates, and for each new number"
                    + " ask: is it bigger than the smallest candidate? If so, it replaces that one. Which structure"
                    + " gives you the smallest and replaces it in O(log k), with nothing more?"),
            new KeyRow(Scenario.PREFIX_LOOKUP, "716ab84d1ab62405",
                    "a sorted structure pays log n to find where the prefix starts, and n is the dictionary size;"
                    + " storing every prefix as a key costs memory per prefix, not per letter. Let words that share"
                    + " a prefix share the path that spells it"),
            new KeyRow(Scenario.JOBS_BY_DEADLINE, "8128a7a5f2710be1",
                    "only the earliest deadline is ever asked for: no lookup by key, no ranges, no order beyond"
                    + " the first. Pick the structure that does exactly that"),
            new KeyRow(Scenario.BOUNDED_UNDO, "23cfd75dc087c300",
                    "edits leave at both ends: the newest by undo, the oldest when the history is full"),
            new KeyRow(Scenario.BALANCED_BRACKETS, "1b872a18cfa4e97f",
                    "the bracket that must close next is always the one opened most recently"),
            new KeyRow(Scenario.BILLION_IDS_SEEN, "f7d05c16ab831565",
                    "work out the memory first: 10^9 ids of 64 bits is 8 GB before any table overhead, and the"
                    + " budget is 12 bits per id. A wrong \"maybe\" is allowed, a wrong \"no\" is not"),
            new KeyRow(Scenario.BFS_FRONTIER, "3e97c4396fd4bb4a",
                    "every member one hop away must come out of the frontier before any member two hops away,"
                    + " and in O(1): members are found in order of distance, so which one must come out first?"),
            new KeyRow(Scenario.CONNECTED_YET, "de5c27b00179e650",
                    "a search through the graph per question costs O(n). Links only ever merge groups of"
                    + " computers, never split them: keep track of the groups, not the links"),
            new KeyRow(Scenario.EVENTS_PER_USER, "d6374d6a491bcd81",
                    "the ids are sparse 64-bit numbers, so they cannot index anything directly; no order is ever"
                    + " needed, so do not pay log n for one"),
            new KeyRow(Scenario.EVENTS_IN_TIME_RANGE, "608bb67c449c238d",
                    "late events rule out appending to a sorted array (inserting in the middle shifts O(n)); a"
                    + " query needs the first event at or after t1, then the following ones in order"),
            new KeyRow(Scenario.REQUESTS_PER_MINUTE, "cdab83cdc2c7e91e",
                    "the keys are exactly the small integers 0 to 1,439, and how many there are is known before"
                    + " the first request: no hashing, no growing"),
            new KeyRow(Scenario.READINGS_BY_INDEX, "f8714722d2aa50e3",
                    "the count is unknown until the end, and the i-th measurement must be reached without walking"
                    + " past the first i - 1"));

    static Stream<Scenario> scenarios() {
        return KEY.stream().map(KeyRow::scenario);
    }

    @ParameterizedTest(name = "{0}: the structure that fits")
    @MethodSource("scenarios")
    void answerIsRight(Scenario scenario) {
        KeyRow row = KEY.stream().filter(r -> r.scenario() == scenario).findFirst().orElseThrow();
        Structure answer = ANSWERS.answer(scenario);
        if (!hash(scenario, answer).equals(row.hash())) {
            throw new AssertionError("Scenario." + scenario + ": " + answer + " is not the structure that fits."
                    + " Hint: " + row.hint() + ".");
        }
    }

    @Test
    @DisplayName("Answers has one method per scenario, and the key covers every scenario")
    void everyScenarioIsAsked() {
        assertThat(scenarios().toList()).as("scenarios in the key").containsExactly(Scenario.values());
        ANSWERS.assertOneMethodPerQuestion(scenarios().map(QuizAnswers::methodName).toList());
    }

    static String hash(Scenario scenario, Structure answer) {
        return AnswerKey.hash(scenario.name(), answer.name());
    }
}
