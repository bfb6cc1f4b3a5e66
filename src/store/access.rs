//! The team ledger's access data (SPEC 1.7, 8): the admins with their roles, partner
//! tenants and delegation end dates, and the team's configuration, as rows in the ledger.
//! PostgreSQL enforces what they say (roles, grants, row-level security: `pg/access.sql`,
//! created by `db init`); these functions read and change them, each change one
//! transaction.

use super::pg::{self, PgConn};
use crate::config::TeamConfig;
use crate::error::{failure, refused, usage};

/// What `db init` adds after the schema: group roles, grants, row-level security.
pub const ACCESS_SQL: &str = include_str!("pg/access.sql");

/// The group role that carries an admin role's privileges.
pub fn group_of(role: crate::rules::Role) -> &'static str {
    use crate::rules::Role;
    match role {
        Role::GlobalReader => "svcreq_reader",
        Role::Partner => "svcreq_partner",
        _ => "svcreq_admin",
    }
}

const GROUPS: [&str; 3] = ["svcreq_admin", "svcreq_reader", "svcreq_partner"];

/// An admin as the ledger lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AdminRow {
    /// The database role (the login) of the admin: the actor of its actions.
    pub name: String,
    pub role: crate::rules::Role,
    /// The tenants it serves; empty: every tenant.
    pub tenants: Vec<String>,
    /// The last day of a partner's delegation (YYYY-MM-DD, in each tenant's zone).
    pub until: Option<chrono::NaiveDate>,
    /// Who added it, and when (UTC).
    pub added_by: String,
    #[serde(serialize_with = "crate::output::utc")]
    pub added_at: chrono::DateTime<chrono::Utc>,
}

impl AdminRow {
    /// As the rules see an admin (SPEC 1.7).
    pub fn admin(&self) -> crate::rules::Admin {
        crate::rules::Admin {
            name: self.name.clone(),
            role: self.role,
            tenants: self.tenants.clone(),
            until: self.until,
        }
    }
}

fn denied(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE)
}

fn db_error(c: &PgConn, e: postgres::Error) -> anyhow::Error {
    if denied(&e) {
        return refused(crate::tr!("team-owner-only", ledger = c.label.as_str()));
    }
    pg::error(&c.label, e.into())
}

/// Every admin the caller may see (an admin of every tenant sees all; others, themselves),
/// by name.
pub fn admins(c: &PgConn) -> anyhow::Result<Vec<AdminRow>> {
    let rows = c
        .client()
        .query(
            "SELECT name, role, tenants, until::text, added_by, added_at FROM svcreq_admins ORDER BY name",
            &[],
        )
        .map_err(|e| db_error(c, e))?;
    rows.iter()
        .map(|r| {
            let role: String = r.get(1);
            let until: Option<String> = r.get(3);
            let added_at: i64 = r.get(5);
            Ok(AdminRow {
                name: r.get(0),
                role: role.parse().map_err(failure)?,
                tenants: r.get(2),
                until: until.and_then(|u| u.parse().ok()),
                added_by: r.get(4),
                added_at: chrono::DateTime::from_timestamp(added_at, 0).unwrap_or_default(),
            })
        })
        .collect()
}

/// Add `a` (or replace the admin of that name), and make its login a member of its
/// role's group only, in one transaction. The login role must exist. True when it
/// replaced an admin.
pub fn put_admin(c: &PgConn, a: &AdminRow) -> anyhow::Result<bool> {
    let mut client = c.client();
    let mut tx = client.transaction().map_err(|e| db_error(c, e))?;
    let replaced = put_in(c, &mut tx, a)?;
    tx.commit().map_err(|e| db_error(c, e))?;
    Ok(replaced)
}

