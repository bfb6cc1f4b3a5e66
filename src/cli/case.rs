//! The case record's options (SPEC 7): the fields `open` and `update` take, and naming a
//! request by Microsoft's case number (`--case N`) wherever a command takes an ID.

use super::Ctx;
use super::args::spec_enum;
use crate::error::{missing, usage};
use crate::rules::ContactMethod;
use crate::rules::case::{check_case_number, check_incident};
use crate::store::{Case, Store, Write};
use clap::Args;

/// The command that raised a request to severity A, for the 24x7 warning's hint.
#[derive(Debug, Clone, Copy)]
pub enum RaisedBy {
    /// `open`: give `--available-24x7`.
    Open,
    /// `update`: the flag takes a value, and false may have just been given on purpose.
    Update,
    /// `reopen` (the request's id): it takes no such flag; `update` records it.
    Reopen(i64),
}

/// The warning for a severity A request whose customer is not reachable around the clock
/// (SPEC 7), with the way to record that they are from the command that raised it.
pub fn warn_24x7(by: RaisedBy) -> String {
    match by {
        RaisedBy::Open => crate::tr!("warning-24x7"),
        RaisedBy::Update => crate::tr!("warning-24x7-update"),
        RaisedBy::Reopen(id) => crate::tr!("warning-24x7-reopen", id = id.to_string()),
    }
}

/// The case fields `open` takes.
#[derive(Debug, Args, Default)]
pub struct CaseArgs {
    /// Microsoft's service request number (1-64 letters, digits or -)
    #[arg(long, value_name = "CASE", value_parser = parse_case_number)]
    pub case_number: Option<String>,
    /// Who Microsoft should contact (name, mail, phone)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub contact: Option<String>,
    /// How to contact them: email or phone
    #[arg(long, value_name = "METHOD", value_parser = spec_enum::<ContactMethod>())]
    pub contact_method: Option<ContactMethod>,
    /// The customer stays reachable around the clock (expected for severity A)
    #[arg(long)]
    pub available_24x7: bool,
    /// Microsoft's support engineer on the case
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub engineer: Option<String>,
    /// The admin working the case on the customer's side
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub owner: Option<String>,
    /// A linked service-health incident id (EX123456); may be repeated
    #[arg(long, value_name = "ID", value_parser = parse_incident)]
    pub incident: Vec<String>,
}

impl CaseArgs {
    /// The case record these options give.
    pub fn case(&self) -> anyhow::Result<Case> {
        let mut incidents: Vec<String> = Vec::new();
        for i in &self.incident {
            if !incidents.contains(i) {
                incidents.push(i.clone());
            }
        }
        Ok(Case {
            case_number: self.case_number.clone(),
            contact: text(&self.contact, "--contact")?,
            contact_method: self.contact_method,
            available_24x7: self.available_24x7,
            engineer: text(&self.engineer, "--engineer")?,
            owner: text(&self.owner, "--owner")?,
            incidents,
            // What `open` and `update` cannot set stays as a new case has it.
            ..Case::default()
        })
    }
}

/// A short free-text field given as `--FIELD`: empty, or blank ([`crate::rules::blank`]), means none; bounded by the field's
/// cap ([`super::input::cap`]).
pub fn text(v: &Option<String>, flag: &str) -> anyhow::Result<Option<String>> {
    let cap = super::input::cap(flag.trim_start_matches('-'));
    match v {
        Some(s) if s.len() > cap => Err(usage(crate::tr!(
            "error-too-large",
            what = flag,
            cap = crate::error::cap_text(cap as u64)
        ))),
        Some(s) if crate::rules::blank(s) => Ok(None),
        Some(s) => Ok(Some(s.clone())),
        None => Ok(None),
    }
}

/// clap value parser for a case number.
pub fn parse_case_number(s: &str) -> Result<String, String> {
    check_case_number(s)
}

/// clap value parser for an incident id.
pub fn parse_incident(s: &str) -> Result<String, String> {
    check_incident(s)
}

