package dev.niche.katas.grader;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads the answers of a quiz kata: the learner's {@code Answers} class has one public static method without
 * arguments per question, named after the question ({@code ODD_STAMPS} is answered by {@code oddStamps()}).
 * Reading them by reflection lets the test grade against a hashed key ({@link AnswerKey}) and report each
 * question as its own check.
 *
 * @param <T> the type every answer method returns
 */
public final class QuizAnswers<T> {
    private final Class<?> answers;
    private final Class<T> type;

    private QuizAnswers(Class<?> answers, Class<T> type) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The answers held by the static methods of {@code answers}, each returning a {@code type}. */
    public static <T> QuizAnswers<T> in(Class<?> answers, Class<T> type) {
        return new QuizAnswers<>(answers, type);
    }

    /** {@code ODD_STAMPS} becomes {@code oddStamps}. */
    public static String methodName(Enum<?> question) {
        String[] words = question.name().toLowerCase(Locale.ROOT).split("_");
        return words[0] + Arrays.stream(words).skip(1).filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
    }

    /** The answer to {@code question}; see {@link #answer(String)}. */
    public T answer(Enum<?> question) {
        return answer(methodName(question));
    }

    /**
     * Calls {@code Answers.<method>()}. A stub's TODO exception passes through unchanged (the check is not
     * started); a missing method or a null answer fails with a message that says what to write.
     */
    public T answer(String method) {
        Method m;
        try {
            m = answers.getMethod(method);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(answers.getSimpleName() + " has no method " + method
                    + "(): keep one public static method per question", e);
        }
        Object answer;
        try {
            answer = m.invoke(null);
        } catch (InvocationTargetException e) {
            throw sneaky(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(answers.getSimpleName() + "." + method + "() must be public and static", e);
        }
        if (answer == null) {
            throw new AssertionError(answers.getSimpleName() + "." + method + "() returned null: return a "
                    + type.getSimpleName());
        }
        return type.cast(answer);
    }

    /**
     * Asserts that the public methods of the answers class are exactly {@code methods} (one per question, none
     * missing, none extra) and that each returns an answer.
     */
    public void assertOneMethodPerQuestion(Collection<String> methods) {
        List<String> expected = methods.stream().sorted().toList();
        List<String> actual = Arrays.stream(answers.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).sorted().toList();
        if (!actual.equals(expected)) {
            throw new AssertionError("the public methods of " + answers.getSimpleName() + " should be one per"
                    + " question, " + expected + ", but are " + actual);
        }
        methods.forEach(this::answer);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
