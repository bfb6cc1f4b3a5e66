-- svcreq ledger, schema version 2: an import is recorded once, not as one event per request.
-- A request filed by an import with no history of its own points at the import; its history
-- begins with an "imported" event made from that row.
CREATE TABLE imports (
    id     INTEGER PRIMARY KEY,
    at     INTEGER NOT NULL,
    actor  TEXT    NOT NULL
);
ALTER TABLE requests ADD COLUMN import_id INTEGER REFERENCES imports (id);
