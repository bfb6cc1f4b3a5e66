-- svcreq ledger, schema version 5: a check value per row (SPEC 6, 7). svcreq writes each
-- request's and each earlier cycle's with the row, in the same transaction: a keyless
-- 64-bit digest of the columns its history decides (rules::record::seal, cycle_seal). A
-- reader that finds a row whose value is not its own checks that row against its history,
-- so a row edited by hand against its history is refused by every reader. NULL: not
-- written by svcreq as it stands (a row that did not agree with its history at the
-- migration).
ALTER TABLE requests ADD COLUMN seal INTEGER;
ALTER TABLE cycles ADD COLUMN seal INTEGER;
