-- svcreq ledger, schema version 4: the case record (SPEC 7).
ALTER TABLE requests ADD COLUMN case_number TEXT;
ALTER TABLE requests ADD COLUMN contact TEXT;
ALTER TABLE requests ADD COLUMN contact_method TEXT;
ALTER TABLE requests ADD COLUMN available_24x7 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN engineer TEXT;
ALTER TABLE requests ADD COLUMN owner TEXT;
-- Linked service-health incident ids, space separated ('' when none).
ALTER TABLE requests ADD COLUMN incidents TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN resolution TEXT;
-- When the current cycle's target began counting, if a severity, category or tenant change
-- re-targeted it (NULL: from the cycle's start).
ALTER TABLE requests ADD COLUMN target_started_at INTEGER;
-- Every text field and note, NFKC-folded and lower-cased: what `list --search` matches.
ALTER TABLE requests ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
-- Case numbers compare without regard to case and are unique per tenant.
CREATE UNIQUE INDEX requests_case ON requests (case_number COLLATE NOCASE, tenant)
    WHERE case_number IS NOT NULL;
-- What an event changed, as JSON: for each field {"old": .., "new": ..}; null for
-- events that change nothing but the history.
ALTER TABLE events ADD COLUMN data TEXT;
-- The resolution each earlier cycle was closed with.
ALTER TABLE cycles ADD COLUMN resolution TEXT;
-- Substring search over search_text: which requests hold each trigram (no positions: a
-- search checks the substring itself on the candidates). The text is folded already.
CREATE VIRTUAL TABLE requests_fts USING fts5(
    search_text, content = 'requests', content_rowid = 'id',
    tokenize = 'trigram case_sensitive 1', detail = none, columnsize = 0
);
