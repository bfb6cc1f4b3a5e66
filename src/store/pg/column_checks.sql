-- svcreq team ledger: the column checks of access version 6. access.rs fills in the names in
-- braces: the values svcreq reads, listed from its own types; the first and last second of
-- the years 0001-9999; the longest duration it takes; the zones it knows, in lower case.
-- Each check is named TABLE_COLUMN_ok (or _ok_N), the column as svcreq's read check names
-- it, and added NOT VALID: history_checks.sql then validates them against the rows already
-- there.

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

-- Text that reads as JSON (or none), as svcreq's read checks an event's data.
CREATE FUNCTION svcreq_json_ok(t TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    RETURN t IS NULL OR t::json IS NOT NULL;
EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
    RETURN false;
END
$fn$;

-- A response target as svcreq writes one: none, next-day, or a duration of one unit up to
-- the longest it takes.
CREATE FUNCTION svcreq_target_ok(t TEXT) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE WHEN t ~ '^[1-9][0-9]{0,9}[smhd]$'
                THEN left(t, -1)::bigint * CASE right(t, 1) WHEN 's' THEN 1 WHEN 'm' THEN 60
                                                            WHEN 'h' THEN 3600 ELSE 86400 END
                     <= {longest}
                ELSE t IN ('none', 'next-day') END
$fn$;

ALTER TABLE requests ADD CONSTRAINT requests_category_ok CHECK (category IN ({categories})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_service_ok CHECK (service IN ({services})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_severity_ok CHECK (severity IN ({severities})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_severity_source_ok CHECK (severity_source IN ({sources})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_channel_ok CHECK (channel IN ({channels})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_scope_ok CHECK (scope IN ({scopes})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_contact_method_ok CHECK (contact_method IN ({contact_methods})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_timezone_ok CHECK (public.svcreq_zone_known(timezone)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_availability_ok CHECK (availability IN ({availabilities})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_response_target_ok CHECK (public.svcreq_target_ok(response_target)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_response_clock_ok CHECK (response_clock IN ({clocks})) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_available_24x7_ok CHECK (available_24x7 IN (0, 1)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_reopen_count_ok CHECK (reopen_count >= 0) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_reopen_count_ok_2 CHECK (channel <> 'phone' OR reopen_count = 0) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_closed_at_ok CHECK ((status = 'closed') = (closed_at IS NOT NULL)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_opened_at_ok CHECK (opened_at BETWEEN {first} AND {last}) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_cycle_started_at_ok CHECK (cycle_started_at BETWEEN {first} AND {last}
    AND cycle_started_at >= opened_at AND (reopen_count > 0 OR cycle_started_at = opened_at)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_first_response_at_ok CHECK (first_response_at BETWEEN {first} AND {last}
    AND first_response_at >= cycle_started_at) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_closed_at_ok_2 CHECK (closed_at BETWEEN {first} AND {last}
    AND closed_at >= cycle_started_at AND closed_at >= coalesce(first_response_at, cycle_started_at)) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_response_due_ok CHECK (response_due BETWEEN {first} AND {last}
    AND response_due >= cycle_started_at) NOT VALID;
ALTER TABLE requests ADD CONSTRAINT requests_target_started_at_ok CHECK (target_started_at BETWEEN {first} AND {last}
    AND target_started_at >= cycle_started_at) NOT VALID;

ALTER TABLE cycles ADD CONSTRAINT cycles_seq_ok CHECK (seq >= 0) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT cycles_started_at_ok CHECK (started_at BETWEEN {first} AND {last}) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT cycles_severity_ok CHECK (severity IN ({severities})) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT cycles_availability_ok CHECK (availability IN ({availabilities})) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT cycles_response_target_ok CHECK (public.svcreq_target_ok(response_target)) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT cycles_response_clock_ok CHECK (response_clock IN ({clocks})) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT cycles_first_response_at_ok CHECK (first_response_at BETWEEN {first} AND {last}
    AND first_response_at >= started_at) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT cycles_closed_at_ok CHECK (closed_at IS NOT NULL AND closed_at BETWEEN {first} AND {last}
    AND closed_at >= coalesce(first_response_at, started_at)) NOT VALID;
ALTER TABLE cycles ADD CONSTRAINT cycles_response_due_ok CHECK (response_due BETWEEN {first} AND {last}
    AND response_due >= started_at) NOT VALID;

ALTER TABLE events ADD CONSTRAINT events_at_ok CHECK (at BETWEEN {first} AND {last}) NOT VALID;
ALTER TABLE events ADD CONSTRAINT events_data_ok CHECK (public.svcreq_json_ok(data)) NOT VALID;
