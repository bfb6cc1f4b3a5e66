//! The command line (SPEC 2): clap definitions, the shared context every command runs
//! with, and dispatch. Command files only parse, ask `rules`/`store`, and print.

mod args;
mod case;
mod classify;
mod db;
pub mod help;
mod history;
mod import_input;
pub mod input;
mod lifecycle;
mod list;
mod man;
mod open;
mod report;
mod rules_cmd;
mod show;
mod sla;
mod spool;
mod tenants;
mod transfer;
mod update;

use crate::config::{Config, Tenant};
use crate::error::{usage, usage_of_option};
use crate::output::{Format, RequestRecord};
use crate::rules::zone::Zone;
use crate::rules::{
    Action, Channel, Clock, Counting, SlaState, Target, reopen::reopen_deadline, sla_state_counted,
};
use crate::store::{Access, Event, Request, Store};
use crate::time::{now_or, parse_time};
use chrono::{DateTime, Utc};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

/// A local ledger of the service requests you file with Microsoft 365 support: severity,
/// response targets by tier, SLA breaches and reopen eligibility.
#[derive(Debug, Parser)]
#[command(name = "svcreq", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes, shown under their own heading after the command's own.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`,
    /// else <data dir>/svcreq.db]
    #[arg(long, env = "SVCREQ_DB", value_name = "PATH|URL", global = true)]
    pub db: Option<PathBuf>,
    /// The TOML config [default: <config dir>/config.toml; absent = defaults]
    #[arg(long, env = "SVCREQ_CONFIG", value_name = "PATH", global = true)]
    pub config: Option<PathBuf>,
    /// Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant's zone)
    #[arg(long, env = "SVCREQ_NOW", value_name = "TIME", global = true)]
    pub now: Option<String>,
    /// The acting admin [default: config `admin`, else the login name]
    #[arg(long = "as", env = "SVCREQ_ADMIN", value_name = "NAME", global = true)]
    pub actor: Option<String>,
    /// Output format where a command prints records
    ///
    /// md is Markdown and html one self-contained HTML page, both for `report` only
    #[arg(long, value_enum, value_parser = args::value_enum::<Format>(), value_name = "FORMAT", global = true)]
    pub format: Option<Format>,
    /// Shorthand for --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,
    /// Print only ids (or nothing)
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// When to colour tables
    #[arg(
        long,
        value_enum,
        value_parser = args::value_enum::<ColorChoice>(),
        value_name = "WHEN",
        default_value = "auto",
        global = true
    )]
    pub color: ColorChoice,
    /// The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]
    #[arg(long, env = "SVCREQ_LANG", value_name = "LANG", value_parser = args::folded_lang(), global = true)]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Record a new service request and print its id, severity, tier and due time
    Open(open::OpenArgs),
    /// List requests (default: open ones, soonest due first)
    List(list::ListArgs),
    /// Show one request with its whole history
    Show(show::ShowArgs),
    /// Record Microsoft's first response in the current response cycle
    Respond(lifecycle::RespondArgs),
    /// Close a request
    Close(lifecycle::CloseArgs),
    /// Reopen a closed request (online requests, within 14 days of closing)
    Reopen(lifecycle::ReopenArgs),
    /// Change a request's case record, severity, category or tenant (each change an event)
    Update(update::UpdateArgs),
    /// Add Microsoft's update or your reply to the case timeline
    Note(update::NoteArgs),
    /// Replace personal data with [redacted] in a request and its whole history
    Redact(update::RedactArgs),
    /// Decide severity, category, service and scope from a description (English or Japanese)
    ///
    /// With -q, prints the severity alone (the category for a request without one).
    Classify(classify::ClassifyArgs),
    /// Report SLA states: breached and at-risk requests, for terminals and CI jobs
    Sla(sla::SlaArgs),
    /// Review a period per tenant and severity (--format md, html with charts, json or csv)
    Report(report::ReportArgs),
    /// Import requests from CSV or JSON lines, all or nothing
    Import(transfer::ImportArgs),
    /// Export every request as JSON lines or CSV
    Export(transfer::ExportArgs),
    /// List the tenants of the config with their plan, tier, time zone and targets
    Tenants(tenants::TenantsArgs),
    /// Show the effective rules, or check a rules file
    Rules(rules_cmd::RulesArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write one page per command with --dir
    Man(man::ManArgs),
    /// Create, upgrade or copy a ledger (SQLite file or PostgreSQL team ledger)
    Db(db::DbArgs),
}

impl Command {
    /// The tenants the command is about, as named with `--tenant` (none: the default
    /// tenant). `update --tenant` with an ID names where the request moves, not the tenant
    /// it is about, and is left out.
    pub fn tenants_named(&self) -> Vec<&str> {
        fn one(t: &Option<String>) -> Vec<&str> {
            t.iter().map(String::as_str).collect()
        }
        fn many(t: &[String]) -> Vec<&str> {
            t.iter().map(String::as_str).collect()
        }
        match self {
            Command::Open(a) => one(&a.tenant),
            Command::Classify(a) => one(&a.tenant),
            Command::Rules(a) => one(&a.tenant),
            Command::Update(a) if a.case.is_some() => {
                a.tenant.iter().flat_map(|t| t.split(',')).collect()
            }
            Command::List(a) => many(&a.tenant),
            Command::Sla(a) => many(&a.tenant),
            Command::Report(a) => many(&a.tenant),
            Command::Export(a) => many(&a.tenant),
            Command::Show(a) => many(&a.select.tenant),
            Command::Respond(a) => many(&a.select.tenant),
            Command::Close(a) => many(&a.select.tenant),
            Command::Reopen(a) => many(&a.select.tenant),
            Command::Note(a) => many(&a.select.tenant),
            Command::Redact(a) => many(&a.select.tenant),
            _ => Vec::new(),
        }
    }
}

/// What a local `--now` is read about (SPEC 2: local times are read in the tenant's zone).
pub enum NowAbout<'a> {
    /// The tenants named with `--tenant` (none: the default tenant); `all` when the command
    /// runs over every tenant when none is named (`list`, `sla`, `report`, `export`,
    /// `import`, whose rows may belong to any tenant).
    /// `manages`: the command files requests (`open`, `import`), which a reader may not.
    Tenants {
        named: Vec<&'a str>,
        all: bool,
        manages: bool,
    },
    /// One request, named by ID or `--case`: its tenant's zone, known once it is found.
    Request(case::Which),
}

impl Command {
    /// Whether the command reads or writes the ledger, so that an actor who is not a listed
    /// admin is refused it (SPEC 1.7): every command but `classify` and `rules`, which read
    /// only the text given and the config, and `db init --print`, which prints SQL. `db`
    /// commands count on a local ledger only: a team ledger's owner runs them.
    pub fn uses_ledger(&self) -> bool {
        match self {
            Command::Classify(_)
            | Command::Rules(_)
            | Command::Completions(_)
            | Command::Man(_) => false,
            Command::Db(a) => !matches!(&a.command, db::DbCommand::Init(i) if i.print),
            _ => true,
        }
    }

    /// What a local `--now` given to this command is about ([`NowAbout`]).
    pub fn now_about(&self) -> NowAbout<'_> {
        let which = |id: Option<i64>, s: &case::CaseSelect| {
            NowAbout::Request(case::Which {
                id,
                case: s.case.clone(),
                tenants: s.tenant.clone(),
            })
        };
        match self {
            Command::Show(a) => which(a.id, &a.select),
            Command::Respond(a) => which(a.id, &a.select),
            Command::Close(a) => which(a.id, &a.select),
            Command::Reopen(a) => which(a.id, &a.select),
            Command::Redact(a) => which(a.id, &a.select),
            Command::Note(a) => {
                let id = match a.select.case {
                    Some(_) => None,
                    None => a.args.first().and_then(|s| parse_id(s).ok()),
                };
                which(id, &a.select)
            }
            Command::Update(a) => NowAbout::Request(case::Which {
                id: a.id,
                case: a.case.clone(),
                tenants: a.case_tenants(),
            }),
            _ => {
                let named = self.tenants_named();
                let all = named.is_empty()
                    && matches!(
                        self,
                        Command::List(_)
                            | Command::Sla(_)
                            | Command::Report(_)
                            | Command::Export(_)
                            | Command::Import(_)
                    );
                let manages = matches!(self, Command::Open(_) | Command::Import(_));
                NowAbout::Tenants {
                    named,
                    all,
                    manages,
                }
            }
        }
    }
}

/// A time typed for `flag` read in the zones of `tenants` (name and zone, the first
/// deciding the form of the example): one instant, or exit 2 when a local time names
/// different instants in them (SPEC 2: no zone decides silently for another), asking for
/// an offset.
pub fn time_in_zones(
    s: &str,
    flag: &str,
    tenants: &[(&str, Zone)],
) -> anyhow::Result<DateTime<Utc>> {
    let (_, first) = tenants[0];
    let t = parse_time(s, first, flag).map_err(usage_of_option)?;
    let mut agree = true;
    for (_, zone) in &tenants[1..] {
        agree &= parse_time(s, *zone, flag).map_err(usage_of_option)? == t;
    }
    if agree {
        return Ok(t);
    }
    let names: Vec<String> = tenants
        .iter()
        .map(|(n, _)| crate::output::inert_line(n).into_owned())
        .collect();
    Err(usage_of_option(crate::tr!(
        "error-local-time-zones-differ",
        flag = flag,
        value = crate::output::inert_line(s).into_owned(),
        tenants = crate::i18n::list(&names),
        example = t
            .with_timezone(&first)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    )))
}

