-- Given: do not change. The shop's two tables and their data: 20 000 customers and 200 000 orders, generated
-- without randomness so every run (and every planner) sees the same data.

CREATE TABLE customers (
    id      integer PRIMARY KEY,
    email   text    NOT NULL,
    country text    NOT NULL
);

CREATE TABLE orders (
    id          bigint      PRIMARY KEY,
    customer_id integer     NOT NULL,
    status      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    total_cents integer     NOT NULL
);

INSERT INTO customers
SELECT g, 'User' || g || '@Example.com', (ARRAY['DE', 'FR', 'US', 'IN', 'BR'])[1 + g % 5]
FROM generate_series(1, 20000) AS g;

-- One order a minute from 2026-01-01; every customer gets 10 orders spread over the months;
-- 1% of orders are pending, 9% cancelled, the rest shipped.
INSERT INTO orders
SELECT g,
       1 + (g * 7919) % 20000,
       CASE WHEN g % 100 = 0 THEN 'pending' WHEN g % 10 = 0 THEN 'cancelled' ELSE 'shipped' END,
       timestamptz '2026-01-01 00:00:00+00' + g * interval '1 minute',
       (g * 37) % 50000
FROM generate_series(1, 200000) AS g;
