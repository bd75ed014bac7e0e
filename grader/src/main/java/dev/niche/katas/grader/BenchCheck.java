package dev.niche.katas.grader;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A complexity check backed by a JMH benchmark. The default run skips it; {@code -Pbench} runs only these,
 * each through the JMH runner in forked JVMs (see {@code dev.niche.katas.grader.complexity.Jmh}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
@Tag("bench")
@Kind(CheckKind.COMPLEXITY)
@Timeout(600)
public @interface BenchCheck {
}
