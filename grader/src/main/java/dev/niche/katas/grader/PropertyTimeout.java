package dev.niche.katas.grader;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The time limit of a jqwik property (default 30 s). Jupiter's {@code @Timeout} must not be used on a
 * property: jqwik then silently skips the property (seen with jqwik 1.10.1), and the mode checks report it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PropertyTimeout {
    /** Seconds for the whole property, shrinking included. */
    int seconds();
}
