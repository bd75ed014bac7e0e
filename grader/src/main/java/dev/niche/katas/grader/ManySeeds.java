package dev.niche.katas.grader;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a check that runs a simulation over many seeds ({@link dev.niche.katas.grader.history.Seeds}): it runs in
 * the default run with its default number of seeds, and again under {@code -Pbench} with ten times as many.
 * Combine it with {@code @Test} and {@code @Kind}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Tag("seeds")
public @interface ManySeeds {
}
