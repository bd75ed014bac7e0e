package dev.niche.lld.smellquiz;

/**
 * Your diagnoses: one method per {@link Smell}, each returning, for example,
 * {@code Diagnosis.of(Principle.OPEN_CLOSED, Refactoring.EXTRACT_METHOD)}. A wrong principle or refactoring is reported
 * with a hint about that smell.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Smell#GOD_CLASS}. */
    public static Diagnosis godClass() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.GOD_CLASS");
    }

    /** {@link Smell#TYPE_SWITCH}. */
    public static Diagnosis typeSwitch() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.TYPE_SWITCH");
    }

    /** {@link Smell#REFUSED_BEQUEST}. */
    public static Diagnosis refusedBequest() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.REFUSED_BEQUEST");
    }

    /** {@link Smell#FAT_INTERFACE}. */
    public static Diagnosis fatInterface() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.FAT_INTERFACE");
    }

    /** {@link Smell#SERVICE_NEWS_UP_ITS_DATABASE}. */
    public static Diagnosis serviceNewsUpItsDatabase() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.SERVICE_NEWS_UP_ITS_DATABASE");
    }

    /** {@link Smell#STATEFUL_SINGLETON}. */
    public static Diagnosis statefulSingleton() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.STATEFUL_SINGLETON");
    }

    /** {@link Smell#FEATURE_ENVY}. */
    public static Diagnosis featureEnvy() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.FEATURE_ENVY");
    }

    /** {@link Smell#SHOTGUN_SURGERY}. */
    public static Diagnosis shotgunSurgery() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.SHOTGUN_SURGERY");
    }

    /** {@link Smell#PRIMITIVE_OBSESSION}. */
    public static Diagnosis primitiveObsession() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.PRIMITIVE_OBSESSION");
    }

    /** {@link Smell#LONG_PARAMETER_LIST}. */
    public static Diagnosis longParameterList() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.LONG_PARAMETER_LIST");
    }

    /** {@link Smell#BOOLEAN_FLAG_PARAMETER}. */
    public static Diagnosis booleanFlagParameter() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.BOOLEAN_FLAG_PARAMETER");
    }

    /** {@link Smell#DUPLICATED_CODE}. */
    public static Diagnosis duplicatedCode() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.DUPLICATED_CODE");
    }

    /** {@link Smell#SPECULATIVE_GENERALITY}. */
    public static Diagnosis speculativeGenerality() {
        throw new UnsupportedOperationException("TODO: the diagnosis of Smell.SPECULATIVE_GENERALITY");
    }
}
