-- Given: do not change. The two reads that run on every page view, against the read model you build.
-- Before the read model existed, each of them aggregated the orders table:
--   header:      SELECT count(*), coalesce(sum(total_cents), 0) FROM orders WHERE account_id = 42;
--   leaderboard: SELECT account_id, sum(total_cents) FROM orders GROUP BY account_id
--                ORDER BY 2 DESC, account_id LIMIT 10;
-- The leaderboard read all 20 000 orders on every view, and the shop wants it on the front page.

-- header: an account page's header, how many orders and how much in total.
SELECT order_count, total_cents FROM account_summary WHERE account_id = 42;

-- leaderboard: the ten accounts that spent the most.
SELECT account_id, total_cents FROM account_summary ORDER BY total_cents DESC, account_id LIMIT 10;
