package dev.niche.katas.grader;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says which kind of check a test method is. Without it, a jqwik {@code @Property} is a
 * {@link CheckKind#PROPERTY} check and every other test is an {@link CheckKind#EXAMPLE} check.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Kind {
    CheckKind value();
}
