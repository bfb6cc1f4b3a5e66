-- svcreq team ledger: access (SPEC 1.7, 8), version 5 (svcreq_meta 'access_version'). Who
-- may act is data in this ledger (svcreq_admins, kept by `svcreq db admins`), and the
-- server enforces it from those rows alone:
--   * the privileges are granted in this database only, never through a role of the
--     cluster: roles are shared by every database of a cluster, so a group role would let
--     `db admins` in one ledger change what a login may do in another. The helpers the
--     policies call are executable by the admins listed here only (`db admins add` grants,
--     `remove` revokes); a login without a row sees and changes nothing;
--   * the history is append-only: events are SELECT and INSERT only; an event is not
--     dated in the future (the server's clock, five minutes' allowance), nor before the
--     request's latest action (an event of the case's timeline: the audit trail of a
--     correction of a response or close time, or of a redaction, bounds no action, SPEC 6,
--     7; such an entry is not dated before any event), and its data is a JSON object of
--     svcreq's shape;
--   * row-level security confines every admin to the tenants its svcreq_admins row names
--     (none: every tenant), until the day its delegation ends, for reads and for writes; a
--     global-reader only reads; an event's actor, and a new request's opener, must be the
--     login role itself; an import is seen by the admins of the requests it brought;
--   * a delegation's last day is judged in the request's zone, but never later than that
--     day ends anywhere on Earth (UTC-12), and a confined role names only real zones;
--   * nothing changes behind svcreq's back, for the roles the policies confine: a
--     request's id, opener, import, opening time, channel and scope never change; its times
--     are ordered and not in the future; every other change to a request must be recorded,
--     with its new value, by an event appended in the same transaction (checked at
--     commit) — a response, close or new cycle at that event's time, a due time moved only
--     by a new cycle or while the cycle is still unanswered and not yet breached; an
--     earlier cycle is archived as the request's current one;
--   * the team's configuration shows a partner only its own tenants, and the admin list
--     only its own row.
-- The policies pass the caller (current_user) into svcreq_may(): inside that SECURITY
-- DEFINER function current_user would be the definer, who sees everything. The helpers
-- answer only for the session's own role (session_user, or a role it is a member of):
-- asked about another role they say false, so a partner calling them by hand learns
-- nothing of other admins or tenants.

-- Whether role `who` may read (write = false) or file and manage (write = true) the
-- requests of `tenant`, whose zone is `zone`, now: an admin listed in svcreq_admins, of
-- a tenant it serves (no tenants listed: every tenant), not after the last day of its
-- delegation in the tenant's zone, nor after that day has ended everywhere (UTC-12: a zone
-- made up to lie further west gains nothing); global-reader only reads.
CREATE FUNCTION svcreq_may(tenant TEXT, zone TEXT, who NAME, write BOOLEAN) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT EXISTS (
        SELECT 1 FROM public.svcreq_admins a
        WHERE a.name = who::text
          AND (who = session_user
               OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                          WHERE r.rolname = who AND pg_has_role(session_user, r.oid, 'MEMBER')))
          AND (cardinality(a.tenants) = 0 OR tenant = ANY (a.tenants))
          AND (a.until IS NULL
               OR (a.until >= (now() AT TIME ZONE 'UTC' - interval '12 hours')::date
                   AND a.until >= (now() AT TIME ZONE coalesce(nullif(zone, ''), 'UTC'))::date))
          AND NOT (write AND a.role = 'global-reader')
    )
$fn$;

-- Whether role `who` is an admin of every tenant (no tenants listed, no end date): it
-- reads the whole configuration and the whole admin list. `tenant` given: whether `who`
-- serves that tenant at all (its configuration is readable after a delegation ends, so
-- that svcreq can say when it ended).
CREATE FUNCTION svcreq_serves(tenant TEXT, who NAME) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT EXISTS (
        SELECT 1 FROM public.svcreq_admins a
        WHERE a.name = who::text
          AND (who = session_user
               OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                          WHERE r.rolname = who AND pg_has_role(session_user, r.oid, 'MEMBER')))
          AND CASE WHEN tenant IS NULL THEN cardinality(a.tenants) = 0 AND a.until IS NULL
                   ELSE cardinality(a.tenants) = 0 OR tenant = ANY (a.tenants) END
    )
$fn$;

-- The latest time a confined role may record: the server's clock, five minutes ahead for
-- a client whose clock runs a little fast (Unix seconds).
CREATE FUNCTION svcreq_latest_allowed() RETURNS BIGINT
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT extract(epoch FROM statement_timestamp())::bigint + 300
$fn$;

