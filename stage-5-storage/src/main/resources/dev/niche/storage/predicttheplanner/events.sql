-- Given: do not change. An event log of 100 000 rows with four indexes, generated without randomness.

CREATE TABLE events (
    id         bigint      PRIMARY KEY,
    user_id    integer     NOT NULL,
    kind       text        NOT NULL,
    created_at timestamptz NOT NULL,
    payload    text        NOT NULL
);

-- Rows are stored in id order, one every 10 seconds; user ids cycle through 1..5000, so one user's events are
-- spread over the whole table; 90% of events are clicks, 9% views, 1% purchases and 0.1% refunds.
INSERT INTO events
SELECT g,
       1 + g % 5000,
       CASE WHEN g % 1000 = 7 THEN 'refund' WHEN g % 100 = 3 THEN 'purchase'
            WHEN g % 10 = 5 THEN 'view' ELSE 'click' END,
       timestamptz '2026-06-01 00:00:00+00' + g * interval '10 seconds',
       CASE WHEN g % 500 = 0 THEN 'error: card declined' ELSE 'ok' END
FROM generate_series(1, 100000) AS g;

CREATE INDEX events_user ON events (user_id);
CREATE INDEX events_kind ON events (kind);
CREATE INDEX events_created ON events (created_at);