/// The tenants (name and zone) a local `--now` is read for: those named that the config
/// knows and `actor` may see (a name it lacks is left to the command), all of the tenants
/// the actor sees for a command over every tenant ([`every_tenant_zone`]), else the
/// default tenant — or, for an actor confined to tenants that leave the default out,
/// the tenants it serves.
fn now_tenants<'a>(
    cfg: &'a Config,
    actor: &str,
    named: &[&'a str],
    all: bool,
) -> anyhow::Result<Vec<(&'a str, Zone)>> {
    let confined = confined_tenants(cfg, actor);
    let seen = |n: &str| {
        confined
            .as_ref()
            .is_none_or(|c| c.iter().any(|(t, _)| *t == n))
    };
    let found: Vec<(&str, Zone)> = named
        .iter()
        .filter(|n| seen(n))
        .filter_map(|n| cfg.tenants.get(*n).map(|t| (*n, t.timezone)))
        .collect();
    let default_seen = seen(&cfg.default_tenant);
    match (found.is_empty(), all, default_seen) {
        (false, _, _) => Ok(found),
        (true, true, _) | (true, false, false) => every_tenant_zone(cfg, actor),
        (true, false, true) => Ok(vec![(
            cfg.default_tenant.as_str(),
            cfg.tenant(None)?.timezone,
        )]),
    }
}

/// The tenants of the config (name and zone) an admin confined to some of them (a partner,
/// or an admin limited to some tenants, SPEC 1.7) serves, as its row lists them; none for
/// an actor who is not a listed admin where admins are listed (the command refuses it for
/// who it is, and nothing said before that names a tenant); None for an actor who is not
/// confined (no admins listed, or an admin of every tenant).
fn confined_tenants<'a>(cfg: &'a Config, actor: &str) -> Option<Vec<(&'a str, Zone)>> {
    let Some(admin) = cfg.admins.iter().find(|a| a.name == actor) else {
        return (!cfg.admins.is_empty()).then(Vec::new);
    };
    if admin.tenants.is_empty() {
        return None;
    }
    Some(
        cfg.tenants
            .iter()
            .filter(|(n, _)| admin.tenants.contains(n))
            .map(|(n, t)| (n.as_str(), t.timezone))
            .collect(),
    )
}

/// Every tenant of the config `actor` may see, with its zone (for an actor confined to
/// some tenants, those it serves; the default tenant when that leaves none): what a local
/// time is read for by a command over every tenant, so that no message about it names a
/// tenant the actor does not see (SPEC 1.7).
pub fn every_tenant_zone<'a>(cfg: &'a Config, actor: &str) -> anyhow::Result<Vec<(&'a str, Zone)>> {
    let all: Vec<(&str, Zone)> = confined_tenants(cfg, actor).unwrap_or_else(|| {
        cfg.tenants
            .iter()
            .map(|(n, t)| (n.as_str(), t.timezone))
            .collect()
    });
    if all.is_empty() {
        return Ok(vec![(
            cfg.default_tenant.as_str(),
            cfg.tenant(None)?.timezone,
        )]);
    }
    Ok(all)
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum, value_parser = args::value_enum::<clap_complete::Shell>())]
    pub shell: clap_complete::Shell,
}

/// Everything a command runs with: config, the moment, output choices and the actor.
pub struct Ctx {
    pub cfg: Config,
    /// The present the command reads at (UTC): `--now` (or `SVCREQ_NOW`) when given, else
    /// the system clock when the command started. A write records its actions at
    /// [`Ctx::action_now`].
    pub now: DateTime<Utc>,
    /// Whether the present was given (`--now`, `SVCREQ_NOW`) rather than read from the clock.
    now_given: bool,
    /// The latest system clock reading taken for an action ([`Ctx::action_now`]).
    action_clock: std::sync::Mutex<DateTime<Utc>>,
    db: Option<PathBuf>,
    format: Option<Format>,
    pub quiet: bool,
    pub color: bool,
    /// Tables fit a width: standard output is a terminal, or `COLUMNS` is set (SPEC 6).
    pub terminal: bool,
    pub actor: String,
    /// The connection the team ledger's configuration was read on, kept for the command's
    /// store (one connection a command, SPEC 8), with its URL.
    team_conn: std::sync::Mutex<Option<(String, crate::store::pg::PgConn)>>,
    /// The ledger is a team ledger (SPEC 8): the admins are its rows, kept with `db admins`.
    pub team: bool,
    /// On a team ledger, the connected role is under its row-level security: it is not the
    /// ledger's owner (nor a superuser), so it may not rewrite the history (`redact`).
    pub team_confined: bool,
    /// A local `--now` about one request, read once its tenant is known
    /// ([`Ctx::settle_now`]).
    now_local: Option<String>,
}

/// The login name of the local user: `$USER` (or `LOGNAME`, `USERNAME`), else the name of
/// the OS account running svcreq (SPEC 1.7), else "unknown".
fn login_name() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .or_else(account_name)
        .unwrap_or_else(|| "unknown".into())
}

/// The name of the OS account of this process, from the password database.
#[cfg(unix)]
fn account_name() -> Option<String> {
    // SAFETY: getpwuid_r writes only into the buffers given; the result points into `buf`,
    // which outlives its use here.
    unsafe {
        let uid = libc::geteuid();
        let mut pw: libc::passwd = std::mem::zeroed();
        let mut buf = vec![0 as libc::c_char; 4096];
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut result);
        if rc != 0 || result.is_null() || pw.pw_name.is_null() {
            return None;
        }
        let name = std::ffi::CStr::from_ptr(pw.pw_name).to_str().ok()?;
        (!name.is_empty()).then(|| name.to_string())
    }
}

#[cfg(not(unix))]
fn account_name() -> Option<String> {
    None
}

/// The team ledger's configuration and admins in place of the local ones (SPEC 8): the
/// tenants, default tenant and rules pushed with `db config push` (when any), and the
/// admins of `db admins`, as the caller may see them. The local config keeps `db`. Returns
/// the connection (read-only), for the command's store.
fn team_ledger_config(
    cfg: &mut Config,
    url: &str,
    role: &str,
    writes: bool,
    read_ahead: Option<i64>,
) -> anyhow::Result<(crate::store::pg::PgConn, bool)> {
    // The ledger's helpers are its admins' alone: a login without a row is refused its
    // first read by the server, and told how admins are added.
    let not_admin = |e: anyhow::Error| {
        if crate::error::exit_code(&e) == crate::error::EXIT_REFUSED {
            crate::error::refused(crate::tr!(
                "team-not-an-admin",
                actor = crate::output::inert_line(role).into_owned()
            ))
        } else {
            e
        }
    };
    let (c, access) = crate::store::access::open(url, writes, read_ahead).map_err(not_admin)?;
    if let Some(p) = access.config {
        let team = p.team.parse()?;
        cfg.default_tenant = team.default_tenant;
        cfg.tenants = team.tenants;
        cfg.rules = team.rules;
    }
    let confined = access.confined;
    cfg.admins = access
        .admins
        .iter()
        .map(crate::store::access::AdminRow::admin)
        .collect();
    // A role the ledger's row-level security confines, without an admin row of its own,
    // may see and change nothing: say so, rather than show an empty ledger.
    if confined && !cfg.admins.iter().any(|a| a.name == role) {
        return Err(crate::error::refused(crate::tr!(
            "team-not-an-admin",
            actor = crate::output::inert_line(role).into_owned()
        )));
    }
    Ok((c, confined))
}

