-- Your indexes for the four queries in queries.sql: at most three CREATE INDEX statements, each ending in ';'.
-- The statement of the kata is in src/main/java/dev/niche/storage/indexselection/package-info.java.

-- TODO: write your CREATE INDEX statements here.
