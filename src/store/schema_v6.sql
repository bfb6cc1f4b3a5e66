-- svcreq ledger, schema version 6: a check value over the set of open requests (SPEC 6).
-- The row 'open' holds the XOR of a keyless 64-bit digest of each open request's id
-- (rules::record::open_set_seal), changed in the same transaction as every write that
-- files, closes or reopens a request. A reader of the open requests (list, sla) compares
-- it with the open requests it finds, so a request closed, reopened or deleted by hand is
-- refused, not left out of a verdict. 0 is the value of no open request.
CREATE TABLE ledger_seals (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO ledger_seals (name, value) VALUES ('open', 0);
