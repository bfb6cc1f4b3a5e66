-- svcreq team ledger: access (SPEC 1.7, 8). Who may act is data in this ledger
-- (svcreq_admins, kept by `svcreq db admins`), and the server enforces it from those rows
-- alone:
--   * the privileges are granted in this database only, to PUBLIC, never through a role of
--     the cluster: roles are shared by every database of a cluster, so a group role would
--     let `db admins` in one ledger change what a login may do in another. A login without
--     a row here sees and changes nothing (row-level security), whatever it is elsewhere;
--   * the history is append-only: events are SELECT and INSERT only;
--   * row-level security confines every admin to the tenants its svcreq_admins row names
--     (none: every tenant), until the day its delegation ends, for reads and for writes; a
--     global-reader only reads; an event's actor, and a new request's opener, must be the
--     login role itself;
--   * nothing changes behind svcreq's back: a request's id, opener and import never change,
--     and a change to a request or an earlier cycle by a confined role must come with its
--     event in the same transaction (checked at commit), as svcreq always writes them;
--   * the team's configuration shows a partner only its own tenants, and the admin list
--     only its own row.
-- The policies pass the caller (current_user) into svcreq_may(): inside that SECURITY
-- DEFINER function current_user would be the definer, who sees everything.

CREATE TABLE svcreq_admins (
    name     TEXT   COLLATE "C" PRIMARY KEY,
    role     TEXT   NOT NULL CHECK (role IN ('global', 'service-support', 'helpdesk', 'billing',
                                             'user-admin', 'global-reader', 'partner')),
    tenants  TEXT[] COLLATE "C" NOT NULL DEFAULT '{}',
    until    DATE,
    added_by TEXT   NOT NULL DEFAULT current_user,
    added_at BIGINT NOT NULL DEFAULT extract(epoch FROM now())::bigint,
    CHECK (role <> 'partner' OR cardinality(tenants) > 0)
);

-- The team's configuration (tenants, rules), as pushed by `svcreq db config push`: the
-- whole file (key 'config', for admins of every tenant), the rules file (key 'rules') and
-- the settings every tenant inherits (key 'common'), for every admin, and each tenant's
-- own table (key 'tenant:NAME', tenant NAME), for the admins that serve it.
CREATE TABLE svcreq_config (
    key       TEXT   PRIMARY KEY,
    value     TEXT   NOT NULL,
    tenant    TEXT   COLLATE "C",
    pushed_by TEXT   NOT NULL DEFAULT current_user,
    pushed_at BIGINT NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

-- Whether role `who` may read (write = false) or file and manage (write = true) the
-- requests of `tenant`, whose zone is `zone`, now: an admin listed in svcreq_admins, of
-- a tenant it serves (no tenants listed: every tenant), not after the last day of its
-- delegation in the tenant's zone; global-reader only reads.
CREATE FUNCTION svcreq_may(tenant TEXT, zone TEXT, who NAME, write BOOLEAN) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT EXISTS (
        SELECT 1 FROM public.svcreq_admins a
        WHERE a.name = who::text
          AND (cardinality(a.tenants) = 0 OR tenant = ANY (a.tenants))
          AND (a.until IS NULL
               OR a.until >= (now() AT TIME ZONE coalesce(nullif(zone, ''), 'UTC'))::date)
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
          AND CASE WHEN tenant IS NULL THEN cardinality(a.tenants) = 0 AND a.until IS NULL
                   ELSE cardinality(a.tenants) = 0 OR tenant = ANY (a.tenants) END
    )
$fn$;

-- A request, or an earlier cycle, changed by a role the policies confine must have an
-- event appended in the same transaction (svcreq writes both in one), or be a request
-- brought in by an import recorded in that transaction; checked at commit.
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
CREATE CONSTRAINT TRIGGER requests_change_has_event AFTER INSERT OR UPDATE ON requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (pg_catalog.row_security_active('public.requests'::regclass))
    EXECUTE FUNCTION svcreq_change_has_event();
CREATE CONSTRAINT TRIGGER cycles_change_has_event AFTER INSERT OR UPDATE ON cycles
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (pg_catalog.row_security_active('public.cycles'::regclass))
    EXECUTE FUNCTION svcreq_change_has_event();

-- Privileges, in this database only. A request's id, opener and import are not granted for
-- UPDATE (a column added by a later schema step is granted there).
REVOKE ALL ON FUNCTION svcreq_may(TEXT, TEXT, NAME, BOOLEAN) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_serves(TEXT, NAME) FROM PUBLIC;
REVOKE ALL ON FUNCTION svcreq_change_has_event() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION svcreq_may(TEXT, TEXT, NAME, BOOLEAN) TO PUBLIC;
GRANT EXECUTE ON FUNCTION svcreq_serves(TEXT, NAME) TO PUBLIC;
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

-- An import is recorded by an admin that may file, in its own name.
CREATE POLICY imports_read ON imports FOR SELECT USING (true);
CREATE POLICY imports_record ON imports FOR INSERT
    WITH CHECK (actor = current_user::text
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
