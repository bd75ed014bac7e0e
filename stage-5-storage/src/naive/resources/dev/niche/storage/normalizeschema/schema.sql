-- Keep the spreadsheet as it is: one wide table, one row per order line, everything copied onto every row.
-- To register a customer or a product before anyone orders, the order columns must allow NULL.
CREATE TABLE order_sheet (
    order_no         integer,
    placed_on        date,
    customer_email   text,
    customer_name    text,
    ship_address     text,
    sku              text,
    product_name     text,
    unit_price_cents integer CHECK (unit_price_cents > 0),
    quantity         integer CHECK (quantity > 0)
);

INSERT INTO order_sheet SELECT * FROM spreadsheet;
