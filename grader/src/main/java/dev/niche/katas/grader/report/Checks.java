package dev.niche.katas.grader.report;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a kata's structure from its test class: which kind each check is, and which kinds the class has. */
public final class Checks {
    private static final String JQWIK_PROPERTY = "net.jqwik.api.Property";
    private static final String BENCH_TAG = "bench";

    private Checks() {
    }

    /** {@code @Kind} on the method, else on its class; else property for a jqwik property, example otherwise. */
    public static CheckKind kindOf(Method method) {
        Kind kind = withMetaAnnotations(method).stream().filter(a -> a instanceof Kind).map(a -> (Kind) a)
                .findFirst().orElse(null);
        if (kind == null) {
            kind = method.getDeclaringClass().getAnnotation(Kind.class);
        }
        if (kind != null) {
            return kind.value();
        }
        return hasAnnotation(method, JQWIK_PROPERTY) ? CheckKind.PROPERTY : CheckKind.EXAMPLE;
    }

    /** The test class carrying {@code @Kata} for {@code type}, looking through enclosing classes. */
    public static Optional<Class<?>> kataClass(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (c.isAnnotationPresent(Kata.class)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The kinds of the checks that run by default (benchmarks excluded). */
    public static Set<CheckKind> declaredKinds(Class<?> testClass) {
        Set<CheckKind> kinds = EnumSet.noneOf(CheckKind.class);
        for (Method m : testClass.getDeclaredMethods()) {
            if (isCheck(m) && !isBenchmark(m)) {
                kinds.add(kindOf(m));
            }
        }
        return kinds;
    }

    /** True when the class has a check that only {@code -Pbench} runs. */
    public static boolean hasBenchmark(Class<?> testClass) {
        for (Method m : testClass.getDeclaredMethods()) {
            if (isCheck(m) && isBenchmark(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Methods that jqwik would silently skip: a property or example carrying any JUnit Jupiter annotation
     * ({@code @Timeout}, {@code @DisplayName}, {@code @Tag}...; jqwik has its own: {@code @PropertyTimeout},
     * {@code @Label}, {@code @Tag}). Reported by the mode checks, because a check that never runs can never fail.
     */
    public static List<String> silentlySkipped(Class<?> testClass) {
        List<String> skipped = new ArrayList<>();
        for (Method m : testClass.getDeclaredMethods()) {
            if (!hasAnnotation(m, JQWIK_PROPERTY) && !hasAnnotation(m, "net.jqwik.api.Example")) {
                continue;
            }
            for (Annotation a : m.getDeclaredAnnotations()) {
                String name = a.annotationType().getName();
                if (name.startsWith("org.junit.jupiter.api.")) {
                    String own = name.endsWith(".Timeout") ? "@PropertyTimeout" : name.endsWith(".DisplayName")
                            ? "@Label" : "jqwik's own annotation";
                    skipped.add(testClass.getSimpleName() + "." + m.getName() + ": jqwik skips a property with"
                            + " Jupiter's @" + a.annotationType().getSimpleName() + "; use " + own);
                }
            }
        }
        return skipped;
    }

    static boolean isCheck(Method m) {
        for (Annotation a : withMetaAnnotations(m)) {
            String name = a.annotationType().getName();
            if (name.equals(JQWIK_PROPERTY) || name.equals("net.jqwik.api.Example")
                    || name.equals("org.junit.jupiter.api.Test")
                    || name.equals("org.junit.jupiter.params.ParameterizedTest")
                    || name.equals("org.junit.jupiter.api.TestFactory")) {
                return true;
            }
        }
        return false;
    }

    static boolean isBenchmark(Method m) {
        for (Annotation a : withMetaAnnotations(m)) {
            if (a.annotationType().getSimpleName().equals("Tag")) {
                try {
                    if (BENCH_TAG.equals(a.annotationType().getMethod("value").invoke(a))) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    /** The method's annotations and, one level down, theirs: enough for composed annotations. */
    private static List<Annotation> withMetaAnnotations(Method m) {
        List<Annotation> all = new ArrayList<>();
        for (Annotation a : m.getAnnotations()) {
            all.add(a);
            if (!a.annotationType().getName().startsWith("java.")) {
                all.addAll(List.of(a.annotationType().getAnnotations()));
            }
        }
        return all;
    }

    private static boolean hasAnnotation(Method m, String type) {
        for (Annotation a : withMetaAnnotations(m)) {
            if (a.annotationType().getName().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
