-- svcreq team ledger: the column checks of access version 8 (10: an event's kind and actor). access.rs fills in the names in
-- braces: the values svcreq reads, listed from its own types (as one array constant each,
-- which the server reads back faster than a list of constants); the first and last second
-- of the years 0001-9999; the longest duration it takes; the zones it knows, in lower case.
-- Each check is named after the rule it holds, the column first as svcreq's read check
-- names it (PostgreSQL quotes the name in its refusal, so a write through psql is told the
-- rule it broke), and added NOT VALID: history_checks.sql then validates them against the
-- rows already there. The server prepares every check of a table again for each statement
-- that writes it: the checks are plain expressions (a function only where a table or an
-- exception is needed, and called only when the value is there to check), each as short
-- as it can be said.

-- The zones svcreq knows (matched regardless of ASCII case): looked up in an index, so no
-- statement parses the whole list.
CREATE TABLE svcreq_zones (name TEXT COLLATE "C" PRIMARY KEY);
INSERT INTO svcreq_zones (name) VALUES {zones};
GRANT SELECT ON svcreq_zones TO PUBLIC;
CREATE FUNCTION svcreq_zone_known(zone TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.svcreq_zones z WHERE z.name = lower(zone COLLATE "C"));
END
$fn$;

-- Text that reads as JSON (or none), as svcreq's read checks an event's data: from access
-- version 15 as its JSON reader reads a value, so no number beyond a double's range
-- (1e400, which the reader cannot hold and would read as no data) and nothing nested 64
-- deep (the reader stops at 128).
CREATE FUNCTION svcreq_json_ok(t TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    d JSONB;
BEGIN
    IF t IS NULL THEN
        RETURN true;
    END IF;
    d := t::jsonb;
    RETURN NOT jsonb_path_exists(d, 'strict $.** ? (@.type() == "number" && (@ > 1.7976931348623157e308 || @ < -1.7976931348623157e308))')
       AND NOT jsonb_path_exists(d, 'strict $.**{63 to last} ? (@.type() == "object" || @.type() == "array")');
EXCEPTION WHEN invalid_text_representation THEN
    RETURN false;
WHEN untranslatable_character THEN
    -- JSON that jsonb cannot hold (a \u0000 escape) reads as JSON still.
    BEGIN
        RETURN t::json IS NOT NULL;
    EXCEPTION WHEN OTHERS THEN
        RETURN false;
    END;
END
$fn$;

-- A response target as svcreq writes one: none, next-day, or a duration of one unit up to
-- the longest it takes, written out in each table's check (the same column name in both)
-- rather than a function the server would read and inline again for every statement.

-- An RFC 3339 time in the years 0001-9999 (UTC), as svcreq reads one back from an event's
-- data (rules::record::unreadable_data) and PostgreSQL reads it alike: every field in its
-- range (no hour 24, which PostgreSQL reads as the next midnight, and no leap second,
-- which it reads as the next minute), at most six digits of a second (more it rounds,
-- where svcreq's reader cuts them); false for any other text.
CREATE FUNCTION svcreq_time_reads(t TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    RETURN t ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt ]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$'
       AND extract(epoch FROM t::timestamptz) BETWEEN {first} AND {last};
EXCEPTION WHEN OTHERS THEN
    RETURN false;
END
$fn$;

-- From access version 15: the first value of an event's data svcreq could not read back
-- (rules::record::unreadable_data), said as the field and side ('severity.new'): each
-- "old" and "new" of a field svcreq reads back is null or of the field's domain (one of
-- the values svcreq writes, a zone it knows, an RFC 3339 time in the years 0001-9999, a
-- count, a flag, a list of texts, a text). Null when every value reads, and for data that
-- is not a JSON object (the other checks name that).
CREATE FUNCTION svcreq_unreadable_data(t TEXT) RETURNS TEXT
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    d JSONB;
BEGIN
    d := t::jsonb;
    IF jsonb_typeof(d) <> 'object' THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT f.key || '.' || s.side
      FROM jsonb_each(d) f
      CROSS JOIN LATERAL (VALUES (1, 'old', f.value -> 'old'), (2, 'new', f.value -> 'new')) s(n, side, v)
     WHERE jsonb_typeof(f.value) = 'object' AND jsonb_typeof(s.v) <> 'null'
       AND NOT CASE
           WHEN f.key IN ('tenant', 'plan', 'tier', 'title', 'description', 'case_number', 'contact',
                          'engineer', 'owner', 'resolution') THEN jsonb_typeof(s.v) = 'string'
           WHEN f.key = 'available_24x7' THEN jsonb_typeof(s.v) = 'boolean'
           WHEN f.key = 'reopen_count' THEN jsonb_typeof(s.v) = 'number' AND s.v::text ~ '^[0-9]{1,18}$'
           WHEN f.key = 'incidents' THEN jsonb_typeof(s.v) = 'array'
                AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(s.v) x WHERE jsonb_typeof(x) <> 'string')
           WHEN f.key NOT IN ('severity', 'service', 'severity_source', 'category', 'contact_method',
                              'channel', 'scope', 'availability', 'response_target', 'response_clock',
                              'status', 'timezone', 'response_due', 'target_started_at',
                              'first_response_at', 'closed_at', 'cycle_started_at') THEN true
           WHEN jsonb_typeof(s.v) <> 'string' THEN false
           WHEN f.key = 'timezone' THEN public.svcreq_zone_known(s.v #>> '{}')
           WHEN f.key = 'response_target' THEN CASE WHEN (s.v #>> '{}') ~ '^[1-9][0-9]{0,9}[smhd]$'
                THEN left(s.v #>> '{}', -1)::bigint * CASE right(s.v #>> '{}', 1) WHEN 's' THEN 1 WHEN 'm' THEN 60
                                                       WHEN 'h' THEN 3600 ELSE 86400 END <= {longest}
                ELSE (s.v #>> '{}') IN ('none', 'next-day') END
           WHEN f.key IN ('response_due', 'target_started_at', 'first_response_at', 'closed_at',
                          'cycle_started_at') THEN public.svcreq_time_reads(s.v #>> '{}')
           ELSE (s.v #>> '{}') = ANY (CASE f.key
                WHEN 'severity' THEN {severities} WHEN 'service' THEN {services}
                WHEN 'severity_source' THEN {sources} WHEN 'category' THEN {categories}
                WHEN 'contact_method' THEN {contact_methods} WHEN 'channel' THEN {channels}
                WHEN 'scope' THEN {scopes} WHEN 'availability' THEN {availabilities}
                WHEN 'response_clock' THEN {clocks} ELSE '{"open","closed"}'::text[] END)
           END
     ORDER BY f.key, s.n LIMIT 1);
EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
    RETURN NULL;
END
$fn$;

ALTER TABLE requests ADD CONSTRAINT "category is one of {categories_said}" CHECK (category = ANY ({categories})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "service is one of the services svcreq knows" CHECK (service = ANY ({services})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "severity is one of {severities_said}" CHECK (severity = ANY ({severities})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "severity_source is one of {sources_said}" CHECK (severity_source = ANY ({sources})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "channel is one of {channels_said}" CHECK (channel = ANY ({channels})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "scope is one of the scopes svcreq knows" CHECK (scope = ANY ({scopes})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "contact_method is one of {contact_methods_said}" CHECK (contact_method = ANY ({contact_methods})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "timezone is an IANA time zone svcreq knows" CHECK (public.svcreq_zone_known(timezone)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "availability is one of {availabilities_said}" CHECK (availability = ANY ({availabilities})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "response_target is none, next-day or 1s to {longest_said}" CHECK (CASE WHEN response_target ~ '^[1-9][0-9]{0,9}[smhd]$'
    THEN left(response_target, -1)::bigint * CASE right(response_target, 1) WHEN 's' THEN 1 WHEN 'm' THEN 60
                                                                          WHEN 'h' THEN 3600 ELSE 86400 END <= {longest}
    ELSE response_target IN ('none', 'next-day') END) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "response_clock is one of {clocks_said}" CHECK (response_clock = ANY ({clocks})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "available_24x7 is 0 or 1" CHECK (available_24x7 IN (0, 1)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "reopen_count is not negative" CHECK (reopen_count >= 0) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "reopen_count is 0 on a phone request" CHECK (channel <> 'phone' OR reopen_count = 0) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "closed_at is set when, and only when, status is closed" CHECK ((status = 'closed') = (closed_at IS NOT NULL)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "opened_at is a time in the years 0001-9999" CHECK (opened_at BETWEEN {first} AND {last}) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "cycle_started_at is from opened_at on, equal until a reopen" CHECK (cycle_started_at BETWEEN {first} AND {last}
    AND cycle_started_at >= opened_at AND (reopen_count > 0 OR cycle_started_at = opened_at)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "first_response_at is from cycle_started_at on" CHECK (first_response_at BETWEEN {first} AND {last}
    AND first_response_at >= cycle_started_at) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "closed_at is from first_response_at and cycle_started_at on" CHECK (closed_at BETWEEN {first} AND {last}
    AND closed_at >= cycle_started_at AND closed_at >= coalesce(first_response_at, cycle_started_at)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "response_due is from cycle_started_at on" CHECK (response_due BETWEEN {first} AND {last}
    AND response_due >= cycle_started_at) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "target_started_at is from cycle_started_at on" CHECK (target_started_at BETWEEN {first} AND {last}
    AND target_started_at >= cycle_started_at) NOT VALID;

-- From access version 10: the values every reader refuses a row for (store::values_written,
-- store::due_fault), so that no write by hand stops the team's readers.
ALTER TABLE requests ADD CONSTRAINT "severity is set exactly on a technical request" CHECK ((severity IS NULL) = (category <> 'technical')) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "response_due is set exactly when response_target is not none" CHECK ((response_due IS NULL) = (response_target = 'none')) NOT VALID;
-- From access version 15: out of scope means no commitment (SPEC 6; store::values_written).
ALTER TABLE requests ADD CONSTRAINT "response_target is none on a request out of scope" CHECK (scope = 'in-scope' OR response_target = 'none') NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "title is not blank" CHECK (btrim(title, {blanks}) <> '') NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "tenant is a name a config can hold" CHECK (tenant <> '' AND btrim(tenant, {blanks}) = tenant AND strpos(tenant, ',') = 0) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "opened_by is an actor" CHECK (opened_by <> '' AND btrim(opened_by, {blanks}) = opened_by AND opened_by !~ {unseen}) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "case_number is 1 to {case_number_max} ASCII letters, digits or -" CHECK (case_number ~ '^[A-Za-z0-9-]{1,{case_number_max}}$') NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "contact is absent or not empty" CHECK (contact <> '') NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "engineer is absent or not empty" CHECK (engineer <> '') NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "owner is absent or not empty" CHECK (owner <> '') NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "resolution is absent or not empty" CHECK (resolution <> '') NOT VALID;
ALTER TABLE requests ADD CONSTRAINT "incidents is a list of incident ids, one space apart" CHECK (incidents ~ '^([A-Z]{2,3}[0-9]{4,8}( [A-Z]{2,3}[0-9]{4,8})*)?$') NOT VALID;

ALTER TABLE cycles ADD CONSTRAINT "response_due is set exactly when response_target is not none" CHECK ((response_due IS NULL) = (response_target = 'none')) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT "seq is not negative" CHECK (seq >= 0) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT "started_at is a time in the years 0001-9999" CHECK (started_at BETWEEN {first} AND {last}) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT "severity is one of {severities_said}" CHECK (severity = ANY ({severities})) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT "availability is one of {availabilities_said}" CHECK (availability = ANY ({availabilities})) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT "response_target is none, next-day or 1s to {longest_said}" CHECK (CASE WHEN response_target ~ '^[1-9][0-9]{0,9}[smhd]$'
    THEN left(response_target, -1)::bigint * CASE right(response_target, 1) WHEN 's' THEN 1 WHEN 'm' THEN 60
                                                                          WHEN 'h' THEN 3600 ELSE 86400 END <= {longest}
    ELSE response_target IN ('none', 'next-day') END) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT "response_clock is one of {clocks_said}" CHECK (response_clock = ANY ({clocks})) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT "first_response_at is from started_at on" CHECK (first_response_at BETWEEN {first} AND {last}
    AND first_response_at >= started_at) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT "closed_at is set, from first_response_at and started_at on" CHECK (closed_at IS NOT NULL AND closed_at BETWEEN {first} AND {last}
    AND closed_at >= coalesce(first_response_at, started_at)) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT "response_due is from started_at on" CHECK (response_due BETWEEN {first} AND {last}
    AND response_due >= started_at) NOT VALID;

ALTER TABLE events ADD CONSTRAINT "at is a time in the years 0001-9999" CHECK (at BETWEEN {first} AND {last}) NOT VALID;
ALTER TABLE events ADD CONSTRAINT "data is JSON" CHECK (data IS NULL OR public.svcreq_json_ok(data)) NOT VALID;
-- From access version 15: what svcreq reads back from an event's data is of its domain.
ALTER TABLE events ADD CONSTRAINT "data is made of values svcreq reads back" CHECK (data IS NULL OR public.svcreq_unreadable_data(data) IS NULL) NOT VALID;
-- From access version 10: an event is of a kind svcreq records and names who acted, as
-- every reader checks a history (rules::record::check_events_agree).
ALTER TABLE events ADD CONSTRAINT "kind is one of the kinds svcreq records" CHECK (kind = ANY ({event_kinds})) NOT VALID;
ALTER TABLE events ADD CONSTRAINT "actor is not empty or blank" CHECK (btrim(actor, {blanks}) <> '') NOT VALID;
-- A note holds a text and, as data, who wrote it or nothing (rules::record::unwritten_note).
ALTER TABLE events ADD CONSTRAINT "detail is not blank when the event is a note" CHECK (kind <> 'note' OR btrim(detail, {blanks}) <> '') NOT VALID;
ALTER TABLE events ADD CONSTRAINT "data is who wrote it when the event is a note" CHECK (CASE
    WHEN kind <> 'note' OR data IS NULL OR NOT public.svcreq_json_ok(data) THEN true
    WHEN jsonb_typeof(data::jsonb) <> 'object' THEN false
    ELSE (data::jsonb - 'from') = '{}'::jsonb AND (data::jsonb ->> 'from') = ANY ({note_from}) END) NOT VALID;
