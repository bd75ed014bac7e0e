package dev.niche.lld.diporders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import dev.niche.katas.grader.design.Principle;
import dev.niche.lld.diporders.infrastructure.Database;
import dev.niche.lld.diporders.infrastructure.MailServer;
import dev.niche.lld.diporders.infrastructure.MailServer.Mail;
import dev.niche.lld.diporders.service.Order;
import dev.niche.lld.diporders.service.OrderRepository;
import dev.niche.lld.diporders.service.OrderService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/dip-orders", title = "Invert the dependencies on infrastructure", order = 120, checkpoints = "3.2",
        naiveViolates = CheckKind.DESIGN, refactoring = true)
class DipOrdersTest {
    private static final String FROM = "orders@shop.example";

    private final Database database = new Database();
    private final MailServer mailServer = new MailServer();
    private final OrderService service = Shop.open(database, mailServer);

    // ---- behaviour (passes before and after the refactoring) ------------------------------------------------

    @Test
    @DisplayName("placing an order stores it in the database and mails a confirmation")
    void place() {
        long id = service.place("ada@example.org", "tea", 2, 450);
        assertThat(id).isEqualTo(1);
        assertThat(service.find(id)).contains(new Order(1, "ada@example.org", "tea", 2, 450, false));
        assertThat(database.rows("orders")).as("rows of the orders table")
                .isEqualTo(Map.of(1L, List.of("ada@example.org", "tea", 2, 450L, false)));
        assertThat(mailServer.sent()).containsExactly(
                new Mail(FROM, "ada@example.org", "Order 1 confirmed", "2 x tea, total 9.00. Thank you!"));
        assertThat(service.place("bob@example.org", "cake", 1, 1299)).as("the second order's id").isEqualTo(2);
    }

    @Test
    @DisplayName("cancelling an order marks it cancelled and mails the customer")
    void cancel() {
        long id = service.place("ada@example.org", "tea", 3, 150);
        service.cancel(id);
        assertThat(service.find(id)).map(Order::cancelled).contains(true);
        assertThat(database.rows("orders").get(id)).as("the stored row").isEqualTo(
                List.of("ada@example.org", "tea", 3, 150L, true));
        assertThat(mailServer.sent()).last().isEqualTo(new Mail(FROM, "ada@example.org", "Order 1 cancelled",
                "3 x tea, total 4.50, cancelled. You have not been charged."));
        assertThat(service.find(99)).as("an unknown id").isEmpty();
    }