-- Whether `zone` is a zone of the IANA database as svcreq names them, with an offset a
-- real place has (UTC-12 to UTC+14): not a POSIX rule such as 'ABC167' or '<-167>+167'.
CREATE FUNCTION svcreq_zone_ok(zone TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    off DOUBLE PRECISION;
    numbered CONSTANT TEXT := '^((etc/)?gmt[+-]?[0-9]{1,2}|[a-z]st[0-9][a-z]dt)$';
BEGIN
    -- Names of letters (digits only in Etc/GMT+N and the US rules such as EST5EDT).
    IF zone IS NULL
       OR NOT (zone ~ '^[A-Za-z][A-Za-z_+-]*(/[A-Za-z_+-]+)*$' OR zone ~* numbered) THEN
        RETURN false;
    END IF;
    off := extract(epoch FROM (now() AT TIME ZONE zone) - (now() AT TIME ZONE 'UTC'));
    RETURN off BETWEEN -12 * 3600 AND 14 * 3600;
EXCEPTION WHEN OTHERS THEN
    RETURN false;
END
$fn$;

-- A request's row as a confined role writes it (after each insert and update: a BEFORE
-- trigger would keep an owner's COPY from inserting rows in batches): its identity and
-- opening never change, its zone is a real one, its times are ordered and not in the
-- future.
CREATE FUNCTION svcreq_request_row_ok() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    latest BIGINT := public.svcreq_latest_allowed();
    why TEXT;
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.id, NEW.opened_by, NEW.import_id, NEW.opened_at, NEW.channel, NEW.scope)
            IS DISTINCT FROM (OLD.id, OLD.opened_by, OLD.import_id, OLD.opened_at, OLD.channel, OLD.scope) THEN
        why := 'its id, opener, import, opening time, channel and scope never change';
    ELSIF (TG_OP = 'INSERT' OR NEW.timezone IS DISTINCT FROM OLD.timezone)
            AND NOT public.svcreq_zone_ok(NEW.timezone) THEN
        why := format('%L is not a time zone svcreq knows', NEW.timezone);
    ELSIF greatest(NEW.opened_at, NEW.cycle_started_at, NEW.first_response_at, NEW.closed_at,
                   NEW.target_started_at, NEW.last_at) > latest THEN
        why := 'it would record a time in the future';
    ELSIF NEW.cycle_started_at < NEW.opened_at
          OR NEW.first_response_at < NEW.cycle_started_at
          OR NEW.closed_at < coalesce(NEW.first_response_at, NEW.cycle_started_at)
          OR NEW.target_started_at < NEW.cycle_started_at
          OR NEW.response_due < NEW.cycle_started_at
          OR NEW.reopen_count < 0
          OR (NEW.status = 'closed') <> (NEW.closed_at IS NOT NULL) THEN
        why := 'its times would be out of order';
    ELSE
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'request % refused: %', NEW.id, why
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'change requests through svcreq';
END
$fn$;

-- An event as a confined role appends it (after each insert): not in the future, not
-- before the request's latest earlier action (an event of the case's timeline, a response
-- or close a correction replaced standing at its corrected time, svcreq_in_timeline; an
-- entry of the audit trail, a correction of a response or close time or a redaction, not
-- before any earlier event), its data a JSON object whose values are texts or {"old", "new"}
-- pairs, as svcreq writes them.
CREATE FUNCTION svcreq_event_ok() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    d JSONB;
    why TEXT;
BEGIN
    IF NEW.at > public.svcreq_latest_allowed() THEN
        why := 'it is dated in the future';
    ELSIF NEW.at < (SELECT max(e.at) FROM public.events e
                    WHERE e.request_id = NEW.request_id AND e.id < NEW.id
                      AND (public.svcreq_in_timeline(e.request_id, e.id, e.kind, e.data)
                           OR NEW.kind = 'redacted'
                           OR (NEW.kind = 'corrected'
                               AND coalesce(NEW.data, '') NOT LIKE '%"tenant":%'
                               AND coalesce(NEW.data, '') NOT LIKE '%"category":%'))) THEN
        why := 'it is dated before the request''s latest event';
    ELSIF NEW.data IS NOT NULL THEN
        BEGIN
            d := NEW.data::jsonb;
        EXCEPTION WHEN OTHERS THEN
            why := 'its data is not JSON';
        END;
        IF why IS NULL AND (jsonb_typeof(d) <> 'object' OR EXISTS (
                SELECT 1 FROM jsonb_each(d) f
                WHERE NOT (jsonb_typeof(f.value) = 'string'
                           OR (jsonb_typeof(f.value) = 'object'
                               AND (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(f.value) k)
                                   = ARRAY['new', 'old'])))) THEN
            why := 'its data is not of svcreq''s shape';
        END IF;
    END IF;
    IF why IS NULL THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'event on request % refused: %', NEW.request_id, why
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'record events through svcreq';
END
$fn$;

