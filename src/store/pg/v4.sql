-- svcreq team ledger, schema version 4: the case record (SPEC 7), as SQLite's v4.
ALTER TABLE requests ADD COLUMN case_number TEXT;
ALTER TABLE requests ADD COLUMN contact TEXT;
ALTER TABLE requests ADD COLUMN contact_method TEXT;
ALTER TABLE requests ADD COLUMN available_24x7 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN engineer TEXT;
ALTER TABLE requests ADD COLUMN owner TEXT;
ALTER TABLE requests ADD COLUMN incidents TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN resolution TEXT;
ALTER TABLE requests ADD COLUMN target_started_at BIGINT;
ALTER TABLE requests ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
-- Case numbers compare without regard to (ASCII) case and are unique per tenant.
CREATE UNIQUE INDEX requests_case ON requests (lower(case_number), tenant)
    WHERE case_number IS NOT NULL;
ALTER TABLE events ADD COLUMN data TEXT;
ALTER TABLE cycles ADD COLUMN resolution TEXT;
-- Substring search over search_text: a trigram index where pg_trgm can be had (it ships
-- with PostgreSQL and is a trusted extension); without it a search reads every row, with
-- the same results.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX requests_search ON requests USING gin (search_text gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: searches read every request';
END
$$;
