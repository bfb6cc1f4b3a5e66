-- svcreq team ledger: the cross-row rules of a history (SPEC 6, 7) that svcreq's read check
-- makes (store::consistent_history), held by the server at the write, for every role, the
-- owner included: part of access version 8, after the column checks (column_checks.sql). A
-- request's earlier cycles are as many as its reopen_count, the first starting at the
-- opening, each starting no earlier than the close of the one before, the current one no
-- earlier than the last close; its events, in the order they were appended, are dated from
-- the opening on and, the audit trail apart, never earlier than the one before; a response
-- recorded in the current cycle (after the last `reopened` event) comes with the request's
-- first_response_at. Checked at commit (deferred constraint triggers), so svcreq's own
-- writes of several statements pass; an event's dating is checked at the end of the
-- statement that appends it, once for all the rows of a COPY. From access version 10 the
-- events, read in order, agree with the row as every reader checks them (as import does,
-- rules::record::check_events_agree): one response and one close a cycle, a reopen only
-- of a closed cycle, a correction only of a time its cycle records, as many reopens as
-- reopen_count and each cycle's response and close at the row's times; checked at commit
-- for each event appended and each write of a column the rule reads. From access version
-- 11 the row ends where its history ends in the columns a verdict reads (its severity,
-- target and due time, and each earlier cycle's start, severity, target and due time:
-- svcreq_recorded_fault), checked at commit for each write of one of them; from access
-- version 12 in every column the history decides that a verdict or a listing reads (the
-- tenant, category, service, severity source, plan, tier, zone, availability, clock and
-- when the target started too), the opening among the events that record them (an
-- opening written from then on records what the request was filed with, so a row whose
-- history is its opening alone is held to it; one written before records nothing). A
-- trigger that re-reads a history fires only when a column it reads was written (UPDATE
-- OF) and, where the table allows it, changed (WHEN): svcreq's respond, note and close
-- touch none of them. An event of a kind the rule does not read (an opening, a note, an
-- update) changes what the history tells only when it is the request's first: it is
-- checked only when its request's row records what only events can tell
-- (svcreq_row_needs_history) and no event of the request tells anything
-- (svcreq_history_untold); svcreq's open and notes call no plpgsql function of the rule
-- (an opening's data, what the request was filed with, is read only when the row is
-- written again).

-- Whether an event is an entry of the audit trail (rules::record::is_audit_entry): a
-- redaction, or a correction of a response or close time, recorded at the present and held
-- to no order of the timeline; a correction of the tenant or category is an action.
CREATE FUNCTION svcreq_is_audit(kind TEXT, data TEXT) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT kind = 'redacted'
        OR (kind = 'corrected'
            AND NOT coalesce((data::json -> 'tenant') IS NOT NULL
                             OR (data::json -> 'category') IS NOT NULL, false))
$fn$;

-- Whether event `ev_id` of request `ev_request` holds the case's timeline at its own time
-- (rules::record::timeline_events): not an entry of the audit trail, nor a response or
-- close whose time a later correction in its cycle (no reopen between them) replaced; that
-- one stands at its cycle's corrected time, ordered with the cycle's other times.
CREATE FUNCTION svcreq_in_timeline(ev_request BIGINT, ev_id BIGINT, ev_kind TEXT, ev_data TEXT)
RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT NOT public.svcreq_is_audit(ev_kind, ev_data)
       AND NOT (ev_kind IN ('responded', 'closed') AND EXISTS (
           SELECT 1 FROM public.events c
            WHERE c.request_id = ev_request AND c.id > ev_id AND c.kind = 'corrected'
              AND (c.data::json -> CASE ev_kind WHEN 'responded' THEN 'first_response_at'
                                                ELSE 'closed_at' END) IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM public.events x
                               WHERE x.request_id = ev_request AND x.kind = 'reopened'
                                 AND x.id > ev_id AND x.id < c.id)))
$fn$;