impl Ctx {
    /// `about`: what a local `--now` is read about ([`Command::now_about`]): about one
    /// request, it is read by [`Ctx::settle_now`] once the ledger is open. `read_ahead`:
    /// the request a read command names by id, read on a team ledger with its access data
    /// ([`crate::store::access::open`]).
    fn new(
        g: Global,
        team_config: bool,
        writes: bool,
        about: &NowAbout,
        read_ahead: Option<i64>,
        ledger: bool,
    ) -> anyhow::Result<Ctx> {
        let mut cfg = Config::load(g.config.as_deref())?;
        // On a team ledger (SPEC 8) the actor is the database role, and the tenants, rules
        // and admins are the ledger's: a local config only picks the ledger and defaults.
        let team =
            g.db.clone()
                .or_else(|| cfg.db.as_ref().map(PathBuf::from))
                .filter(|p| is_team_ledger(p))
                .map(|p| p.to_string_lossy().into_owned());
        let mut team_conn = None;
        let mut team_confined = false;
        // Name what an actor came from: the flag, or the variable.
        let as_flag = || {
            std::env::args_os()
                .any(|a| a == "--as" || a.to_str().is_some_and(|a| a.starts_with("--as=")))
        };
        // An actor is written into the history and shown in tables (SPEC 1.7): one that
        // is empty, holds a control character or has a blank at either end is refused,
        // naming where it came from (the config's `admin` is checked where it is written).
        if let Some(given) = &g.actor
            && input::nul_at(given).is_none()
            && let Some(flaw) = input::actor_flaw(given)
        {
            let what = if as_flag() { "--as" } else { "SVCREQ_ADMIN" };
            return Err(usage(flaw.message(what, given)));
        }
        let role = match &team {
            Some(url) => {
                let role = crate::store::pg::parse_url(url)?.user;
                // The role is the actor on a team ledger: the URL's user is held to the
                // rule `--as` is held to, before anything is asked of the server.
                if let Some(flaw) = input::actor_flaw(&role) {
                    return Err(usage(flaw.message(&crate::tr!("actor-url-user"), &role)));
                }
                if let Some(other) = g.actor.as_ref().filter(|a| **a != role) {
                    let flag = as_flag();
                    return Err(crate::error::refused(crate::tr!(
                        if flag {
                            "team-as-other-role"
                        } else {
                            "team-env-other-role"
                        },
                        other = crate::output::inert_line(other).into_owned(),
                        role = crate::output::inert_line(&role).into_owned()
                    )));
                }
                // The local config's `admin` names no one here: say so once, rather than
                // act silently as someone else than the config says.
                if let Some(admin) = cfg.admin.as_ref().filter(|a| **a != role) {
                    crate::output::note_err(crate::output::sentence_err(crate::tr!(
                        "warning-team-admin-ignored",
                        admin = crate::output::inert_line(admin).into_owned(),
                        role = crate::output::inert_line(&role).into_owned()
                    )));
                }
                if team_config {
                    let (conn, confined) =
                        team_ledger_config(&mut cfg, url, &role, writes, read_ahead)?;
                    team_conn = Some((url.clone(), conn));
                    team_confined = confined;
                }
                Some(role)
            }
            None => None,
        };
        let actor = match role {
            Some(role) => role,
            None => match g.actor.or_else(|| cfg.admin.clone()) {
                Some(actor) => actor,
                None => {
                    let login = login_name();
                    if let Some(flaw) = input::actor_flaw(&login) {
                        return Err(usage(flaw.message(&crate::tr!("actor-login-name"), &login)));
                    }
                    login
                }
            },
        };
        if actor.trim().is_empty() {
            return Err(usage(crate::tr!("error-actor-empty", what = "--as")));
        }
        // The actor is stored (opened_by, each event's actor): the same cap as import's.
        if actor.len() > input::cap("opened_by") {
            return Err(usage(crate::tr!(
                "error-too-large",
                what = "--as",
                cap = crate::error::cap_text(input::cap("opened_by") as u64)
            )));
        }
        // The config's `admin` can spell U+0000 (TOML's escape), which no ledger keeps.
        if let Some(at) = input::nul_at(&actor) {
            return Err(usage(crate::tr!(
                "error-nul",
                what = "--as",
                offset = at.to_string()
            )));
        }
        // Where admins are listed, an actor who is none of them is refused for who it is
        // (SPEC 1.7, exit 4) by every command that reads or writes the ledger, before any
        // time is read or anything looked up, in one sentence that names no tenant. On a
        // team ledger its own admins decide (the local config's are not read there).
        if ledger
            && (team.is_none() || team_config)
            && !cfg.admins.is_empty()
            && !cfg.admins.iter().any(|a| a.name == actor)
        {
            return Err(crate::error::refused(crate::tr!(
                if team.is_some() {
                    "team-not-an-admin"
                } else {
                    "error-not-an-admin"
                },
                actor = crate::output::inert_line(&actor).into_owned()
            )));
        }
        // A local --now is read once the actor is known: a partner's, or a limited admin's,
        // over its own tenants only (SPEC 1.7: no message names a tenant it does not see).
        let mut now_local = None;
        // A local --now that names different instants in the zones it is read in is
        // refused (exit 2) only once who may act is judged: a refusal for who the actor is
        // comes first (SPEC 1.7), judged at the earliest of those instants (a delegation
        // that has ended then has ended at each of them).
        let mut zones_differ = None;
        let now = match (&g.now, about) {
            (Some(s), NowAbout::Request(_)) if crate::time::is_local(s) => {
                now_local = Some(s.clone());
                None
            }
            (Some(s), NowAbout::Request(_)) => {
                Some(parse_time(s, Zone::UTC, "--now").map_err(usage_of_option)?)
            }
            (Some(s), NowAbout::Tenants { named, all, .. }) => {
                let zones = now_tenants(&cfg, &actor, named, *all)?;
                match time_in_zones(s, "--now", &zones) {
                    Ok(t) => Some(t),
                    Err(e) => {
                        let earliest = zones
                            .iter()
                            .filter_map(|(_, z)| parse_time(s, *z, "--now").ok())
                            .min();
                        match earliest {
                            Some(t) if !cfg.admins.is_empty() => {
                                zones_differ = Some(e);
                                Some(t)
                            }
                            _ => return Err(e),
                        }
                    }
                }
            }
            (None, _) => None,
        };
        let terminal = std::io::stdout().is_terminal();
        let color = match g.color {
            ColorChoice::Always => {
                crate::output::force_color(true);
                true
            }
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && terminal
            }
        };
        let now_given = now.is_some() || now_local.is_some();
        let now = now_or(now);
        let ctx = Ctx {
            now,
            now_given,
            action_clock: std::sync::Mutex::new(now),
            cfg,
            db: g.db,
            format: if g.json { Some(Format::Json) } else { g.format },
            quiet: g.quiet,
            color,
            terminal: terminal || crate::output::terminal_width().is_some(),
            actor,
            team_conn: std::sync::Mutex::new(team_conn),
            team: team.is_some(),
            team_confined,
            now_local,
        };
        if let Some(e) = zones_differ {
            if let NowAbout::Tenants {
                named,
                all,
                manages,
            } = about
            {
                ctx.judge_before_now(named, *all, *manages)?;
            }
            return Err(e);
        }
        Ok(ctx)
    }

    /// Who may act, judged before a local time is read in the tenants' zones (SPEC 1.7
    /// before SPEC 2), for a command over the tenants `named` (none: its default, or every
    /// one it sees when `all`): a reader running a command that files requests (`manages`),
    /// a tenant named that the actor does not serve, a delegation ended for the tenant
    /// named or for every tenant it serves, are refused (exit 4) as the command refuses
    /// them; an actor serving several tenants, none of them the config's default, that
    /// names none to a command about one tenant is asked to name one (exit 2): the tenant
    /// decides the zone, so no offset is asked for first. Anything else is left to the
    /// command.
    fn judge_before_now(&self, named: &[&str], all: bool, manages: bool) -> anyhow::Result<()> {
        let refusal = |r: anyhow::Result<()>| match r {
            Err(e) if crate::error::exit_code(&e) == crate::error::EXIT_REFUSED => Err(e),
            _ => Ok(()),
        };
        if manages
            && let Some(a) = self.cfg.admins.iter().find(|a| a.name == self.actor)
            && !a.role.may_manage()
        {
            return Err(crate::error::refused(crate::tr!(
                "error-reader-only",
                actor = crate::output::inert_line(&self.actor).into_owned(),
                role = a.role.as_str()
            )));
        }
        for n in named {
            refusal(self.judge_tenant(n))?;
        }
        if named.is_empty() {
            refusal(self.visible_tenants().map(drop))?;
            if !all {
                self.tenant(None).map(drop)?;
            }
        }
        Ok(())
    }

    /// Read a local `--now` about the request `which` names in the zone of that request's
    /// tenant (SPEC 2), as `--at` is; a request not found (or not the actor's to see) leaves
    /// it to the default tenant's zone, and the command says what is wrong.
    fn settle_now(&mut self, which: &case::Which) -> anyhow::Result<()> {
        let Some(s) = self.now_local.take() else {
            return Ok(());
        };
        // A request named neither by a valid ID nor by --case: the command says so in its
        // own words; the local time is read in the default tenant's zone meanwhile.
        let zone = if which.id.is_none() && which.case.is_none() {
            self.cfg.tenant(None)?.timezone
        } else {
            match self.request_zone(which) {
                // A case number given after the clock of this machine (a ledger kept
                // ahead of it, or a back-fill): the request is looked for again as it
                // stood at the latest instant the local time can name (read 12 hours
                // west of UTC), and the command then reads it at the instant its zone
                // gives, where it is found only if it held the number then.
                Err(e)
                    if which.case.is_some()
                        && crate::error::exit_code(&e) == crate::error::EXIT_NOT_FOUND =>
                {
                    let latest = parse_time(&s, Zone::UTC, "--now").map_err(usage_of_option)?
                        + chrono::Duration::hours(12);
                    let latest = latest.max(self.now);
                    let clock = std::mem::replace(&mut self.now, latest);
                    let zone = self.request_zone(which);
                    self.now = clock;
                    zone.map_err(|_| e)?
                }
                zone => zone?,
            }
        };
        self.now = parse_time(&s, zone, "--now").map_err(usage_of_option)?;
        Ok(())
    }

    /// The zone of the tenant of the request `which` names. The request is found first, as
    /// the command finds it: a ledger that does not exist, a request that does not exist (or
    /// that the actor may not see, SPEC 1.7) is the command's own error (exit 1, exit 5),
    /// whatever a local time given with it says. On a team ledger the connection is kept for
    /// the command.
    fn request_zone(&self, which: &case::Which) -> anyhow::Result<Zone> {
        let path = self.existing_db_path()?;
        let Some(store) = self.open_store(&path, Access::Read)? else {
            return Err(which.not_found());
        };
        let id = which.resolve(self, &store)?;
        // Whether the actor may read it is judged at `--now`, once it is read: here only
        // whether the request is of a tenant the actor serves.
        let zone = store
            .get(id)?
            .filter(|r| self.serves(&r.tenant))
            .map(|r| self.tz_of(&r))
            .ok_or_else(|| crate::error::not_found(id));
        if let (Some(url), Some(conn)) = (path.to_str(), store.into_pg())
            && let Ok(mut kept) = self.team_conn.lock()
        {
            *kept = Some((url.to_string(), conn));
        }
        zone
    }

    /// The output format, checked against what the command offers (first = default).
    pub fn format(&self, command: &str, offered: &[Format]) -> anyhow::Result<Format> {
        self.format_or(command, offered, None)
    }

    /// As `format`, with a default other than the first offered.
    pub fn format_or(
        &self,
        command: &str,
        offered: &[Format],
        default: Option<Format>,
    ) -> anyhow::Result<Format> {
        let chosen = match self.format {
            None => Ok(default.unwrap_or(offered[0])),
            Some(f) if offered.contains(&f) => Ok(f),
            // A command whose JSON is JSON lines (export, import) reads `--json` as them
            // (SPEC 2: `--json` is the JSON form where a command prints records).
            Some(Format::Json) if offered.contains(&Format::Jsonl) => Ok(Format::Jsonl),
            Some(f) => Err(usage_of_option(crate::tr!(
                "error-format-not-offered",
                command = command,
                format = f.as_str(),
                offered =
                    crate::i18n::one_of(&offered.iter().map(|f| f.as_str()).collect::<Vec<_>>())
            ))),
        };
        if let Ok(f) = &chosen {
            crate::i18n::set_machine_output(f.is_machine());
        }
        chosen
    }

    fn db_path(&self) -> anyhow::Result<PathBuf> {
        if let Some(p) = &self.db {
            crate::store::refuse_conninfo(p)?;
            return Ok(p.clone());
        }
        if let Some(d) = &self.cfg.db {
            let p = PathBuf::from(d);
            crate::store::refuse_conninfo(&p)?;
            return Ok(p);
        }
        directories::ProjectDirs::from("", "", "svcreq")
            .map(|d| d.data_dir().join("svcreq.db"))
            .ok_or_else(|| crate::error::failure(crate::tr!("error-no-home")))
    }

    /// The ledger for reading; None when it is an empty file (an empty ledger). A ledger
    /// that does not exist is an error, not an empty one (SPEC 6): a typo in `--db` must not
    /// pass a CI job. Nothing is created.
    pub fn store_read(&self) -> anyhow::Result<Option<Store>> {
        self.open_store(&self.existing_db_path()?, Access::Read)
    }

    /// The ledger at `path`: on the team ledger whose configuration was read, that
    /// connection (connecting costs more than most commands' queries).
    fn open_store(&self, path: &std::path::Path, access: Access) -> anyhow::Result<Option<Store>> {
        let kept = self
            .team_conn
            .lock()
            .ok()
            .and_then(|mut c| c.take_if(|(url, _)| path.to_str() == Some(url.as_str())));
        match kept {
            Some((_, conn)) => Ok(Some(Store::from_pg(conn, access))),
            None => Store::open(path, access),
        }
    }

    /// The ledger's path, which must exist: "no ledger at PATH" (exit 1) otherwise.
    fn existing_db_path(&self) -> anyhow::Result<PathBuf> {
        let path = self.db_path()?;
        if is_team_ledger(&path) {
            return Ok(path);
        }
        if std::fs::symlink_metadata(&path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
        {
            return Err(crate::error::failure(crate::tr!(
                "error-no-ledger",
                path = path.display().to_string()
            )));
        }
        Ok(path)
    }

    /// The ledger for reading when it exists; None when it does not (or is empty): for
    /// checks against a ledger that may not exist yet (`import --dry-run`).
    pub fn store_read_if_any(&self) -> anyhow::Result<Option<Store>> {
        self.open_store(&self.db_path()?, Access::Read)
    }

    /// The ledger for a write to requests already filed (respond, close, reopen, note,
    /// update, redact): a ledger that does not exist is an error, and none is created
    /// (SPEC 6).
    pub fn store_write_existing(&self) -> anyhow::Result<Store> {
        self.existing_db_path()?;
        self.store_write()
    }

    /// The ledger for writing, created if needed.
    pub fn store_write(&self) -> anyhow::Result<Store> {
        self.store_write_at(&self.db_path()?)
    }

    /// The ledger at `path` (a file or a URL) for writing, created if it is a file.
    pub fn store_write_at(&self, path: &std::path::Path) -> anyhow::Result<Store> {
        let path = path.to_path_buf();
        self.open_store(&path, Access::Write)?.ok_or_else(|| {
            crate::error::failure(crate::tr!(
                "error-cannot-open-ledger",
                path = path.display().to_string()
            ))
        })
    }

    /// The time zone a request is read in: the zone it records it was filed in (its target
    /// was reckoned there, SPEC 1.4, 5: an import reads a row in its own `timezone`), else
    /// its tenant's in the config, else UTC.
    pub fn tz_of(&self, r: &Request) -> Zone {
        let tenant = self.cfg.tenants.get(&r.tenant).map(|t| t.timezone);
        match tenant {
            Some(z) if z.name() == r.timezone => z,
            _ => Zone::get(&r.timezone).or(tenant).unwrap_or(Zone::UTC),
        }
    }

    /// The business hours a request's clock runs on: its tenant's; for a tenant that has
    /// left the config, the rules' own hours (with the zone it was filed in, [`Ctx::tz_of`]).
    pub fn hours_of(&self, r: &Request) -> &crate::rules::BusinessHours {
        self.tenant_of(r)
            .map_or(&self.cfg.rules.business_hours, |t| &t.business_hours)
    }

    /// The at-risk threshold of a request's tenant (the rules' for a tenant that has left
    /// the config).
    pub fn at_risk_of(&self, r: &Request) -> crate::rules::AtRisk {
        self.tenant_of(r)
            .map_or(self.cfg.rules.at_risk, |t| t.at_risk)
    }

    /// The SLA state at `at` of a cycle of `r` whose target runs on `clock` ("24x7" or
    /// "business"), with `at_risk` as the threshold: on a business clock the time left is
    /// counted in the tenant's business hours (SPEC 6).
    pub fn cycle_state(
        &self,
        r: &Request,
        clock: &str,
        cycle: &crate::rules::Cycle,
        at: DateTime<Utc>,
        at_risk: crate::rules::AtRisk,
    ) -> SlaState {
        let counting = match clock.parse::<Clock>() {
            Ok(Clock::Business) => Counting::Business(self.hours_of(r), self.tz_of(r)),
            _ => Counting::Wall,
        };
        sla_state_counted(cycle, at, at_risk, counting)
    }

    /// How the due time of `r`'s current cycle was reached: from when its target began
    /// counting, which after a change of severity, category or tenant is the change (SPEC 7),
    /// so the basis ends at the due time shown.
    /// The line names the severity the target in force was set under, read from the
    /// request's `history`: after a change of severity that left the target as it was (a
    /// breach that stands, an answered cycle), that earlier severity, and says so.
    pub fn explain_current_due(&self, r: &Request, history: &[Event]) -> Option<String> {
        use crate::rules::record::{TargetKept, target_set_under};
        let (under, kept) = target_set_under(r, history, self.now);
        let lang = crate::i18n::output_lang();
        let label = match (under, kept) {
            (Some(s), Some((at, why))) => Some(crate::tr!(in lang;
                match why {
                    TargetKept::Breached => "explain-label-severity-kept-breached",
                    TargetKept::Answered => "explain-label-severity-kept-answered",
                },
                severity = s.as_str(),
                current = r.severity.map_or("", |s| s.as_str()),
                at = crate::time::format_local_long_in(lang, at, self.tz_of(r)),
                tier = crate::output::words::name_in(lang, "tier", &r.tier)
            )),
            _ => None,
        };
        self.explain_due_labelled(r, r.sla_cycle().started_at, under, label, r.response_due)
    }

    /// How the due time `recorded` of a cycle of `r` whose target began counting at
    /// `started` with `severity` was reached, from the target the request was filed under,
    /// in the calendar (zone, business hours, holidays) and rules of today. An explanation
    /// explains the stored value: when today's calendar or rules give another due time (the
    /// hours or holidays edited since the target was set), it says so, leading with the
    /// recorded due time, then today's reckoning.
    pub fn explain_due(
        &self,
        r: &Request,
        started: DateTime<Utc>,
        severity: Option<crate::rules::Severity>,
        recorded: Option<DateTime<Utc>>,
    ) -> Option<String> {
        self.explain_due_labelled(r, started, severity, None, recorded)
    }

    /// [`Ctx::explain_due`], with the `label` that says what selected the target when it is
    /// not the severity and tier alone.
    fn explain_due_labelled(
        &self,
        r: &Request,
        started: DateTime<Utc>,
        severity: Option<crate::rules::Severity>,
        label: Option<String>,
        recorded: Option<DateTime<Utc>>,
    ) -> Option<String> {
        let target = stored_target(r)?;
        let lang = crate::i18n::output_lang();
        let label = match (label, severity) {
            (Some(l), _) => l,
            (None, Some(s)) => {
                crate::tr!(in lang; "explain-label-severity", severity = s.as_str(),
                    tier = crate::output::words::name_in(lang, "tier", &r.tier))
            }
            (None, None) => crate::tr!(in lang; "explain-label-category",
                category = crate::output::words::name_in(lang, "category", r.category.as_str())),
        };
        let (tz, hours, next_day) = (self.tz_of(r), self.hours_of(r), self.cfg.rules.next_day);
        let line = crate::rules::explain_due(lang, &label, &target, started, tz, hours, next_day);
        if crate::rules::response_due_reading(&target, started, tz, hours, next_day) == recorded {
            return Some(line);
        }
        let recorded = match recorded {
            Some(d) => crate::time::format_local_long_in(lang, d, tz),
            None => crate::tr!(in lang; "explain-recorded-no-due"),
        };
        Some(crate::tr!(in lang; "explain-changed-since", recorded = recorded, line = line))
    }

    fn tenant_of(&self, r: &Request) -> Option<&Tenant> {
        self.cfg.tenants.get(&r.tenant)
    }

    /// The tenants the actor is confined to on a team ledger (SPEC 8): a partner's, or a
    /// limited admin's, as its row in the ledger lists them; None for anyone else. Such an
    /// actor reads only its own tenants' part of the team configuration, so a tenant it does
    /// not serve is answered alike whether it exists or not.
    pub(crate) fn confined_to(&self) -> Option<&[String]> {
        if !self.team {
            return None;
        }
        self.cfg
            .admins
            .iter()
            .find(|a| a.name == self.actor)
            .map(|a| a.tenants.as_slice())
            .filter(|t| !t.is_empty())
    }

    /// The tenant named by `--tenant` (or by an imported row), or the default one (SPEC 3;
    /// for an actor who may not see the config's default, its own tenant when it sees one,
    /// else exit 2 asking for `--tenant`). A tenant named is first judged by [`Ctx::judge_tenant`], as every command judges
    /// one: a tenant the actor may not see is refused (exit 4) whether it exists or not.
    /// Anyone else naming an unknown tenant is a usage error (exit 2) listing the tenants
    /// the actor may see.
    pub fn tenant(&self, name: Option<&str>) -> anyhow::Result<&Tenant> {
        self.tenant_asked(name, "error-name-your-tenant")
    }

    /// The tenant an imported row names in its `tenant` column (CSV) or field (JSON lines),
    /// or the default one, as [`Ctx::tenant`] reads `--tenant`; a row that names none, for
    /// an actor who may not see the config's default and serves several tenants, is asked
    /// to name one in that column or field (import has no `--tenant`; exit 2).
    pub fn row_tenant(&self, name: Option<&str>) -> anyhow::Result<&Tenant> {
        self.tenant_asked(name, "error-name-your-tenant-row")
    }

    /// [`Ctx::tenant`], with `ask` the message asking a confined actor to name a tenant.
    fn tenant_asked(&self, name: Option<&str>, ask: &str) -> anyhow::Result<&Tenant> {
        if let Some(name) = name
            && !name.contains(',')
        {
            self.judge_tenant(name)?;
            return self.cfg.tenants.get(name).ok_or_else(|| {
                usage(crate::tr!(
                    "error-unknown-tenant",
                    tenant = crate::output::inert_line(name),
                    known = crate::i18n::choices(&self.known_tenants())
                ))
            });
        }
        if name.is_none()
            && let Ok(Some(visible)) = self.visible_tenants()
            && !visible.contains(&self.cfg.default_tenant)
        {
            // The config's default is a tenant this actor may not see: its own one is its
            // default; among several it names one.
            return match visible.as_slice() {
                [own] => self.tenant(Some(own)),
                _ => Err(usage(crate::tr!(
                    ask,
                    actor = crate::output::inert_line(&self.actor).into_owned(),
                    tenants = crate::i18n::list(&visible)
                ))),
            };
        }
        self.cfg.tenant(name)
    }

    /// Whether the actor may see the tenant named `name` (SPEC 1.7): the one judgement
    /// every command that takes a tenant (`--tenant`, an imported row's `tenant`, `update
    /// --tenant`, `--case` with `--tenant`) makes of it, read or write. A partner, or an
    /// admin limited to some tenants, naming one it does not serve (real or made up), or
    /// one whose delegation has ended, is refused (exit 4) in one sentence that names no
    /// other tenant it may not see; an actor who is not a listed admin likewise. With no
    /// admins listed, nothing is refused.
    pub fn judge_tenant(&self, name: &str) -> anyhow::Result<()> {
        if self.cfg.admins.is_empty() {
            return Ok(());
        }
        self.team_admin().map_err(crate::error::refused)?;
        crate::rules::may_act(
            &self.cfg.admins,
            &self.actor,
            &crate::output::inert_line(name),
            self.zone_of_tenant(name),
            self.now,
            Action::Read,
        )
        .map_err(crate::error::refused)
    }

    /// The tenants of the config the actor may see, by name (every one with no admins
    /// listed): what an error listing "known tenants" names (SPEC 1.7: nothing leaks).
    pub fn known_tenants(&self) -> Vec<&String> {
        self.cfg
            .tenants
            .keys()
            .filter(|t| self.cfg.admins.is_empty() || self.may_read(t))
            .collect()
    }

    /// The zone of a tenant asked for by name on a read command (`--tenant`): the config's,
    /// else, for a tenant that has left the config, the zone its requests were filed in (its
    /// history stays listable). A tenant in neither is a usage error (exit 2).
    pub fn asked_tenant_zone(&self, tenant: &str, store: Option<&Store>) -> anyhow::Result<Zone> {
        self.judge_tenant(tenant)?;
        if let Some(t) = self.cfg.tenants.get(tenant) {
            return Ok(t.timezone);
        }
        if let Some(stored) = store.map(|s| s.tenant_zone(tenant)).transpose()?.flatten() {
            return Ok(Zone::get(&stored).unwrap_or(Zone::UTC));
        }
        // A confined actor is shown nothing of a tenant it does not serve, as on a file
        // ledger, and learns nothing of whether it exists.
        if self.confined_to().is_some() {
            return Ok(self.cfg.tenant(None)?.timezone);
        }
        Err(usage(crate::tr!(
            "error-unknown-tenant-anywhere",
            tenant = crate::output::inert_line(tenant),
            known = crate::i18n::choices(&self.known_tenants())
        )))
    }

    /// The zone of a tenant by name: the config's, else UTC (for a tenant that left it).
    fn zone_of_tenant(&self, tenant: &str) -> Zone {
        self.cfg
            .tenants
            .get(tenant)
            .map_or(Zone::UTC, |t| t.timezone)
    }

    /// May the actor file or manage requests for `tenant` at `at` (SPEC 1.7: judged at the
    /// action's time)? Exit 4 if not.
    pub fn authorize(&self, tenant: &str, at: DateTime<Utc>) -> anyhow::Result<()> {
        self.may_act(tenant, at).map_err(crate::error::refused)
    }

    /// As [`Ctx::authorize`], the reason as a sentence.
    pub fn may_act(&self, tenant: &str, at: DateTime<Utc>) -> Result<(), String> {
        self.team_admin()?;
        crate::rules::may_act(
            &self.cfg.admins,
            &self.actor,
            tenant,
            self.zone_of_tenant(tenant),
            at,
            Action::Manage,
        )
    }

    /// On a team ledger that lists admins, an actor that is not one of them is told how
    /// admins are added there (`db admins add`, not the config's `[[admins]]`).
    fn team_admin(&self) -> Result<(), String> {
        if self.team
            && !self.cfg.admins.is_empty()
            && !self.cfg.admins.iter().any(|a| a.name == self.actor)
        {
            return Err(crate::tr!(
                "team-not-an-admin",
                actor = crate::output::inert_line(&self.actor).into_owned()
            ));
        }
        Ok(())
    }

    /// The last day of the actor's delegation when it has ended for every tenant it
    /// serves (SPEC 1.7): what a read command says instead of "no requests".
    pub fn delegation_ended(&self) -> Option<chrono::NaiveDate> {
        let admin = self.cfg.admins.iter().find(|a| a.name == self.actor)?;
        let until = admin.until?;
        let tenants: Vec<&String> = if admin.tenants.is_empty() {
            self.cfg.tenants.keys().collect()
        } else {
            admin.tenants.iter().collect()
        };
        (!tenants.is_empty() && tenants.iter().all(|t| !self.may_read(t))).then_some(until)
    }

    /// Whether `tenant` is one the actor serves, its delegation ended or not (SPEC 1.7): every
    /// tenant with no admins listed, or for an admin of every tenant; a partner's, or a
    /// limited admin's, own tenants; none for an actor who is not a listed admin.
    pub fn serves(&self, tenant: &str) -> bool {
        if self.cfg.admins.is_empty() {
            return true;
        }
        self.cfg
            .admins
            .iter()
            .find(|a| a.name == self.actor)
            .is_some_and(|a| a.tenants.is_empty() || a.tenants.iter().any(|t| t == tenant))
    }

    /// Whether the actor may read `tenant`'s requests now (SPEC 1.7): a partner, or an admin
    /// limited to some tenants, sees only those, and nothing after its delegation ends.
    pub fn may_read(&self, tenant: &str) -> bool {
        crate::rules::may_act(
            &self.cfg.admins,
            &self.actor,
            tenant,
            self.zone_of_tenant(tenant),
            self.now,
            Action::Read,
        )
        .is_ok()
    }

    /// The tenants the actor may read (SPEC 1.7): None for all of them (no admins listed, or
    /// an admin of every tenant); else the ones a partner or limited admin serves, with the
    /// ended delegations left out. An actor who is not a listed admin is refused (exit 4).
    pub fn visible_tenants(&self) -> anyhow::Result<Option<Vec<String>>> {
        if self.cfg.admins.is_empty() {
            return Ok(None);
        }
        self.team_admin().map_err(crate::error::refused)?;
        let Some(admin) = self.cfg.admins.iter().find(|a| a.name == self.actor) else {
            return Err(crate::error::refused(crate::tr!(
                "error-not-an-admin",
                actor = self.actor.clone()
            )));
        };
        // After its last day a partner can neither act nor read (SPEC 1.7): refused, with
        // the day its delegation ended, not shown an empty ledger.
        if let Some(until) = self.delegation_ended() {
            return Err(crate::error::refused(crate::tr!(
                if self.team {
                    "team-delegation-ended"
                } else {
                    "list-delegation-ended"
                },
                actor = crate::output::inert_line(&self.actor).into_owned(),
                until = until.to_string()
            )));
        }
        if admin.tenants.is_empty() {
            if admin.until.is_none() {
                return Ok(None);
            }
            let all: Vec<String> = self.cfg.tenants.keys().cloned().collect();
            return Ok(Some(all.into_iter().filter(|t| self.may_read(t)).collect()));
        }
        Ok(Some(
            admin
                .tenants
                .iter()
                .filter(|t| self.may_read(t))
                .cloned()
                .collect(),
        ))
    }

    /// The tenants a read command shows: those asked for (all when none), narrowed to the
    /// ones the actor may see. `Ok(None)`: every tenant; `Ok(Some(empty))`: none at all.
    /// A tenant asked for that the actor may not see is refused (exit 4) by every read
    /// command alike ([`Ctx::judge_tenant`]), never answered with an empty list (SPEC 1.7).
    pub fn shown_tenants(&self, asked: &[String]) -> anyhow::Result<Option<Vec<String>>> {
        let visible = self.visible_tenants()?;
        if let Some(v) = &visible
            && let Some(t) = asked.iter().find(|t| !v.contains(t))
        {
            self.judge_tenant(t)?;
            return Err(crate::error::refused(crate::tr!(
                "error-does-not-serve",
                actor = self.actor.as_str(),
                tenant = crate::output::inert_line(t)
            )));
        }
        Ok(match (visible, asked.is_empty()) {
            (None, true) => None,
            (_, false) => Some(asked.to_vec()),
            (Some(v), true) => Some(v),
        })
    }

    /// The SLA state of a request's current cycle now.
    pub fn sla_state(&self, r: &Request) -> SlaState {
        self.cycle_state(
            r,
            &r.response_clock,
            &r.sla_cycle(),
            self.now,
            self.at_risk_of(r),
        )
    }

    /// The per-request context of a decision of `rules::filing`: the tenant's zone, hours
    /// and at-risk threshold (one fallback for a tenant that has left the config), the
    /// rules, the actor, now, and `latest`, the latest action recorded on `r`.
    /// The time of an action recorded "now" (SPEC 6): `--now` when given; else the system
    /// clock read when the write asks, inside its transaction, after its lock is taken
    /// (SQLite's write lock, PostgreSQL's row lock), never earlier than a reading before
    /// it. So writers that queue for one request record their actions in the order they
    /// commit, and none is refused as "before the latest recorded action" because another
    /// committed while it waited.
    pub fn action_now(&self) -> DateTime<Utc> {
        if self.now_given {
            return self.now;
        }
        let mut clock = self
            .action_clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *clock = (*clock).max(now_or(None));
        *clock
    }

    /// The time of an action on request `r`: `flag`'s value `typed` (local forms read in the
    /// zone of `r`'s tenant, SPEC 2; a bad time is exit 2), else [`Ctx::action_now`].
    pub fn action_time(
        &self,
        r: &Request,
        typed: Option<&str>,
        flag: &str,
    ) -> anyhow::Result<DateTime<Utc>> {
        match typed {
            Some(s) => parse_time(s, self.tz_of(r), flag).map_err(usage_of_option),
            None => Ok(self.action_now()),
        }
    }

    pub fn context<'a>(
        &'a self,
        r: &Request,
        latest: &'a crate::rules::history::LatestAction,
    ) -> crate::rules::filing::Context<'a> {
        crate::rules::filing::Context {
            rules: &self.cfg.rules,
            zone: self.tz_of(r),
            hours: self.hours_of(r),
            at_risk: self.at_risk_of(r),
            actor: &self.actor,
            now: self.action_now(),
            latest,
            at_typed: None,
        }
    }

    /// The record every command prints for a request.
    pub fn record(&self, r: &Request) -> RequestRecord {
        let reopen_deadline = match (r.closed_at, r.channel) {
            (Some(c), Channel::Online) => Some(reopen_deadline(c, self.cfg.rules.reopen_window)),
            _ => None,
        };
        RequestRecord::of(r, self.sla_state(r), reopen_deadline)
    }

    /// The record of `list` and `sla` JSON: with `age_seconds` for open requests, null for
    /// closed ones (SPEC 7).
    pub fn record_with_age(&self, r: &Request) -> RequestRecord {
        let mut rec = self.record(r);
        rec.age_seconds = Some(
            (r.status == crate::store::Status::Open)
                .then(|| (self.now - r.cycle_started_at).num_seconds()),
        );
        rec
    }

    /// A local time in the request's tenant zone, for tables.
    pub fn local(&self, r: &Request, t: DateTime<Utc>) -> String {
        crate::time::format_local(t, self.tz_of(r))
    }
}

