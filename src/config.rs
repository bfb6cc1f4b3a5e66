//! The config file (SPEC 3) → a validated `Config`: tenants with plan, support option,
//! time zone and business hours; admins; the effective rules. Validated before anything
//! touches the ledger, so a bad config creates no files.

use crate::error::usage;
use crate::rules::file::{BusinessHoursFile, FileError, SpanError};
use crate::rules::zone::Zone;
use crate::rules::{Admin, AtRisk, BusinessHours, Role, Rules, TierRules};
use crate::time::parse_tz;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The tenant used when the config names none.
pub const DEFAULT_TENANT: &str = "default";
/// The plan used when the config names none.
pub const DEFAULT_PLAN: &str = "e3";

type Sp = toml::Spanned<String>;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    db: Option<Sp>,
    tenant: Option<Sp>,
    admin: Option<Sp>,
    timezone: Option<Sp>,
    plan: Option<Sp>,
    support_option: Option<Sp>,
    country: Option<Sp>,
    at_risk: Option<Sp>,
    rules_file: Option<Sp>,
    business_hours: Option<BusinessHoursFile>,
    holidays: Option<Vec<Sp>>,
    #[serde(default)]
    /// By name, each name with its span (the `[tenants.NAME]` header).
    tenants: BTreeMap<toml::Spanned<String>, TenantFile>,
    #[serde(default)]
    admins: Vec<AdminFile>,
}

impl ConfigFile {
    /// Every value that names one of a fixed set (a plan, a support option, a country, an
    /// admin's role) as svcreq reads it, after [`crate::rules::fold_width`] (SPEC 2, 3: `plan =
    /// "ｅ５"` is `e5`); the one place the config's such values are folded, before any is
    /// read. Names the config gives (tenants, admins) are kept as written.
    fn fold_ids(&mut self) {
        let fold = |v: &mut Option<Sp>| {
            if let Some(sp) = v.as_mut() {
                fold_sp(sp);
            }
        };
        fold(&mut self.plan);
        fold(&mut self.support_option);
        fold(&mut self.country);
        for t in self.tenants.values_mut() {
            fold(&mut t.plan);
            fold(&mut t.support_option);
            fold(&mut t.country);
        }
        for a in &mut self.admins {
            fold_sp(&mut a.role);
        }
    }
}

