package dev.niche.katas.grader.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.niche.katas.grader.NotStarted;
import dev.niche.katas.grader.design.fixtures.bad.Smelly;
import dev.niche.katas.grader.design.fixtures.good.Good;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each rule finds its smell in the bad fixtures, by class and line, and stays silent on the good ones. */
class DesignRulesTest {
    private static final String FIXTURES = "dev.niche.katas.grader.design.fixtures";
    private static final JavaClasses GOOD = new ClassFileImporter().importPackages(FIXTURES + ".good");
    private static final JavaClasses BAD = new ClassFileImporter().importPackages(FIXTURES + ".bad");

    private static List<String> offenders(DesignRule rule, JavaClasses classes) {
        return rule.violations(classes).stream().map(Violation::toString).toList();
    }

    @Test
    @DisplayName("no rule fires on a clean design (instanceof in equals, List.of constants, enums are fine)")
    void cleanDesignPassesEveryRule() {
        for (DesignRule rule : List.of(DesignRules.noTypeChecks(), DesignRules.noTypeChecksOn(Good.Vehicle.class),
                DesignRules.onlyThroughInterface(Good.PricingPolicy.class), DesignRules.interfacesAtMost(3),
                DesignRules.noUnsupportedOperations(), DesignRules.noStaticMutableState(),
                DesignRules.noPackageCycles(),
                DesignRules.oneConcernPerClass(Map.of("storage", List.of("java.sql"), "files",
                        List.of("java.nio.file"))))) {
            assertThat(offenders(rule, GOOD)).as("%s on the good fixture", rule.smell()).isEmpty();
        }
    }

    @Test
    @DisplayName("type checks: instanceof, a switch over a type tag and a class-literal registry")
    void findsTypeChecks() {
        assertThat(offenders(DesignRules.noTypeChecks(), BAD)).anySatisfy(v -> assertThat(v)
                        .startsWith("Smelly.InstanceofPricing.fee checks instanceof Smelly.Car (Smelly.java:"))
                .anySatisfy(v -> assertThat(v).startsWith("Smelly.SwitchPricing.fee switches over Smelly.Kind"))
                .noneSatisfy(v -> assertThat(v).as("javac's hidden switch-map class").startsWith("Smelly.1 "))
                .anySatisfy(v -> assertThat(v)
                        .startsWith("Smelly.RegistryPricing uses the class literal Smelly.Truck.class"));
        assertThat(offenders(DesignRules.noTypeChecksOn(Smelly.Vehicle.class), BAD))
                .as("limited to the Vehicle hierarchy, the enum switch is not reported")
                .noneMatch(v -> v.contains("switches over"))
                .anyMatch(v -> v.contains("instanceof Smelly.Car"));
    }

    @Test
    @DisplayName("dependency inversion: a package dependency and a hard-wired implementation")
    void findsDependencyOnDetails() {
        assertThat(offenders(DesignRules.noDependency(FIXTURES + ".bad.service", FIXTURES + ".bad.infra"), BAD))
                .anySatisfy(v -> assertThat(v).startsWith("OrderService depends on SqlOrderStore"));
        assertThat(offenders(DesignRules.onlyThroughInterface(Smelly.Pricing.class), BAD))
                .anySatisfy(v -> assertThat(v).startsWith("Smelly.HardwiredLot depends on Smelly.FlatPricing"));
        assertThat(offenders(DesignRules.onlyThroughInterface(Smelly.Pricing.class, Smelly.HardwiredLot.class),
                BAD)).as("a named composition root may wire the implementation").isEmpty();
    }

    @Test
    @DisplayName("interface segregation: a fat interface and a refused operation")
    void findsFatInterfacesAndRefusals() {
        assertThat(offenders(DesignRules.interfacesAtMost(3), BAD))
                .containsExactly("Smelly.Device declares 4 methods (Smelly.java)");
        assertThat(offenders(DesignRules.noUnsupportedOperations(), BAD)).singleElement()
                .satisfies(v -> assertThat(v).startsWith(
                        "Smelly.CheapPrinter.scan throws UnsupportedOperationException (Smelly.java:"));
        assertThatThrownBy(() -> DesignRules.interfacesAtMost(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxMethods");
    }

    @Test
    @DisplayName("static mutable state: non-final, arrays, atomics, filled collections, stateful singletons")
    void findsStaticMutableState() {
        assertThat(offenders(DesignRules.noStaticMutableState(), BAD)).extracting(v -> v.split(" \\(")[0])
                .containsExactlyInAnyOrder(
                        "Smelly.Config field INSTANCE holds a Smelly.Config, whose fields can change, for the"
                                + " whole program",
                        "Smelly.Globals field IDS is a static AtomicLong",
                        "Smelly.Globals field LOG is a static collection that can change",
                        "Smelly.Globals field NAMES is a static collection that can change",
                        "Smelly.Globals field TABLE is a static array",
                        "Smelly.Globals field counter is static and not final");
    }

    @Test
    @DisplayName("package cycles are reported with the whole cycle")
    void findsPackageCycles() {
        assertThat(offenders(DesignRules.noPackageCycles(), BAD)).hasSize(2)
                .allSatisfy(v -> assertThat(v).contains("closing the cycle"))
                .anySatisfy(v -> assertThat(v).startsWith("OrderService (package service) depends on SqlOrderStore"));
    }

    @Test
    @DisplayName("single responsibility: a class touching two concerns")
    void findsMixedConcerns() {
        assertThat(offenders(DesignRules.oneConcernPerClass(
                Map.of("storage", List.of("java.sql"), "files", List.of("java.nio.file"))), BAD))
                .containsExactly("SqlOrderStore touches files and storage (SqlOrderStore.java)");
    }

    @Test
    @DisplayName("the failure names the principle, the smell and the first offender on its first line")
    void failureMessageLeadsWithThePrinciple() {
        DesignRule rule = DesignRules.noUnsupportedOperations();
        String message = rule.failureMessage(rule.violations(BAD));
        assertThat(message.lines().findFirst().orElseThrow())
                .startsWith("Interface segregation (ISP): an implementation refuses part of its interface")
                .contains("in Smelly.CheapPrinter.scan throws UnsupportedOperationException");
        assertThat(message).contains("Fix: split the interface");
    }

    @Test
    @DisplayName("an extension refused with an exception fails under open/closed; a stub stays not started")
    void extensionFailuresNameThePrinciple() {
        assertThatThrownBy(() -> DesignRules.extension("a new rule", () -> {
            throw new IllegalArgumentException("unknown rule");
        })).isInstanceOf(KataDesign.DesignViolation.class)
                .hasMessageStartingWith("Open/closed (OCP): the code refuses a new rule")
                .hasMessageContaining("unknown rule");
        assertThatThrownBy(() -> DesignRules.extension("a new rule", () -> {
            throw new UnsupportedOperationException("TODO: write it");
        })).satisfies(e -> assertThat(NotStarted.isNotStarted(e)).isTrue());
        assertThat(DesignRules.extension("a new rule", () -> 42)).isEqualTo(42);
    }

    @Test
    @DisplayName("a design check on a stub is not started: the scenario runs first")
    void scenarioRunsBeforeTheRules() {
        KataDesign design = DesignRules.design(FIXTURES + ".good").startedBy(() -> {
            throw new UnsupportedOperationException("TODO: park the car");
        });
        assertThatThrownBy(() -> design.satisfies(DesignRules.noTypeChecks()))
                .satisfies(e -> assertThat(NotStarted.isNotStarted(e)).isTrue());
    }
}