/// The target a request was filed under, read back from the ledger.
pub fn stored_target(r: &Request) -> Option<Target> {
    r.target()
}

/// A refusal of a decision of `rules::filing` as the error of its exit code (SPEC 2): a
/// support rule's refusal exits 4, anything else wrong with the input 2.
pub fn refusal(r: crate::rules::filing::Refusal) -> anyhow::Error {
    use crate::rules::filing::Refusal;
    match r {
        Refusal::OutOfScope { .. } | Refusal::NotAllowed(_) => crate::error::refused(r.message()),
        _ => crate::error::usage(r.message()),
    }
}

/// Parse a request id argument (exit 2 when it is not a positive number), read after
/// [`crate::rules::fold_width`] (`show １` is `show 1`, SPEC 2).
pub fn parse_id(s: &str) -> Result<i64, String> {
    match crate::rules::fold_width(s).parse::<i64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(crate::tr!("error-not-an-id", value = s)),
    }
}

/// Parse a count argument (`list --limit N`, `rules --calendar --next N`): a whole number
/// of 1 or more (exit 2 otherwise, in the project's words rather than the number parser's,
/// naming the range), read after [`crate::rules::fold_width`] as every number is (SPEC 2).
/// A count of 0 is refused: it would print nothing however many records match, and the
/// empty answer would say that none did.
pub fn parse_count(s: &str) -> Result<u64, String> {
    let folded = crate::rules::fold_width(s);
    match folded.parse::<u64>() {
        Ok(n) if n > 0 && !folded.starts_with('+') => Ok(n),
        _ => Err(crate::tr!("error-not-a-count")),
    }
}

