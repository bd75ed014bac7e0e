package dev.niche.lld.overengineered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
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
        DesignRules.design(PACKAGE)
                .startedBy(() -> Shorteners.create().shorten("https://example.org"))
                .satisfies(DesignRules.noSpeculativeAbstractions(Shortener.class, Shorteners.class),
                        DesignRules.atMostTypes(MAX_TYPES));
    }
}