/// `sp` after [`crate::rules::fold_width`], its span kept.
fn fold_sp(sp: &mut Sp) {
    if let Cow::Owned(f) = crate::rules::fold_width(sp.get_ref()) {
        *sp.get_mut() = f;
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantFile {
    plan: Option<Sp>,
    support_option: Option<Sp>,
    country: Option<Sp>,
    timezone: Option<Sp>,
    at_risk: Option<Sp>,
    business_hours: Option<BusinessHoursFile>,
    holidays: Option<Vec<Sp>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AdminFile {
    /// With its span: a name no actor can be is placed where it is written.
    name: Sp,
    role: Sp,
    /// Each with its span: an unknown one is placed where it is written.
    #[serde(default)]
    tenants: Vec<Sp>,
    until: Option<Sp>,
}

/// A tenant and everything its requests are evaluated with.
#[derive(Debug, Clone)]
pub struct Tenant {
    pub name: String,
    pub plan: String,
    pub support_option: String,
    /// ISO 3166-1 alpha-2, upper case, when the config gives it.
    pub country: Option<String>,
    pub timezone: Zone,
    pub at_risk: AtRisk,
    pub business_hours: BusinessHours,
}

impl Tenant {
    /// Warnings about this tenant's configuration that do not stop svcreq (printed on
    /// stderr by the commands that file or show targets): Professional Direct outside the
    /// countries where it is offered.
    pub fn warnings(&self) -> Vec<String> {
        crate::rules::country::support_option_warning(&self.support_option, self.country.as_deref())
            .map(|w| {
                crate::tr!(
                    "warning-tenant",
                    tenant = crate::output::inert_line(&self.name),
                    warning = w
                )
            })
            .into_iter()
            .collect()
    }
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from, if any.
    pub origin: Option<PathBuf>,
    /// The ledger (`db`: a file path or a `postgres://` URL, SPEC 8) when neither `--db`
    /// nor `SVCREQ_DB` names one.
    pub db: Option<String>,
    pub default_tenant: String,
    pub admin: Option<String>,
    pub tenants: BTreeMap<String, Tenant>,
    pub admins: Vec<Admin>,
    pub rules: Cow<'static, Rules>,
    /// The rules file in effect, as read (joined to the config file's directory when
    /// relative); `None` when the embedded default rules are in effect.
    pub rules_path: Option<PathBuf>,
}

/// The team's configuration as a team ledger stores it (SPEC 8, `db config push`): the
/// config file's text and the text of the rules file it names, so that every admin and CI
/// job reads the same tenants, rules and admins whatever files they have.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TeamConfig {
    /// The config file's TOML.
    pub config: String,
    /// The rules file's TOML, when the config names one.
    pub rules: Option<String>,
}

impl TeamConfig {
    /// Read and check the config file `path` (as `--config` reads it) with its rules file.
    pub fn from_file(path: &Path) -> anyhow::Result<(TeamConfig, Config)> {
        let checked = Config::load(Some(path))?;
        let config = crate::error::read_text(path).map_err(|reason| {
            usage(crate::tr!(
                "error-cannot-read",
                what = crate::tr!("config-file"),
                path = path.display().to_string(),
                reason = reason
            ))
        })?;
        let file: ConfigFile = toml::from_str(&config).map_err(|e| {
            usage(FileError::from_toml(&path.display().to_string(), &config, &e).to_string())
        })?;
        let rules = match &file.rules_file {
            None => None,
            Some(rf) => {
                let rel = Path::new(rf.get_ref());
                let full = match path.parent() {
                    Some(dir) if rel.is_relative() => dir.join(rel),
                    _ => rel.to_path_buf(),
                };
                Some(crate::error::read_text(&full).map_err(|reason| {
                    usage(crate::tr!(
                        "config-cannot-read-rules",
                        path = full.display().to_string(),
                        reason = reason
                    ))
                })?)
            }
        };
        Ok((TeamConfig { config, rules }, checked))
    }

    /// The configuration it holds, checked as a config file is.
    pub fn parse(&self) -> anyhow::Result<Config> {
        Config::parse_with_rules(&self.config, None, self.rules.as_deref())
    }

    /// The configuration cut into what every admin of the team may read and what only
    /// the admins of one tenant may read (SPEC 8: a partner sees its own tenants only):
    /// the settings every tenant inherits and the defaults (the top level, the default
    /// tenant's name included, without the admins, `admin` and `db`: a partner reads
    /// `--now` and the display zone as everyone else), and each tenant's own table
    /// (`[tenants.NAME]`;
    /// an empty one for the default tenant, which inherits everything). Put together again
    /// by [`TeamConfig::assemble`], any subset of the tenants reads as in the whole file.
    pub fn split(&self) -> anyhow::Result<(String, Vec<(String, String)>)> {
        let checked = self.parse()?;
        let mut top: toml::Table = toml::from_str(&self.config)
            .map_err(|_| usage(crate::tr!("team-config-unreadable")))?;
        for key in ["admin", "db", "admins"] {
            top.remove(key);
        }
        let mut own = match top.remove("tenants") {
            Some(toml::Value::Table(t)) => t,
            _ => toml::Table::new(),
        };
        let text = |t: &toml::Table| {
            toml::to_string(t).map_err(|_| usage(crate::tr!("team-config-unreadable")))
        };
        let mut parts = Vec::new();
        for name in checked.tenants.keys() {
            let section = match own.remove(name) {
                Some(toml::Value::Table(t)) => t,
                _ => toml::Table::new(),
            };
            parts.push((name.clone(), text(&section)?));
        }
        Ok((text(&top)?, parts))
    }

    /// A configuration of the tenants given, from the parts [`TeamConfig::split`] made:
    /// the default tenant is the team's (a configuration pushed before the parts kept it:
    /// the first tenant given).
    pub fn assemble(
        common: &str,
        tenants: &[(String, String)],
        rules: Option<String>,
    ) -> anyhow::Result<TeamConfig> {
        let unreadable = || crate::error::failure(crate::tr!("team-config-unreadable"));
        let mut top: toml::Table = toml::from_str(common).map_err(|_| unreadable())?;
        let mut own = toml::Table::new();
        for (name, section) in tenants {
            let t: toml::Table = toml::from_str(section).map_err(|_| unreadable())?;
            own.insert(name.clone(), toml::Value::Table(t));
        }
        if let Some((first, _)) = tenants.first().filter(|_| !top.contains_key("tenant")) {
            top.insert("tenant".into(), toml::Value::String(first.clone()));
        }
        top.insert("tenants".into(), toml::Value::Table(own));
        Ok(TeamConfig {
            config: toml::to_string(&top).map_err(|_| unreadable())?,
            rules,
        })
    }
}

/// Where the config lives by default: `<config dir>/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "svcreq").map(|d| d.config_dir().join("config.toml"))
}

impl Config {
    /// Load the config. `explicit` is a path the user named (`--config`/`SVCREQ_CONFIG`):
    /// it must exist. Without one, the default path is read if present, else defaults apply.
    pub fn load(explicit: Option<&Path>) -> anyhow::Result<Config> {
        let path = match explicit {
            Some(p) => {
                if p.as_os_str().is_empty() {
                    return Err(usage(crate::tr!("error-config-empty")));
                }
                // Only a path with nothing there is "not found": a symbolic link loop, a
                // directory it cannot search, are said as the system finds them.
                if let Err(e) = std::fs::metadata(p) {
                    if e.kind() == std::io::ErrorKind::NotFound {
                        return Err(usage(crate::tr!(
                            "error-config-not-found",
                            path = p.display().to_string()
                        )));
                    }
                    return Err(usage(crate::tr!(
                        "error-cannot-read",
                        what = crate::tr!("config-file"),
                        path = p.display().to_string(),
                        reason = crate::error::io_reason(&e)
                    )));
                }
                Some(p.to_path_buf())
            }
            // Something at the default path is read as if named: a directory or a link loop
            // there is said, not passed over for the defaults.
            None => default_path().filter(|p| p.symlink_metadata().is_ok()),
        };
        let Some(path) = path else {
            return Config::parse("", None);
        };
        if path.is_dir() {
            return Err(usage(crate::tr!(
                "error-config-is-dir",
                path = path.display().to_string()
            )));
        }
        let text = crate::error::read_text(&path).map_err(|reason| {
            usage(crate::tr!(
                "error-cannot-read",
                what = crate::tr!("config-file"),
                path = path.display().to_string(),
                reason = reason
            ))
        })?;
        Config::parse(&text, Some(&path))
    }

    /// Parse and validate config text; `path` names it in errors and anchors `rules_file`.
    pub fn parse(text: &str, path: Option<&Path>) -> anyhow::Result<Config> {
        Config::parse_with_rules(text, path, None)
    }

    /// As [`Config::parse`], with the text of the rules file the config names given
    /// (`rules_text`) rather than read from disk: a team ledger stores both (SPEC 8).
    pub fn parse_with_rules(
        text: &str,
        path: Option<&Path>,
        rules_text: Option<&str>,
    ) -> anyhow::Result<Config> {
        let origin = path.map_or_else(|| crate::tr!("config-file"), |p| p.display().to_string());
        let mut file: ConfigFile = toml::from_str(text)
            .map_err(|e| usage(FileError::from_toml(&origin, text, &e).to_string()))?;
        file.fold_ids();
        let at = |span: std::ops::Range<usize>, msg: String| {
            usage(FileError::at(&origin, text, Some(span), &msg).to_string())
        };
        let sp = |e: SpanError| at(e.span, e.message);

        let rules_path = file.rules_file.as_ref().map(|rf| {
            let rel = Path::new(rf.get_ref());
            match path.and_then(Path::parent) {
                Some(dir) if rel.is_relative() && rules_text.is_none() => dir.join(rel),
                _ => rel.to_path_buf(),
            }
        });
        let rules: Cow<'static, Rules> = match &file.rules_file {
            None => Cow::Borrowed(Rules::embedded()),
            Some(rf) if rules_text.is_some() => Cow::Owned(
                Rules::parse(rules_text.unwrap_or_default(), rf.get_ref())
                    .map_err(|e| usage(e.to_string()))?,
            ),
            Some(rf) => {
                let rel = Path::new(rf.get_ref());
                let full = match path.and_then(Path::parent) {
                    Some(dir) if rel.is_relative() => dir.join(rel),
                    _ => rel.to_path_buf(),
                };
                let rtext = crate::error::read_text(&full).map_err(|reason| {
                    at(
                        rf.span(),
                        crate::tr!(
                            "config-cannot-read-rules",
                            path = full.display().to_string(),
                            reason = reason
                        ),
                    )
                })?;
                Cow::Owned(
                    Rules::parse(&rtext, &full.display().to_string())
                        .map_err(|e| usage(e.to_string()))?,
                )
            }
        };

        let parse_country =
            |v: &Sp| crate::rules::country::parse_country(v.get_ref()).map_err(|m| at(v.span(), m));
        let parse_at_risk = |v: &Sp| v.get_ref().parse::<AtRisk>().map_err(|m| at(v.span(), m));
        // Each reason names what it is about (a time zone, a country, a date), and the
        // file, line and column point at the key: no key name before it.
        let parse_zone = |v: &Sp| parse_tz(v.get_ref()).map_err(|m| at(v.span(), m));
        let apply_hours =
            |base: &BusinessHours, bh: &Option<BusinessHoursFile>, hol: &Option<Vec<Sp>>| {
                let mut out = match bh {
                    Some(b) => b.apply(base).map_err(sp)?,
                    None => base.clone(),
                };
                // Holidays given replace the inherited ones, as every key does; given both in
                // [business_hours] and beside it, the two lists are one.
                if hol.is_some() && bh.as_ref().is_none_or(|b| b.holidays.is_none()) {
                    out.holidays.clear();
                }
                for h in hol.iter().flatten() {
                    out.holidays.insert(
                        crate::rules::file::parse_date(h.get_ref()).map_err(|m| at(h.span(), m))?,
                    );
                }
                anyhow::Ok(out)
            };

        let default_name = file
            .tenant
            .as_ref()
            .map_or(DEFAULT_TENANT.to_string(), |t| t.get_ref().clone());
        let base = Tenant {
            name: default_name.clone(),
            plan: file
                .plan
                .as_ref()
                .map_or(DEFAULT_PLAN.to_string(), |p| p.get_ref().clone()),
            support_option: file
                .support_option
                .as_ref()
                .map_or("standard".into(), |p| p.get_ref().clone()),
            country: file.country.as_ref().map(parse_country).transpose()?,
            timezone: file
                .timezone
                .as_ref()
                .map(parse_zone)
                .transpose()?
                .unwrap_or(Zone::UTC),
            at_risk: file
                .at_risk
                .as_ref()
                .map(parse_at_risk)
                .transpose()?
                .unwrap_or(rules.at_risk),
            business_hours: apply_hours(
                &rules.business_hours,
                &file.business_hours,
                &file.holidays,
            )?,
        };
        let check_tier = |t: &Tenant, plan: Option<&Sp>, opt: Option<&Sp>| -> anyhow::Result<()> {
            rules
                .tier_for(&t.plan, &t.support_option)
                .map(|_| ())
                .map_err(|m| {
                    // Only a support option other than standard can be what is unknown.
                    let span = if t.support_option != "standard" {
                        opt
                    } else {
                        plan
                    };
                    match span {
                        Some(s) => at(s.span(), m),
                        None => usage(crate::tr!(
                            "config-tenant-error",
                            origin = origin.as_str(),
                            tenant = t.name.as_str(),
                            error = m
                        )),
                    }
                })
        };
        // A tenant's own business hours must reach every business-clock target (SPEC 6):
        // an error is placed at the key that gave them (its own, else the top level's) and
        // names it.
        let top_hours = hours_key(&file.business_hours, &file.holidays);
        let check_hours = |t: &Tenant, own: Option<(Range<usize>, &'static str)>| {
            rules
                .check_reachable(&t.business_hours)
                .map_err(|(what, m)| match own.or_else(|| top_hours.clone()) {
                    Some((span, key)) => at(
                        span,
                        crate::tr!(
                            "config-hours-unreachable",
                            tenant = t.name.as_str(),
                            key = key,
                            what = what,
                            error = m
                        ),
                    ),
                    None => usage(crate::tr!(
                        "config-tenant-error",
                        origin = origin.as_str(),
                        tenant = t.name.as_str(),
                        error = format!("{what}: {m}")
                    )),
                })
        };
        // A tenant's name and plan are stored on each of its requests: within the caps
        // import takes them back under, the default tenant's too.
        // Each error is placed at the key that gives the name (`tenant`, `plan`, a
        // `[tenants.NAME]` header) and names it.
        let check_stored_names =
            |t: &Tenant, name_at: &Located, plan_at: &Located, option_at: &Located| {
                let key = |(_, key): &Located| crate::output::inert_line(key).into_owned();
                // A comma separates tenants wherever --tenant is given: no name holds one,
                // nor the full-width comma a Japanese input method types for it.
                if t.name.contains([',', '，']) {
                    return Err(at(
                        name_at.0.clone(),
                        crate::tr!(
                            "config-tenant-comma",
                            key = key(name_at),
                            tenant = crate::output::inert_line(&t.name).into_owned()
                        ),
                    ));
                }
                // Every name the config gives follows the one rule every name a rules file
                // gives follows ([`crate::rules::file::name_flaw`]): not empty, no NUL, no
                // comma, no blank at either end.
                // A support option is not stored with a request but named as a plan is.
                if let Some(m) =
                    crate::rules::file::name_flaw("support_option", &option_at.1, &t.support_option)
                {
                    return Err(at(option_at.0.clone(), m));
                }
                for (field, value, where_) in
                    [("tenant", &t.name, name_at), ("plan", &t.plan, plan_at)]
                {
                    if let Some(m) = crate::rules::file::name_flaw(field, &where_.1, value) {
                        return Err(at(where_.0.clone(), m));
                    }
                    let cap = crate::cli::input::cap(field);
                    if value.len() > cap {
                        return Err(at(
                            where_.0.clone(),
                            crate::tr!(
                                "config-name-too-long",
                                key = key(where_),
                                field = field,
                                cap = crate::error::cap_text(cap as u64),
                                size = value.len()
                            ),
                        ));
                    }
                }
                anyhow::Ok(())
            };
        // A name or plan left out is the built-in default, which is valid: placed at the
        // top of the file.
        let key_at = |v: &Option<Sp>, key: &str| -> Located {
            (v.as_ref().map_or(0..0, |v| v.span()), key.to_string())
        };
        let top_plan = key_at(&file.plan, "plan");
        let top_option = key_at(&file.support_option, "support_option");
        check_stored_names(
            &base,
            &key_at(&file.tenant, "tenant"),
            &top_plan,
            &top_option,
        )?;
        check_tier(&base, file.plan.as_ref(), file.support_option.as_ref())?;
        check_hours(&base, None)?;

        let mut tenants = BTreeMap::new();
        for (spanned_name, tf) in &file.tenants {
            let name = spanned_name.get_ref();
            let t = Tenant {
                name: name.clone(),
                plan: tf
                    .plan
                    .as_ref()
                    .map_or(base.plan.clone(), |p| p.get_ref().clone()),
                support_option: tf
                    .support_option
                    .as_ref()
                    .map_or(base.support_option.clone(), |p| p.get_ref().clone()),
                country: match &tf.country {
                    Some(c) => Some(parse_country(c)?),
                    None => base.country.clone(),
                },
                timezone: tf
                    .timezone
                    .as_ref()
                    .map(parse_zone)
                    .transpose()?
                    .unwrap_or(base.timezone),
                at_risk: tf
                    .at_risk
                    .as_ref()
                    .map(parse_at_risk)
                    .transpose()?
                    .unwrap_or(base.at_risk),
                business_hours: apply_hours(
                    &base.business_hours,
                    &tf.business_hours,
                    &tf.holidays,
                )?,
            };
            let plan_at = match &tf.plan {
                Some(p) => (p.span(), format!("tenants.{name}.plan")),
                None => top_plan.clone(),
            };
            let option_at = match &tf.support_option {
                Some(p) => (p.span(), format!("tenants.{name}.support_option")),
                None => top_option.clone(),
            };
            check_stored_names(
                &t,
                &(spanned_name.span(), format!("tenants.{name}")),
                &plan_at,
                &option_at,
            )?;
            check_tier(&t, tf.plan.as_ref(), tf.support_option.as_ref())?;
            check_hours(&t, hours_key(&tf.business_hours, &tf.holidays))?;
            tenants.insert(name.clone(), t);
        }
        tenants.entry(default_name.clone()).or_insert(base);

        // The actor is stored on what it records and shown in tables (SPEC 1.7): `admin`
        // and each `[[admins]]` name are refused where they are written, not later as if
        // --as had given them. No ledger keeps U+0000.
        let actor_check = |v: &Sp, key: &str| {
            if crate::cli::input::nul_at(v.get_ref()).is_some() {
                return Err(at(v.span(), crate::tr!("config-key-nul", key = key)));
            }
            match crate::cli::input::actor_flaw(v.get_ref()) {
                Some(flaw) => Err(at(v.span(), flaw.config_message(key, v.get_ref()))),
                None => Ok(()),
            }
        };
        if let Some(admin) = &file.admin {
            actor_check(admin, "admin")?;
        }
        let mut admins: Vec<Admin> = Vec::new();
        for (i, a) in file.admins.iter().enumerate() {
            actor_check(&a.name, "admins.name")?;
            if let Some(first) = file.admins[..i]
                .iter()
                .find(|b| b.name.get_ref() == a.name.get_ref())
            {
                return Err(at(
                    a.role.span(),
                    crate::tr!(
                        "config-admin-twice",
                        name = a.name.get_ref().as_str(),
                        first = first.role.get_ref().as_str(),
                        second = a.role.get_ref().as_str()
                    ),
                ));
            }
            let role = a
                .role
                .get_ref()
                .parse::<Role>()
                .map_err(|m| at(a.role.span(), m))?;
            if role == Role::Partner && a.tenants.is_empty() {
                return Err(at(
                    a.role.span(),
                    crate::tr!(
                        "config-partner-no-tenants",
                        name = a.name.get_ref().as_str()
                    ),
                ));
            }
            let until = match &a.until {
                Some(u) => Some(
                    crate::rules::file::parse_date(u.get_ref())
                        .map_err(|m| at(u.span(), format!("`until`: {m}")))?,
                ),
                None => None,
            };
            // A tenant a partner serves is named as any tenant is ([`crate::rules::file::name_flaw`]).
            for t in &a.tenants {
                if let Some(m) = crate::rules::file::name_flaw("tenant", "tenants", t.get_ref()) {
                    return Err(at(t.span(), m));
                }
            }
            if let Some(unknown) = a
                .tenants
                .iter()
                .find(|t| !tenants.contains_key(t.get_ref()))
            {
                return Err(at(
                    unknown.span(),
                    crate::tr!(
                        "config-admin-unknown-tenant",
                        name = a.name.get_ref().as_str(),
                        tenant = unknown.get_ref().as_str()
                    ),
                ));
            }
            admins.push(Admin {
                name: a.name.get_ref().clone(),
                role,
                tenants: a.tenants.iter().map(|t| t.get_ref().clone()).collect(),
                until,
            });
        }

        Ok(Config {
            origin: path.map(Path::to_path_buf),
            db: file.db.map(|d| d.into_inner()),
            default_tenant: default_name,
            admin: file.admin.map(|a| a.into_inner()),
            tenants,
            admins,
            rules,
            rules_path,
        })
    }

    /// The tenant named by `--tenant`, or the default one; unknown names are exit 2.
    /// A comma-separated list where one tenant is asked for is exit 2, named as a list.
    pub fn tenant(&self, name: Option<&str>) -> anyhow::Result<&Tenant> {
        let name = name.unwrap_or(&self.default_tenant);
        if name.contains(',') {
            let names: Vec<String> = name
                .split(',')
                .map(|n| crate::output::inert_line(n).into_owned())
                .collect();
            return Err(usage(crate::tr!(
                "error-one-tenant",
                tenants = crate::i18n::list(&names),
                count = names.len()
            )));
        }
        self.tenants.get(name).ok_or_else(|| {
            usage(crate::tr!(
                "error-unknown-tenant",
                tenant = name,
                known = crate::i18n::choices(&self.tenants.keys().collect::<Vec<_>>())
            ))
        })
    }

    /// The tier a tenant is in under the current rules.
    pub fn tier_of(&self, t: &Tenant) -> anyhow::Result<&TierRules> {
        self.rules
            .tier_for(&t.plan, &t.support_option)
            .map_err(usage)
    }
}

