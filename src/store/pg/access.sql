-- svcreq team ledger: access (SPEC 1.7, 8). Who may act is data in the ledger
-- (svcreq_admins, kept by `svcreq db admins`), and the server enforces it:
--   * three group roles carry the table privileges; `db admins add` makes a login role a
--     member of one: svcreq_admin (file and manage), svcreq_reader (read only: the
--     global-reader role, a CI job that only runs `sla`), svcreq_partner (file and manage
--     for its delegated tenants only);
--   * the history is append-only: events are SELECT and INSERT only, for every group;
--   * row-level security confines every role to the tenants its svcreq_admins row names
--     (none: every tenant), until the day its delegation ends, for reads and for writes;
--     an event's actor, and a new request's opener, must be the login role itself.
-- The policies pass the caller (current_user) into svcreq_may(): inside that SECURITY
-- DEFINER function current_user would be the definer, who sees everything.
DO $roles$
DECLARE g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['svcreq_admin', 'svcreq_reader', 'svcreq_partner'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
END
$roles$;

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

-- The team's configuration (tenants, rules), as pushed by `svcreq db config push`.
CREATE TABLE svcreq_config (
    key       TEXT   PRIMARY KEY,
    value     TEXT   NOT NULL,
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
REVOKE ALL ON FUNCTION svcreq_may(TEXT, TEXT, NAME, BOOLEAN) FROM PUBLIC;

-- Privileges of the groups.
GRANT SELECT ON svcreq_meta, svcreq_config TO svcreq_admin, svcreq_reader, svcreq_partner;
GRANT SELECT ON requests, cycles, events, imports TO svcreq_admin, svcreq_reader, svcreq_partner;
GRANT INSERT, UPDATE ON requests, cycles TO svcreq_admin, svcreq_partner;
GRANT INSERT ON events, imports TO svcreq_admin, svcreq_partner;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO svcreq_admin, svcreq_partner;
GRANT SELECT ON svcreq_admins TO svcreq_admin, svcreq_reader, svcreq_partner;
GRANT EXECUTE ON FUNCTION svcreq_may(TEXT, TEXT, NAME, BOOLEAN)
    TO svcreq_admin, svcreq_reader, svcreq_partner;

-- Row-level security: the caller is passed in as current_user, evaluated in the policy.
ALTER TABLE requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE cycles ENABLE ROW LEVEL SECURITY;
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
ALTER TABLE imports ENABLE ROW LEVEL SECURITY;
ALTER TABLE svcreq_admins ENABLE ROW LEVEL SECURITY;

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
CREATE POLICY cycles_manage ON cycles FOR UPDATE
    USING (EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id
                   AND svcreq_may(r.tenant, r.timezone, current_user, true)));

CREATE POLICY events_read ON events FOR SELECT
    USING (EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id));
CREATE POLICY events_append ON events FOR INSERT
    WITH CHECK (actor = current_user::text
                AND EXISTS (SELECT 1 FROM requests r WHERE r.id = request_id
                            AND svcreq_may(r.tenant, r.timezone, current_user, true)));

CREATE POLICY imports_read ON imports FOR SELECT USING (true);
CREATE POLICY imports_record ON imports FOR INSERT WITH CHECK (actor = current_user::text);

-- An admin sees its own row; an admin of every tenant sees every row (`db admins list`).
CREATE POLICY admins_read ON svcreq_admins FOR SELECT
    USING (name = current_user::text OR svcreq_may('', '', current_user, false));
