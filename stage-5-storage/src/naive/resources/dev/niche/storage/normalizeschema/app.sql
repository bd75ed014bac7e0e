-- 1. customer-orders
SELECT order_no, placed_on, sum(quantity * unit_price_cents) AS total_cents
FROM order_sheet
WHERE customer_email = :email AND order_no IS NOT NULL
GROUP BY order_no, placed_on
ORDER BY order_no;

-- 2. order-lines
SELECT sku, product_name, unit_price_cents, quantity FROM order_sheet WHERE order_no = :order_no ORDER BY sku;

-- 3. customer
SELECT DISTINCT customer_name, ship_address FROM order_sheet WHERE customer_email = :email;

-- 4. add-customer: a row with only the customer filled in.
INSERT INTO order_sheet (customer_email, customer_name, ship_address) VALUES (:email, :name, :address);

-- 5. add-product: a row with only the product filled in.
INSERT INTO order_sheet (sku, product_name, unit_price_cents) VALUES (:sku, :name, :price_cents);

-- 6. add-line: copy the order's columns from one of its rows and the product's from one of its rows.
INSERT INTO order_sheet
SELECT o.order_no, o.placed_on, o.customer_email, o.customer_name, o.ship_address,
       p.sku, p.product_name, p.unit_price_cents, :quantity
FROM (SELECT * FROM order_sheet WHERE order_no = :order_no LIMIT 1) AS o,
     (SELECT * FROM order_sheet WHERE sku = :sku LIMIT 1) AS p;

-- 7. change-email: every row of the customer.
UPDATE order_sheet SET customer_email = :new_email WHERE customer_email = :old_email;

-- 8. change-price: every row of the product.
UPDATE order_sheet SET unit_price_cents = :price_cents WHERE sku = :sku;

-- 9. delete-order
DELETE FROM order_sheet WHERE order_no = :order_no;
