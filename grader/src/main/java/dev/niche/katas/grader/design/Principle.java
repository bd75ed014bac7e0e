package dev.niche.katas.grader.design;

/** The design principles the rules enforce; each failure message starts with one of these names. */
public enum Principle {
    SINGLE_RESPONSIBILITY("Single responsibility (SRP)"),
    OPEN_CLOSED("Open/closed (OCP)"),
    LISKOV_SUBSTITUTION("Liskov substitution (LSP)"),
    INTERFACE_SEGREGATION("Interface segregation (ISP)"),
    DEPENDENCY_INVERSION("Dependency inversion (DIP)"),
    ACYCLIC_DEPENDENCIES("Acyclic dependencies (ADP)"),
    EXPLICIT_DEPENDENCIES("Explicit dependencies (no global state)"),
    SIMPLICITY("Simplicity (YAGNI)");

    private final String title;

    Principle(String title) {
        this.title = title;
    }

    /** The name a learner can look up, e.g. "Open/closed (OCP)". */
    public String title() {
        return title;
    }
}
