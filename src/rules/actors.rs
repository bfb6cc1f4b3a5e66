//! Who may act (SPEC 1.7): admins of the tenant, and partners for the tenants that
//! delegated to them, until their delegation ends. Pure: the time of the action and the
//! tenant's zone come in as values.

use super::calendar::day_start;
use crate::rules::zone::Zone;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;
use std::str::FromStr;

/// A Microsoft 365 admin role in the customer's organisation, or a delegated partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Global,
    ServiceSupport,
    Helpdesk,
    Billing,
    UserAdmin,
    /// May read (a CI job that only runs `sla`), never file or manage.
    GlobalReader,
    /// A partner with delegated admin rights (GDAP) for the tenants listed.
    Partner,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Global,
        Role::ServiceSupport,
        Role::Helpdesk,
        Role::Billing,
        Role::UserAdmin,
        Role::GlobalReader,
        Role::Partner,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Global => "global",
            Role::ServiceSupport => "service-support",
            Role::Helpdesk => "helpdesk",
            Role::Billing => "billing",
            Role::UserAdmin => "user-admin",
            Role::GlobalReader => "global-reader",
            Role::Partner => "partner",
        }
    }

    /// Whether the role may file and manage requests (every role but `global-reader`).
    pub fn may_manage(self) -> bool {
        self != Role::GlobalReader
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                crate::tr!(
                    "error-unknown-role",
                    role = s,
                    valid = crate::i18n::one_of(&Role::ALL.map(Role::as_str))
                )
            })
    }
}

/// An admin listed in the config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admin {
    pub name: String,
    pub role: Role,
    /// The tenants this admin serves; empty means every tenant (never empty for a partner).
    pub tenants: Vec<String>,
    /// The last local day of the delegation, inclusive, in the tenant's zone (GDAP's end date).
    pub until: Option<NaiveDate>,
}

/// What the actor does: reads the ledger, or files and manages requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Manage,
}

/// When a delegation that lasts through the local day `until` ends: the first instant of the
/// next local day in `zone` (UTC).
pub fn delegation_end(until: NaiveDate, zone: Zone) -> DateTime<Utc> {
    day_start(zone, until + Duration::days(1))
}

/// Why `admin`, limited to some tenants, may not act for `tenant`: a partner acts for the
/// tenants that delegated to it (GDAP, SPEC 1.7), and is told that one has not; another
/// admin serves only its tenants. One sentence, the same on a file and a team ledger.
pub fn not_served(admin: &Admin, tenant: &str) -> String {
    let id = if admin.role == Role::Partner {
        "error-not-delegated"
    } else {
        "error-serves-only"
    };
    crate::tr!(
        id,
        actor = admin.name.as_str(),
        tenant = tenant,
        tenants = crate::i18n::list(&admin.tenants)
    )
}

/// Whether `actor` may take `action` on `tenant` (whose zone is `zone`) at `at` (SPEC 1.7).
/// With no admins listed, whoever runs svcreq is the admin: nothing is refused for who you
/// are. With admins listed, the actor must be one of them; a global reader only reads; a
/// partner (or an admin limited to some tenants) acts and reads only for its tenants, and
/// only until its delegation ends. The error is one sentence.
pub fn may_act(
    admins: &[Admin],
    actor: &str,
    tenant: &str,
    zone: Zone,
    at: DateTime<Utc>,
    action: Action,
) -> Result<(), String> {
    if admins.is_empty() {
        return Ok(());
    }
    let Some(admin) = admins.iter().find(|a| a.name == actor) else {
        return Err(crate::tr!(
            "error-not-an-admin-of",
            actor = actor,
            tenant = tenant
        ));
    };
    if action == Action::Manage && !admin.role.may_manage() {
        return Err(crate::tr!(
            "error-reader-only",
            actor = actor,
            role = admin.role.as_str()
        ));
    }
    if !admin.tenants.is_empty() && !admin.tenants.iter().any(|t| t == tenant) {
        return Err(not_served(admin, tenant));
    }
    if let Some(until) = admin.until
        && at >= delegation_end(until, zone)
    {
        return Err(crate::tr!(
            "error-delegation-ended",
            actor = actor,
            tenant = tenant,
            until = until.to_string()
        ));
    }
    Ok(())
}