/// Refuse a case number another request of the tenant already has (SPEC 7, exit 2).
pub fn check_unique(
    w: &Write<'_>,
    number: Option<&str>,
    tenant: &str,
    except: i64,
) -> anyhow::Result<()> {
    let Some(n) = number else { return Ok(()) };
    if let Some((id, _)) = w
        .find_case(n, Some(tenant))?
        .into_iter()
        .find(|(id, _)| *id != except)
    {
        return Err(usage(crate::tr!(
            "error-case-taken",
            case = n,
            id = id.to_string(),
            tenant = crate::output::inert_line(tenant)
        )));
    }
    Ok(())
}

/// How a command names its request: an id, or `--case N` (with `--tenant` when needed).
#[derive(Debug, Clone)]
pub struct Which {
    pub id: Option<i64>,
    pub case: Option<String>,
    /// With `case`: the tenants to look for it in (none: every tenant the actor sees).
    pub tenants: Vec<String>,
}

/// Only the requests of tenants the actor may see (SPEC 1.7: nothing leaks).
fn visible(ctx: &Ctx, found: Vec<(i64, String)>) -> Vec<(i64, String)> {
    found.into_iter().filter(|(_, t)| ctx.may_read(t)).collect()
}

fn pick(found: Vec<(i64, String)>, w: &Which) -> anyhow::Result<i64> {
    let n = w.case.as_deref().unwrap_or_default();
    match found.as_slice() {
        [] => Err(missing(match w.tenants.as_slice() {
            [] => crate::tr!("error-no-case-anywhere", case = n),
            [t] => crate::tr!(
                "error-no-case-in-tenant",
                case = n,
                tenant = crate::output::inert_line(t)
            ),
            many => crate::tr!(
                "error-no-case-in-tenants",
                case = n,
                count = many.len(),
                tenants = crate::i18n::list(
                    &many
                        .iter()
                        .map(|t| crate::output::inert_line(t).into_owned())
                        .collect::<Vec<_>>()
                )
            ),
        })),
        [(id, _)] => Ok(*id),
        many => {
            let tenants: Vec<String> = many
                .iter()
                .map(|(_, t)| crate::output::inert_line(t).into_owned())
                .collect();
            Err(usage(crate::tr!(
                "error-case-ambiguous",
                case = n,
                tenants = crate::i18n::list(&tenants),
                count = tenants.len()
            )))
        }
    }
}

/// The requests with case number `n` in the tenants `w` names (every tenant when it names
/// none; one query per tenant named, each through the case number's index).
fn in_tenants(
    w: &Which,
    n: &str,
    mut find: impl FnMut(&str, Option<&str>) -> anyhow::Result<Vec<(i64, String)>>,
) -> anyhow::Result<Vec<(i64, String)>> {
    if w.tenants.is_empty() {
        return find(n, None);
    }
    let mut found = Vec::new();
    for t in &w.tenants {
        for hit in find(n, Some(t))? {
            if !found.contains(&hit) {
                found.push(hit);
            }
        }
    }
    Ok(found)
}

impl Which {
    /// Each tenant `--tenant` names with `--case` is judged as every command judges one
    /// ([`Ctx::judge_tenant`]): one the actor may not see is refused (exit 4), as `list`
    /// refuses it, not looked in and answered "no such request".
    fn judge(&self, ctx: &Ctx) -> anyhow::Result<()> {
        if self.case.is_some() {
            for t in &self.tenants {
                ctx.judge_tenant(t)?;
            }
        }
        Ok(())
    }

    /// The id, resolved inside a write.
    pub fn resolve_in(&self, ctx: &Ctx, w: &Write<'_>) -> anyhow::Result<i64> {
        self.judge(ctx)?;
        match (self.id, &self.case) {
            (Some(id), _) => Ok(id),
            (None, Some(n)) => pick(
                visible(ctx, in_tenants(self, n, |n, t| Ok(w.find_case(n, t)?))?),
                self,
            ),
            (None, None) => Err(usage(crate::tr!("error-name-the-request"))),
        }
    }

