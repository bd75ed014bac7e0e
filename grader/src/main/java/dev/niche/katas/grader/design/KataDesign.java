package dev.niche.katas.grader.design;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The design checks of one kata: its main classes (not its tests) imported once, a scenario that must run
 * first, then the rules.
 *
 * <pre>{@code
 * DesignRules.design("dev.niche.lld.parkinglot")
 *         .startedBy(() -> newLot().park(car))          // a stub is "not started", not "passes the design"
 *         .satisfies(DesignRules.noTypeChecks(), DesignRules.onlyThroughInterface(PricingPolicy.class));
 * }</pre>
 */
public final class KataDesign {
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String kataPackage;
    private Scenario scenario = () -> { };

    KataDesign(String kataPackage) {
        this.kataPackage = Objects.requireNonNull(kataPackage, "kataPackage");
    }

    /** Code a scenario that must work before design is judged; a stub's TODO makes the check not-started. */
    @FunctionalInterface
    public interface Scenario {
        void run() throws Exception;
    }

    /**
     * Runs {@code scenario} before the rules. An empty package of classes passes every rule, and so does a
     * stub; requiring a working scenario first keeps a design check from passing on code that does nothing.
     */
    public KataDesign startedBy(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        return this;
    }

    /** The kata's main classes, imported once per JVM. */
    public JavaClasses classes() {
        JavaClasses classes = IMPORTED.computeIfAbsent(kataPackage, pkg -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(pkg));
        if (classes.isEmpty()) {
            throw new IllegalStateException("no compiled main classes found in package " + kataPackage);
        }
        return classes;
    }

    /**
     * Runs the scenario, then every rule; fails with one message per broken rule, the first line naming the
     * principle, the smell and the first offending class.
     */
    public void satisfies(DesignRule... rules) {
        try {
            scenario.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the scenario before the design check failed: " + e, e);
        }
        JavaClasses classes = classes();
        List<String> failures = new ArrayList<>();
        for (DesignRule rule : rules) {
            List<Violation> violations = rule.violations(classes);
            if (!violations.isEmpty()) {
                failures.add(rule.failureMessage(violations));
            }
        }
        if (!failures.isEmpty()) {
            throw new DesignViolation(String.join(System.lineSeparator(), failures));
        }
    }

    /** A broken design rule: an assertion failure, reported under the design kind. */
    public static final class DesignViolation extends AssertionError {
        private static final long serialVersionUID = 1L;

        DesignViolation(String message) {
            super(message);
        }
    }
}