/// Whether `actor` may create or change a ledger's schema where `admins` are listed (SPEC
/// 1.7, 8: `db init`, `db migrate`, and `db copy`, which creates its destination and reads
/// every tenant's requests): an admin who may file and manage the requests of every
/// tenant, with no delegation that ends — the owner of a file ledger as the database's
/// owner is of a team ledger. A global reader, a partner (its delegation ended or not) and
/// an admin limited to some tenants are refused in one sentence that names no tenant;
/// `command` is the `db` command refused. With no admins listed, nothing is refused.
pub fn may_change_schema(admins: &[Admin], actor: &str, command: &str) -> Result<(), String> {
    if admins.is_empty() {
        return Ok(());
    }
    let Some(admin) = admins.iter().find(|a| a.name == actor) else {
        return Err(crate::tr!("error-not-an-admin", actor = actor));
    };
    let why = if !admin.role.may_manage() {
        "reader"
    } else if admin.role == Role::Partner || !admin.tenants.is_empty() || admin.until.is_some() {
        "confined"
    } else {
        return Ok(());
    };
    Err(crate::tr!(
        "error-schema-admin",
        actor = actor,
        role = admin.role.as_str(),
        why = why,
        command = command
    ))
}

/// What is wrong with an actor's name (SPEC 1.7: `--as`, `SVCREQ_ADMIN`, the config's
/// `admin`, an `[[admins]]` name, the login name): an actor is written into the history
/// and shown in tables, so it is one line of visible text that a config can match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorFlaw {
    /// Empty, or blanks only.
    Empty,
    /// A control character (a newline, a tab, U+0000, …) or an invisible one (a bidi
    /// override, a zero-width space): the character itself.
    Control(char),
    /// A blank at either end (any White_Space character: a space, a no-break space
    /// U+00A0, an ideographic space U+3000, …), the blank itself: a name no config's admin
    /// can match (as [`crate::rules::file::name_flaw`] says of every name a config gives).
    BlankEnd(char),
}

/// The first flaw of `name` as an actor, if any ([`ActorFlaw`]).
pub fn actor_flaw(name: &str) -> Option<ActorFlaw> {
    if name.trim().is_empty() {
        return Some(ActorFlaw::Empty);
    }
    if let Some(c) = name
        .chars()
        .find(|&c| c.is_control() || crate::output::sanitize::invisible(c))
    {
        return Some(ActorFlaw::Control(c));
    }
    // `trim` takes every White_Space character, not only ASCII blanks.
    if let Some(c) = [name.chars().next(), name.chars().next_back()]
        .into_iter()
        .flatten()
        .find(|c| c.is_whitespace())
    {
        return Some(ActorFlaw::BlankEnd(c));
    }
    None
}

impl ActorFlaw {
    /// The message about an actor given by `what` (`--as`, `SVCREQ_ADMIN`, the login
    /// name, the user of a team ledger's URL): one sentence naming where it came from.
    pub fn message(self, what: &str, name: &str) -> String {
        self.words(
            [
                "error-actor-empty",
                "error-actor-control",
                "error-actor-blank-end",
            ],
            what,
            name,
        )
    }

    /// The message about an actor a config key gives (`admin`, `admins.name`), placed by
    /// the caller at the key's line.
    pub fn config_message(self, key: &str, name: &str) -> String {
        self.words(
            [
                "config-actor-empty",
                "config-actor-control",
                "config-actor-blank-end",
            ],
            key,
            name,
        )
    }

