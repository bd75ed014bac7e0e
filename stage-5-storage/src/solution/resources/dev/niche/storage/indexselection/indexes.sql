-- latest-orders: equality on customer_id first, then created_at, so the index both finds the customer's orders
-- and hands them over newest first (read backwards): no sort, and LIMIT stops after five index entries.
CREATE INDEX orders_customer_created ON orders (customer_id, created_at);

-- login: the query compares lower(email), so the index must hold lower(email). An index on email alone holds
-- the typed case and cannot answer it.
CREATE INDEX customers_email_lower ON customers (lower(email));

-- day-revenue is a range on created_at; pending-queue wants created_at order. One index serves both: the
-- queue walks it oldest first and keeps the pending rows (1 in 100) until it has 20.
CREATE INDEX orders_created ON orders (created_at);
