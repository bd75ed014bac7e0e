package dev.niche.lld.overengineered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import dev.niche.katas.grader.design.Principle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/over-engineered", title = "Remove patterns that do not pay", order = 140, checkpoints = "3.3",
        naiveViolates = CheckKind.DESIGN, refactoring = true)
class OverEngineeredTest {
    private static final String PACKAGE = "dev.niche.lld.overengineered";

    /** The given API, which stays; everything else is the learner's to shape. */
    private static final Set<String> GIVEN = Set.of(Shortener.class.getName(), Shorteners.class.getName());

    /** Top-level types the behaviour needs at most: the two given ones, the shortener, and room for one helper. */
    private static final int MAX_TYPES = 4;

    // ---- behaviour (passes before and after the refactoring) ------------------------------------------------

    @Test
    @DisplayName("a shortened url resolves back to itself")
    void roundTrip() {
        Shortener shortener = Shorteners.create();
        String code = shortener.shorten("https://example.org/a/very/long/path?with=query");
        assertThat(code).as("the code").matches("[a-z0-9]+");
        assertThat(shortener.resolve(code)).as("resolve(%s)", code)
                .contains("https://example.org/a/very/long/path?with=query");
    }

    @Test
    @DisplayName("the same url gets the same code, different urls get different codes")
    void codesAreStable() {
        Shortener shortener = Shorteners.create();
        String first = shortener.shorten("https://a.example");
        String other = shortener.shorten("https://b.example");
        assertThat(shortener.shorten("https://a.example")).as("the code of a url shortened twice").isEqualTo(first);
        assertThat(other).as("the code of a second url").isNotEqualTo(first);
        assertThat(shortener.resolve(other)).as("resolve(%s)", other).contains("https://b.example");
    }

    @Test
    @DisplayName("a code that was never handed out resolves to nothing")
    void unknownCode() {
        Shortener shortener = Shorteners.create();
        assertThat(shortener.resolve("abc")).as("resolve on a new shortener").isEmpty();
        String code = shortener.shorten("https://a.example");
        assertThat(shortener.resolve(code + "x")).as("resolve(%s), a code never handed out", code + "x").isEmpty();
    }

    @Test
    @DisplayName("a null url or code, and a blank url, are rejected by name")
    void badInput() {
        Shortener shortener = Shorteners.create();
        assertThatThrownBy(() -> shortener.shorten(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("url");
        assertThatThrownBy(() -> shortener.shorten("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url");
        assertThatThrownBy(() -> shortener.resolve(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("code");
    }

    @Property(tries = 200)
    @Label("every url resolves back from its code, and codes match urls one to one")
    void behavesLikeAMap(@ForAll("urls") List<String> urls) {
        Shortener shortener = Shorteners.create();
        Map<String, String> codeOf = new HashMap<>();
        for (String url : urls) {
            String code = shortener.shorten(url);
            String before = codeOf.putIfAbsent(url, code);
            assertThat(code).as("the code of %s (shortened again)", url).isEqualTo(before == null ? code : before)
                    .matches("[a-z0-9]+");
        }
        assertThat(Set.copyOf(codeOf.values())).as("one distinct code per distinct url in %s", urls)
                .hasSize(codeOf.size());
        codeOf.forEach((url, code) -> assertThat(shortener.resolve(code)).as("resolve(%s)", code).contains(url));
    }

    @Provide
    Arbitrary<List<String>> urls() {
        return Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3)
                .map(path -> "https://example.org/" + path).list().ofMaxSize(30);
    }

    // ---- design (fails until the refactoring is done) --------------------------------------------------------

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no singleton or static field holds state for the whole program (explicit dependencies)")
    void noGlobalState() {
        DesignRules.design(PACKAGE)
                .startedBy(() -> Shorteners.create().shorten("https://example.org"))
                .satisfies(DesignRules.noStaticMutableState());
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("fewer types, same behaviour: no one-product factory, no one-implementation interface (simplicity)")
    void noPatternsThatDoNotPay() {
        Shorteners.create().shorten("https://example.org");
        JavaClasses classes = DesignRules.design(PACKAGE).classes();
        List<JavaClass> types = classes.stream()
                .filter(type -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
                .sorted(Comparator.comparing(JavaClass::getName)).toList();
        List<String> offenders = new ArrayList<>();
        for (JavaClass type : types) {
            if (GIVEN.contains(type.getName())) {
                continue;
            }
            List<JavaClass> implementations = implementationsOf(type, classes);
            if (type.isInterface() && implementations.size() == 1) {
                offenders.add(type.getSimpleName() + " is an interface with one implementation, "
                        + implementations.get(0).getSimpleName() + " (" + type.getSimpleName() + ".java)");
            }
            JavaClass product = onlyProduct(type, classes);
            if (product != null) {
                offenders.add(type.getSimpleName() + " is a factory whose one product is " + product.getSimpleName()
                        + " (" + type.getSimpleName() + ".java)");
            }
        }
        if (offenders.isEmpty() && types.size() > MAX_TYPES) {
            types.stream().filter(type -> !GIVEN.contains(type.getName()))
                    .forEach(type -> offenders.add(type.getSimpleName() + " (" + type.getSimpleName() + ".java)"));
        }
        if (!offenders.isEmpty()) {
            StringBuilder text = new StringBuilder(Principle.SIMPLICITY.title())
                    .append(": more types than the behaviour needs (").append(types.size())
                    .append(" top-level types, at most ").append(MAX_TYPES).append(") in ").append(offenders.get(0));
            if (offenders.size() > 1) {
                text.append(" and ").append(offenders.size() - 1).append(" more:");
                offenders.subList(1, offenders.size())
                        .forEach(o -> text.append(System.lineSeparator()).append("  - ").append(o));
            }
            throw new AssertionError(text.append(System.lineSeparator()).append("  Fix: fold each factory with one")
                    .append(" product and each interface with one implementation into the class that does the work;")
                    .append(" add an abstraction back when a second case arrives").toString());
        }
        assertThat(types).as("top-level types in %s", PACKAGE).hasSizeLessThanOrEqualTo(MAX_TYPES);
    }

    /** The own concrete classes that implement {@code type}. */
    private static List<JavaClass> implementationsOf(JavaClass type, JavaClasses classes) {
        return classes.stream().filter(c -> !c.isInterface() && !c.equals(type) && c.isAssignableTo(type.getName()))
                .toList();
    }

    /**
     * The one own type that {@code type} exists to create: a class without instance fields whose methods (one or
     * more) all return that same other own type. Null when {@code type} is not such a factory.
     */
    private static JavaClass onlyProduct(JavaClass type, JavaClasses classes) {
        if (type.isInterface() || type.isEnum() || type.isRecord()
                || type.getFields().stream().anyMatch(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                || type.getMethods().isEmpty()) {
            return null;
        }
        List<JavaClass> returned = type.getMethods().stream().map(m -> m.getRawReturnType()).distinct().toList();
        if (returned.size() != 1) {
            return null;
        }
        JavaClass product = returned.get(0);
        return classes.contain(product.getName()) && !product.equals(type) ? product : null;
    }
}