    /// The message with id `ids[0]` (empty), `ids[1]` (a control character) or `ids[2]`
    /// (a blank at either end), given the place as both `what` and `key`.
    fn words(self, ids: [&str; 3], place: &str, name: &str) -> String {
        let name = crate::output::inert_line(name).into_owned();
        let (id, char) = match self {
            ActorFlaw::Empty => (ids[0], String::new()),
            ActorFlaw::Control(c) => (ids[1], format!("U+{:04X}", c as u32)),
            // A blank other than the space is named, so the message shows which it is.
            ActorFlaw::BlankEnd(' ') => (ids[2], String::new()),
            ActorFlaw::BlankEnd(c) => (ids[2], format!(" (U+{:04X})", c as u32)),
        };
        crate::tr!(id, what = place, key = place, name = name, char = char)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    /// SPEC 1.7, 8: a ledger's schema is created or changed only by an admin who may manage
    /// every tenant's requests with no delegation that ends; a global reader, a partner
    /// (its delegation ended or not) and an admin limited to some tenants are refused, in
    /// a sentence that names none of their tenants.
    #[test]
    fn only_an_admin_of_every_tenant_who_may_manage_changes_the_schema() {
        let admin = |name: &str, role: Role, tenants: &[&str], until: Option<&str>| Admin {
            name: name.into(),
            role,
            tenants: tenants.iter().map(|t| t.to_string()).collect(),
            until: until.map(|d| d.parse().unwrap()),
        };
        let admins = vec![
            admin("owner", Role::Global, &[], None),
            admin("desk", Role::Helpdesk, &[], None),
            admin("ci", Role::GlobalReader, &[], None),
            admin("gone", Role::Partner, &["fabrikam"], Some("2026-01-31")),
            admin("msp", Role::Partner, &["fabrikam"], None),
            admin("local", Role::ServiceSupport, &["contoso"], None),
        ];
        for ok in ["owner", "desk"] {
            for command in ["init", "migrate", "copy"] {
                assert_eq!(may_change_schema(&admins, ok, command), Ok(()), "{ok}");
            }
        }
        for refused in ["ci", "gone", "msp", "local", "stranger"] {
            for command in ["init", "migrate", "copy"] {
                let why = may_change_schema(&admins, refused, command).unwrap_err();
                assert!(why.contains(refused), "{why}");
                assert!(
                    !why.contains("fabrikam") && !why.contains("contoso"),
                    "{why}"
                );
                if refused != "stranger" {
                    assert!(why.contains(&format!("db {command}")), "{why}");
                }
            }
        }
        assert_eq!(may_change_schema(&[], "anyone", "init"), Ok(()));
    }

    fn admins() -> Vec<Admin> {
        vec![
            Admin {
                name: "alice".into(),
                role: Role::Global,
                tenants: vec![],
                until: None,
            },
            Admin {
                name: "pat".into(),
                role: Role::Partner,
                tenants: vec!["fabrikam".into()],
                until: NaiveDate::from_ymd_opt(2027, 5, 31),
            },
            Admin {
                name: "ci".into(),
                role: Role::GlobalReader,
                tenants: vec![],
                until: None,
            },
        ]
    }

    const NOW: &str = "2026-11-24T10:00:00Z";

    fn act(actor: &str, tenant: &str, at: &str, action: Action) -> Result<(), String> {
        may_act(
            &admins(),
            actor,
            tenant,
            Zone::get("Asia/Tokyo").unwrap(),
            utc(at),
            action,
        )
    }

    #[test]
    fn with_no_admins_listed_nobody_is_refused_for_who_they_are() {
        for actor in ["bob", "tanaka", "unknown"] {
            assert!(may_act(&[], actor, "contoso", Zone::UTC, utc(NOW), Action::Manage).is_ok());
        }
    }

    #[test]
    fn listed_admin_without_tenants_serves_every_tenant() {
        assert!(act("alice", "anything", NOW, Action::Manage).is_ok());
    }

    #[test]
    fn partner_is_confined_to_delegating_tenants() {
        assert!(act("pat", "fabrikam", NOW, Action::Manage).is_ok());
        let e = act("pat", "contoso", NOW, Action::Read).unwrap_err();
        assert!(e.contains("'pat'") && e.contains("'contoso'"), "{e}");
    }

    #[test]
    fn unlisted_actor_is_refused() {
        assert!(act("bob", "contoso", NOW, Action::Read).is_err());
    }

    #[test]
    fn global_reader_may_only_read() {
        assert!(act("ci", "contoso", NOW, Action::Read).is_ok());
        let e = act("ci", "contoso", NOW, Action::Manage).unwrap_err();
        assert!(e.contains("may only read"), "{e}");
    }

    #[test]
    fn partner_until_is_an_inclusive_local_date_in_the_tenant_zone() {
        // 2027-05-31 ends at 2027-06-01 00:00 JST = 2027-05-31T15:00:00Z.
        assert!(act("pat", "fabrikam", "2027-05-31T14:59:59Z", Action::Manage).is_ok());
        let e = act("pat", "fabrikam", "2027-05-31T15:00:00Z", Action::Read).unwrap_err();
        assert!(e.contains("ended with 2027-05-31"), "{e}");
    }
}
