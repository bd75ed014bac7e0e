package dev.niche.lld.smellquiz;

/** The answer key: each diagnosis with the move it stands for. */
public final class Answers {
    private Answers() {
    }

    /** {@link Smell#GOD_CLASS}: three actors, three reasons to change: one class per concern. */
    public static Diagnosis godClass() {
        return Diagnosis.of(Principle.SINGLE_RESPONSIBILITY, Refactoring.EXTRACT_CLASS);
    }

    /** {@link Smell#TYPE_SWITCH}: each kind of shipment becomes a class that knows its fee, label and deadline. */
    public static Diagnosis typeSwitch() {
        return Diagnosis.of(Principle.OPEN_CLOSED, Refactoring.REPLACE_CONDITIONAL_WITH_POLYMORPHISM);
    }

    /** {@link Smell#REFUSED_BEQUEST}: an append-only log is not a List; it keeps one in a field. */
    public static Diagnosis refusedBequest() {
        return Diagnosis.of(Principle.LISKOV_SUBSTITUTION, Refactoring.REPLACE_INHERITANCE_WITH_DELEGATION);
    }

    /** {@link Smell#FAT_INTERFACE}: one role interface per kind of client (balance, interest, credit). */
    public static Diagnosis fatInterface() {
        return Diagnosis.of(Principle.INTERFACE_SEGREGATION, Refactoring.EXTRACT_INTERFACE);
    }

    /**
     * {@link Smell#SERVICE_NEWS_UP_ITS_DATABASE}: the service owns an InvoiceStore interface and receives the Postgres
     * one.
     */
    public static Diagnosis serviceNewsUpItsDatabase() {
        return Diagnosis.of(Principle.DEPENDENCY_INVERSION, Refactoring.INJECT_DEPENDENCY);
    }

    /** {@link Smell#STATEFUL_SINGLETON}: one session per user, passed to whoever needs it. */
    public static Diagnosis statefulSingleton() {
        return Diagnosis.of(Principle.EXPLICIT_DEPENDENCIES, Refactoring.INJECT_DEPENDENCY);
    }

    /** {@link Smell#FEATURE_ENVY}: billed weight belongs to Parcel. */
    public static Diagnosis featureEnvy() {
        return Diagnosis.of(Principle.TELL_DONT_ASK, Refactoring.MOVE_METHOD);
    }

    /** {@link Smell#SHOTGUN_SURGERY}: what a priority means (deadline, queue, label) moves into one class. */
    public static Diagnosis shotgunSurgery() {
        return Diagnosis.of(Principle.COMMON_CLOSURE, Refactoring.MOVE_METHOD);
    }

    /** {@link Smell#PRIMITIVE_OBSESSION}: an EmailAddress type that trims, lowercases and validates once. */
    public static Diagnosis primitiveObsession() {
        return Diagnosis.of(Principle.WHOLE_VALUE, Refactoring.REPLACE_PRIMITIVE_WITH_VALUE_OBJECT);
    }

    /** {@link Smell#LONG_PARAMETER_LIST}: a Guest and a Stay (which checks that check-out is after check-in). */
    public static Diagnosis longParameterList() {
        return Diagnosis.of(Principle.WHOLE_VALUE, Refactoring.INTRODUCE_PARAMETER_OBJECT);
    }

    /** {@link Smell#BOOLEAN_FLAG_PARAMETER}: renderPdf(report) and renderHtml(report). */
    public static Diagnosis booleanFlagParameter() {
        return Diagnosis.of(Principle.SINGLE_RESPONSIBILITY, Refactoring.REMOVE_FLAG_ARGUMENT);
    }

    /** {@link Smell#DUPLICATED_CODE}: one vatOn(net, customer) method, called three times. */
    public static Diagnosis duplicatedCode() {
        return Diagnosis.of(Principle.DONT_REPEAT_YOURSELF, Refactoring.EXTRACT_METHOD);
    }

    /** {@link Smell#SPECULATIVE_GENERALITY}: one Greeter class; an interface waits for a second greeting. */
    public static Diagnosis speculativeGenerality() {
        return Diagnosis.of(Principle.SIMPLICITY, Refactoring.INLINE_CLASS);
    }
}