-- An earlier cycle archived by a confined role (after each insert) is the request's
-- current one, closed, as a reopen archives it; a request filed in the same transaction
-- (an import of its history: no event from before it) brings its own.
CREATE FUNCTION svcreq_cycle_ok() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF EXISTS (SELECT 1 FROM public.requests r WHERE r.id = NEW.request_id
               AND ((NOT EXISTS (SELECT 1 FROM public.events e WHERE e.request_id = r.id
                                 AND e.xmin <> pg_current_xact_id()::xid)
                     AND (r.import_id IS NULL
                          OR EXISTS (SELECT 1 FROM public.imports i WHERE i.id = r.import_id
                                     AND i.xmin = pg_current_xact_id()::xid)))
                    OR (r.status = 'closed' AND NEW.seq = r.reopen_count
                        AND (NEW.started_at, NEW.severity, NEW.availability, NEW.response_target,
                             NEW.response_clock, NEW.response_due, NEW.first_response_at, NEW.closed_at)
                            IS NOT DISTINCT FROM
                            (r.cycle_started_at, r.severity, r.availability, r.response_target,
                             r.response_clock, r.response_due, r.first_response_at, r.closed_at)))) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'cycle % of request % refused: it is not the request''s current cycle', NEW.seq, NEW.request_id
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'reopen requests through svcreq';
END
$fn$;

-- A request, or an earlier cycle, filed by a role the policies confine must have an event
-- appended in the same transaction (svcreq writes both in one), or be a request brought in
-- by an import recorded in that transaction; checked at commit.
CREATE FUNCTION svcreq_change_has_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    rid BIGINT;
    imp BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'requests' THEN
        rid := NEW.id;
        imp := NEW.import_id;
    ELSE
        rid := NEW.request_id;
    END IF;
    IF EXISTS (SELECT 1 FROM public.events e
               WHERE e.request_id = rid AND e.xmin = pg_current_xact_id()::xid)
       OR (imp IS NOT NULL AND EXISTS (SELECT 1 FROM public.imports i
               WHERE i.id = imp AND i.xmin = pg_current_xact_id()::xid)) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'request % changed without its event', rid
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'svcreq records every change with its event; change requests through svcreq';
END
$fn$;

-- A request changed by a confined role (checked at commit, for each update): every column
-- that changed is recorded with its new value in the data of an event appended to it in
-- the same transaction, as svcreq's respond, close, reopen, update and corrections record
-- them — except the search text and the latest action's time, which follow the rest, and
-- what a new cycle clears (the last one's response, close, resolution and re-targeting)
-- or takes from its target (availability, clock). A response, close or new cycle is at the
-- time of its event (a correction names its own); a due time moves only with a new cycle,
-- while the cycle is open, unanswered and not yet breached at the event's time, or with a
-- correction of the cycle's response or close (the cycle's target recomputed from the
-- corrected timeline, SPEC 7).
CREATE FUNCTION svcreq_change_agrees() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    o JSONB := to_jsonb(OLD);
    n JSONB := to_jsonb(NEW);
    d JSONB := '{}';
    kinds TEXT[] := '{}';
    ats BIGINT[] := '{}';
    e RECORD;
    col TEXT;
    want JSONB;
    reopen BOOLEAN;
    why TEXT;
