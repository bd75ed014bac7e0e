package dev.niche.lld.parkinglot;

import static dev.niche.lld.parkinglot.SpotSize.LARGE;
import static dev.niche.lld.parkinglot.SpotSize.MEDIUM;
import static dev.niche.lld.parkinglot.SpotSize.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/parking-lot", title = "Design a parking lot", order = 10, checkpoints = "3.1",
        naiveViolates = CheckKind.DESIGN)
class ParkingLotTest {
    /** A Monday. */
    private static final Instant MONDAY_9AM = Instant.parse("2026-03-02T09:00:00Z");
    private static final Map<SpotSize, Long> RATES = Map.of(SMALL, 100L, MEDIUM, 200L, LARGE, 400L);

    /** The lot's clock, moved by hand: nothing sleeps. */
    static final class FakeClock implements InstantSource {
        private Instant now;

        FakeClock(Instant start) {
            now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant to) {
            now = to;
        }
    }

    private final FakeClock clock = new FakeClock(MONDAY_9AM);

    private static Spot spot(int floor, int number, SpotSize size) {
        return new Spot(floor, number, size, false);
    }

    private static Spot charging(int floor, int number, SpotSize size) {
        return new Spot(floor, number, size, true);
    }

    private ParkingLot hourlyLot(Spot... spots) {
        return ParkingLots.open(List.of(spots), ParkingLots.perStartedHour(RATES), clock);
    }

    private static Spot spotOf(Optional<Ticket> ticket) {
        return ticket.orElseThrow(() -> new AssertionError("expected a ticket, got none")).spot();
    }

    private static String id(Optional<Ticket> ticket) {
        return ticket.orElseThrow(() -> new AssertionError("expected a ticket, got none")).id();
    }

    // ---- examples -----------------------------------------------------------------------------------------

    @Test
    @DisplayName("each vehicle gets the smallest free spot it fits; a full lot turns it away unchanged")
    void smallestSpotThatFits() {
        ParkingLot lot = hourlyLot(spot(0, 1, SMALL), spot(0, 2, MEDIUM), spot(0, 3, LARGE), spot(1, 1, MEDIUM),
                spot(1, 2, LARGE));
        assertThat(spotOf(lot.enter(new Car("CAR-1")))).as("first car").isEqualTo(spot(0, 2, MEDIUM));
        assertThat(spotOf(lot.enter(new Motorcycle("MOTO-1")))).as("first motorcycle").isEqualTo(spot(0, 1, SMALL));
        assertThat(spotOf(lot.enter(new Motorcycle("MOTO-2")))).as("second motorcycle, no small spot left")
                .isEqualTo(spot(1, 1, MEDIUM));
        assertThat(spotOf(lot.enter(new Car("CAR-2")))).as("second car, no medium spot left")
                .isEqualTo(spot(0, 3, LARGE));
        assertThat(spotOf(lot.enter(new Truck("TRUCK-1")))).as("first truck").isEqualTo(spot(1, 2, LARGE));
        assertThat(lot.freeSpots()).as("free spots of a full lot").isEmpty();
        assertThat(lot.enter(new Truck("TRUCK-2"))).as("a truck at a full lot").isEmpty();
        assertThat(lot.enter(new Motorcycle("MOTO-3"))).as("a motorcycle at a full lot").isEmpty();
    }