/// Whether `--db` names a team ledger (a `postgres://` URL, SPEC 8) rather than a file.
pub fn is_team_ledger(path: &std::path::Path) -> bool {
    path.to_str().is_some_and(crate::store::pg::is_url)
}

/// The command tree with its help in the language of this run (SPEC 10).
pub fn command() -> clap::Command {
    match crate::i18n::lang() {
        // The definitions say in English exactly what locales/en/help.ftl says (a test holds
        // the two equal), so English help costs no catalogue.
        crate::i18n::Lang::En => Cli::command(),
        lang => help::localized(Cli::command(), lang),
    }
}

/// The command tree for the help page the command line `args` asks for, that page's texts in
/// the language of this run (SPEC 10; see [`help::localized_for`]).
pub fn help_command(args: &[std::ffi::OsString]) -> clap::Command {
    match crate::i18n::lang() {
        crate::i18n::Lang::En => Cli::command(),
        lang => {
            let cmd = Cli::command();
            let shown = help::help_path(&cmd, args);
            help::localized_for(cmd, lang, &shown)
        }
    }
}

/// A function that adds a command's own arguments to it.
type Augment = fn(clap::Command) -> clap::Command;

/// The words that name a command, in the order of [`Command`], with the function that adds
/// that command's own arguments, as the derived definitions do.
const COMMANDS: &[(&str, Augment)] = &[
    ("open", <open::OpenArgs as Args>::augment_args),
    ("list", <list::ListArgs as Args>::augment_args),
    ("show", <show::ShowArgs as Args>::augment_args),
    ("respond", <lifecycle::RespondArgs as Args>::augment_args),
    ("close", <lifecycle::CloseArgs as Args>::augment_args),
    ("reopen", <lifecycle::ReopenArgs as Args>::augment_args),
    ("update", <update::UpdateArgs as Args>::augment_args),
    ("note", <update::NoteArgs as Args>::augment_args),
    ("redact", <update::RedactArgs as Args>::augment_args),
    ("classify", <classify::ClassifyArgs as Args>::augment_args),
    ("sla", <sla::SlaArgs as Args>::augment_args),
    ("report", <report::ReportArgs as Args>::augment_args),
    ("import", <transfer::ImportArgs as Args>::augment_args),
    ("export", <transfer::ExportArgs as Args>::augment_args),
    ("tenants", <tenants::TenantsArgs as Args>::augment_args),
    ("rules", <rules_cmd::RulesArgs as Args>::augment_args),
    ("completions", <CompletionsArgs as Args>::augment_args),
    ("man", <man::ManArgs as Args>::augment_args),
    ("db", <db::DbArgs as Args>::augment_args),
];

