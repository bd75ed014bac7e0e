-- Given: do not change. The tables your code works on; the tests load this file into a fresh database and put
-- their own rows in before each check.

-- A bank: one row per account. Nothing here stops a balance from going below zero: your code must.
CREATE TABLE accounts (
    id      integer PRIMARY KEY,
    balance bigint  NOT NULL
);

-- A hospital's rota: the shifts, and the doctors of each shift with whether they are on call right now.
-- The rule your code must keep: at least one doctor of a shift stays on call.
CREATE TABLE shifts (
    name text PRIMARY KEY
);

CREATE TABLE doctors (
    shift   text    NOT NULL REFERENCES shifts (name),
    name    text    NOT NULL,
    on_call boolean NOT NULL,
    PRIMARY KEY (shift, name)
);
