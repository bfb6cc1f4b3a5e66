-- svcreq team ledger, schema version 7, as SQLite's v7 in number only. A ledger file keeps
-- a check value over the set of its requests' ids (ledger_seals); on a team ledger the
-- server refuses a request deleted, added or renumbered outside svcreq at its commit (the
-- access model's history checks), so nothing is added here.
SELECT 1;