/// The top of the command tree without its commands: the global options, as [`Cli`]
/// defines them (its texts are shown only by help, which parses with the whole tree).
fn root_command() -> clap::Command {
    let cmd = clap::Command::new("svcreq")
        .group(clap::ArgGroup::new("Cli").multiple(true))
        .version(env!("CARGO_PKG_VERSION"))
        .max_term_width(100);
    <Global as Args>::augment_args(cmd)
        .subcommand_required(true)
        .arg_required_else_help(true)
}

/// The command `args` names when it is typed after global options alone (`--db x -q open
/// …`); None when a word before it is anything else (an unknown flag, `--`, a typo).
fn named_command(root: &clap::Command, args: &[std::ffi::OsString]) -> Option<usize> {
    let mut words = args.iter().skip(1);
    while let Some(a) = words.next() {
        let a = a.to_str()?;
        if let Some(long) = a.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((name, _)) => (name, true),
                None => (long, false),
            };
            let arg = root.get_arguments().find(|x| x.get_long() == Some(name))?;
            if arg.get_action().takes_values() && !value {
                words.next()?;
            }
        } else if let Some(shorts) = a.strip_prefix('-') {
            let flag = |c: char| {
                root.get_arguments()
                    .any(|x| x.get_short() == Some(c) && !x.get_action().takes_values())
            };
            if shorts.is_empty() || !shorts.chars().all(flag) {
                return None;
            }
        } else {
            return COMMANDS.iter().position(|(name, _)| *name == a);
        }
    }
    None
}

