-- Your schema for the tea shop, and the move of its data out of the old spreadsheet.
-- The statement of the kata is in src/main/java/dev/niche/storage/normalizeschema/package-info.java.
--
-- 1. CREATE TABLE statements: one table per kind of thing the shop knows about, each fact in exactly one place,
--    with primary keys, foreign keys, NOT NULL on every column, UNIQUE where the statement says something is
--    unique, and CHECK for the rules on prices and quantities.
-- 2. INSERT ... SELECT statements that copy the data from table spreadsheet (see spreadsheet.sql) into your
--    tables. The tests drop spreadsheet after this file has run, so nothing of yours may depend on it.

-- TODO: write your CREATE TABLE and INSERT ... SELECT statements here.
