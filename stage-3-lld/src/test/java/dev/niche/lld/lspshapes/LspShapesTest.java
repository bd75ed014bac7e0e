package dev.niche.lld.lspshapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.Principle;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Kata(id = "lld/lsp-shapes", title = "Fix a hierarchy that breaks its base contract", order = 100,
        checkpoints = "3.2", naiveViolates = CheckKind.DESIGN, refactoring = true)
class LspShapesTest {

    // ---- behaviour (passes before and after the refactoring) ------------------------------------------------

    @Test
    @DisplayName("a rectangle's area and perimeter follow each side it is given")
    void rectangle() {
        Rectangle rectangle = new Rectangle(3, 2);
        assertThat(List.of(rectangle.area(), rectangle.perimeter())).as("area and perimeter of 3 x 2")
                .containsExactly(6L, 10L);
        rectangle.setWidth(5);
        assertThat(List.of(rectangle.width(), rectangle.height())).as("sides after setWidth(5)").containsExactly(5, 2);
        rectangle.setHeight(4);
        assertThat(List.of(rectangle.area(), rectangle.perimeter())).as("area and perimeter of 5 x 4")
                .containsExactly(20L, 18L);
    }

    @Test
    @DisplayName("a square's area and perimeter follow its side")
    void square() {
        Square square = new Square(3);
        assertThat(List.of(square.area(), square.perimeter())).as("area and perimeter of side 3")
                .containsExactly(9L, 12L);
        square.setSide(5);
        assertThat(square.side()).isEqualTo(5);
        assertThat(List.of(square.area(), square.perimeter())).as("area and perimeter of side 5")
                .containsExactly(25L, 20L);
    }

    @Test
    @DisplayName("large sides do not overflow")
    void largeSides() {
        Rectangle rectangle = new Rectangle(Integer.MAX_VALUE, Integer.MAX_VALUE);
        assertThat(rectangle.area()).isEqualTo((long) Integer.MAX_VALUE * Integer.MAX_VALUE);
        assertThat(rectangle.perimeter()).isEqualTo(4L * Integer.MAX_VALUE);
        Square square = new Square(Integer.MAX_VALUE);
        assertThat(square.area()).isEqualTo((long) Integer.MAX_VALUE * Integer.MAX_VALUE);
        assertThat(square.perimeter()).isEqualTo(4L * Integer.MAX_VALUE);
    }

