-- A customer is known by an e-mail that can change, so the shop gives each customer a number of its own and
-- every order refers to that number: a new e-mail is then one row to update. The e-mail stays UNIQUE, because
-- it is how a customer is found.
CREATE TABLE customers (
    id      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email   text NOT NULL UNIQUE,
    name    text NOT NULL,
    address text NOT NULL
);

-- The SKU determines the name and the price, so they live here once, keyed by the SKU.
CREATE TABLE products (
    sku         text    PRIMARY KEY,
    name        text    NOT NULL,
    price_cents integer NOT NULL CHECK (price_cents > 0)
);

-- The order number determines the date and the customer, and nothing about the customer is copied here.
CREATE TABLE orders (
    order_no    integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    placed_on   date    NOT NULL
);

-- Only the quantity depends on the whole key (order, product); the key also makes a product appear at most
-- once per order. Deleting an order takes its lines with it; a product that is still ordered cannot vanish.
CREATE TABLE order_lines (
    order_no integer NOT NULL REFERENCES orders ON DELETE CASCADE,
    sku      text    NOT NULL REFERENCES products,
    quantity integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_no, sku)
);

-- The move: each fact is taken once from the rows that repeat it. DISTINCT collapses the repetitions; had the
-- spreadsheet disagreed with itself (two names for one e-mail), the UNIQUE and PRIMARY KEY constraints would
-- have stopped the move instead of keeping both.
INSERT INTO customers (email, name, address)
SELECT DISTINCT customer_email, customer_name, ship_address FROM spreadsheet ORDER BY customer_email;

INSERT INTO products (sku, name, price_cents)
SELECT DISTINCT sku, product_name, unit_price_cents FROM spreadsheet;

INSERT INTO orders (order_no, customer_id, placed_on)
SELECT DISTINCT s.order_no, c.id, s.placed_on
FROM spreadsheet AS s JOIN customers AS c ON c.email = s.customer_email;

INSERT INTO order_lines (order_no, sku, quantity)
SELECT order_no, sku, quantity FROM spreadsheet;
