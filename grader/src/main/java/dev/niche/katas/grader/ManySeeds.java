package dev.niche.katas.grader;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

/**
 * Marks a check that runs a simulation over many seeds ({@link dev.niche.katas.grader.history.Seeds}): it runs in
 * the default run with its default number of seeds, and again under {@code -Pbench} with ten times as many.
 * Combine it with {@code @Test} and {@code @Kind}. Its time limit is 120 s instead of the default 20 s, because
 * ten times the seeds on a loaded machine take longer; a node that loops without end is stopped sooner by the
 * simulator's event limit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Tag("seeds")
@Timeout(120)
public @interface ManySeeds {
}
