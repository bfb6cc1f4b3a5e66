-- svcreq ledger, schema version 7: the ledger_seals row 'requests' holds the check value of
-- the set of every request's id (the XOR of a keyless 64-bit digest of each id,
-- rules::record::id_set_seal, as the row 'open' holds the open requests'), where it held
-- how many requests the ledger held: changed in the same transaction as every write that
-- files or imports a request. A reader of every request (list --status all, sla --all,
-- report, export, db copy) compares it with the requests it finds, so a request deleted,
-- added or renumbered by hand is refused even where the count stays as it was. The
-- migration writes the value from the ids it finds when the count the row held agrees
-- with them (store::seal_request_set_from_count); no table changes.
SELECT 1;