-- The time a correction of `field` records (its "new" value, an RFC 3339 time), in
-- seconds (a fraction kept, so it equals no row time); none when it records none svcreq
-- reads (rules::record::check_events_agree).
CREATE FUNCTION svcreq_corrected_time(data TEXT, field TEXT) RETURNS NUMERIC
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    v JSONB;
BEGIN
    v := data::jsonb -> field -> 'new';
    IF jsonb_typeof(v) IS DISTINCT FROM 'string'
       OR (v #>> '{}') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$' THEN
        RETURN NULL;
    END IF;
    RETURN extract(epoch FROM (v #>> '{}')::timestamptz);
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END
$fn$;

-- The time a correction's data records as replaced for `field` ("old"), as
-- svcreq_corrected_time reads the new one; none when it names none.
CREATE FUNCTION svcreq_corrected_from(data TEXT, field TEXT) RETURNS NUMERIC
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    RETURN public.svcreq_corrected_time(jsonb_build_object(field, jsonb_build_object('new', data::jsonb -> field -> 'old'))::text, field);
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END
$fn$;

-- A time in seconds as svcreq shows one (UTC, RFC 3339), or null.
CREATE FUNCTION svcreq_shown(t NUMERIC) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT coalesce(to_char(to_timestamp(t) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'null')
$fn$;

-- The first way request `rid`'s events disagree with its row, as (the column svcreq's read
-- check names, why): rules::record::check_events_agree on the history svcreq reads (the
-- "imported" event of the import that brought the request in, then its events in the
-- order appended); no row when they agree or the request has no events of its own (an
-- import's event alone agrees with any row). The kinds and actors are column checks.
CREATE FUNCTION svcreq_events_fault(rid BIGINT, OUT col TEXT, OUT why TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    r RECORD;
    e RECORD;
    n BIGINT := 0;
    k INT := 1;
    m INT;
    imported BOOLEAN;
    begun BOOLEAN := false;
    resp NUMERIC[] := ARRAY[NULL]::NUMERIC[];
    clo NUMERIC[] := ARRAY[NULL]::NUMERIC[];
    unk BOOLEAN[];
    row_resp NUMERIC[];
    row_clo NUMERIC[];
    t NUMERIC;
    said NUMERIC;
    recorded NUMERIC;
    f TEXT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.events x WHERE x.request_id = rid) THEN
        RETURN;
    END IF;
    SELECT q.reopen_count, q.first_response_at, q.closed_at, q.import_id, q.opened_at INTO r
        FROM public.requests q WHERE q.id = rid;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    imported := r.import_id IS NOT NULL;
    unk := ARRAY[imported];
    IF imported THEN
        n := 1;
    END IF;
    FOR e IN SELECT x.kind, x.at, x.data FROM public.events x
             WHERE x.request_id = rid ORDER BY x.id LOOP
        n := n + 1;
        -- The opening is recorded once, first (after the imports that carried it; from
        -- access version 15).
        IF e.kind = 'opened' AND begun THEN
            col := 'events.kind';
            why := format('event %s of its history, ''opened'', records an opening after the first event of the history', n);
            RETURN;
        ELSIF e.kind = 'opened' AND e.at <> r.opened_at THEN
            col := 'events.at';
            why := format('event %s of its history, ''opened'', is dated %s, where the request was opened at %s',
                          n, public.svcreq_shown(e.at), public.svcreq_shown(r.opened_at));
            RETURN;
        END IF;
        begun := begun OR e.kind <> 'imported';
        IF e.kind = 'imported' THEN
            imported := true;
            unk[k] := true;
        ELSIF e.kind = 'responded' THEN
            IF resp[k] IS NOT NULL THEN
                col := 'events.kind';
                why := format('event %s of its history, ''responded'', comes after a response in the same cycle', n);
                RETURN;
            END IF;
            resp[k] := e.at;
        ELSIF e.kind = 'closed' THEN
            IF clo[k] IS NOT NULL THEN
                col := 'events.kind';
                why := format('event %s of its history, ''closed'', comes after a close in the same cycle, with no reopen between them', n);
                RETURN;
            END IF;
            clo[k] := e.at;
        ELSIF e.kind = 'reopened' THEN
            IF clo[k] IS NULL AND NOT unk[k] THEN
                col := 'events.kind';
                why := format('event %s of its history, ''reopened'', reopens a cycle that is not closed', n);
                RETURN;
            END IF;
            k := k + 1;
            resp[k] := NULL;
            clo[k] := NULL;
            unk[k] := false;
        ELSIF e.kind = 'corrected' AND e.data IS NOT NULL THEN
            FOREACH f IN ARRAY ARRAY['first_response_at', 'closed_at'] LOOP
                t := public.svcreq_corrected_time(e.data, f);
                CONTINUE WHEN t IS NULL;
                IF (CASE f WHEN 'first_response_at' THEN resp[k] ELSE clo[k] END) IS NULL
                   AND NOT unk[k] THEN
                    col := 'events.kind';
                    why := format('event %s of its history, ''corrected'', corrects a response or close that its cycle does not record', n);
                    RETURN;
                END IF;
                -- The time it replaces is the one the history before it records.
                said := CASE f WHEN 'first_response_at' THEN resp[k] ELSE clo[k] END;
                IF said IS NOT NULL
                   AND public.svcreq_corrected_from(e.data, f) IS DISTINCT FROM said THEN
                    col := 'events.data';
                    why := format('event %s of its history, ''corrected'', corrects %s from %s, but the history before it records %s',
                                  n, f, coalesce(e.data::jsonb -> f ->> 'old', 'null'), public.svcreq_shown(said));
                    RETURN;
                END IF;
                IF f = 'first_response_at' THEN
                    resp[k] := t;
                ELSE
                    clo[k] := t;
                END IF;
            END LOOP;
        END IF;
    END LOOP;
    IF k - 1 > r.reopen_count OR (NOT imported AND k - 1 <> r.reopen_count) THEN
        col := 'reopen_count';
        why := format('the request records %s, but its history says %s', r.reopen_count, k - 1);
        RETURN;
    END IF;
    -- The cycles the events tell, matched to the row's from the newest back.
    SELECT coalesce(array_agg(y.first_response_at ORDER BY y.seq), ARRAY[]::BIGINT[]),
           coalesce(array_agg(y.closed_at ORDER BY y.seq), ARRAY[]::BIGINT[])
        INTO row_resp, row_clo FROM public.cycles y WHERE y.request_id = rid;
    row_resp := row_resp || r.first_response_at::NUMERIC;
    row_clo := row_clo || r.closed_at::NUMERIC;
    m := cardinality(row_resp);
    WHILE k >= 1 AND m >= 1 LOOP
        FOREACH f IN ARRAY ARRAY['first_response_at', 'closed_at'] LOOP
            IF f = 'first_response_at' THEN
                said := resp[k];
                recorded := row_resp[m];
            ELSE
                said := clo[k];
                recorded := row_clo[m];
            END IF;
            IF said IS DISTINCT FROM recorded AND (NOT unk[k] OR said IS NOT NULL) THEN
                IF m = cardinality(row_resp) AND f = 'first_response_at' AND recorded IS NULL THEN
                    col := f;
                    why := 'a response is recorded in the current cycle without it';
                ELSIF m = cardinality(row_resp) THEN
                    col := f;
                    why := format('the request records %s, but its history says %s',
                                  public.svcreq_shown(recorded), public.svcreq_shown(said));
                ELSE
                    col := 'cycles.' || f;
                    why := format('earlier cycle %s records %s, but its history says %s', m,
                                  public.svcreq_shown(recorded), public.svcreq_shown(said));
                END IF;
                RETURN;
            END IF;
        END LOOP;
        k := k - 1;
        m := m - 1;
    END LOOP;
END
$fn$;

-- Whether request `rid`'s row records what only its events can tell (an earlier cycle, a
-- response or a close) with no import to have told it: then a history of events of the
-- kinds svcreq_events_fault does not read (it reads imported, responded, closed, reopened
-- and corrected) disagrees with the row, and a history without events does not (the
-- request has none of its own). Null for a request the caller cannot see. Called by the
-- WHEN of events_history_begun for every role, so it runs as the caller (its row-level
-- security applied), granted to all.
CREATE FUNCTION svcreq_row_needs_history(rid BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT q.import_id IS NULL
           AND (q.reopen_count <> 0 OR q.first_response_at IS NOT NULL OR q.closed_at IS NOT NULL)
      FROM public.requests q WHERE q.id = rid
$fn$;

-- Whether request `rid` has no event of a kind svcreq_events_fault reads (none the caller
-- can see: row-level security applies, as above); asked only of a row that needs one.
CREATE FUNCTION svcreq_history_untold(rid BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT NOT EXISTS (SELECT 1 FROM public.events e WHERE e.request_id = rid
                          AND e.kind = ANY ('{"imported","responded","closed","reopened","corrected"}'::text[]))
$fn$;

-- A recorded field's value as the history reads it when an event gives `v` for it
-- (rules::record::Request::undo and redo): a tenant, plan, tier, zone or category kept
-- (`cur`) where `v` is no text; a target, availability or clock '' and any other field
-- 'null' where it is none; a time as svcreq shows it.
CREATE FUNCTION svcreq_told(f TEXT, v JSONB, cur TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT CASE
        WHEN jsonb_typeof(v) IS DISTINCT FROM 'string' THEN
            CASE WHEN f IN ('tenant', 'plan', 'tier', 'timezone', 'category') THEN cur
                 WHEN f IN ('availability', 'response_target', 'response_clock') THEN ''
                 ELSE 'null' END
        WHEN f IN ('response_due', 'target_started_at') THEN
            public.svcreq_shown(floor(public.svcreq_corrected_time(
                jsonb_build_object(f, jsonb_build_object('new', v))::text, f)))
        ELSE v #>> '{}' END
$fn$;

-- The first event of request `rid`'s history whose data gives a recorded field an old
-- value other than the one the history before it records (rules::record::ends_as_recorded,
-- from access version 15): the new value of the last event before it that recorded the
-- field, a reopen clearing when the target started; a field no earlier event recorded is
-- not judged. As (events.data, why); no row when every change replaces what it says.
CREATE FUNCTION svcreq_olds_fault(rid BIGINT, OUT col TEXT, OUT why TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    q RECORD;
    ev RECORD;
    c RECORD;
    told JSONB;
    known TEXT[] := ARRAY[]::TEXT[];
    gives TEXT;
    n BIGINT;
BEGIN
    SELECT r.tenant, r.category, r.service, r.severity, r.severity_source, r.plan, r.tier,
           r.timezone, r.availability, r.response_target, r.response_clock, r.import_id,
           public.svcreq_shown(r.response_due) AS response_due,
           public.svcreq_shown(r.target_started_at) AS target_started_at INTO q
        FROM public.requests r WHERE r.id = rid;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    told := jsonb_build_object('tenant', q.tenant, 'category', q.category,
        'service', coalesce(q.service, 'null'), 'severity', coalesce(q.severity, 'null'),
        'severity_source', coalesce(q.severity_source, 'null'), 'plan', q.plan, 'tier', q.tier,
        'timezone', q.timezone, 'availability', q.availability,
        'response_target', q.response_target, 'response_clock', q.response_clock,
        'response_due', q.response_due, 'target_started_at', q.target_started_at);
    FOR ev IN SELECT x.id, x.kind, x.data::jsonb AS d FROM public.events x
              WHERE x.request_id = rid AND x.kind <> 'redacted'
                AND (x.data IS NOT NULL OR x.kind = 'reopened')
              ORDER BY x.id LOOP
        IF jsonb_typeof(ev.d) = 'object' THEN
            FOR c IN SELECT k.key, k.value FROM jsonb_each(ev.d) k
                     WHERE k.key = ANY (known) AND jsonb_typeof(k.value) = 'object'
                       AND k.value ? 'old'
                     ORDER BY array_position(ARRAY['tenant', 'category', 'service', 'severity',
                         'severity_source', 'plan', 'tier', 'timezone', 'availability',
                         'response_target', 'response_clock', 'response_due',
                         'target_started_at'], k.key) LOOP
                gives := public.svcreq_told(c.key, c.value -> 'old', told ->> c.key);
                IF gives IS DISTINCT FROM told ->> c.key THEN
                    SELECT count(*) + CASE WHEN q.import_id IS NULL THEN 0 ELSE 1 END INTO n
                      FROM public.events x WHERE x.request_id = rid AND x.id <= ev.id;
                    col := 'events.data';
                    why := format('event %s of its history, %L, changes %s from %s, but the history before it records %s',
                                  n, ev.kind, c.key, gives, told ->> c.key);
                    RETURN;
                END IF;
            END LOOP;
        END IF;
        IF ev.kind = 'reopened' THEN
            told := told || '{"target_started_at": "null"}';
        END IF;
        IF jsonb_typeof(ev.d) = 'object' THEN
            FOR c IN SELECT k.key, k.value FROM jsonb_each(ev.d) k
                     WHERE k.key IN ('tenant', 'category', 'service', 'severity', 'severity_source',
                                     'plan', 'tier', 'timezone', 'availability', 'response_target',
                                     'response_clock', 'response_due', 'target_started_at')
                       AND jsonb_typeof(k.value) = 'object' AND k.value ? 'new' LOOP
                told := told || jsonb_build_object(c.key,
                    public.svcreq_told(c.key, c.value -> 'new', told ->> c.key));
                IF NOT c.key = ANY (known) THEN
                    known := known || c.key;
                END IF;
            END LOOP;
        END IF;
    END LOOP;
END
$fn$;

-- The first way request `rid`'s row does not end where its history ends, in the columns a
-- verdict or a listing reads (rules::record::check_events_agree, ends_as_recorded and
-- past_as_recorded), as (the column svcreq's read check names, why): one of the columns the
-- history decides (rules::record::RECORDED_FIELDS: the tenant, category, service,
-- severity and its source, plan, tier, zone, availability, target, clock, due time and
-- when the target started) other than the new value of the last event that recorded a
-- change of it (the opening among them: from access version 12 an opening records what
-- the request was filed with, rules::record::opening_data; a reopen, which begins a
-- target of its own, clears when the target started unless it records it), or an earlier
-- cycle's start, severity, target or due time other than the value the events from the
-- reopen that ended it on replaced (the row's own when none did); a redaction is not read,
-- and a cycle is judged only when every event from its reopen on that changes the row
-- records what it changed (a history from before schema 4 records nothing). A new value
-- svcreq's reader does not take (a tenant, plan, tier, zone or category given as null)
-- leaves the column as it was; a time is compared to the second, as svcreq shows it. The
-- status, response and close times and reopen count are svcreq_events_fault's (and the
-- status follows the close time, a column check). No row when it ends so.
CREATE FUNCTION svcreq_recorded_fault(rid BIGINT, OUT col TEXT, OUT why TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    q RECORD;
    y RECORD;
    ev RECORD;
    f TEXT;
    rowv TEXT;
    said TEXT;
    change JSONB;
    told JSONB := '{}';
    t NUMERIC;
    k INT := 0;
    reopen RECORD;
    fields CONSTANT TEXT[] := ARRAY['tenant', 'category', 'service', 'severity',
        'severity_source', 'plan', 'tier', 'timezone', 'availability', 'response_target',
        'response_clock', 'response_due', 'target_started_at'];
BEGIN
    SELECT r.tenant, r.category, r.service, r.severity, r.severity_source, r.plan, r.tier,
           r.timezone, r.availability, r.response_target, r.response_clock, r.response_due,
           r.target_started_at, r.cycle_started_at INTO q
        FROM public.requests r WHERE r.id = rid;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT * INTO col, why FROM public.svcreq_olds_fault(rid);
    IF col IS NOT NULL THEN
        RETURN;
    END IF;
    -- The new value of each field's last change, newest event first (each event's data
    -- read once); a reopen clears when the target started, unless it records it.
    FOR ev IN SELECT x.kind, x.data::jsonb AS d FROM public.events x
              WHERE x.request_id = rid AND x.kind <> 'redacted'
                AND (x.data IS NOT NULL OR x.kind = 'reopened')
              ORDER BY x.id DESC LOOP
        IF jsonb_typeof(ev.d) = 'object' THEN
            SELECT told || coalesce(jsonb_object_agg(c.key, c.value -> 'new'), '{}') INTO told
              FROM jsonb_each(ev.d) c
             WHERE c.key = ANY (fields) AND NOT told ? c.key
               AND jsonb_typeof(c.value) = 'object' AND c.value ? 'new';
        END IF;
        IF ev.kind = 'reopened' AND NOT told ? 'target_started_at' THEN
            told := told || '{"target_started_at": null}';
        END IF;
        EXIT WHEN (SELECT count(*) FROM jsonb_object_keys(told)) = cardinality(fields);
    END LOOP;
    FOREACH f IN ARRAY fields LOOP
        CONTINUE WHEN NOT told ? f;
        change := told -> f;
        IF f IN ('tenant', 'category', 'plan', 'tier', 'timezone') THEN
            CONTINUE WHEN jsonb_typeof(change) IS DISTINCT FROM 'string';
            said := change #>> '{}';
            rowv := CASE f WHEN 'tenant' THEN q.tenant WHEN 'category' THEN q.category
                           WHEN 'plan' THEN q.plan WHEN 'tier' THEN q.tier ELSE q.timezone END;
        ELSIF f IN ('response_due', 'target_started_at') THEN
            t := floor(public.svcreq_corrected_time(jsonb_build_object(f, jsonb_build_object('new', change))::text, f));
            said := public.svcreq_shown(t);
            rowv := public.svcreq_shown(CASE f WHEN 'response_due' THEN q.response_due
                                               ELSE q.target_started_at END);
        ELSE
            said := CASE WHEN jsonb_typeof(change) = 'string' THEN change #>> '{}'
                         WHEN f IN ('availability', 'response_target', 'response_clock') THEN ''
                         ELSE 'null' END;
            rowv := CASE f WHEN 'service' THEN coalesce(q.service, 'null')
                           WHEN 'severity' THEN coalesce(q.severity, 'null')
                           WHEN 'severity_source' THEN coalesce(q.severity_source, 'null')
                           WHEN 'availability' THEN q.availability
                           WHEN 'response_target' THEN q.response_target
                           ELSE q.response_clock END;
        END IF;
        IF rowv IS DISTINCT FROM said THEN
            col := f;
            why := format('the request records %s, but its history says %s', rowv, said);
            RETURN;
        END IF;
    END LOOP;
    -- Earlier cycles, the newest first, each with the reopen that ended it.
    FOR y IN SELECT c.seq, c.started_at, c.severity, c.response_target, c.response_due
             FROM public.cycles c WHERE c.request_id = rid ORDER BY c.seq DESC LOOP
        SELECT e.id, e.data INTO reopen FROM public.events e
         WHERE e.request_id = rid AND e.kind = 'reopened'
         ORDER BY e.id DESC OFFSET k LIMIT 1;
        EXIT WHEN NOT FOUND;
        k := k + 1;
        EXIT WHEN reopen.data IS NULL OR EXISTS (
            SELECT 1 FROM public.events e WHERE e.request_id = rid AND e.id >= reopen.id
               AND e.data IS NULL AND e.kind NOT IN ('opened', 'imported', 'note', 'redacted'));
        FOREACH f IN ARRAY ARRAY['started_at', 'severity', 'response_target', 'response_due'] LOOP
            IF f = 'started_at' THEN
                SELECT e.data::jsonb -> 'cycle_started_at' INTO change FROM public.events e
                 WHERE e.request_id = rid AND e.id >= reopen.id AND e.kind = 'reopened'
                   AND (e.data::jsonb -> 'cycle_started_at') ? 'old'
                 ORDER BY e.id LIMIT 1;
            ELSE
                SELECT e.data::jsonb -> f INTO change FROM public.events e
                 WHERE e.request_id = rid AND e.id >= reopen.id AND e.kind <> 'redacted'
                   AND e.data IS NOT NULL AND (e.data::jsonb -> f) ? 'old'
                 ORDER BY e.id LIMIT 1;
            END IF;
            rowv := CASE f WHEN 'started_at' THEN public.svcreq_shown(y.started_at)
                           WHEN 'severity' THEN coalesce(y.severity, 'null')
                           WHEN 'response_target' THEN y.response_target
                           ELSE public.svcreq_shown(y.response_due) END;
            IF change IS NULL THEN
                said := CASE f WHEN 'started_at' THEN public.svcreq_shown(q.cycle_started_at)
                               WHEN 'severity' THEN coalesce(q.severity, 'null')
                               WHEN 'response_target' THEN q.response_target
                               ELSE public.svcreq_shown(q.response_due) END;
            ELSE
                said := coalesce(change ->> 'old', CASE f WHEN 'response_target' THEN '' ELSE 'null' END);
            END IF;
            IF rowv IS DISTINCT FROM said THEN
                col := 'cycles.' || f;
                why := format('earlier cycle %s records %s, but its history says %s',
                              y.seq + 1, rowv, said);
                RETURN;
            END IF;
        END LOOP;
    END LOOP;
END
$fn$;

-- The first rule request `rid` breaks, as (the column svcreq's read check names, why); no
-- row when it breaks none (or does not exist).
CREATE FUNCTION svcreq_history_fault(rid BIGINT, OUT col TEXT, OUT why TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    r RECORD;
    c RECORD;
    n BIGINT := 0;
    prev BIGINT;
BEGIN
    SELECT q.opened_at, q.cycle_started_at, q.reopen_count, q.first_response_at INTO r
        FROM public.requests q WHERE q.id = rid;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    prev := r.opened_at;
    FOR c IN SELECT y.seq, y.started_at, y.closed_at FROM public.cycles y
             WHERE y.request_id = rid ORDER BY y.seq LOOP
        IF n = 0 AND c.started_at <> r.opened_at THEN
            col := 'cycles.started_at';
            why := 'the first cycle does not start at the opening';
            RETURN;
        ELSIF c.started_at < prev THEN
            col := 'cycles.started_at';
            why := 'a cycle starts before the one before it closed';
            RETURN;
        END IF;
        prev := c.closed_at;
        n := n + 1;
    END LOOP;
    IF n <> r.reopen_count THEN
        col := 'reopen_count';
        why := format('%s, but the request has %s earlier cycles', r.reopen_count, n);
        RETURN;
    END IF;
    IF r.cycle_started_at < prev THEN
        col := 'cycle_started_at';
        why := 'the current cycle starts before the earlier one closed';
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM public.events e WHERE e.request_id = rid AND e.at < r.opened_at)
       OR EXISTS (SELECT 1 FROM (SELECT e.at, lag(e.at) OVER (ORDER BY e.id) AS before
                                 FROM public.events e WHERE e.request_id = rid
                                  AND public.svcreq_in_timeline(rid, e.id, e.kind, e.data)) x
                  WHERE x.at < x.before) THEN
        col := 'events.at';
        why := 'an event is dated before the opening or before the event before it';
        RETURN;
    END IF;
    IF r.first_response_at IS NULL
       AND EXISTS (SELECT 1 FROM public.events e WHERE e.request_id = rid AND e.kind = 'responded'
                   AND e.id > coalesce((SELECT max(x.id) FROM public.events x
                                        WHERE x.request_id = rid AND x.kind = 'reopened'), 0)) THEN
        col := 'first_response_at';
        why := 'a response is recorded in the current cycle without it';
        RETURN;
    END IF;
    SELECT * INTO col, why FROM public.svcreq_events_fault(rid);
    IF col IS NULL THEN
        SELECT * INTO col, why FROM public.svcreq_recorded_fault(rid);
    END IF;
END
$fn$;

-- The requests `ids` a row of requests, cycles or events belongs to (both, when an update
-- moves a row to another request) must break no rule; `trigger_name` names the deferred
-- trigger checking them at commit (svcreq_history_ok), `appended` says it fires for an
-- event appended. From access version 13 an event appended is held to the row as a change
-- of the row is: one whose data records a change of a column the history decides (any
-- kind but a redaction: an opening, an update of the severity) or of a kind
-- svcreq_events_fault reads is checked against both rules the row is
-- (svcreq_events_fault, svcreq_recorded_fault). Each trigger checks its request on its
-- own (from access version 15): nothing a session can set, and no write between two
-- checks, lets one check stand for another.
CREATE FUNCTION svcreq_history_check(ids BIGINT[], trigger_name TEXT, appended BOOLEAN)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    rid BIGINT;
    f RECORD;
BEGIN
    FOREACH rid IN ARRAY ids LOOP
        -- An event appended changes no row: its history's agreement with the row is all
        -- it can break (its dating is svcreq_events_in_order's). One of a kind the rule
        -- does not read, recording no column (events_history_begun), changes nothing an
        -- event of a kind it reads tells: beside one, it agrees as the history did before
        -- it (each change of the row, each event of those kinds appended, changed or
        -- deleted is checked on its own).
        IF appended THEN
            CONTINUE WHEN trigger_name = 'events_history_begun' AND EXISTS (
                SELECT 1 FROM public.events e WHERE e.request_id = rid
                   AND e.kind = ANY ('{"imported","responded","closed","reopened","corrected"}'::text[]));
            SELECT * INTO f FROM public.svcreq_events_fault(rid);
            IF f.col IS NULL AND trigger_name = 'events_history_appended' THEN
                SELECT * INTO f FROM public.svcreq_recorded_fault(rid);
            END IF;
        ELSE
            SELECT * INTO f FROM public.svcreq_history_fault(rid);
        END IF;
        IF f.col IS NOT NULL THEN
            RAISE EXCEPTION 'request % refused: column %: %', rid, f.col, f.why
                USING ERRCODE = 'check_violation', COLUMN = f.col, DETAIL = rid::text,
                      HINT = 'svcreq would refuse to read this request; change requests through svcreq';
        END IF;
    END LOOP;
END
$fn$;

-- The deferred triggers of the history's rule (below) at commit: svcreq_history_check
-- judges the requests the row belongs to. An opening that is its request's whole history
-- (from access version 14) is judged by one query: both rules reduce to the row being a first cycle with no response, close,
-- import or earlier cycle, and recording each column the history decides as the opening's
-- data does (its new value: the string svcreq writes, a time as svcreq_shown shows it,
-- null for none), which is what svcreq_recorded_fault compares. Anything else, the same
-- opening written another way included, is judged, and named, by the rules themselves. A
-- ledger pays for compiling the rules' function only in a session whose writes need it.
CREATE FUNCTION svcreq_history_ok() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    -- (NEW.kind is read only on events: the function compiled for another table has none.)
    IF TG_NAME = 'events_history_appended' THEN
        IF NEW.kind = 'opened' THEN
          IF EXISTS (
            SELECT 1 FROM public.requests r
             WHERE r.id = NEW.request_id AND r.import_id IS NULL AND r.reopen_count = 0
               AND r.opened_at = NEW.at
               AND r.first_response_at IS NULL AND r.closed_at IS NULL
               AND NEW.data::jsonb @> jsonb_build_object(
                   'tenant', jsonb_build_object('new', r.tenant),
                   'category', jsonb_build_object('new', r.category),
                   'service', jsonb_build_object('new', r.service),
                   'severity', jsonb_build_object('new', r.severity),
                   'severity_source', jsonb_build_object('new', r.severity_source),
                   'plan', jsonb_build_object('new', r.plan),
                   'tier', jsonb_build_object('new', r.tier),
                   'timezone', jsonb_build_object('new', r.timezone),
                   'availability', jsonb_build_object('new', r.availability),
                   'response_target', jsonb_build_object('new', r.response_target),
                   'response_clock', jsonb_build_object('new', r.response_clock),
                   'response_due', jsonb_build_object('new', CASE WHEN r.response_due IS NOT NULL
                                                        THEN public.svcreq_shown(r.response_due) END),
                   'target_started_at', jsonb_build_object('new', CASE WHEN r.target_started_at IS NOT NULL
                                                        THEN public.svcreq_shown(r.target_started_at) END))
               AND NOT EXISTS (SELECT 1 FROM public.events e
                                WHERE e.request_id = r.id AND e.id <> NEW.id)
               AND NOT EXISTS (SELECT 1 FROM public.cycles c WHERE c.request_id = r.id)) THEN
            RETURN NULL;
          END IF;
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'requests' THEN
        PERFORM public.svcreq_history_check(ARRAY[NEW.id], TG_NAME, false);
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM public.svcreq_history_check(ARRAY[NEW.request_id], TG_NAME, TG_TABLE_NAME = 'events');
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM public.svcreq_history_check(ARRAY[OLD.request_id], TG_NAME, false);
    ELSE
        PERFORM public.svcreq_history_check(ARRAY[NEW.request_id, OLD.request_id], TG_NAME, false);
    END IF;
    RETURN NULL;
END
$fn$;

-- The events a statement appended (COPY: every row of it) are dated from their request's
-- opening on, and in the order of their ids among the request's other events.
CREATE FUNCTION svcreq_events_in_order() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    bad BIGINT;
BEGIN
    SELECT n.request_id INTO bad FROM appended n JOIN public.requests r ON r.id = n.request_id
     WHERE n.at < r.opened_at
        OR (public.svcreq_in_timeline(n.request_id, n.id, n.kind, n.data)
            AND EXISTS (SELECT 1 FROM public.events e WHERE e.request_id = n.request_id
                        AND public.svcreq_in_timeline(e.request_id, e.id, e.kind, e.data)
                        AND ((e.id < n.id AND e.at > n.at) OR (e.id > n.id AND e.at < n.at))))
     LIMIT 1;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'request % refused: column events.at: an event is dated before the opening or before the event before it', bad
            USING ERRCODE = 'check_violation', COLUMN = 'events.at', DETAIL = bad::text,
                  HINT = 'svcreq would refuse to read this request; record events through svcreq';
    END IF;
    RETURN NULL;
END
$fn$;

-- A request filed here (no import brought it) has a history that begins with its opening
-- (from access version 15: a row inserted without one, by any role, is refused at commit).
CREATE FUNCTION svcreq_history_opened() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    first TEXT;
BEGIN
    SELECT e.kind INTO first FROM public.events e WHERE e.request_id = NEW.id ORDER BY e.id LIMIT 1;
    IF (first IS NULL OR first NOT IN ('opened', 'imported'))
       AND EXISTS (SELECT 1 FROM public.requests r WHERE r.id = NEW.id AND r.import_id IS NULL) THEN
        RAISE EXCEPTION 'request % refused: column events: its history does not begin with the request''s opening or the import that brought it in', NEW.id
            USING ERRCODE = 'check_violation', COLUMN = 'events', DETAIL = NEW.id::text,
                  HINT = 'svcreq would refuse to read this request; file requests through svcreq';
    END IF;
    RETURN NULL;
END
$fn$;

CREATE CONSTRAINT TRIGGER requests_history_opened AFTER INSERT ON requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.import_id IS NULL)
    EXECUTE FUNCTION svcreq_history_opened();
CREATE CONSTRAINT TRIGGER requests_history_filed AFTER INSERT ON requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.reopen_count <> 0)
    EXECUTE FUNCTION svcreq_history_ok();
CREATE CONSTRAINT TRIGGER requests_history_changed
    AFTER UPDATE OF opened_at, cycle_started_at, reopen_count, first_response_at, closed_at,
                    import_id, tenant, category, service, severity, severity_source, plan,
                    tier, timezone, availability, response_target, response_clock,
                    response_due, target_started_at ON requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.opened_at, OLD.cycle_started_at, OLD.reopen_count, OLD.first_response_at,
           OLD.closed_at, OLD.import_id, OLD.tenant, OLD.category, OLD.service, OLD.severity,
           OLD.severity_source, OLD.plan, OLD.tier, OLD.timezone, OLD.availability,
           OLD.response_target, OLD.response_clock, OLD.response_due, OLD.target_started_at)
          IS DISTINCT FROM (NEW.opened_at, NEW.cycle_started_at, NEW.reopen_count,
                            NEW.first_response_at, NEW.closed_at, NEW.import_id, NEW.tenant,
                            NEW.category, NEW.service, NEW.severity, NEW.severity_source,
                            NEW.plan, NEW.tier, NEW.timezone, NEW.availability,
                            NEW.response_target, NEW.response_clock, NEW.response_due,
                            NEW.target_started_at))
    EXECUTE FUNCTION svcreq_history_ok();
CREATE CONSTRAINT TRIGGER cycles_history
    AFTER INSERT OR DELETE OR UPDATE OF request_id, seq, started_at, first_response_at, closed_at,
                                        severity, response_target, response_due
    ON cycles
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION svcreq_history_ok();
-- An event appended of a kind svcreq_events_fault reads, or whose data records a change
-- of a column svcreq_recorded_fault reads (from access version 13: an opening, an update,
-- a redaction apart); one of another kind recording none only when its request's row
-- records what only events can tell and no event of the request tells any of it, or the
-- caller cannot see them (judged when the event is appended: a later change of the row,
-- or of such an event, is checked on its own; the second function is not even called for
-- a row that needs no history). A note records none of them: svcreq's notes call no
-- function of the rule.
CREATE CONSTRAINT TRIGGER events_history_appended AFTER INSERT ON events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.kind = ANY ('{"opened","imported","responded","closed","reopened","corrected"}'::text[])
          OR (NEW.kind <> 'redacted' AND NEW.data IS NOT NULL
              AND NEW.data::jsonb ?| '{"tenant","category","service","severity","severity_source","plan","tier","timezone","availability","response_target","response_clock","response_due","target_started_at","cycle_started_at"}'::text[]))
    EXECUTE FUNCTION svcreq_history_ok();
CREATE CONSTRAINT TRIGGER events_history_begun AFTER INSERT ON events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NOT NEW.kind = ANY ('{"opened","imported","responded","closed","reopened","corrected"}'::text[])
          AND (NEW.kind = 'redacted' OR NEW.data IS NULL
               OR NOT NEW.data::jsonb ?| '{"tenant","category","service","severity","severity_source","plan","tier","timezone","availability","response_target","response_clock","response_due","target_started_at","cycle_started_at"}'::text[])
          AND svcreq_row_needs_history(NEW.request_id) IS NOT FALSE
          AND svcreq_history_untold(NEW.request_id) IS NOT FALSE)
    EXECUTE FUNCTION svcreq_history_ok();
CREATE CONSTRAINT TRIGGER events_history_changed
    AFTER DELETE OR UPDATE OF id, request_id, at, kind, data ON events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION svcreq_history_ok();
CREATE TRIGGER events_in_order AFTER INSERT ON events
    REFERENCING NEW TABLE AS appended FOR EACH STATEMENT
    EXECUTE FUNCTION svcreq_events_in_order();

-- The latest action's time (schema version 3) follows each event appended, as before; a
-- request it would not move (svcreq's own writes set it with the event) is locked as the
-- update would lock it, not written again: a write of the row would check every column
-- check of the request once more and leave a dead row behind.
CREATE OR REPLACE FUNCTION svcreq_advance_last_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE requests SET last_at = NEW.at
     WHERE id = NEW.request_id AND (last_at IS NULL OR last_at < NEW.at);
    IF NOT FOUND THEN
        PERFORM FROM requests WHERE id = NEW.request_id FOR NO KEY UPDATE;
    END IF;
    RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION svcreq_history_fault(BIGINT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_history_check(BIGINT[], TEXT, BOOLEAN) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_events_fault(BIGINT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_recorded_fault(BIGINT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_olds_fault(BIGINT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_told(TEXT, JSONB, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_corrected_time(TEXT, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_corrected_from(TEXT, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_shown(NUMERIC) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_is_audit(TEXT, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_in_timeline(BIGINT, BIGINT, TEXT, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_history_ok() FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_events_in_order() FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_history_opened() FROM PUBLIC;

-- A ledger brought here by `db migrate`: the column checks were added without looking at
-- the rows already there (NOT VALID); each is looked for now, then every request's history,
-- and the first row that breaks one is named by request and column (nothing migrated).
DO $validate$
DECLARE
    k RECORD;
    bad BIGINT;
    rid BIGINT;
    f RECORD;
BEGIN
    FOR k IN SELECT c.conname, c.conrelid::regclass::text AS tbl,
                    pg_get_expr(c.conbin, c.conrelid) AS expr,
                    substring(c.conname from '^([a-z_0-9]+) ') AS col
             FROM pg_constraint c
             WHERE c.contype = 'c' AND NOT c.convalidated
               AND c.conrelid IN ('public.requests'::regclass, 'public.cycles'::regclass,
                                  'public.events'::regclass)
             ORDER BY c.conrelid, c.conname LOOP
        bad := NULL;
        BEGIN
            EXECUTE format('SELECT %s FROM public.%I WHERE NOT (%s) ORDER BY 1 LIMIT 1',
                           CASE k.tbl WHEN 'requests' THEN 'id' ELSE 'request_id' END, k.tbl, k.expr)
                INTO bad;
        EXCEPTION WHEN OTHERS THEN
            -- A value the check cannot even read (event data that is not JSON): row by row.
            FOR rid IN EXECUTE format('SELECT %s FROM public.%I ORDER BY 1',
                                      CASE k.tbl WHEN 'requests' THEN 'id' ELSE 'request_id' END, k.tbl) LOOP
                BEGIN
                    EXECUTE format('SELECT 1 FROM public.%I WHERE %s = $1 AND NOT (%s)',
                                   k.tbl, CASE k.tbl WHEN 'requests' THEN 'id' ELSE 'request_id' END, k.expr)
                        USING rid;
                EXCEPTION WHEN OTHERS THEN
                    bad := rid;
                    EXIT;
                END;
            END LOOP;
        END;
        IF bad IS NOT NULL THEN
            RAISE EXCEPTION 'request % breaks the rule on column %', bad,
                CASE k.tbl WHEN 'requests' THEN k.col ELSE k.tbl || '.' || k.col END
                USING ERRCODE = 'check_violation', DETAIL = bad::text,
                      COLUMN = CASE k.tbl WHEN 'requests' THEN k.col ELSE k.tbl || '.' || k.col END;
        END IF;
        EXECUTE format('ALTER TABLE public.%I VALIDATE CONSTRAINT %I', k.tbl, k.conname);
    END LOOP;
    FOR rid IN SELECT q.id FROM public.requests q ORDER BY q.id LOOP
        SELECT * INTO f FROM public.svcreq_history_fault(rid);
        IF f.col IS NOT NULL THEN
            RAISE EXCEPTION 'request % breaks the rule on column %: %', rid, f.col, f.why
                USING ERRCODE = 'check_violation', DETAIL = rid::text, COLUMN = f.col;
        END IF;
    END LOOP;
END
$validate$;
