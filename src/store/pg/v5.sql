-- svcreq team ledger, schema version 5, as SQLite's v5: the same columns on both backends
-- (SPEC 8). A ledger file's readers hold each row to its check value; on a team ledger the
-- server refuses at every commit a row that does not end as its history ends (the access
-- model's history checks, svcreq_recorded_fault), so the column is left NULL here and no
-- reader reads it.
ALTER TABLE requests ADD COLUMN seal BIGINT;
ALTER TABLE cycles ADD COLUMN seal BIGINT;
