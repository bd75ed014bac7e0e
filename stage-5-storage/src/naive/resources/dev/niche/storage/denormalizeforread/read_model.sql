CREATE TABLE account_summary (
    account_id  integer PRIMARY KEY REFERENCES accounts,
    order_count bigint  NOT NULL,
    total_cents bigint  NOT NULL
);

INSERT INTO account_summary (account_id, order_count, total_cents)
SELECT a.id, count(o.id), coalesce(sum(o.total_cents), 0)
FROM accounts AS a LEFT JOIN orders AS o ON o.account_id = a.id
GROUP BY a.id;

-- Orders come in; each one adds to its account. (Orders that change or go away are forgotten.)
CREATE FUNCTION account_summary_add_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE account_summary
    SET order_count = order_count + 1, total_cents = total_cents + NEW.total_cents
    WHERE account_id = NEW.account_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER orders_add AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION account_summary_add_order();

CREATE FUNCTION account_summary_new_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_summary (account_id, order_count, total_cents) VALUES (NEW.id, 0, 0);
    RETURN NULL;
END
$$;

CREATE TRIGGER accounts_start_at_zero AFTER INSERT ON accounts
FOR EACH ROW EXECUTE FUNCTION account_summary_new_account();
