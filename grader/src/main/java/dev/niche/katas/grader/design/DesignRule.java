package dev.niche.katas.grader.design;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A reusable design rule: the principle it serves, the smell it detects, the refactoring that removes the
 * smell, and a check over imported classes that lists every violation. Build rules with {@link DesignRules}.
 */
public final class DesignRule {
    private final Principle principle;
    private final String smell;
    private final String fix;
    private final Function<JavaClasses, List<Violation>> check;

    DesignRule(Principle principle, String smell, String fix, Function<JavaClasses, List<Violation>> check) {
        this.principle = Objects.requireNonNull(principle, "principle");
        this.smell = Objects.requireNonNull(smell, "smell");
        this.fix = Objects.requireNonNull(fix, "fix");
        this.check = Objects.requireNonNull(check, "check");
    }

    public Principle principle() {
        return principle;
    }

    public String smell() {
        return smell;
    }

    public String fix() {
        return fix;
    }

    /**
     * Every violation in {@code classes}, in a stable order; empty when the rule holds. The same offence seen
     * several times in one place (a field, its initialiser and a call) is reported once, at its first line.
     */
    public List<Violation> violations(JavaClasses classes) {
        Map<String, Violation> first = new TreeMap<>();
        for (Violation v : check.apply(classes)) {
            first.merge(v.offender() + " " + v.detail(), v, (a, b) -> line(b) < line(a) ? b : a);
        }
        return List.copyOf(first.values());
    }

    /** The line of a location such as {@code Lot.java:42}; a location without a line sorts last. */
    private static int line(Violation v) {
        int colon = v.location().lastIndexOf(':');
        return colon < 0 ? Integer.MAX_VALUE : Integer.parseInt(v.location().substring(colon + 1));
    }

    /**
     * The failure text: one line naming the principle, the smell and the first offending class, then every
     * offender, then the fix. The board shows the first line.
     */
    String failureMessage(List<Violation> violations) {
        StringBuilder text = new StringBuilder()
                .append(principle.title()).append(": ").append(smell).append(" in ").append(violations.get(0));
        if (violations.size() > 1) {
            text.append(" and ").append(violations.size() - 1).append(" more:");
            for (Violation v : violations.subList(1, violations.size())) {
                text.append(System.lineSeparator()).append("  - ").append(v);
            }
        }
        return text.append(System.lineSeparator()).append("  Fix: ").append(fix).toString();
    }
}