/// The error of a command line that names a group of commands (`svcreq` alone, `db`, `db
/// admins`, `db config`) but none of its commands: clap's usage error naming them (exit 2),
/// the same whether or not an option is set through the environment. None when `args`
/// holds no such mistake.
pub fn missing_command(args: &[std::ffi::OsString]) -> Option<clap::Error> {
    fn usage_only(cmd: clap::Command) -> clap::Command {
        cmd.arg_required_else_help(false)
            .mut_subcommands(usage_only)
    }
    usage_only(Cli::command())
        .try_get_matches_from(args)
        .err()
        .filter(|e| e.kind() == clap::error::ErrorKind::MissingSubcommand)
}

/// `args` with the commas a Japanese input method types read as the comma that separates
/// the values of a list (SPEC 2, read after width folding as every value is): in the value
/// of every option that takes a comma-separated list (`list --severity Ａ，Ｂ`, `--sla`,
/// `--tenant` wherever it is given), the full-width comma `，` (U+FF0C, which NFKC folds to
/// `,`) is a comma; so is the ideographic comma `、` (U+3001) in a list of a fixed set of
/// ids (`--severity Ａ、Ｂ`), where no value can hold one. A tenant or plan name may hold
/// `、`, so there it stays part of the name. Every other word is kept as typed.
fn list_commas_folded(cmd: &clap::Command, args: &[std::ffi::OsString]) -> Vec<std::ffi::OsString> {
    // The long name of every list option in `cmd`'s tree, with whether its values are ids.
    fn lists(cmd: &clap::Command, out: &mut Vec<(String, bool)>) {
        for a in cmd.get_arguments() {
            let Some(long) = a.get_long() else { continue };
            if a.get_value_delimiter() == Some(',') || long == "tenant" {
                out.push((long.to_string(), !a.get_possible_values().is_empty()));
            }
        }
        for sub in cmd.get_subcommands() {
            lists(sub, out);
        }
    }
    let mut names = Vec::new();
    lists(cmd, &mut names);
    let fold = |value: &str, ids: bool| {
        let commas: &[char] = if ids { &['，', '、'] } else { &['，'] };
        value.replace(commas, ",")
    };
    let mut out = Vec::with_capacity(args.len());
    let mut list_next: Option<bool> = None;
    for (n, a) in args.iter().enumerate() {
        let word = a.to_str();
        if let (Some(ids), Some(w)) = (list_next.take(), word) {
            out.push(fold(w, ids).into());
            continue;
        }
        match word.and_then(|w| w.strip_prefix("--")) {
            Some("") => {
                out.extend(args[n..].iter().cloned());
                return out;
            }
            Some(long) => {
                let (name, value) = match long.split_once('=') {
                    Some((name, value)) => (name, Some(value)),
                    None => (long, None),
                };
                let ids = names.iter().find(|(l, _)| l == name).map(|(_, ids)| *ids);
                match (ids, value) {
                    (Some(ids), Some(v)) => out.push(format!("--{name}={}", fold(v, ids)).into()),
                    (Some(ids), None) => {
                        list_next = Some(ids);
                        out.push(a.clone());
                    }
                    (None, _) => out.push(a.clone()),
                }
            }
            None => out.push(a.clone()),
        }
    }
    out
}

/// `root` with the `i`th of [`COMMANDS`], placed as in the whole tree.
fn one_command(root: clap::Command, i: usize) -> clap::Command {
    let (name, augment) = COMMANDS[i];
    // Each option and each command before it took one place in the order of the help.
    let place = root.get_arguments().count() + i;
    root.next_display_order(place)
        .subcommand(augment(clap::Command::new(name)))
}

/// The command line `args` parsed (SPEC 2). The tree is built for the one command typed,
/// so a run does not pay for the definitions of every other command; when the words before
/// the command are not global options alone (or no command is named), the whole tree is
/// built, so every error, tip and help page is the one the whole tree gives.
pub fn parse(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let root = root_command();
    let cli = match named_command(&root, args) {
        Some(i) => {
            let cmd = one_command(root, i);
            let args = list_commas_folded(&cmd, args);
            cmd.try_get_matches_from(args)
                .and_then(|m| Cli::from_arg_matches(&m))
        }
        None => Cli::try_parse_from(args),
    }?;
    // `--json` is `--format json`: the pair is refused wherever each is given, before the
    // command or after it (clap judges a conflict of global options on one level only).
    if cli.global.json && cli.global.format.is_some() {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let mut e = clap::Error::new(ErrorKind::ArgumentConflict);
        e.insert(
            ContextKind::InvalidArg,
            ContextValue::String("--json".into()),
        );
        // The other option as clap names it in its own conflicts: the flag and its value.
        let root = root_command();
        let format = root.get_arguments().find(|a| a.get_id() == "format");
        let said = format.map(|a| {
            let value = a.get_value_names().and_then(|v| v.first());
            format!(
                "--{} <{}>",
                a.get_long().unwrap_or_default(),
                value.map(|v| v.as_str()).unwrap_or_default()
            )
        });
        e.insert(
            ContextKind::PriorArg,
            ContextValue::String(said.unwrap_or_default()),
        );
        return Err(e);
    }
    Ok(cli)
}

/// Standard output, held back until the command succeeds: a command that fails prints
/// nothing on stdout, never part of a document (see [`crate::output::spool`]).
pub type Out = crate::output::spool::Spool;

