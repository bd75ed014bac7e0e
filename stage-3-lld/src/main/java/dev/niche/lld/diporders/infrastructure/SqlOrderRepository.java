package dev.niche.lld.diporders.infrastructure;

import dev.niche.lld.diporders.service.Order;
import dev.niche.lld.diporders.service.OrderRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Orders in the SQL database: table {@code orders}, ids from the sequence {@code order_ids}. */
public final class SqlOrderRepository implements OrderRepository {
    private static final String TABLE = "orders";

    private final Database database;

    public SqlOrderRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public long nextId() {
        return database.nextval("order_ids");
    }

    @Override
    public void add(Order order) {
        database.insert(TABLE, order.id(), columns(order));
    }

    @Override
    public void update(Order order) {
        database.update(TABLE, order.id(), columns(order));
    }

    @Override
    public Optional<Order> find(long id) {
        return database.select(TABLE, id).map(row -> new Order(id, (String) row.get(0), (String) row.get(1),
                (Integer) row.get(2), (Long) row.get(3), (Boolean) row.get(4)));
    }

    private static List<Object> columns(Order order) {
        return List.of(order.customer(), order.sku(), order.quantity(), order.unitCents(), order.cancelled());
    }
}
