-- svcreq ledger, schema version 6: check values over the set of requests (SPEC 6). The row
-- 'open' holds the XOR of a keyless 64-bit digest of each open request's id
-- (rules::record::open_set_seal), changed in the same transaction as every write that
-- files, closes or reopens a request; the row 'requests' holds how many requests the
-- ledger holds. A reader of the open requests (list, sla) compares the first with the open
-- requests it finds, a reader of closed ones too (list --status all, sla --all, report,
-- export, db copy) the second with the rows there are, so a request closed, reopened,
-- deleted or added by hand is refused, not left out of a verdict. The row 'unsealed' holds
-- how many rows a migration left without their own check value (against their histories):
-- where it is 0, a row whose check value is NULL was changed by hand.
CREATE TABLE ledger_seals (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO ledger_seals (name, value) VALUES ('open', 0), ('requests', 0), ('unsealed', 0);