    /// The id, resolved for reading: `--case` names the request that held that case number
    /// in the tenants named at `--now` (SPEC 6, a point in time), as `show` then reads it
    /// ([`super::show::read_at_now`]): a request opened later, or given the number later,
    /// is not found; one whose number (or tenant) was changed later is found by the one it
    /// had then.
    pub fn resolve(&self, ctx: &Ctx, store: &Store) -> anyhow::Result<i64> {
        self.judge(ctx)?;
        match (self.id, &self.case) {
            (Some(id), _) => Ok(id),
            (None, Some(n)) => {
                let now = in_tenants(self, n, |n, t| store.find_case(n, t))?;
                let changed = store.changed_after(ctx.now)?;
                let renumbered = store.case_changed_after(ctx.now)?;
                if !renumbered.is_empty() || now.iter().any(|(id, _)| changed.contains(id)) {
                    return pick(
                        visible(ctx, self.held_at_now(ctx, store, n, &renumbered)?),
                        self,
                    );
                }
                pick(visible(ctx, now), self)
            }
            (None, None) => Err(usage(crate::tr!("error-name-the-request"))),
        }
    }

    /// The requests (id, tenant at `--now`) that held case number `n` at `--now` in the
    /// tenants named (any when none): those holding it now in any tenant, and those
    /// `renumbered` after `--now`, each read as it stood then.
    fn held_at_now(
        &self,
        ctx: &Ctx,
        store: &Store,
        n: &str,
        renumbered: &[i64],
    ) -> anyhow::Result<Vec<(i64, String)>> {
        let mut ids: Vec<i64> = store
            .find_case(n, None)?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        ids.extend(renumbered.iter().copied());
        ids.sort_unstable();
        ids.dedup();
        let mut found = Vec::new();
        for id in ids {
            let Some(r) = store.get(id)? else { continue };
            let history = store.checked_history(&r)?;
            let Some(then) = store.as_of_with(r, ctx.now, &history)? else {
                continue;
            };
            let holds = then
                .case
                .case_number
                .as_deref()
                .is_some_and(|c| c.eq_ignore_ascii_case(n));
            if holds && (self.tenants.is_empty() || self.tenants.contains(&then.tenant)) {
                found.push((id, then.tenant));
            }
        }
        found.sort_by(|a, b| (&a.1, a.0).cmp(&(&b.1, b.0)));
        Ok(found)
    }

    /// For "no such request" before any ledger exists.
    pub fn not_found(&self) -> anyhow::Error {
        match (self.id, &self.case) {
            (Some(id), _) => crate::error::not_found(id),
            (None, Some(n)) => missing(crate::tr!("error-no-case", case = n.as_str())),
            (None, None) => usage(crate::tr!("error-name-the-request")),
        }
    }
}

/// The options that name a request, flattened into every command that takes an ID.
#[derive(Debug, Args, Clone)]
pub struct CaseSelect {
    /// Name the request by Microsoft's case number instead of its ID
    #[arg(long = "case", value_name = "CASE", value_parser = parse_case_number)]
    pub case: Option<String>,
    /// With --case: the tenant, when two tenants share the number (a comma-separated list
    /// looks in each of them)
    #[arg(
        long = "tenant",
        value_name = "TENANT",
        requires = "case",
        value_delimiter = ',',
        value_parser = crate::cli::input::parse_name
    )]
    pub tenant: Vec<String>,
}

impl CaseSelect {
    /// Combine with a positional id; exactly one of them must be given.
    /// The request named: the positional id or `--case` (exactly one of them).
    pub fn which(&self, id: Option<i64>, _ctx: &Ctx) -> anyhow::Result<Which> {
        match (id, &self.case) {
            (Some(_), Some(_)) => Err(usage(crate::tr!("error-id-and-case"))),
            (None, None) => Err(usage(crate::tr!("error-name-the-request"))),
            _ => Ok(Which {
                id,
                case: self.case.clone(),
                tenants: self.tenant.clone(),
            }),
        }
    }
}
