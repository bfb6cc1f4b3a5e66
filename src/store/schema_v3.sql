-- svcreq ledger, schema version 3: each request knows the time of its latest recorded
-- action (SPEC 6), so a point-in-time view (--now T) finds the requests whose history goes
-- past T through an index instead of reading every history. Every action appends an event,
-- and the trigger keeps the column current for all of them.
ALTER TABLE requests ADD COLUMN last_at INTEGER NOT NULL DEFAULT 0;
UPDATE requests SET last_at = max(
    opened_at,
    cycle_started_at,
    coalesce(first_response_at, 0),
    coalesce(closed_at, 0),
    coalesce((SELECT max(at) FROM events WHERE events.request_id = requests.id), 0)
);
CREATE INDEX requests_last_at ON requests (last_at);
CREATE TRIGGER events_advance_last_at AFTER INSERT ON events BEGIN
    UPDATE requests SET last_at = max(last_at, NEW.at) WHERE id = NEW.request_id;
END;