/// What a command does with the global output options (SPEC 2; README "Output options"):
/// the command's name as its refusal says it, whether it prints records (so that `--json`
/// and `--format` choose among its forms, each command refusing a form it lacks by name),
/// and whether it prints ids or can print nothing (so that `-q` leaves only those).
/// A command that prints a document or a setting and no id (`rules`, `rules --calendar`,
/// `export`, `report` to stdout) refuses `-q`; one that prints no records (`rules
/// --check`, `db init|migrate|copy|admins add|remove|config`, `completions`, `man`)
/// refuses `--json` and `--format`. Each refusal is one sentence, exit 2.
fn output_options(cmd: &Command) -> (&'static str, bool, bool) {
    use db::{AdminsCommand, DbCommand};
    match cmd {
        Command::Rules(a) if a.check.is_some() => ("rules --check", false, true),
        Command::Rules(a) if a.calendar => ("rules --calendar", true, false),
        Command::Rules(_) => ("rules", true, false),
        Command::Export(_) => ("export", true, false),
        Command::Report(a) => ("report", true, a.output.is_some()),
        Command::Completions(_) => ("completions", false, false),
        Command::Man(a) => ("man", false, a.dir.is_some()),
        Command::Db(a) => match &a.command {
            DbCommand::Admins(x) if matches!(x.command, AdminsCommand::List) => {
                ("db admins list", true, true)
            }
            DbCommand::Init(_) => ("db init", false, true),
            DbCommand::Migrate => ("db migrate", false, true),
            DbCommand::Copy(_) => ("db copy", false, true),
            DbCommand::Admins(_) => ("db admins", false, true),
            DbCommand::Config(_) => ("db config", false, true),
        },
        _ => ("", true, true),
    }
}

/// Refuse a global output option the command cannot honour ([`output_options`]), or `-q`
/// with a format of records (SPEC 2: no option wins silently over another), before
/// anything is read or written.
fn refuse_unhonoured_output(cli: &Cli) -> anyhow::Result<()> {
    let (name, records, quiet) = output_options(&cli.command);
    let g = &cli.global;
    let option = match (g.format, g.json) {
        (Some(f), _) => Some(format!("--format {}", f.as_str())),
        (None, true) => Some("--json".to_string()),
        (None, false) => None,
    };
    if let (false, Some(option)) = (records, &option) {
        return Err(usage_of_option(crate::tr!(
            "error-format-no-records",
            command = name,
            option = option
        )));
    }
    if g.quiet && !quiet {
        return Err(usage_of_option(crate::tr!(
            "error-quiet-no-ids",
            command = name
        )));
    }
    // -q and a format of records ask for two outputs: neither wins silently. `import`'s
    // format names the file it reads, which -q does not touch.
    if let (true, Some(option)) = (g.quiet, option)
        && !matches!(cli.command, Command::Import(_))
    {
        return Err(usage_of_option(crate::tr!(
            "error-quiet-with-format",
            option = option
        )));
    }
    Ok(())
}

/// Parse the arguments and run the command; returns the exit code on success.
pub fn run(cli: Cli) -> anyhow::Result<u8> {
    refuse_unhonoured_output(&cli)?;
    let mut out = Out::new();
    let code = match cli.command {
        Command::Completions(a) => {
            clap_complete::generate(a.shell, &mut command(), "svcreq", &mut out);
            0
        }
        Command::Man(a) => {
            match a.dir {
                Some(dir) => {
                    for p in man::write_pages(command(), &dir)? {
                        if !cli.global.quiet {
                            writeln!(out, "{}", p.display())?;
                        }
                    }
                }
                None => man::print(command(), &mut out)?,
            }
            0
        }
        Command::Rules(a) if a.check.is_some() => rules_cmd::check(&a, cli.global.quiet, &mut out)?,
        cmd => {
            // `db` commands keep the team ledger itself: they read no team configuration.
            let team_config = !matches!(cmd, Command::Db(_));
            // Commands that write one request in one transaction: on a team ledger, the
            // round trip that reads its access data begins that transaction too.
            let writes = matches!(
                cmd,
                Command::Open(_)
                    | Command::Respond(_)
                    | Command::Close(_)
                    | Command::Reopen(_)
                    | Command::Update(_)
                    | Command::Note(_)
                    | Command::Redact(_)
            );
            // `show ID` reads one request and its history, whatever else it reads: on a team
            // ledger they come in the round trip that reads its access data.
            let read_ahead = match &cmd {
                Command::Show(a) => a.id,
                _ => None,
            };
            let about = cmd.now_about();
            let ledger = cmd.uses_ledger();
            let mut ctx = Ctx::new(cli.global, team_config, writes, &about, read_ahead, ledger)?;
            if let NowAbout::Request(which) = &about {
                ctx.settle_now(which)?;
            }
            match cmd {
                Command::Open(a) => open::run(&ctx, a, &mut out)?,
                Command::List(a) => list::run(&ctx, a, &mut out)?,
                Command::Show(a) => show::run(&ctx, a, &mut out)?,
                Command::Respond(a) => lifecycle::respond(&ctx, a, &mut out)?,
                Command::Close(a) => lifecycle::close(&ctx, a, &mut out)?,
                Command::Reopen(a) => lifecycle::reopen(&ctx, a, &mut out)?,
                Command::Update(a) => update::update(&ctx, a, &mut out)?,
                Command::Note(a) => update::note(&ctx, a, &mut out)?,
                Command::Redact(a) => update::redact(&ctx, a, &mut out)?,
                Command::Classify(a) => classify::run(&ctx, a, &mut out)?,
                Command::Sla(a) => sla::run(&ctx, a, &mut out)?,
                Command::Report(a) => report::run(&ctx, a, &mut out)?,
                Command::Import(a) => transfer::import(&ctx, a, &mut out)?,
                Command::Export(a) => transfer::export(&ctx, a, &mut out)?,
                Command::Tenants(a) => tenants::run(&ctx, a, &mut out)?,
                Command::Rules(a) => rules_cmd::run(&ctx, a, &mut out)?,
                Command::Db(a) => db::run(&ctx, a, &mut out)?,
                Command::Completions(_) | Command::Man(_) => {
                    unreachable!("handled before the config is loaded")
                }
            }
        }
    };
    // A reader that stopped early (`svcreq sla | head -1`) does not change the verdict: the
    // exit status comes from the ledger, not from stdout (SPEC 6).
    let stdout = std::io::stdout();
    match out.commit(&mut BufWriter::new(stdout.lock())) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe && code != 0 => Ok(code),
        other => other.map(|()| code).map_err(Into::into),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes the English help catalogue from the definitions (run with --ignored when a
    /// flag is added, then translate the new keys in `locales/ja/help.ftl`).
    #[test]
    #[ignore]
    fn write_english_help_catalogue() {
        let mut s = String::from("# The help of every command and flag (SPEC 10), in English.\n\n");
        for (k, v) in help::keys(&Cli::command()) {
            s.push_str(&format!("{k} ={}\n", help::ftl_value(&v)));
        }
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/help.ftl"),
            s,
        )
        .unwrap();
    }

    fn texts(
        s: Option<&clap::builder::StyledStr>,
    ) -> clap::builder::Resettable<clap::builder::StyledStr> {
        s.cloned().map_or(
            clap::builder::Resettable::Reset,
            clap::builder::Resettable::Value,
        )
    }

    /// `s` without the commands of the tree: each command's definition is compared apart.
    fn without_commands(cmd: &clap::Command) -> String {
        let subs = cmd
            .get_subcommands()
            .map(|s| format!("{s:?}"))
            .collect::<Vec<_>>()
            .join(", ");
        format!("{cmd:?}").replacen(&format!("subcommands: [{subs}]"), "subcommands: []", 1)
    }

    /// The tree `parse` builds for one command is the whole tree's, but for the texts only
    /// help shows: the same global options and settings, the same command definitions.
    #[test]
    fn the_tree_of_one_command_is_the_whole_trees() {
        let whole = Cli::command();
        let names: Vec<&str> = whole.get_subcommands().map(|c| c.get_name()).collect();
        assert_eq!(names, COMMANDS.iter().map(|c| c.0).collect::<Vec<_>>());
        // The counter of places only orders what is added after the last command.
        let settled = |cmd: &clap::Command| {
            let s = without_commands(cmd);
            let at = s.find("current_disp_ord: ").unwrap();
            let end = at + s[at..].find(',').unwrap();
            format!("{}{}", &s[..at], &s[end..])
        };
        for (i, (name, _)) in COMMANDS.iter().enumerate() {
            let lean = one_command(root_command(), i)
                .about(texts(whole.get_about()))
                .long_about(texts(whole.get_long_about()));
            assert_eq!(settled(&lean), settled(&whole), "{name}");
            let full = whole.find_subcommand(name).unwrap();
            let one = lean
                .find_subcommand(name)
                .unwrap()
                .clone()
                .about(texts(full.get_about()))
                .long_about(texts(full.get_long_about()));
            assert_eq!(format!("{one:?}"), format!("{full:?}"), "{name}");
        }
    }

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
