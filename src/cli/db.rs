//! `svcreq db init|migrate|copy|admins|config` (SPEC 8): create a ledger's schema, upgrade it,
//! move a whole ledger between an SQLite file and a PostgreSQL team ledger, and keep a team
//! ledger's admins and configuration.

use super::{Ctx, Out, is_team_ledger};
use crate::error::{failure, usage};
use crate::output::{Format, cell, inert_line, keep_words, table};
use crate::rules::Role;
use crate::store::{Access, CURRENT_VERSION, Store, access, pg};
use crate::tr;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct DbArgs {
    #[command(subcommand)]
    pub command: DbCommand,
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Create the schema of the ledger named by --db (a team ledger: run once, as the
    /// database's owner)
    Init(InitArgs),
    /// Upgrade the ledger's schema to this svcreq's (a team ledger: as its owner, in one
    /// transaction)
    Migrate,
    /// Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or
    /// nothing, with its ids, histories and cycles
    Copy(CopyArgs),
    /// The admins of a team ledger: who may act, for which tenants, until when (its owner
    /// manages them)
    Admins(AdminsArgs),
    /// The team's configuration (tenants, rules, admins), stored in the team ledger
    Config(ConfigArgs),
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Print the SQL instead of running it (for a DBA who applies it by hand)
    #[arg(long)]
    pub print: bool,
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The ledger to copy: a file path or a postgres:// URL
    #[arg(long, value_name = "PATH|URL")]
    pub from: PathBuf,
    /// The ledger to copy into (created if it is a file; a team ledger must be initialised
    /// and empty)
    #[arg(long, value_name = "PATH|URL")]
    pub to: PathBuf,
}

pub fn run(ctx: &Ctx, a: DbArgs, out: &mut Out) -> anyhow::Result<u8> {
    match a.command {
        DbCommand::Init(i) => init(ctx, i, out),
        DbCommand::Migrate => migrate(ctx, out),
        DbCommand::Copy(c) => copy(ctx, c, out),
        DbCommand::Admins(a) => admins(ctx, a, out),
        DbCommand::Config(c) => config(ctx, c, out),
    }
}

fn init(ctx: &Ctx, a: InitArgs, out: &mut Out) -> anyhow::Result<u8> {
    let path = ctx.db_path()?;
    let team = is_team_ledger(&path);
    if a.print {
        if team {
            out.write_all(pg::init_sql().as_bytes())?;
        } else {
            for step in crate::store::sqlite_schema() {
                writeln!(out, "{step}")?;
            }
        }
        return Ok(0);
    }
    schema_admin(ctx, "init")?;
    if team {
        let url = path.to_string_lossy();
        let label = pg::parse_url(&url)?.label();
        match pg::init(&url)? {
            None => {
                if !ctx.quiet {
                    writeln!(
                        out,
                        "{}",
                        crate::output::sentence_out(tr!(
                            "db-team-created",
                            ledger = label.clone(),
                            version = CURRENT_VERSION
                        ))
                    )?;
                }
            }
            Some(v) if v == i64::from(CURRENT_VERSION) => {
                if !ctx.quiet {
                    writeln!(
                        out,
                        "{}",
                        crate::output::line_out(&crate::i18n::last_sentence(tr!(
                            "db-team-current",
                            ledger = label.clone(),
                            version = v
                        )))
                    )?;
                }
            }
            Some(v) => {
                return Err(failure(tr!(
                    "db-team-exists",
                    ledger = label.clone(),
                    version = v
                )));
            }
        }
        return Ok(0);
    }
    ctx.store_write_at(&path)?;
    if !ctx.quiet {
        writeln!(
            out,
            "{}",
            crate::output::sentence_out(tr!(
                "db-file-ready",
                ledger = path.display().to_string(),
                version = CURRENT_VERSION
            ))
        )?;
    }
    Ok(0)
}

fn migrate(ctx: &Ctx, out: &mut Out) -> anyhow::Result<u8> {
    let path = ctx.db_path()?;
    schema_admin(ctx, "migrate")?;
    if is_team_ledger(&path) {
        let url = path.to_string_lossy();
        let label = pg::parse_url(&url)?.label();
        let m = pg::migrate(&url)?;
        let (from, to) = (m.from, m.to);
        if !ctx.quiet {
            if let Some(was) = m.access_from {
                writeln!(
                    out,
                    "{}",
                    crate::output::sentence_out(tr!(
                        "db-team-access-migrated",
                        ledger = label.clone(),
                        from = was,
                        to = crate::store::access::ACCESS_VERSION
                    ))
                )?;
            }
            if from == to && m.access_from.is_none() {
                writeln!(
                    out,
                    "{}",
                    crate::output::sentence_out(tr!(
                        "db-team-up-to-date",
                        ledger = label.clone(),
                        version = to
                    ))
                )?;
            } else if from != to {
                writeln!(
                    out,
                    "{}",
                    crate::output::sentence_out(tr!(
                        "db-team-migrated",
                        ledger = label.clone(),
                        from = from,
                        to = to
                    ))
                )?;
            }
        }
        return Ok(0);
    }
    // An SQLite ledger upgrades itself when opened for writing: say from which schema, in
    // the words a team ledger's migration uses.
    let before = if std::fs::metadata(&path).is_ok_and(|m| m.len() > 0) {
        crate::store::sqlite_file_version(&path)
    } else {
        None
    };
    let store = ctx.store_write_existing()?;
    let now = store.sqlite_version().unwrap_or(i64::from(CURRENT_VERSION));
    if !ctx.quiet {
        let ledger = path.display().to_string();
        let said = match before {
            Some(from) if from > 0 && from < now => {
                tr!("db-file-migrated", ledger = ledger, from = from, to = now)
            }
            _ => tr!("db-file-version", ledger = ledger, version = now),
        };
        writeln!(out, "{}", crate::output::sentence_out(said))?;
    }
    Ok(0)
}

/// Whether the actor may create or change a ledger's schema (SPEC 1.7, 8;
/// [`crate::rules::actors::may_change_schema`]): judged before anything is opened, created
/// or changed, and refused with exit 4. On a team ledger the actor is the database role, and
/// the database decides: its owner runs `db init` and `db migrate`
/// ([`pg::init`], [`pg::migrate`]).
fn schema_admin(ctx: &Ctx, command: &str) -> anyhow::Result<()> {
    if ctx.team {
        return Ok(());
    }
    crate::rules::actors::may_change_schema(&ctx.cfg.admins, &ctx.actor, command)
        .map_err(crate::error::refused)
}

fn copy(ctx: &Ctx, a: CopyArgs, out: &mut Out) -> anyhow::Result<u8> {
    crate::store::refuse_conninfo(&a.from)?;
    crate::store::refuse_conninfo(&a.to)?;
    if a.from == a.to {
        return Err(usage(tr!("db-same-ledger")));
    }
    if !is_team_ledger(&a.from) && !a.from.exists() {
        return Err(failure(tr!(
            "db-no-source",
            path = a.from.display().to_string()
        )));
    }
    // A copy takes the whole ledger: from a file, where nothing but svcreq confines a
    // partner or limited admin to its tenants (SPEC 1.7), such an actor is refused, as export
    // refuses it another tenant; from a team ledger the server hands it its own rows only.
    if !is_team_ledger(&a.from)
        && let Some(tenants) = ctx.visible_tenants()?
    {
        return Err(crate::error::refused(tr!(
            "db-copy-confined",
            actor = crate::output::inert_line(&ctx.actor).into_owned(),
            tenants = crate::i18n::list(&tenants)
        )));
    }
    if !is_team_ledger(&a.from) || !is_team_ledger(&a.to) {
        schema_admin(ctx, "copy")?;
    }
    let src = Store::open(&a.from, Access::Read)?;
    if let Some(src) = &src {
        src.check_every_record()?;
    }
    let mut dst = ctx.store_write_at(&a.to)?;
    // Into a team ledger, a request of a tenant its team configuration does not define
    // (those pushed there, else, none pushed yet, the local config's) is copied as import
    // takes such a tenant's row (SPEC 7: history restored as recorded): under the zone and
    // targets the request records, which a ledger's rows always do, said once after the
    // copy, naming the tenants.
    let mut departed = Vec::new();
    if let Some(src) = &src
        && dst.is_pg()
    {
        let known: Vec<String> = match dst.team_tenants()? {
            Some(t) => t,
            None => ctx.cfg.tenants.keys().cloned().collect(),
        };
        departed = src
            .tenants()?
            .into_iter()
            .filter(|t| !known.contains(t))
            .map(|t| inert_line(&t).into_owned())
            .collect();
    }
    let copied = match &src {
        Some(src) => src.copy_to(&mut dst)?,
        None => Default::default(),
    };
    if !departed.is_empty() {
        crate::output::note_err(crate::output::sentence_err(tr!(
            "warning-copy-departed-tenant",
            count = departed.len(),
            tenants = crate::i18n::choices(&departed),
            ledger = dst.label()
        )));
    }
    if !ctx.quiet {
        writeln!(
            out,
            "{}",
            crate::output::sentence_out(tr!(
                "db-copied",
                requests = copied.requests,
                events = copied.events,
                cycles = copied.cycles,
                ledger = dst.label()
            ))
        )?;
    }
    Ok(0)
}

#[derive(Debug, Args)]
pub struct AdminsArgs {
    #[command(subcommand)]
    pub command: AdminsCommand,
}

#[derive(Debug, Subcommand)]
pub enum AdminsCommand {
    /// Add an admin (a database login role), or replace its role, tenants and end date
    Add(AdminAddArgs),
    /// Remove an admin: its login keeps no access to the ledger
    Remove(AdminRemoveArgs),
    /// List the admins, their roles, tenants and delegation end dates
    List,
}

#[derive(Debug, Args)]
pub struct AdminAddArgs {
    /// The admin's database login role
    #[arg(value_parser = crate::cli::input::parse_actor)]
    pub name: String,
    /// The admin's role
    #[arg(long, value_parser = crate::cli::args::spec_enum::<Role>())]
    pub role: Role,
    /// A tenant it serves (required for a partner); may be repeated; none: every tenant
    #[arg(long = "tenant", value_name = "TENANT", value_parser = crate::cli::input::parse_name)]
    pub tenants: Vec<String>,
    /// The last day of a partner's delegation (YYYY-MM-DD, in each tenant's zone)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

#[derive(Debug, Args)]
pub struct AdminRemoveArgs {
    /// The admin's database login role
    pub name: String,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Store the team's configuration (tenants, rules, admins) from a TOML file in the ledger
    Push(ConfigPushArgs),
    /// Print the configuration stored in the ledger
    Show,
}

#[derive(Debug, Args)]
pub struct ConfigPushArgs {
    /// The config file (as `--config` takes it; a rules_file it names is stored with it)
    pub file: PathBuf,
}

/// The team ledger's URL, or exit 2 for a local file.
fn team_url(ctx: &Ctx, command: &str) -> anyhow::Result<String> {
    let path = ctx.db_path()?;
    if !is_team_ledger(&path) {
        return Err(usage(crate::tr!("team-only", command = command)));
    }
    Ok(path.to_string_lossy().into_owned())
}

/// `db admins add|remove|list` (SPEC 8): who may act on the team ledger, as rows in it.
fn admins(ctx: &Ctx, a: AdminsArgs, out: &mut Out) -> anyhow::Result<u8> {
    let url = team_url(ctx, "admins")?;
    match a.command {
        AdminsCommand::Add(a) => {
            let until = a
                .until
                .as_deref()
                .map(|d| {
                    crate::rules::file::parse_date(d)
                        .map_err(|m| usage(crate::tr!("admins-bad-until", reason = m)))
                })
                .transpose()?;
            if a.role == Role::Partner && a.tenants.is_empty() {
                return Err(usage(crate::tr!("admins-partner-needs-tenants")));
            }
            if until.is_some() && a.role != Role::Partner {
                return Err(usage(crate::tr!("admins-until-partner-only")));
            }
            let c = pg::open(&url, false)?;
            // The tenants must be the team's: those of the configuration in the ledger, else
            // (none pushed yet) those of the local one.
            let known: Vec<String> = match access::config(&c)? {
                Some(p) => p.team.parse()?.tenants.into_keys().collect(),
                None => ctx.cfg.tenants.keys().cloned().collect(),
            };
            if let Some(t) = a.tenants.iter().find(|t| !known.contains(t)) {
                return Err(usage(crate::tr!(
                    "admins-unknown-tenant",
                    tenant = inert_line(t).into_owned(),
                    known = inert_line(&crate::i18n::choices(&known)).into_owned()
                )));
            }
            let row = access::AdminRow {
                name: a.name.clone(),
                role: a.role,
                tenants: a.tenants.clone(),
                until,
                added_by: String::new(),
                added_at: ctx.now,
            };
            let replaced = access::put_admin(&c, &row)?;
            if !ctx.quiet {
                let tenants = if a.tenants.is_empty() {
                    crate::tr!("admins-every-tenant")
                } else {
                    crate::tr!(
                        "admins-tenants",
                        tenants = inert_line(&crate::i18n::list(&a.tenants)).into_owned()
                    )
                };
                // A partner's last day is repeated, so a mistyped date shows at once.
                let tenants = match until {
                    Some(u) => crate::tr!(
                        "admins-with-until",
                        tenants = tenants,
                        until = u.to_string()
                    ),
                    None => tenants,
                };
                let id = if replaced {
                    "admins-updated"
                } else {
                    "admins-added"
                };
                let name = inert_line(&a.name).into_owned();
                let line = crate::tr!(id, name = name, role = a.role.as_str(), tenants = tenants);
                writeln!(out, "{}", crate::output::sentence_out(line))?;
            }
        }
        AdminsCommand::Remove(a) => {
            let c = pg::open(&url, false)?;
            if !access::remove_admin(&c, &a.name)? {
                return Err(crate::error::missing(crate::tr!(
                    "admins-no-such",
                    name = inert_line(&a.name).into_owned()
                )));
            }
            if !ctx.quiet {
                let line = crate::tr!("admins-removed", name = inert_line(&a.name).into_owned());
                writeln!(out, "{}", crate::output::sentence_out(line))?;
            }
        }
        AdminsCommand::List => {
            let format = ctx.format("db admins list", &[Format::Table, Format::Json])?;
            let c = pg::open(&url, true)?;
            let rows = access::admins(&c)?;
            if ctx.quiet {
                for r in &rows {
                    writeln!(out, "{}", inert_line(&r.name))?;
                }
            } else if format == Format::Json {
                serde_json::to_writer_pretty(&mut *out, &rows)?;
                writeln!(out)?;
            } else {
                let head = [
                    crate::tr!("admins-header-admin"),
                    crate::tr!("admins-header-role"),
                    crate::tr!("admins-header-tenants"),
                    crate::tr!("admins-header-until"),
                    crate::tr!("admins-header-added-by"),
                ];
                let head: Vec<&str> = head.iter().map(String::as_str).collect();
                let mut t = table(&head, ctx.color);
                for r in &rows {
                    let tenants = if r.tenants.is_empty() {
                        crate::tr!("admins-every-tenant")
                    } else {
                        crate::i18n::list(&r.tenants)
                    };
                    t.add_row(vec![
                        cell(&r.name),
                        cell(r.role.as_str()),
                        cell(&tenants),
                        cell(&r.until.map_or_else(|| "-".to_string(), |d| d.to_string())),
                        cell(&r.added_by),
                    ]);
                }
                writeln!(out, "{}", keep_words(&mut t))?;
            }
        }
    }
    Ok(0)
}

/// `db config push|show` (SPEC 8): the team's tenants, rules and admins in the ledger.
fn config(ctx: &Ctx, a: ConfigArgs, out: &mut Out) -> anyhow::Result<u8> {
    let url = team_url(ctx, "config")?;
    match a.command {
        ConfigCommand::Push(p) => {
            // Checked as a config file is, and stored with the rules file it names.
            let (team, checked) = crate::config::TeamConfig::from_file(&p.file)?;
            let admins: Vec<access::AdminRow> = checked
                .admins
                .iter()
                .map(|a| access::AdminRow {
                    name: a.name.clone(),
                    role: a.role,
                    tenants: a.tenants.clone(),
                    until: a.until,
                    added_by: String::new(),
                    added_at: ctx.now,
                })
                .collect();
            let c = pg::open(&url, false)?;
            access::push_config(&c, &team, &admins)?;
            if !ctx.quiet {
                let rules = if team.rules.is_some() {
                    crate::tr!("config-pushed-rules")
                } else {
                    String::new()
                };
                let line = crate::tr!(
                    "config-pushed",
                    file = p.file.display().to_string(),
                    ledger = c.label.as_str(),
                    tenants = checked.tenants.len(),
                    admins = admins.len(),
                    rules = rules
                );
                writeln!(out, "{}", crate::output::sentence_out(line))?;
            }
        }
        ConfigCommand::Show => {
            let c = pg::open(&url, true)?;
            let Some(p) = access::config(&c)? else {
                return Err(crate::error::missing(crate::tr!("config-none")));
            };
            if !ctx.quiet {
                let rules = if p.team.rules.is_some() {
                    crate::tr!("config-shown-rules")
                } else {
                    String::new()
                };
                let line = crate::tr!(
                    "config-shown-by",
                    by = inert_line(&p.by).into_owned(),
                    at = crate::time::format_utc(p.at),
                    rules = rules
                );
                crate::output::say_err(&crate::output::line_err(&line));
            }
            out.write_all(p.team.config.as_bytes())?;
        }
    }
    Ok(0)
}
