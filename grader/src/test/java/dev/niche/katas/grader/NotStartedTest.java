package dev.niche.katas.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

class NotStartedTest {
    static int stub() {
        throw new UnsupportedOperationException("TODO: return the answer");
    }

    @Test
    void findsTheStubDirectlyInACauseAndInAQuotedMessage() {
        Throwable direct = catchThrowable(NotStartedTest::stub);
        assertThat(NotStarted.describe(direct)).contains("not started: NotStartedTest.stub (TODO: return the answer)");
        assertThat(NotStarted.isNotStarted(new RuntimeException("wrapped", direct))).isTrue();
        AssertionError quoted = new AssertionError("Expecting NPE but was: java.lang.UnsupportedOperationException: "
                + "TODO: return the answer\n\tat dev.niche.Foo.bar(Foo.java:3)");
        assertThat(NotStarted.describe(quoted)).contains("not started: Foo.bar (TODO: return the answer)");
    }

    @Test
    void realFailuresAreNotMistakenForStubs() {
        assertThat(NotStarted.isNotStarted(new UnsupportedOperationException("read-only list"))).isFalse();
        assertThat(NotStarted.isNotStarted(new AssertionError("expected 3 but was 4"))).isFalse();
        assertThat(NotStarted.quieten(new AssertionError("x"))).hasMessage("x");
    }

    @Test
    void theQuietFormHasNoStackTrace() {
        Throwable quiet = NotStarted.quieten(catchThrowable(NotStartedTest::stub));
        assertThat(quiet.getStackTrace()).isEmpty();
        assertThat(quiet).hasMessageStartingWith("not started: NotStartedTest.stub");
    }
}