    @Test
    @DisplayName("a side below 1 is rejected by name and changes nothing")
    void badSides() {
        assertThatThrownBy(() -> new Rectangle(0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width");
        assertThatThrownBy(() -> new Rectangle(2, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("height");
        assertThatThrownBy(() -> new Square(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("side");
        Rectangle rectangle = new Rectangle(3, 2);
        assertThatThrownBy(() -> rectangle.setWidth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width");
        assertThatThrownBy(() -> rectangle.setHeight(-4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("height");
        assertThat(rectangle).as("a rectangle after rejected changes").hasToString("Rectangle 3 x 2");
        Square square = new Square(2);
        assertThatThrownBy(() -> square.setSide(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("side");
        assertThat(square.side()).as("the side of a square after a rejected change").isEqualTo(2);
    }

    /** One change of a side: which side (0 width, 1 height) and its new length. */
    record Resize(int side, int length) {
    }

    @Provide
    Arbitrary<List<Resize>> resizes() {
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 1000))
                .as(Resize::new).list().ofMaxSize(10);
    }

    @Property(tries = 200)
    @Label("a rectangle's sides, area and perimeter match a model after any resizes")
    void rectangleMatchesModel(@ForAll @IntRange(min = 1, max = 1000) int width,
            @ForAll @IntRange(min = 1, max = 1000) int height, @ForAll("resizes") List<Resize> resizes) {
        Rectangle rectangle = new Rectangle(width, height);
        long w = width;
        long h = height;
        for (Resize resize : resizes) {
            if (resize.side() == 0) {
                rectangle.setWidth(resize.length());
                w = resize.length();
            } else {
                rectangle.setHeight(resize.length());
                h = resize.length();
            }
        }
        assertThat(List.of((long) rectangle.width(), (long) rectangle.height(), rectangle.area(),
                rectangle.perimeter())).as("width, height, area, perimeter after %s", resizes)
                .containsExactly(w, h, w * h, 2 * (w + h));
    }

    @Property(tries = 200)
    @Label("a square stays square whatever is done to it, through any type it has")
    void squareStaysSquare(@ForAll @IntRange(min = 1, max = 1000) int side, @ForAll("resizes") List<Resize> resizes) {
        Square square = new Square(side);
        Shape shape = square;
        for (Resize resize : resizes) {
            if (shape instanceof Rectangle rectangle) {
                if (resize.side() == 0) {
                    rectangle.setWidth(resize.length());
                } else {
                    rectangle.setHeight(resize.length());
                }
            } else {
                square.setSide(resize.length());
            }
            long s = square.side();
            assertThat(List.of(square.area(), square.perimeter())).as("area and perimeter of %s", square)
                    .containsExactly(s * s, 4 * s);
        }
    }

    // ---- design (fails until the refactoring is done) --------------------------------------------------------

    /** Every shape of {@link Shapes#oneOfEach()} that is a Rectangle, named by its class. */
    static Stream<Arguments> everyRectangle() {
        return Shapes.oneOfEach().stream().filter(Rectangle.class::isInstance)
                .map(shape -> Arguments.of(Named.of(shape.getClass().getSimpleName(), shape)));
    }

    @ParameterizedTest(name = "a {0} keeps every promise a Rectangle makes (Liskov substitution)")
    @MethodSource("everyRectangle")
    @Kind(CheckKind.DESIGN)
    void keepsRectanglePromises(Rectangle rectangle) {
        new RectangleContract(rectangle).check();
    }

    /**
     * The promises of {@link Rectangle}, checked on any object a {@code Rectangle} variable can hold. A subtype
     * that breaks one cannot stand in for its base type, however correct its own methods are.
     */
    static final class RectangleContract {
        private final Rectangle subject;
        private final String kind;

        RectangleContract(Rectangle subject) {
            this.subject = subject;
            this.kind = subject.getClass().getSimpleName();
        }

        void check() {
            for (int[] sides : new int[][] {{5, 2}, {1, 7}, {4, 4}, {9, 3}}) {
                int width = sides[0];
                int height = sides[1];
                int heightBefore = subject.height();
                String before = size();
                change("setWidth(" + width + ")", () -> subject.setWidth(width));
                keeps(subject.width() == width && subject.height() == heightBefore, "setWidth(" + width
                        + ") makes the width " + width + " and leaves the height at " + heightBefore, before);
                int widthBefore = subject.width();
                before = size();
                change("setHeight(" + height + ")", () -> subject.setHeight(height));
                keeps(subject.height() == height && subject.width() == widthBefore, "setHeight(" + height
                        + ") makes the height " + height + " and leaves the width at " + widthBefore, before);
                keeps(subject.area() == (long) subject.width() * subject.height()
                        && subject.perimeter() == 2L * (subject.width() + subject.height()),
                        "its area is width times height and its perimeter twice their sum (area " + subject.area()
                                + ", perimeter " + subject.perimeter() + ")", size());
            }
            String before = size();
            assertThatThrownBy(() -> subject.setWidth(0)).as("Rectangle promises that setWidth(0) is rejected")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width");
            keeps(size().equals(before), "a rejected setWidth(0) changes nothing", before);
        }

        private String size() {
            return subject.width() + " x " + subject.height();
        }

        private void change(String call, Runnable change) {
            try {
                change.run();
            } catch (RuntimeException e) {
                throw new AssertionError(Principle.LISKOV_SUBSTITUTION.title() + ": a " + kind
                        + " cannot stand in for a Rectangle. Rectangle promises that " + call + " works on any"
                        + " rectangle, but this " + kind + " threw " + e, e);
            }
        }

        private void keeps(boolean kept, String promise, String before) {
            if (!kept) {
                throw new AssertionError(Principle.LISKOV_SUBSTITUTION.title() + ": a " + kind
                        + " cannot stand in for a Rectangle. Rectangle promises that " + promise + ", but this "
                        + kind + " went from " + before + " to " + size() + ".");
            }
        }
    }
}