BEGIN
    FOR e IN SELECT ev.kind, ev.at, ev.data FROM public.events ev
             WHERE ev.request_id = NEW.id AND ev.xmin = pg_current_xact_id()::xid ORDER BY ev.id LOOP
        kinds := kinds || e.kind;
        ats := ats || e.at;
        IF e.data IS NOT NULL THEN
            d := d || e.data::jsonb;
        END IF;
    END LOOP;
    IF cardinality(kinds) = 0 THEN
        RAISE EXCEPTION 'request % changed without its event', NEW.id
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'svcreq records every change with its event; change requests through svcreq';
    END IF;
    reopen := 'reopened' = ANY (kinds) AND OLD.status = 'closed' AND NEW.status = 'open';
    FOR col IN SELECT k FROM jsonb_object_keys(n) k WHERE o -> k IS DISTINCT FROM n -> k LOOP
        CONTINUE WHEN col IN ('search_text', 'last_at');
        IF reopen AND col IN ('closed_at', 'first_response_at', 'resolution', 'target_started_at') THEN
            IF n -> col <> 'null'::jsonb THEN
                why := format('a new cycle clears %s', col);
                EXIT;
            END IF;
            CONTINUE;
        END IF;
        CONTINUE WHEN reopen AND col IN ('availability', 'response_clock');
        want := CASE
            WHEN col IN ('opened_at', 'closed_at', 'cycle_started_at', 'response_due',
                         'first_response_at', 'target_started_at')
                THEN to_jsonb(to_char(to_timestamp((n ->> col)::bigint) AT TIME ZONE 'UTC',
                                      'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
            WHEN col = 'available_24x7' THEN to_jsonb((n ->> col)::bigint <> 0)
            WHEN col = 'incidents' THEN to_jsonb(string_to_array(n ->> col, ' '))
            ELSE n -> col
        END;
        IF jsonb_typeof(d -> col) IS DISTINCT FROM 'object'
           OR (d -> col -> 'new') IS DISTINCT FROM coalesce(want, 'null'::jsonb) THEN
            why := format('no event of the transaction records its %s', col);
            EXIT;
        END IF;
        IF col IN ('first_response_at', 'closed_at', 'cycle_started_at')
           AND NOT (col <> 'cycle_started_at' AND 'corrected' = ANY (kinds))
           AND (n ->> col)::bigint IS NOT NULL AND NOT ((n ->> col)::bigint = ANY (ats)) THEN
            why := format('its %s is not the time of its event', col);
            EXIT;
        END IF;
        IF col = 'cycle_started_at' AND NOT reopen THEN
            why := 'only a reopen starts a new cycle';
            EXIT;
        END IF;
        IF col = 'response_due' AND NOT reopen
           AND NOT ('corrected' = ANY (kinds)
                    AND (d -> 'first_response_at' IS NOT NULL OR d -> 'closed_at' IS NOT NULL))
           AND NOT (OLD.status = 'open' AND OLD.first_response_at IS NULL
                    AND (OLD.response_due IS NULL OR OLD.response_due >= (SELECT max(a) FROM unnest(ats) a))) THEN
            why := 'a due time moves only while its cycle is unanswered and not yet breached';
            EXIT;
        END IF;
    END LOOP;
    IF why IS NULL THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'request % refused: %', NEW.id, why
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'change requests through svcreq, which records each change with its event';
END
$fn$;

CREATE TRIGGER requests_row_ok AFTER INSERT OR UPDATE ON requests
    FOR EACH ROW WHEN (pg_catalog.row_security_active('public.requests'::regclass))
    EXECUTE FUNCTION svcreq_request_row_ok();
CREATE TRIGGER events_ok AFTER INSERT ON events
    FOR EACH ROW WHEN (pg_catalog.row_security_active('public.events'::regclass))
    EXECUTE FUNCTION svcreq_event_ok();
CREATE TRIGGER cycles_ok AFTER INSERT ON cycles
    FOR EACH ROW WHEN (pg_catalog.row_security_active('public.cycles'::regclass))
    EXECUTE FUNCTION svcreq_cycle_ok();
CREATE CONSTRAINT TRIGGER requests_change_has_event AFTER INSERT ON requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (pg_catalog.row_security_active('public.requests'::regclass))
    EXECUTE FUNCTION svcreq_change_has_event();
CREATE CONSTRAINT TRIGGER requests_change_agrees AFTER UPDATE ON requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (pg_catalog.row_security_active('public.requests'::regclass))
    EXECUTE FUNCTION svcreq_change_agrees();
CREATE CONSTRAINT TRIGGER cycles_change_has_event AFTER INSERT OR UPDATE ON cycles
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (pg_catalog.row_security_active('public.cycles'::regclass))
    EXECUTE FUNCTION svcreq_change_has_event();

-- The helpers the policies call are executable by the admins listed, and by them only:
-- a row added, changed or removed in svcreq_admins (by `db admins`, `db config push` or by
-- hand) grants or revokes them, in this database.
CREATE FUNCTION svcreq_admin_helpers() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    helpers CONSTANT TEXT := 'FUNCTION public.svcreq_may(TEXT, TEXT, NAME, BOOLEAN), '
                             'public.svcreq_serves(TEXT, NAME)';
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = OLD.name) THEN
        EXECUTE format('REVOKE EXECUTE ON %s FROM %I', helpers, OLD.name);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.name) THEN
        EXECUTE format('GRANT EXECUTE ON %s TO %I', helpers, NEW.name);
    END IF;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER svcreq_admins_helpers AFTER INSERT OR UPDATE OR DELETE ON svcreq_admins
    FOR EACH ROW EXECUTE FUNCTION svcreq_admin_helpers();

