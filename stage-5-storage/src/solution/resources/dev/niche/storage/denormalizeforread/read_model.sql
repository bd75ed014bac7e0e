-- The read model: one row per account, the key is what both reads look up or order by.
CREATE TABLE account_summary (
    account_id  integer PRIMARY KEY REFERENCES accounts,
    order_count bigint  NOT NULL,
    total_cents bigint  NOT NULL
);

-- Backfill from the orders as they are now. LEFT JOIN keeps the accounts that have not ordered yet.
INSERT INTO account_summary (account_id, order_count, total_cents)
SELECT a.id, count(o.id), coalesce(sum(o.total_cents), 0)
FROM accounts AS a LEFT JOIN orders AS o ON o.account_id = a.id
GROUP BY a.id;

-- Every change to an order is "take the old row out, put the new row in". An UPDATE has both halves, and the
-- two can touch different accounts (an order moved from one account to another), so each half adjusts the
-- account it belongs to. Adjusting by a difference, instead of recounting, keeps each write O(1).
CREATE FUNCTION account_summary_follow_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE account_summary
        SET order_count = order_count - 1, total_cents = total_cents - OLD.total_cents
        WHERE account_id = OLD.account_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE account_summary
        SET order_count = order_count + 1, total_cents = total_cents + NEW.total_cents
        WHERE account_id = NEW.account_id;
    END IF;
    RETURN NULL;
END
$$;

-- FOR EACH ROW, so a statement that writes many orders adjusts for each of them. UPDATE OF limits the work to
-- the columns the summary depends on.
CREATE TRIGGER orders_follow AFTER INSERT OR UPDATE OF account_id, total_cents OR DELETE ON orders
FOR EACH ROW EXECUTE FUNCTION account_summary_follow_orders();

-- A new account starts with its row of zeros, so the trigger above always finds a row to adjust.
CREATE FUNCTION account_summary_new_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_summary (account_id, order_count, total_cents) VALUES (NEW.id, 0, 0);
    RETURN NULL;
END
$$;

CREATE TRIGGER accounts_start_at_zero AFTER INSERT ON accounts
FOR EACH ROW EXECUTE FUNCTION account_summary_new_account();
