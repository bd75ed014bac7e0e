package dev.niche.katas.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.fixtures.EndlessLoopFixture;
import dev.niche.katas.grader.fixtures.FailingKataFixture;
import dev.niche.katas.grader.fixtures.StubKataFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs fixture katas through the JUnit Platform, as Maven or an IDE would, and reads what the grader wrote. */
class ResultListenerTest {
    @TempDir
    Path reports;

    private KataResult run(Class<?> fixture) {
        ReportFiles files = new ReportFiles(reports);
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(fixture)).build(), new ResultListener("maven", files));
        List<KataResult> results = files.readKatas();
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static Map<String, CheckResult> byName(KataResult kata) {
        return kata.checks().stream().collect(Collectors.toMap(CheckResult::name, Function.identity()));
    }

    @AfterAll
    static void releaseSpinningThreads() {
        EndlessLoopFixture.released = true;
    }

    @Test
    void aStubIsNotStartedInJupiterAndJqwikAlike() {
        KataResult kata = run(StubKataFixture.class);
        assertThat(kata.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(kata.checks()).hasSize(3).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.NOT_STARTED));
        Map<String, CheckResult> checks = byName(kata);
        assertThat(checks.get("callsTheStub()").message())
                .isEqualTo("not started: StubKataFixture.Stubbed.answer (TODO: compute the answer)");
        assertThat(checks.get("propertyCallsTheStub").kind()).isEqualTo(CheckKind.PROPERTY);
        assertThat(checks.get("expectsAnExceptionButMeetsTheStub()").message())
                .isEqualTo("not started: StubKataFixture.Stubbed constructor (TODO: keep the argument)");
    }

    @Test
    void anEndlessLoopFailsItsCheckAndTheRunGoesOn() {
        long start = System.nanoTime();
        KataResult kata = run(EndlessLoopFixture.class);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds for the whole fixture").isLessThan(15);
        Map<String, CheckResult> checks = byName(kata);
        assertThat(checks).as("checks").containsOnlyKeys("spins()", "propertySpins", "runsAfterTheOthers()");
        assertThat(checks.get("spins()").status()).isEqualTo(Status.FAILED);
        assertThat(checks.get("spins()").message()).contains("timed out").contains("loop that never ends");
        assertThat(checks.get("propertySpins").status()).isEqualTo(Status.FAILED);
        assertThat(checks.get("propertySpins").message()).contains("timed out after 1 s");
        assertThat(checks.get("runsAfterTheOthers()").status()).isEqualTo(Status.PASSED);
    }

    @Test
    void aFailureShowsInputExpectedActualAndSeed() {
        KataResult kata = run(FailingKataFixture.class);
        assertThat(kata.status()).isEqualTo(Status.FAILED);
        Map<String, CheckResult> checks = byName(kata);
        String property = checks.get("everyListIsSorted").message();
        assertThat(property).startsWith("input [[").contains("the list").contains("seed 42")
                .contains("@Property(seed = \"42\")");
        String complexity = checks.get("a quadratic count under a linear bound").message();
        assertThat(complexity).contains("required no worse than O(n), measured O(n^2) by count").contains("n=16: 256");
        assertThat(kata.complexity()).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo("count");
            assertThat(m.points()).hasSize(5);
        });
        assertThat(checks.get("an example that passes").status()).isEqualTo(Status.PASSED);
        assertThat(kata.firstReason()).get().extracting(CheckResult::status).isEqualTo(Status.FAILED);
    }
}
