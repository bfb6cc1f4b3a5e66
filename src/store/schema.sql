-- svcreq ledger, schema version 1. Times are Unix seconds, UTC.
CREATE TABLE requests (
    id                INTEGER PRIMARY KEY,
    tenant            TEXT    NOT NULL,
    title             TEXT    NOT NULL,
    description       TEXT    NOT NULL DEFAULT '',
    category          TEXT    NOT NULL,
    service           TEXT,
    severity          TEXT,
    severity_source   TEXT,
    plan              TEXT    NOT NULL,
    tier              TEXT    NOT NULL,
    channel           TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at         INTEGER NOT NULL,
    closed_at         INTEGER,
    reopen_count      INTEGER NOT NULL DEFAULT 0,
    scope             TEXT    NOT NULL,
    opened_by         TEXT    NOT NULL,
    timezone          TEXT    NOT NULL,
    -- the current response cycle, with the target it was filed under
    cycle_started_at  INTEGER NOT NULL,
    availability      TEXT    NOT NULL,
    response_target   TEXT    NOT NULL,
    response_clock    TEXT    NOT NULL,
    response_due      INTEGER,
    first_response_at INTEGER
);
-- The open view and SLA evaluation read only open requests.
CREATE INDEX requests_open_due ON requests (response_due IS NULL, response_due, id) WHERE status = 'open';
CREATE INDEX requests_tenant ON requests (tenant, id);

-- Earlier response cycles of reopened requests.
CREATE TABLE cycles (
    request_id        INTEGER NOT NULL REFERENCES requests (id),
    seq               INTEGER NOT NULL,
    started_at        INTEGER NOT NULL,
    severity          TEXT,
    availability      TEXT    NOT NULL,
    response_target   TEXT    NOT NULL,
    response_clock    TEXT    NOT NULL,
    response_due      INTEGER,
    first_response_at INTEGER,
    closed_at         INTEGER,
    PRIMARY KEY (request_id, seq)
);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id),
    at         INTEGER NOT NULL,
    actor      TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    detail     TEXT    NOT NULL
);
CREATE INDEX events_request ON events (request_id, id);
