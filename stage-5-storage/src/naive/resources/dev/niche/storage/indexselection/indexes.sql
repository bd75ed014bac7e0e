-- One index per column that some query filters on.
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_status ON orders (status);
CREATE INDEX customers_email ON customers (email);
CREATE INDEX orders_created ON orders (created_at);
