-- svcreq team ledger, schema version 8, as SQLite's v8 in number only. A ledger file keeps
-- how many requests it holds and their least and greatest ids beside the check value of
-- their set (ledger_seals), so its readers need not read every id; a team ledger's server
-- refuses a request deleted, added or renumbered outside svcreq at its commit, so nothing
-- is added here.
SELECT 1;
