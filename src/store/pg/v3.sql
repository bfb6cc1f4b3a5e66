-- svcreq team ledger, schema version 3: each request knows the time of its latest
-- recorded action (SPEC 6); a trigger keeps it current as events are appended.
ALTER TABLE requests ADD COLUMN last_at BIGINT NOT NULL DEFAULT 0;
UPDATE requests SET last_at = GREATEST(
    opened_at,
    cycle_started_at,
    coalesce(first_response_at, 0),
    coalesce(closed_at, 0),
    coalesce((SELECT max(at) FROM events WHERE events.request_id = requests.id), 0)
);
CREATE INDEX requests_last_at ON requests (last_at);
CREATE FUNCTION svcreq_advance_last_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE requests SET last_at = GREATEST(last_at, NEW.at) WHERE id = NEW.request_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER events_advance_last_at AFTER INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION svcreq_advance_last_at();
