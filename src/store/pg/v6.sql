-- svcreq team ledger, schema version 6, as SQLite's v6 in number only. A ledger file keeps
-- a check value over its set of open requests (ledger_seals), so that a request closed or
-- deleted by hand is not left out of a verdict; on a team ledger the server refuses such a
-- write at its commit (the access model's history checks), so nothing is added here.
SELECT 1;
