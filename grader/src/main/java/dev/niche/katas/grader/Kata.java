package dev.niche.katas.grader;

import dev.niche.katas.grader.jqwik.GraderPropertyHook;
import dev.niche.katas.grader.junit.GraderExtension;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks the grading test class of one kata and carries its metadata. It also installs the grader's
 * not-started rule, failure formatting and time limit, for JUnit Jupiter tests and jqwik properties alike.
 *
 * <pre>{@code
 * @Kata(id = "foundations/binary-heap", title = "Binary heap", order = 3, checkpoints = "1.3",
 *       naiveViolates = CheckKind.COMPLEXITY)
 * class BinaryHeapTest { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(GraderExtension.class)
@AddLifecycleHook(value = GraderPropertyHook.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
public @interface Kata {
    /** {@code <stage-slug>/<kata-slug>}, for example {@code foundations/hash-map}. */
    String id();

    /** A short human title. */
    String title();

    /** Position on the stage's path: the board lists katas in this order and names the first unfinished one. */
    int order();

    /** The stage checkpoints this kata trains, for example {@code "1.3"}. */
    String[] checkpoints();

    /**
     * The check kinds that the naive variant (src/naive/java) must fail; empty when the kata has none. For a
     * refactoring kata these are the kinds its starting code breaks.
     */
    CheckKind[] naiveViolates() default {};

    /** True when the starting code works but breaks a rule that the learner refactors away. */
    boolean refactoring() default false;

    /** Where the statement lives, relative to the module; defaults to the kata's package in src/main/java. */
    String statement() default "";
}