    @Test
    @DisplayName("bad input is rejected by name before anything is stored or sent")
    void badInput() {
        assertThatThrownBy(() -> service.place(null, "tea", 1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("customer");
        assertThatThrownBy(() -> service.place("ada@example.org", null, 1, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sku");
        for (String customer : List.of("ada", "ada@", "@example.org", "a@b@c", "ada @example.org", "")) {
            assertThatThrownBy(() -> service.place(customer, "tea", 1, 1)).as("customer '%s'", customer)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer");
        }
        assertThatThrownBy(() -> service.place("ada@example.org", " ", 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sku");
        assertThatThrownBy(() -> service.place("ada@example.org", "tea", 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> service.place("ada@example.org", "tea", 1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unitCents");
        assertThat(database.statements()).as("statements run for rejected orders").isEmpty();

        assertThatThrownBy(() -> service.cancel(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7");
        long id = service.place("ada@example.org", "tea", 1, 100);
        service.cancel(id);
        assertThatThrownBy(() -> service.cancel(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cancelled");
        assertThat(mailServer.sent()).as("mails sent: one confirmation, one cancellation").hasSize(2);
        assertThatThrownBy(() -> Shop.open((Database) null, mailServer)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("database");
    }

    /** One step of the property: place (customer index, quantity) or cancel (an id, perhaps unknown). */
    record Step(boolean place, int number, int quantity) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> place = Arbitraries.integers().between(0, 2).flatMap(customer -> Arbitraries.integers()
                .between(1, 9).map(quantity -> new Step(true, customer, quantity)));
        Arbitrary<Step> cancel = Arbitraries.integers().between(1, 8).map(id -> new Step(false, id, 0));
        return Arbitraries.oneOf(place, cancel).list().ofMaxSize(25);
    }

    @Property(tries = 200)
    @Label("orders, their cancellations and the mails match a model after any steps")
    void matchesModel(@ForAll("steps") List<Step> steps) {
        Database db = new Database();
        MailServer mail = new MailServer();
        OrderService orders = Shop.open(db, mail);
        Map<Long, Order> model = new TreeMap<>();
        int mails = 0;
        for (Step step : steps) {
            if (step.place()) {
                String customer = "c" + step.number() + "@example.org";
                long id = orders.place(customer, "sku" + step.quantity(), step.quantity(), 100L * step.number());
                assertThat(id).as("id of order %d", model.size() + 1).isEqualTo(model.size() + 1);
                model.put(id, new Order(id, customer, "sku" + step.quantity(), step.quantity(),
                        100L * step.number(), false));
                mails++;
            } else {
                long id = step.number();
                Order known = model.get(id);
                if (known == null) {
                    assertThatThrownBy(() -> orders.cancel(id)).isInstanceOf(IllegalArgumentException.class);
                } else if (known.cancelled()) {
                    assertThatThrownBy(() -> orders.cancel(id)).isInstanceOf(IllegalStateException.class);
                } else {
                    orders.cancel(id);
                    model.put(id, known.cancel());
                    mails++;
                }
            }
        }
        for (long id = 1; id <= 8; id++) {
            assertThat(orders.find(id)).as("order %d after %s", id, steps)
                    .isEqualTo(Optional.ofNullable(model.get(id)));
        }
        assertThat(db.rows("orders")).as("stored rows").hasSize(model.size());
        assertThat(mail.sent()).as("mails sent").hasSize(mails);
    }

    // ---- design (fails until the refactoring is done) --------------------------------------------------------
    // Jupiter runs tests in the order of their method names' hash codes. These names make the dependency rule run
    // first, so that while several design checks fail the board names the one that says where to start.

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the service package does not depend on infrastructure (dependency inversion)")
    void serviceIndependentOfInfrastructure() {
        DesignRules.design("dev.niche.lld.diporders")
                .startedBy(() -> service.place("ada@example.org", "tea", 1, 100))
                .satisfies(DesignRules.noDependency("dev.niche.lld.diporders.service",
                        "dev.niche.lld.diporders.infrastructure"));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("packages do not depend on each other in a cycle (acyclic dependencies)")
    void packagesFormNoCycle() {
        DesignRules.design("dev.niche.lld.diporders")
                .startedBy(() -> service.place("ada@example.org", "tea", 1, 100))
                .satisfies(DesignRules.noPackageCycles());
    }

    /** The test's own repository: a map, with ids from 100 so they cannot be mistaken for the database's. */
    static final class MapRepository implements OrderRepository {
        final Map<Long, Order> orders = new TreeMap<>();

        @Override
        public long nextId() {
            return 100 + orders.size();
        }

        @Override
        public void add(Order order) {
            orders.put(order.id(), order);
        }

        @Override
        public void update(Order order) {
            orders.put(order.id(), order);
        }

        @Override
        public Optional<Order> find(long id) {
            return Optional.ofNullable(orders.get(id));
        }
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("a repository written by the test plugs in through Shop.open (extension)")
    void repositoryWrittenByTheTestPlugsIn() {
        MapRepository repository = new MapRepository();
        long id = DesignRules.extension(Principle.DEPENDENCY_INVERSION, "a repository written by the test", () -> {
            OrderService withFake = Shop.open(repository, mailServer);
            long placed = withFake.place("ada@example.org", "tea", 2, 450);
            withFake.cancel(placed);
            return placed;
        });
        assertThat(id).as("the id the test's repository handed out").isEqualTo(100);
        assertThat(repository.orders).as("what the test's repository holds")
                .isEqualTo(Map.of(100L, new Order(100, "ada@example.org", "tea", 2, 450, true)));
        assertThat(database.statements()).as("statements run on the SQL database").isEmpty();
        assertThat(mailServer.sent()).extracting(Mail::subject)
                .containsExactly("Order 100 confirmed", "Order 100 cancelled");
    }
}
