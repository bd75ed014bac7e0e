package dev.niche.lld.smellquiz;

/**
 * Naive variant: sees a responsibility problem everywhere and reaches for extract method or extract class, mixes up
 * Liskov with interface segregation and dependency inversion with global state, and answers a flag with
 * polymorphism.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Smell#GOD_CLASS}. */
    public static Diagnosis godClass() {
        return Diagnosis.of(Principle.SINGLE_RESPONSIBILITY, Refactoring.EXTRACT_METHOD);
    }

    /** {@link Smell#TYPE_SWITCH}. */
    public static Diagnosis typeSwitch() {
        return Diagnosis.of(Principle.OPEN_CLOSED, Refactoring.REPLACE_CONDITIONAL_WITH_POLYMORPHISM);
    }

    /** {@link Smell#REFUSED_BEQUEST}. */
    public static Diagnosis refusedBequest() {
        return Diagnosis.of(Principle.INTERFACE_SEGREGATION, Refactoring.EXTRACT_INTERFACE);
    }

    /** {@link Smell#FAT_INTERFACE}. */
    public static Diagnosis fatInterface() {
        return Diagnosis.of(Principle.INTERFACE_SEGREGATION, Refactoring.EXTRACT_INTERFACE);
    }

    /** {@link Smell#SERVICE_NEWS_UP_ITS_DATABASE}. */
    public static Diagnosis serviceNewsUpItsDatabase() {
        return Diagnosis.of(Principle.EXPLICIT_DEPENDENCIES, Refactoring.INJECT_DEPENDENCY);
    }

    /** {@link Smell#STATEFUL_SINGLETON}. */
    public static Diagnosis statefulSingleton() {
        return Diagnosis.of(Principle.SINGLE_RESPONSIBILITY, Refactoring.EXTRACT_CLASS);
    }

    /** {@link Smell#FEATURE_ENVY}. */
    public static Diagnosis featureEnvy() {
        return Diagnosis.of(Principle.SINGLE_RESPONSIBILITY, Refactoring.EXTRACT_METHOD);
    }

    /** {@link Smell#SHOTGUN_SURGERY}. */
    public static Diagnosis shotgunSurgery() {
        return Diagnosis.of(Principle.SINGLE_RESPONSIBILITY, Refactoring.EXTRACT_CLASS);
    }

    /** {@link Smell#PRIMITIVE_OBSESSION}. */
    public static Diagnosis primitiveObsession() {
        return Diagnosis.of(Principle.DONT_REPEAT_YOURSELF, Refactoring.EXTRACT_METHOD);
    }

    /** {@link Smell#LONG_PARAMETER_LIST}. */
    public static Diagnosis longParameterList() {
        return Diagnosis.of(Principle.WHOLE_VALUE, Refactoring.INTRODUCE_PARAMETER_OBJECT);
    }

    /** {@link Smell#BOOLEAN_FLAG_PARAMETER}. */
    public static Diagnosis booleanFlagParameter() {
        return Diagnosis.of(Principle.OPEN_CLOSED, Refactoring.REPLACE_CONDITIONAL_WITH_POLYMORPHISM);
    }

    /** {@link Smell#DUPLICATED_CODE}. */
    public static Diagnosis duplicatedCode() {
        return Diagnosis.of(Principle.DONT_REPEAT_YOURSELF, Refactoring.EXTRACT_METHOD);
    }

    /** {@link Smell#SPECULATIVE_GENERALITY}. */
    public static Diagnosis speculativeGenerality() {
        return Diagnosis.of(Principle.SIMPLICITY, Refactoring.INJECT_DEPENDENCY);
    }
}
