-- 1. customer-orders: the e-mail finds the customer, the customer's number finds the orders.
SELECT o.order_no, o.placed_on, sum(l.quantity * p.price_cents) AS total_cents
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN order_lines AS l ON l.order_no = o.order_no
JOIN products AS p ON p.sku = l.sku
WHERE c.email = :email
GROUP BY o.order_no, o.placed_on
ORDER BY o.order_no;

-- 2. order-lines: the product's name and price come from the one row that holds them.
SELECT l.sku, p.name AS product_name, p.price_cents AS unit_price_cents, l.quantity
FROM order_lines AS l JOIN products AS p ON p.sku = l.sku
WHERE l.order_no = :order_no
ORDER BY l.sku;

-- 3. customer
SELECT name, address FROM customers WHERE email = :email;

-- 4. add-customer: a customer exists without any order.
INSERT INTO customers (email, name, address) VALUES (:email, :name, :address);

-- 5. add-product: so does a product.
INSERT INTO products (sku, name, price_cents) VALUES (:sku, :name, :price_cents);

-- 6. add-line: the foreign keys refuse an unknown order or product, the primary key a second line of the same
-- product on one order.
INSERT INTO order_lines (order_no, sku, quantity) VALUES (:order_no, :sku, :quantity);

-- 7. change-email: one row; the orders refer to the customer's number, which does not change.
UPDATE customers SET email = :new_email WHERE email = :old_email;

-- 8. change-price: one row; every order reads the price from here.
UPDATE products SET price_cents = :price_cents WHERE sku = :sku;

-- 9. delete-order: ON DELETE CASCADE removes the lines; the customer and the products stay.
DELETE FROM orders WHERE order_no = :order_no;
