-- svcreq team ledger, schema version 5: SQLite's v5 gives each row a check value that its
-- readers hold it to; on a team ledger the server refuses at every commit a row that does
-- not end as its history ends (the access model's history checks), so this step changes
-- nothing but the version number, which both backends keep alike (SPEC 8).
SELECT 1;
