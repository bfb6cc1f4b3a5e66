-- svcreq team ledger: the access data (SPEC 1.7, 8), created once by `db init`: who may
-- act (svcreq_admins, kept by `svcreq db admins`) and the team's configuration
-- (svcreq_config, kept by `svcreq db config push`). What the server does with them is
-- access.sql, which `db migrate` runs again when a newer svcreq brings a newer one.
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
