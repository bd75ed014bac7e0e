-- Your read model: table account_summary, filled from the orders, and kept current by the database itself.
-- The statement of the kata is in src/main/java/dev/niche/storage/denormalizeforread/package-info.java.
--
-- 1. CREATE TABLE account_summary (account_id, order_count, total_cents): one row per account, accounts without
--    orders included (count 0, total 0).
-- 2. Fill it from the orders that exist now.
-- 3. Triggers that keep it equal to the orders after every INSERT, UPDATE and DELETE on orders, and that give a
--    new account its row of zeros.

-- TODO: write your statements here.