/// The span and name of the first business-hours key a table gives (`business_hours.windows`,
/// `.days`, `.open`, `.close`, `.holidays`, or `holidays` beside it): where an error about
/// the hours it gives is placed.
/// Where a value is written: its span and its key.
type Located = (Range<usize>, String);

fn hours_key(
    bh: &Option<BusinessHoursFile>,
    holidays: &Option<Vec<Sp>>,
) -> Option<(Range<usize>, &'static str)> {
    let in_table = bh.as_ref().and_then(|b| {
        b.windows
            .as_ref()
            .map(|w| (w.span(), "business_hours.windows"))
            .or(b.days.as_ref().map(|d| (d.span(), "business_hours.days")))
            .or(b.open.as_ref().map(|o| (o.span(), "business_hours.open")))
            .or(b.close.as_ref().map(|c| (c.span(), "business_hours.close")))
            .or(b
                .holidays
                .as_ref()
                .and_then(|h| h.first())
                .map(|h| (h.span(), "business_hours.holidays")))
    });
    in_table.or_else(|| {
        holidays
            .as_ref()
            .and_then(|h| h.first())
            .map(|h| (h.span(), "holidays"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> anyhow::Result<Config> {
        Config::parse(text, Some(Path::new("c.toml")))
    }

    #[test]
    fn a_team_config_carries_its_rules_file_and_reads_as_the_files_do() {
        let dir = tempfile::tempdir().unwrap();
        // A rules file of our own: the embedded one with a reopen window of 30 days.
        let custom = include_str!("rules/default.toml")
            .replace("reopen_window = \"14d\"", "reopen_window = \"30d\"");
        std::fs::write(dir.path().join("rules.toml"), &custom).unwrap();
        let path = dir.path().join("team.toml");
        std::fs::write(
            &path,
            "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nrules_file = \"rules.toml\"\n[tenants.fabrikam]\ntimezone = \"Europe/Berlin\"\n[[admins]]\nname = \"bob\"\nrole = \"partner\"\ntenants = [\"fabrikam\"]\n",
        )
        .unwrap();
        let (team, read) = TeamConfig::from_file(&path).unwrap();
        assert_eq!(team.rules.as_deref(), Some(custom.as_str()));
        // Elsewhere, with neither file on disk, the stored text reads the same.
        drop(dir);
        let stored = team.parse().unwrap();
        assert_eq!(
            stored.tenants.keys().collect::<Vec<_>>(),
            ["contoso", "fabrikam"]
        );
        assert_eq!(
            stored.tenants["fabrikam"].timezone,
            read.tenants["fabrikam"].timezone
        );
        assert_eq!(stored.admins, read.admins);
        assert_eq!(stored.rules.reopen_window, 30 * 86_400);
        assert_eq!(read.rules.reopen_window, 30 * 86_400);
        assert!(TeamConfig::from_file(Path::new("/nonexistent/team.toml")).is_err());
    }

    #[test]
    fn empty_config_means_defaults() {
        let c = parse("").unwrap();
        let t = c.tenant(None).unwrap();
        assert_eq!(t.name, DEFAULT_TENANT);
        assert_eq!(t.plan, DEFAULT_PLAN);
        assert_eq!(t.timezone, Zone::UTC);
        assert_eq!(c.tier_of(t).unwrap().name, "enterprise");
    }

    #[test]
    fn tenants_inherit_top_level_values() {
        let c = parse(
            "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e5\"\n[tenants.fabrikam]\nplan = \"business-standard\"\ntimezone = \"Europe/Berlin\"\n[tenants.tailspin]\nsupport_option = \"premier\"\n",
        )
        .unwrap();
        assert_eq!(
            c.tenant(Some("contoso")).unwrap().timezone,
            Zone::get("Asia/Tokyo").unwrap()
        );
        let f = c.tenant(Some("fabrikam")).unwrap();
        assert_eq!(c.tier_of(f).unwrap().name, "business");
        let t = c.tenant(Some("tailspin")).unwrap();
        assert_eq!(t.timezone, Zone::get("Asia/Tokyo").unwrap());
        assert_eq!(c.tier_of(t).unwrap().name, "elevated");
        let e = c.tenant(Some("nope")).unwrap_err().to_string();
        assert!(
            e.contains("unknown tenant 'nope'") && e.contains("fabrikam"),
            "{e}"
        );
    }

    #[test]
    fn bad_values_name_file_line_and_key() {
        for (text, want) in [
            (
                "timezone = \"Mars/Base\"",
                "c.toml:1:12: unknown time zone 'Mars/Base'",
            ),
            ("plan = 3", "c.toml:1:8"),
            ("at_risk = \"125%\"", "c.toml:1:11"),
            (
                "[business_hours]\nholidays = [\"2026-02-30\"]",
                "c.toml:2:13: invalid date '2026-02-30'",
            ),
            ("timezon = \"UTC\"", "timezon"),
            ("tenant = ", "c.toml:1:10"),
            ("plan = \"e4\"", "unknown plan 'e4'"),
        ] {
            let e = parse(text).unwrap_err();
            assert_eq!(crate::error::exit_code(&e), 2);
            assert!(e.to_string().contains(want), "{text}: {e}");
        }
    }

    #[test]
    fn an_admin_listed_twice_is_refused() {
        let e = parse(
            "[[admins]]\nname = \"p\"\nrole = \"partner\"\ntenants = [\"default\"]\n[[admins]]\nname = \"p\"\nrole = \"global\"\n",
        )
        .unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 2);
        assert!(e.to_string().contains("'p' is listed twice"), "{e}");
    }

    #[test]
    fn a_partner_with_no_tenants_is_a_config_error() {
        let e = parse("[[admins]]\nname = \"p\"\nrole = \"partner\"\ntenants = []\n").unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 2);
        assert!(e.to_string().contains("lists no tenants"), "{e}");
    }

    #[test]
    fn every_admin_role_of_the_spec_is_accepted() {
        for role in [
            "global",
            "service-support",
            "helpdesk",
            "billing",
            "user-admin",
            "global-reader",
        ] {
            let c = parse(&format!("[[admins]]\nname = \"a\"\nrole = \"{role}\"\n")).unwrap();
            assert_eq!(c.admins[0].role.as_str(), role);
        }
        let e = parse("[[admins]]\nname = \"a\"\nrole = \"owner\"\n").unwrap_err();
        assert!(e.to_string().contains("global-reader"), "{e}");
    }

    #[test]
    fn partner_tenants_must_exist() {
        let e =
            parse("[[admins]]\nname = \"p\"\nrole = \"partner\"\ntenants = [\"x\"]\n").unwrap_err();
        assert!(e.to_string().contains("tenant 'x'"), "{e}");
    }
}
