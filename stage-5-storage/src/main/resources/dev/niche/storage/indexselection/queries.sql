-- Given: do not change. The four queries the shop runs thousands of times a minute.

-- latest-orders: a customer's order history page, newest first.
SELECT id, status, created_at, total_cents FROM orders
WHERE customer_id = 4242 ORDER BY created_at DESC LIMIT 5;

-- login: find a customer by e-mail, whatever case they type it in.
SELECT id FROM customers WHERE lower(email) = lower('user4242@EXAMPLE.com');

-- day-revenue: the revenue of one day, for the finance dashboard.
SELECT sum(total_cents) FROM orders
WHERE created_at >= timestamptz '2026-03-01 00:00:00+00' AND created_at < timestamptz '2026-03-02 00:00:00+00';

-- pending-queue: the oldest pending orders, for the packing team.
SELECT id, customer_id FROM orders WHERE status = 'pending' ORDER BY created_at LIMIT 20;