-- Which import brought a request: what a confined role's view of imports follows.
CREATE INDEX requests_import ON requests (import_id) WHERE import_id IS NOT NULL;

-- Privileges, in this database only. A request's id, opener and import are not granted for
-- UPDATE (a column added by a later schema step is granted there). The helpers are the
-- listed admins' (granted at the end of this file, and as admins are listed).
REVOKE ALL ON FUNCTION svcreq_may(TEXT, TEXT, NAME, BOOLEAN) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_serves(TEXT, NAME) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_latest_allowed() FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_zone_ok(TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_request_row_ok() FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_event_ok() FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_cycle_ok() FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_change_has_event() FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_change_agrees() FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_admin_helpers() FROM PUBLIC;
GRANT SELECT ON svcreq_meta, svcreq_config, svcreq_admins TO PUBLIC;
GRANT SELECT, INSERT ON requests, cycles, events, imports TO PUBLIC;
GRANT UPDATE (tenant, title, description, category, service, severity, severity_source, plan,
              tier, channel, status, opened_at, closed_at, reopen_count, scope, timezone,
              cycle_started_at, availability, response_target, response_clock, response_due,
              first_response_at, last_at, case_number, contact, contact_method, available_24x7,
              engineer, owner, incidents, resolution, target_started_at, search_text)
    ON requests TO PUBLIC;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;

-- Row-level security: the caller is passed in as current_user, evaluated in the policy.
ALTER TABLE requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE cycles ENABLE ROW LEVEL SECURITY;
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
ALTER TABLE imports ENABLE ROW LEVEL SECURITY;
ALTER TABLE svcreq_admins ENABLE ROW LEVEL SECURITY;
ALTER TABLE svcreq_config ENABLE ROW LEVEL SECURITY;

CREATE POLICY requests_read ON requests FOR SELECT
    USING (svcreq_may(tenant, timezone, current_user, false));
CREATE POLICY requests_file ON requests FOR INSERT
    WITH CHECK (svcreq_may(tenant, timezone, current_user, true) AND opened_by = current_user::text);
CREATE POLICY requests_manage ON requests FOR UPDATE
    USING (svcreq_may(tenant, timezone, current_user, true))
    WITH CHECK (svcreq_may(tenant, timezone, current_user, true));

CREATE POLICY cycles_read ON cycles FOR SELECT
    USING (EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id));
CREATE POLICY cycles_write ON cycles FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id
                        AND svcreq_may(r.tenant, r.timezone, current_user, true)));

CREATE POLICY events_read ON events FOR SELECT
    USING (EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id));
CREATE POLICY events_append ON events FOR INSERT
    WITH CHECK (actor = current_user::text
                AND EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id
                            AND svcreq_may(r.tenant, r.timezone, current_user, true)));

-- An import is seen by whoever recorded it, by the admins of every tenant, and by the
-- admins of a request it brought; it is recorded by an admin that may file, in its own
-- name, not in the future.
CREATE POLICY imports_read ON imports FOR SELECT
    USING (actor = current_user::text OR svcreq_serves(NULL, current_user)
           OR EXISTS (SELECT 1 FROM requests r WHERE r.import_id = imports.id));
CREATE POLICY imports_record ON imports FOR INSERT
    WITH CHECK (actor = current_user::text
                AND at <= extract(epoch FROM statement_timestamp())::bigint + 300
                AND EXISTS (SELECT 1 FROM svcreq_admins a WHERE a.name = current_user::text
                            AND a.role <> 'global-reader'));

-- An admin sees its own row; an admin of every tenant sees every row (`db admins list`).
CREATE POLICY admins_read ON svcreq_admins FOR SELECT
    USING (name = current_user::text OR svcreq_serves(NULL, current_user));

-- The whole configuration: admins of every tenant; the rules: every admin; a tenant's own
-- configuration: the admins that serve it.
CREATE POLICY config_read ON svcreq_config FOR SELECT
    USING (CASE WHEN tenant IS NOT NULL THEN svcreq_serves(tenant, current_user)
                WHEN key IN ('rules', 'common')
                    THEN EXISTS (SELECT 1 FROM svcreq_admins a WHERE a.name = current_user::text)
                ELSE svcreq_serves(NULL, current_user) END);

-- The admins already listed (a ledger brought here by `db migrate`) may call the helpers.
DO $grant$
DECLARE
    who TEXT;
BEGIN
    FOR who IN SELECT a.name FROM svcreq_admins a JOIN pg_roles r ON r.rolname = a.name LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION svcreq_may(TEXT, TEXT, NAME, BOOLEAN), '
                       'svcreq_serves(TEXT, NAME) TO %I', who);
    END LOOP;
END
$grant$;
