package dev.niche.lld.ispdevices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/isp-devices", title = "Split a fat interface into roles", order = 110, checkpoints = "3.2",
        naiveViolates = CheckKind.DESIGN, refactoring = true)
class IspDevicesTest {
    private static final Document MEMO = new Document("Memo", List.of("Dear all,", "the lift is fixed.", "Facilities"));

    private static List<Sheet> sheets(int count) {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            sheets.add(new Sheet("Pile", i, "page " + i));
        }
        return sheets;
    }

    // ---- behaviour (passes before and after the refactoring) ------------------------------------------------

    @Test
    @DisplayName("a desk printer prints one sheet per page, numbered from 1, with the title")
    void deskPrinterPrints() {
        Printer printer = new DeskPrinter();
        assertThat(printer.print(MEMO)).containsExactly(new Sheet("Memo", 1, "Dear all,"),
                new Sheet("Memo", 2, "the lift is fixed."), new Sheet("Memo", 3, "Facilities"));
    }

    @Test
    @DisplayName("a pocket scanner turns sheets into a document, in the order the sheets are given")
    void pocketScannerScans() {
        Scanner scanner = new PocketScanner();
        List<Sheet> shuffled = List.of(new Sheet("x", 2, "second"), new Sheet("x", 1, "first"));
        assertThat(scanner.scan("Notes", shuffled)).isEqualTo(new Document("Notes", List.of("second", "first")));
    }

    @Test
    @DisplayName("the office machine prints, scans, faxes and staples")
    void officeMachineDoesEverything() {
        OfficeMachine office = new OfficeMachine();
        List<Sheet> printed = office.print(MEMO);
        assertThat(printed).hasSize(3);
        assertThat(office.scan("Memo", printed)).as("a scan of the printed memo").isEqualTo(MEMO);
        assertThat(office.send("+4420794600", MEMO)).isEqualTo(new Fax.Receipt("+4420794600", 3));
        assertThat(office.staple(printed).sheets()).as("the stapled memo").isEqualTo(printed);
        assertThat(office.staple(sheets(OfficeMachine.STAPLER_CAPACITY)).sheets())
                .as("a full staple").hasSize(OfficeMachine.STAPLER_CAPACITY);
    }

    @Test
    @DisplayName("the mailroom works with any printer and any stapler, one written by the test included")
    void mailroomTakesAnyRoles() {
        List<Integer> stapledCounts = new ArrayList<>();
        Stapler handStapler = sheets -> {
            stapledCounts.add(sheets.size());
            return new Stapler.Bundle(sheets);
        };
        assertThat(new Mailroom(new DeskPrinter(), handStapler).prepare(MEMO).sheets())
                .extracting(Sheet::number).containsExactly(1, 2, 3);
        assertThat(stapledCounts).as("sheets handed to the test's stapler").containsExactly(3);
        OfficeMachine office = new OfficeMachine();
        assertThat(new Mailroom(office, office).prepare(MEMO).sheets()).isEqualTo(office.print(MEMO));
    }

    @Test
    @DisplayName("bad input is rejected by name: phone numbers, sheet counts, titles, nulls")
    void badInput() {
        OfficeMachine office = new OfficeMachine();
        for (String number : List.of("12", "phone", "+44 20", "1234567890123456", "++123")) {
            assertThatThrownBy(() -> office.send(number, MEMO)).as("faxing to '%s'", number)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
        }
        assertThatThrownBy(() -> office.send(null, MEMO)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("number");
        assertThatThrownBy(() -> office.staple(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sheets");
        assertThatThrownBy(() -> office.staple(sheets(OfficeMachine.STAPLER_CAPACITY + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sheets");
        assertThatThrownBy(() -> new PocketScanner().scan("Empty", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sheets");
        assertThatThrownBy(() -> new PocketScanner().scan(" ", sheets(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new DeskPrinter().print(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("document");
        assertThatThrownBy(() -> new Mailroom(null, office)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("printer");
    }

    @Provide
    Arbitrary<Document> documents() {
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().ofMaxLength(12).list().ofMinSize(1).ofMaxSize(30)).as(Document::new);
    }

    @Property(tries = 200)
    @Label("scanning what was printed gives the document back, on the small devices and on the big one")
    void printThenScanIsIdentity(@ForAll("documents") Document document) {
        assertThat(new PocketScanner().scan(document.title(), new DeskPrinter().print(document)))
                .as("desk printer, then pocket scanner").isEqualTo(document);
        OfficeMachine office = new OfficeMachine();
        assertThat(office.scan(document.title(), office.print(document))).as("office machine").isEqualTo(document);
    }

    @Property(tries = 100)
    @Label("stapling keeps every sheet, in order, up to the capacity")
    void staplingKeepsOrder(@ForAll @IntRange(min = 1, max = OfficeMachine.STAPLER_CAPACITY) int count,
            @ForAll long seed) {
        List<Sheet> pile = sheets(count);
        Collections.shuffle(pile, new Random(seed));
        assertThat(new OfficeMachine().staple(pile).sheets()).isEqualTo(pile);
    }

    // ---- design (fails until the refactoring is done) --------------------------------------------------------

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no device refuses an operation it promises, and interfaces stay small (interface segregation)")
    void devicesPromiseOnlyWhatTheyDo() {
        DesignRules.design("dev.niche.lld.ispdevices")
                .startedBy(() -> new DeskPrinter().print(MEMO))
                .satisfies(DesignRules.noUnsupportedOperations(), DesignRules.interfacesAtMost(2));
    }
}
