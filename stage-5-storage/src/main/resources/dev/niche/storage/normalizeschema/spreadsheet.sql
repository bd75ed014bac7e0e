-- Given: do not change. The tea shop's old system: one spreadsheet, one row per order line. The tests load it
-- into table spreadsheet before your schema.sql runs, and drop it right after.

CREATE TABLE spreadsheet (
    order_no         integer NOT NULL,
    placed_on        date    NOT NULL,
    customer_email   text    NOT NULL,
    customer_name    text    NOT NULL,
    ship_address     text    NOT NULL,
    sku              text    NOT NULL,
    product_name     text    NOT NULL,
    unit_price_cents integer NOT NULL,
    quantity         integer NOT NULL
);

-- Twelve customers, eight teas, forty orders of one to three lines each. Order 40 is the only order of
-- its customer (Ken Thompson); every other customer has three or four orders.
INSERT INTO spreadsheet
WITH customer (n, email, name, address) AS (VALUES
        (1, 'ada@example.com', 'Ada Lovelace', '12 Harbour Lane, Leeds'),
        (2, 'alan@example.com', 'Alan Turing', '3 Bletchley Row, Milton Keynes'),
        (3, 'grace@example.com', 'Grace Hopper', '88 Navy Yard Road, Arlington'),
        (4, 'edsger@example.com', 'Edsger Dijkstra', '5 Shortest Path, Nuenen'),
        (5, 'barbara@example.com', 'Barbara Liskov', '40 Substitution Street, Boston'),
        (6, 'donald@example.com', 'Donald Knuth', '1 Art Lane, Stanford'),
        (7, 'frances@example.com', 'Frances Allen', '17 Compiler Court, Peru NY'),
        (8, 'tony@example.com', 'Tony Hoare', '9 Quicksort Close, Oxford'),
        (9, 'margaret@example.com', 'Margaret Hamilton', '11 Apollo Drive, Paoli'),
        (10, 'john@example.com', 'John Backus', '21 Formula Avenue, Ashland'),
        (11, 'radia@example.com', 'Radia Perlman', '802 Spanning Tree Way, Portsmouth'),
        (12, 'ken@example.com', 'Ken Thompson', '6 Unix Terrace, New Orleans')),
    product (n, sku, name, price_cents) AS (VALUES
        (1, 'TEA-01', 'Assam Breakfast', 650),
        (2, 'TEA-02', 'Darjeeling First Flush', 1890),
        (3, 'TEA-03', 'Sencha', 1200),
        (4, 'TEA-04', 'Earl Grey', 720),
        (5, 'TEA-05', 'Rooibos', 540),
        (6, 'TEA-06', 'Gunpowder Green', 610),
        (7, 'TEA-07', 'Lapsang Souchong', 980),
        (8, 'TEA-08', 'Jasmine Pearls', 2250)),
    placed (order_no, customer_n, placed_on) AS (
        SELECT o, CASE WHEN o = 40 THEN 12 ELSE 1 + (o * 7) % 11 END, date '2026-03-01' + o
        FROM generate_series(1, 40) AS o),
    line (order_no, customer_n, placed_on, product_n, quantity) AS (
        SELECT order_no, customer_n, placed_on, 1 + (order_no + 3 * k) % 8, 1 + (order_no + k) % 4
        FROM placed, generate_series(0, order_no % 3) AS k)
SELECT l.order_no, l.placed_on, c.email, c.name, c.address, p.sku, p.name, p.price_cents, l.quantity
FROM line AS l
JOIN customer AS c ON c.n = l.customer_n
JOIN product AS p ON p.n = l.product_n
ORDER BY l.order_no, p.sku;