    @Test
    @DisplayName("between spots of one size: no charger first, then the lowest floor, then the lowest number")
    void tieBreaks() {
        ParkingLot lot = hourlyLot(spot(1, 5, MEDIUM), charging(0, 7, MEDIUM), spot(0, 9, MEDIUM),
                spot(1, 2, MEDIUM));
        List<Spot> given = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            given.add(spotOf(lot.enter(new Car("CAR-" + i))));
        }
        assertThat(given).as("spots given to four cars, in order")
                .containsExactly(spot(0, 9, MEDIUM), spot(1, 2, MEDIUM), spot(1, 5, MEDIUM), charging(0, 7, MEDIUM));
        assertThat(lot.enter(new Car("CAR-5"))).as("a fifth car").isEmpty();
    }

    @Test
    @DisplayName("exit charges each started hour at the rate of the spot's size, spends the ticket, frees the spot")
    void hourlyFee() {
        ParkingLot lot = hourlyLot(spot(0, 1, MEDIUM), spot(0, 2, LARGE));
        String car = id(lot.enter(new Car("CAR-1")));
        assertThat(lot.quote(car)).as("quote right after entering").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(lot.quote(car)).as("quote after 1 s: one started hour at 200").isEqualTo(200);
        clock.set(MONDAY_9AM.plus(Duration.ofHours(1)));
        assertThat(lot.quote(car)).as("quote after exactly 1 h").isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertThat(lot.quote(car)).as("quote after 1 h 1 s").isEqualTo(400);
        String truck = id(lot.enter(new Truck("TRUCK-1")));
        clock.set(MONDAY_9AM.plus(Duration.ofMinutes(150)));
        assertThat(lot.exit(car)).as("car's fee after 2 h 30 min").isEqualTo(600);
        assertThat(lot.freeSpots()).as("free spots after the car left").containsExactly(spot(0, 1, MEDIUM));
        assertThat(lot.exit(truck)).as("truck's fee after 1 h 29 min 59 s at a large spot").isEqualTo(800);
    }

    @Test
    @DisplayName("the daily cap limits each started day of another policy")
    void dailyCap() {
        ParkingLot lot = ParkingLots.open(List.of(spot(0, 1, MEDIUM)),
                ParkingLots.dailyCap(ParkingLots.perStartedHour(RATES), 1500), clock);
        String car = id(lot.enter(new Car("CAR-1")));
        long[][] expected = {{7 * 60, 1400}, {8 * 60, 1500}, {24 * 60, 1500}, {24 * 60 + 1, 1700},
                {26 * 60, 1900}, {72 * 60, 4500}};
        for (long[] minutesAndFee : expected) {
            clock.set(MONDAY_9AM.plus(Duration.ofMinutes(minutesAndFee[0])));
            assertThat(lot.quote(car)).as("quote after %d min at 200 per hour, capped at 1500 a day",
                    minutesAndFee[0]).isEqualTo(minutesAndFee[1]);
        }
        assertThat(lot.exit(car)).as("fee on exit after 3 days").isEqualTo(4500);
    }

    @Test
    @DisplayName("a plate is parked once at a time and a ticket is paid once")
    void onceOnly() {
        ParkingLot lot = hourlyLot(spot(0, 1, MEDIUM), spot(0, 2, LARGE));
        String ticket = id(lot.enter(new Car("AB-123")));
        assertThatThrownBy(() -> lot.enter(new Motorcycle("AB-123"))).as("the same plate again")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AB-123");
        assertThat(lot.freeSpots()).as("free spots after the refused entry").containsExactly(spot(0, 2, LARGE));
        clock.advance(Duration.ofMinutes(30));
        assertThat(lot.exit(ticket)).as("fee for 30 min").isEqualTo(200);
        assertThatThrownBy(() -> lot.exit(ticket)).as("exit with a paid ticket")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ticket);
        assertThatThrownBy(() -> lot.quote(ticket)).as("quote of a paid ticket")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ticket);
        Optional<Ticket> again = lot.enter(new Car("AB-123"));
        assertThat(again).as("the plate after it left").isPresent();
        assertThat(id(again)).as("a new ticket's id").isNotEqualTo(ticket);
    }

    @Test
    @DisplayName("bad input is rejected by name: nulls, an empty or duplicate layout, bad rates, unknown tickets")
    void badInput() {
        ParkingLot lot = hourlyLot(spot(0, 1, MEDIUM));
        PricingPolicy hourly = ParkingLots.perStartedHour(RATES);
        assertThatThrownBy(() -> lot.enter(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("vehicle");
        assertThatThrownBy(() -> lot.quote(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("ticketId");
        assertThatThrownBy(() -> lot.exit(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("ticketId");
        assertThatThrownBy(() -> lot.exit("no-such-ticket")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-ticket");
        assertThatThrownBy(() -> lot.quote("no-such-ticket")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-ticket");

        List<Spot> one = List.of(spot(0, 1, SMALL));
        assertThatThrownBy(() -> ParkingLots.open(null, hourly, clock)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("spots");
        assertThatThrownBy(() -> ParkingLots.open(one, null, clock)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("pricing");
        assertThatThrownBy(() -> ParkingLots.open(one, hourly, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("clock");
        assertThatThrownBy(() -> ParkingLots.open(Arrays.asList(spot(0, 1, SMALL), null), hourly, clock))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("spot");
        assertThatThrownBy(() -> ParkingLots.open(List.of(), hourly, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spots");
        assertThatThrownBy(() -> ParkingLots.open(List.of(spot(0, 1, SMALL), spot(1, 1, SMALL),
                spot(0, 1, LARGE)), hourly, clock)).as("two spots numbered 1 on floor 0")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spots");

        assertThatThrownBy(() -> ParkingLots.perStartedHour(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("centsPerHour");
        assertThatThrownBy(() -> ParkingLots.perStartedHour(Map.of(SMALL, 1L, MEDIUM, 2L)))
                .as("no rate for LARGE").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("centsPerHour");
        assertThatThrownBy(() -> ParkingLots.perStartedHour(Map.of(SMALL, 1L, MEDIUM, -2L, LARGE, 3L)))
                .as("a negative rate").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("centsPerHour");
        assertThatThrownBy(() -> ParkingLots.dailyCap(null, 100)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("base");
        assertThatThrownBy(() -> ParkingLots.dailyCap(hourly, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cap");
    }

    @Test
    @DisplayName("a clock that goes backwards is refused, and the lot is unchanged")
    void clockGoingBackwards() {
        ParkingLot lot = hourlyLot(spot(0, 1, MEDIUM), spot(0, 2, MEDIUM));
        String ticket = id(lot.enter(new Car("CAR-1")));
        clock.set(MONDAY_9AM.minus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> lot.enter(new Car("CAR-2"))).as("entering at 8:59 after 9:00")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock");
        assertThatThrownBy(() -> lot.quote(ticket)).as("quoting at 8:59")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock");
        assertThatThrownBy(() -> lot.exit(ticket)).as("exiting at 8:59")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock");
        assertThat(lot.freeSpots()).as("free spots after the refusals").containsExactly(spot(0, 2, MEDIUM));
        clock.set(MONDAY_9AM.plus(Duration.ofMinutes(45)));
        assertThat(lot.exit(ticket)).as("the ticket still pays, at 9:45").isEqualTo(200);
    }

    // ---- properties ---------------------------------------------------------------------------------------

    /** The best-fit order of the brief, written again here as the model's. */
    private static final Comparator<Spot> BEST_FIT = Comparator.comparing(Spot::size).thenComparing(Spot::charger)
            .thenComparingInt(Spot::floor).thenComparingInt(Spot::number);

    /** One step: a vehicle enters, a ticket (perhaps unknown or paid) exits, or time passes. */
    record Step(String action, int a, int b) {
        @Override
        public String toString() {
            return action + "(" + a + (action.equals("enter") ? ", " + b : "") + ")";
        }
    }

    @Provide
    Arbitrary<List<Spot>> layouts() {
        Arbitrary<Spot> spot = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(SpotSize.class), Arbitraries.of(false, true))
                .as((floor, size, charger) -> new Spot(floor, 1, size, charger));
        return spot.list().ofMinSize(1).ofMaxSize(7).map(ParkingLotTest::numbered);
    }

    /** Numbers each floor's spots 1, 2, 3... in the order generated. */
    private static List<Spot> numbered(List<Spot> spots) {
        Map<Integer, Integer> next = new HashMap<>();
        return spots.stream().map(s -> new Spot(s.floor(), next.merge(s.floor(), 1, Integer::sum), s.size(),
                s.charger())).toList();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> enter = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 5)).as((kind, plate) -> new Step("enter", kind, plate));
        Arbitrary<Step> exit = Arbitraries.integers().between(0, 9).map(i -> new Step("exit", i, 0));
        Arbitrary<Step> wait = Arbitraries.integers().between(0, 200).map(m -> new Step("wait", m, 0));
        return Arbitraries.frequencyOf(Tuple.of(4, enter), Tuple.of(3, exit), Tuple.of(2, wait)).list()
                .ofMaxSize(30);
    }

    private static Vehicle vehicle(int kind, int plate) {
        String name = "P" + plate;
        return switch (kind) {
            case 0 -> new Motorcycle(name);
            case 1 -> new Car(name);
            default -> new Truck(name);
        };
    }

    @Property(tries = 300)
    @Label("no spot is double-booked, each vehicle gets its best fit, capacity holds and a ticket pays once")
    void ticketsAndSpotsMatchAModel(@ForAll("layouts") List<Spot> layout, @ForAll("steps") List<Step> steps) {
        FakeClock time = new FakeClock(MONDAY_9AM);
        ParkingLot lot = ParkingLots.open(layout, ParkingLots.perStartedHour(RATES), time);
        Set<Spot> free = new HashSet<>(layout);
        Map<String, Ticket> parkedByPlate = new HashMap<>();
        List<Ticket> issued = new ArrayList<>();
        Set<String> paid = new HashSet<>();
        for (Step step : steps) {
            String at = "at " + step + " of " + steps + " in " + layout;
            switch (step.action()) {
                case "enter" -> {
                    Vehicle vehicle = vehicle(step.a(), step.b());
                    if (parkedByPlate.containsKey(vehicle.plate())) {
                        assertThatThrownBy(() -> lot.enter(vehicle)).as(at).isInstanceOf(IllegalStateException.class);
                        break;
                    }
                    Optional<Spot> best = free.stream().filter(vehicle::fits).min(BEST_FIT);
                    Optional<Ticket> ticket = lot.enter(vehicle);
                    assertThat(ticket.map(Ticket::spot)).as("spot given %s", at).isEqualTo(best);
                    if (ticket.isPresent()) {
                        Ticket t = ticket.get();
                        assertThat(t.plate()).as("plate on the ticket %s", at).isEqualTo(vehicle.plate());
                        assertThat(t.entered()).as("entry time on the ticket %s", at).isEqualTo(time.instant());
                        assertThat(issued).as("earlier tickets' ids %s", at).extracting(Ticket::id)
                                .doesNotContain(t.id());
                        free.remove(t.spot());
                        parkedByPlate.put(t.plate(), t);
                        issued.add(t);
                    }
                }
                case "exit" -> {
                    if (step.a() >= issued.size()) {
                        assertThatThrownBy(() -> lot.exit("unknown-" + step.a())).as(at)
                                .isInstanceOf(IllegalArgumentException.class);
                        break;
                    }
                    Ticket t = issued.get(step.a());
                    if (paid.contains(t.id())) {
                        assertThatThrownBy(() -> lot.exit(t.id())).as("second exit %s", at)
                                .isInstanceOf(IllegalStateException.class);
                        break;
                    }
                    long hours = (Duration.between(t.entered(), time.instant()).toSeconds() + 3599) / 3600;
                    assertThat(lot.exit(t.id())).as("fee %s", at).isEqualTo(hours * RATES.get(t.spot().size()));
                    paid.add(t.id());
                    parkedByPlate.remove(t.plate());
                    free.add(t.spot());
                }
                default -> time.advance(Duration.ofMinutes(step.a()));
            }
            assertThat(lot.freeSpots()).as("free spots %s", at).isEqualTo(free);
            Map<SpotSize, Long> taken = new EnumMap<>(SpotSize.class);
            parkedByPlate.values().forEach(t -> taken.merge(t.spot().size(), 1L, Long::sum));
            taken.forEach((size, count) -> assertThat(count).as("%s spots taken %s", size, at)
                    .isLessThanOrEqualTo(layout.stream().filter(s -> s.size() == size).count()));
        }
    }

    @Provide
    Arbitrary<List<Long>> offsets() {
        return Arbitraries.longs().between(0, 4 * 24 * 3600).list().ofMinSize(1).ofMaxSize(8)
                .map(list -> list.stream().sorted().toList());
    }

    @Property(tries = 300)
    @Label("fees are never negative and never drop as the stay gets longer, with or without a daily cap")
    void feesAreMonotone(@ForAll("offsets") List<Long> secondsAfterEntry,
            @ForAll("rates") Map<SpotSize, Long> rates, @ForAll("caps") Optional<Long> cap,
            @ForAll SpotSize size) {
        PricingPolicy hourly = ParkingLots.perStartedHour(rates);
        PricingPolicy pricing = cap.map(c -> ParkingLots.dailyCap(hourly, c)).orElse(hourly);
        FakeClock time = new FakeClock(MONDAY_9AM);
        ParkingLot lot = ParkingLots.open(List.of(new Spot(0, 1, size, false)), pricing, time);
        String ticket = id(lot.enter(new Motorcycle("M-1")));
        long last = 0;
        for (long seconds : secondsAfterEntry) {
            time.set(MONDAY_9AM.plusSeconds(seconds));
            long quote = lot.quote(ticket);
            String at = String.format("after %d s, rates %s, cap %s, a %s spot", seconds, rates, cap, size);
            assertThat(quote).as("quote %s", at).isEqualTo(expectedFee(seconds, rates.get(size), cap))
                    .isGreaterThanOrEqualTo(last);
            last = quote;
        }
        assertThat(lot.exit(ticket)).as("fee on exit, after the last quote").isEqualTo(last);
    }

    /** The oracle: started hours at the rate, each 24-hour period capped. */
    private static long expectedFee(long seconds, long rate, Optional<Long> cap) {
        if (cap.isEmpty()) {
            return (seconds + 3599) / 3600 * rate;
        }
        long day = 24 * 3600;
        long fee = 0;
        for (long start = 0; start == 0 || start < seconds; start += day) {
            fee += Math.min(cap.get(), (Math.min(day, seconds - start) + 3599) / 3600 * rate);
        }
        return fee;
    }

    @Provide
    Arbitrary<Map<SpotSize, Long>> rates() {
        Arbitrary<Long> rate = Arbitraries.longs().between(0, 1000);
        return Combinators.combine(rate, rate, rate).as((s, m, l) -> Map.of(SMALL, s, MEDIUM, m, LARGE, l));
    }

    @Provide
    Arbitrary<Optional<Long>> caps() {
        return Arbitraries.longs().between(0, 30_000).optional();
    }

    // ---- design -------------------------------------------------------------------------------------------
    // Jupiter runs tests in the order of their method names' hash codes. These names make the type-check rule run
    // first, so that while several design checks fail the board names the rule and the class to fix.

    /** An electric van, written by the test: it parks only at a large spot with a charger. */
    record ElectricVan(String plate) implements Vehicle {
        @Override
        public boolean fits(Spot spot) {
            return spot.size() == LARGE && spot.charger();
        }
    }

    /** A weekend flat rate, written by the test: 500 for a stay that starts on a weekend (UTC), else 150 an hour. */
    record WeekendFlatRate() implements PricingPolicy {
        @Override
        public long fee(Stay stay) {
            DayOfWeek day = stay.entered().atZone(ZoneOffset.UTC).getDayOfWeek();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                return 500;
            }
            return (stay.duration().toSeconds() + 3599) / 3600 * 150;
        }
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no code asks a vehicle or a pricing policy what type it is (open/closed)")
    void noTypeChecks() {
        DesignRules.design("dev.niche.lld.parkinglot")
                .startedBy(() -> hourlyLot(spot(0, 1, MEDIUM)).enter(new Car("CAR-1")))
                .satisfies(DesignRules.noTypeChecksOn(Vehicle.class, PricingPolicy.class));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the lot knows pricing only through PricingPolicy, wired in ParkingLots (dependency inversion)")
    void pricingThroughTheInterface() {
        DesignRules.design("dev.niche.lld.parkinglot")
                .startedBy(() -> hourlyLot(spot(0, 1, MEDIUM)).enter(new Car("CAR-1")))
                .satisfies(DesignRules.onlyThroughInterface(PricingPolicy.class, ParkingLots.class));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("an electric van written by the test parks at a charger without an edit (extension)")
    void electricVanParks() {
        List<Spot> given = DesignRules.extension("an electric van written by the test", () -> {
            ParkingLot lot = hourlyLot(spot(0, 1, LARGE), charging(0, 2, LARGE), charging(0, 3, MEDIUM));
            List<Spot> spots = new ArrayList<>();
            spots.add(spotOf(lot.enter(new Car("CAR-1"))));
            Optional<Ticket> van = lot.enter(new ElectricVan("EV-1"));
            spots.add(spotOf(van));
            assertThat(lot.enter(new ElectricVan("EV-2"))).as("a second van, no charger left").isEmpty();
            spots.add(spotOf(lot.enter(new Truck("TRUCK-1"))));
            clock.advance(Duration.ofMinutes(90));
            assertThat(lot.exit(id(van))).as("the van's fee for 90 min at a large spot").isEqualTo(800);
            return spots;
        });
        assertThat(given).as("spots of a car, an electric van and a truck")
                .containsExactly(charging(0, 3, MEDIUM), charging(0, 2, LARGE), spot(0, 1, LARGE));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("a weekend flat rate written by the test prices stays without an edit, capped too (extension)")
    void weekendRatePlugsIn() {
        List<Long> fees = DesignRules.extension("a weekend flat rate written by the test", () -> {
            List<Long> paid = new ArrayList<>();
            ParkingLot lot = ParkingLots.open(List.of(spot(0, 1, MEDIUM)), new WeekendFlatRate(), clock);
            String monday = id(lot.enter(new Car("CAR-1")));
            clock.advance(Duration.ofHours(3));
            paid.add(lot.exit(monday));
            clock.set(Instant.parse("2026-03-07T10:00:00Z"));
            String saturday = id(lot.enter(new Car("CAR-2")));
            clock.advance(Duration.ofHours(5));
            paid.add(lot.exit(saturday));
            ParkingLot capped = ParkingLots.open(List.of(spot(0, 1, MEDIUM)),
                    ParkingLots.dailyCap(new WeekendFlatRate(), 1000), clock);
            clock.set(MONDAY_9AM.plus(Duration.ofDays(7)));
            String nextMonday = id(capped.enter(new Car("CAR-3")));
            clock.advance(Duration.ofHours(10));
            paid.add(capped.exit(nextMonday));
            return paid;
        });
        assertThat(fees).as("fees: Monday 3 h at 150 an hour, Saturday 5 h flat, Monday 10 h capped at 1000")
                .containsExactly(450L, 500L, 1000L);
    }
}
