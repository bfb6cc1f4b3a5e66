//! `svcreq db init|migrate|copy` (SPEC 8): create a ledger's schema, upgrade it, or move a
//! whole ledger between an SQLite file and a PostgreSQL team ledger.

use super::{Ctx, Out, is_team_ledger};
use crate::error::{failure, usage};
use crate::store::{Access, CURRENT_VERSION, Store, pg};
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
    if team {
        let url = path.to_string_lossy();
        let label = pg::parse_url(&url)?.label();
        match pg::init(&url)? {
            None => {
                if !ctx.quiet {
                    writeln!(
                        out,
                        "{}",
                        tr!(
                            "db-team-created",
                            ledger = label.clone(),
                            version = CURRENT_VERSION
                        )
                    )?;
                }
            }
            Some(v) if v == i64::from(CURRENT_VERSION) => {
                if !ctx.quiet {
                    writeln!(
                        out,
                        "{}",
                        tr!("db-team-current", ledger = label.clone(), version = v)
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
            tr!(
                "db-file-ready",
                ledger = path.display().to_string(),
                version = CURRENT_VERSION
            )
        )?;
    }
    Ok(0)
}

fn migrate(ctx: &Ctx, out: &mut Out) -> anyhow::Result<u8> {
    let path = ctx.db_path()?;
    if is_team_ledger(&path) {
        let url = path.to_string_lossy();
        let label = pg::parse_url(&url)?.label();
        let (from, to) = pg::migrate(&url)?;
        if !ctx.quiet {
            if from == to {
                writeln!(
                    out,
                    "{}",
                    tr!("db-team-up-to-date", ledger = label.clone(), version = to)
                )?;
            } else {
                writeln!(
                    out,
                    "{}",
                    tr!(
                        "db-team-migrated",
                        ledger = label.clone(),
                        from = from,
                        to = to
                    )
                )?;
            }
        }
        return Ok(0);
    }
    // An SQLite ledger upgrades itself when opened for writing.
    let store = ctx.store_write_existing()?;
    if !ctx.quiet {
        writeln!(
            out,
            "{}",
            tr!(
                "db-file-version",
                ledger = path.display().to_string(),
                version = store.sqlite_version().unwrap_or(i64::from(CURRENT_VERSION))
            )
        )?;
    }
    Ok(0)
}

fn copy(ctx: &Ctx, a: CopyArgs, out: &mut Out) -> anyhow::Result<u8> {
    if a.from == a.to {
        return Err(usage(tr!("db-same-ledger")));
    }
    if !is_team_ledger(&a.from) && !a.from.exists() {
        return Err(failure(tr!(
            "db-no-source",
            path = a.from.display().to_string()
        )));
    }
    let src = Store::open(&a.from, Access::Read)?;
    let mut dst = ctx.store_write_at(&a.to)?;
    let copied = match &src {
        Some(src) => src.copy_to(&mut dst)?,
        None => Default::default(),
    };
    if !ctx.quiet {
        writeln!(
            out,
            "{}",
            tr!(
                "db-copied",
                requests = copied.requests,
                events = copied.events,
                cycles = copied.cycles,
                ledger = dst.label()
            )
        )?;
    }
    Ok(0)
}