fn put_in(c: &PgConn, tx: &mut postgres::Transaction<'_>, a: &AdminRow) -> anyhow::Result<bool> {
    let exists = tx
        .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&a.name])
        .map_err(|e| db_error(c, e))?
        .is_some();
    if !exists {
        return Err(usage(crate::tr!(
            "team-no-such-role",
            name = crate::output::inert_line(&a.name).into_owned(),
            quoted = quote_ident(&a.name)
        )));
    }
    let until = a.until.map(|d| d.to_string());
    let replaced = tx
        .query_one(
            "INSERT INTO svcreq_admins (name, role, tenants, until) VALUES ($1, $2, $3, $4::text::date)
             ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, tenants = EXCLUDED.tenants,
                 until = EXCLUDED.until, added_by = current_user,
                 added_at = extract(epoch FROM now())::bigint
             RETURNING (xmax <> 0)",
            &[&a.name, &a.role.as_str(), &a.tenants, &until],
        )
        .map_err(|e| db_error(c, e))?
        .get::<_, bool>(0);
    let group = group_of(a.role);
    let mut sql = String::new();
    for g in GROUPS {
        if g == group {
            sql.push_str(&format!("GRANT {g} TO {};\n", quote_ident(&a.name)));
        } else {
            sql.push_str(&format!("REVOKE {g} FROM {};\n", quote_ident(&a.name)));
        }
    }
    tx.batch_execute(&sql).map_err(|e| db_error(c, e))?;
    Ok(replaced)
}

/// Remove the admin `name` and its group memberships; false when it was not listed.
pub fn remove_admin(c: &PgConn, name: &str) -> anyhow::Result<bool> {
    let mut client = c.client();
    let mut tx = client.transaction().map_err(|e| db_error(c, e))?;
    let n = tx
        .execute("DELETE FROM svcreq_admins WHERE name = $1", &[&name])
        .map_err(|e| db_error(c, e))?;
    let exists = tx
        .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&name])
        .map_err(|e| db_error(c, e))?
        .is_some();
    if exists {
        let sql: String = GROUPS
            .iter()
            .map(|g| format!("REVOKE {g} FROM {};\n", quote_ident(name)))
            .collect();
        tx.batch_execute(&sql).map_err(|e| db_error(c, e))?;
    }
    tx.commit().map_err(|e| db_error(c, e))?;
    Ok(n > 0)
}

/// The team's configuration as pushed, with who pushed it and when (UTC); None before
/// any push.
pub fn config(c: &PgConn) -> anyhow::Result<Option<Pushed>> {
    let rows = c
        .client()
        .query(
            "SELECT key, value, pushed_by, pushed_at FROM svcreq_config WHERE key IN ('config', 'rules')",
            &[],
        )
        .map_err(|e| db_error(c, e))?;
    let mut pushed: Option<Pushed> = None;
    let mut rules = None;
    for r in rows {
        let key: String = r.get(0);
        if key == "rules" {
            rules = Some(r.get(1));
        } else {
            let at: i64 = r.get(3);
            pushed = Some(Pushed {
                team: TeamConfig {
                    config: r.get(1),
                    rules: None,
                },
                by: r.get(2),
                at: chrono::DateTime::from_timestamp(at, 0).unwrap_or_default(),
            });
        }
    }
    Ok(pushed.map(|mut p| {
        p.team.rules = rules;
        p
    }))
}

/// A configuration as the ledger holds it.
#[derive(Debug, Clone)]
pub struct Pushed {
    pub team: TeamConfig,
    /// Who pushed it (a database role).
    pub by: String,
    /// When, UTC.
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Store the team's configuration (replacing the one before) and the admins it lists, in
/// one transaction.
pub fn push_config(c: &PgConn, team: &TeamConfig, admins: &[AdminRow]) -> anyhow::Result<()> {
    let mut client = c.client();
    let mut tx = client.transaction().map_err(|e| db_error(c, e))?;
    let put = "INSERT INTO svcreq_config (key, value) VALUES ($1, $2)
               ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, pushed_by = current_user,
                   pushed_at = extract(epoch FROM now())::bigint";
    tx.execute(put, &[&"config", &team.config])
        .map_err(|e| db_error(c, e))?;
    match &team.rules {
        Some(r) => tx.execute(put, &[&"rules", r]),
        None => tx.execute("DELETE FROM svcreq_config WHERE key = 'rules'", &[]),
    }
    .map_err(|e| db_error(c, e))?;
    for a in admins {
        put_in(c, &mut tx, a)?;
    }
    tx.commit().map_err(|e| db_error(c, e))?;
    Ok(())
}

/// A role name quoted as an SQL identifier.
fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}
