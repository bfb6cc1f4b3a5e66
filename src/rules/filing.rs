//! Filing decisions, pure (SPEC 1.1–1.4, 1.5, 1.6, 6, 7): what a new request is filed as —
//! category, scope, service, severity and its source, the response target and due time —
//! from what the person filing states and what the text says; and what each later action
//! ([`respond`], [`note`], [`update`], [`close`], [`reopen`]) makes of the request as it
//! stands. `open` and `import` both file through [`file`], so the two can never disagree;
//! the commands parse, call these, store the result and print it.

use super::case::retarget;
use super::classify::{Basis, Classification, Rationale, classify, in_scope_service};
use super::history::{
    LatestAction, check_action_time, check_representable, check_representable_named,
    latest_representable,
};
pub use super::record::SeveritySource;
use super::record::{
    Case, Changes, CycleTarget, Event, NOTE, Request, Status, replay_cycle_targets,
};
use super::zone::Zone;
use super::{
    AtRisk, BusinessHours, Category, Clock, ContactMethod, Counting, FactOverrides, NoteFrom,
    ReopenVerdict, Rules, Scope, Service, Severity, SlaState, Target, TierRules, reopen_verdict,
    severity, sla_state_counted,
};
use crate::i18n::Lang;
use crate::time::{format_local, format_local_long};
use chrono::{DateTime, Utc};

/// What the person filing states; `None` (or an unset flag) leaves it to the rules and the
/// classifier. A stated value is never overridden by what the text suggests.
#[derive(Debug, Clone, Default)]
pub struct Statement<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub category: Option<Category>,
    pub service: Option<Service>,
    pub severity: Option<Severity>,
    /// The impact flags (`--impact`, `--users`, `--workaround`, `--business-critical`).
    pub overrides: FactOverrides,
    /// Record it even when it is outside the support boundary (`--force`).
    pub force: bool,
}

impl Statement<'_> {
    /// What the classifier reads: the title, then the description on the next line when
    /// there is one.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        if self.description.is_empty() {
            std::borrow::Cow::Borrowed(self.title)
        } else {
            std::borrow::Cow::Owned(format!("{}\n{}", self.title, self.description))
        }
    }
}

/// The tier and calendar a request is filed under: resolved once per request from its
/// tenant (issue 12's one tenant context).
#[derive(Debug, Clone, Copy)]
pub struct Under<'a> {
    pub rules: &'a Rules,
    pub tier: &'a TierRules,
    pub zone: Zone,
    pub hours: &'a BusinessHours,
}

/// A filing decision.
#[derive(Debug, Clone)]
pub struct Filing {
    pub category: Category,
    pub scope: Scope,
    pub service: Service,
    pub severity: Option<Severity>,
    pub severity_source: Option<SeveritySource>,
    /// The target the request is filed under (no commitment when recorded out of scope).
    pub target: Target,
    /// UTC; None without a commitment.
    pub due: Option<DateTime<Utc>>,
    /// The impact facts the classifier assumed (nothing in the text or flags said them).
    pub assumed: Vec<&'static str>,
    /// The classification of the title and description, for the rationale.
    pub classification: Classification,
}

/// Why a request cannot be filed as stated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Outside Microsoft's support boundary (SPEC 1.2), and not forced: exit 4.
    OutOfScope {
        scope: Scope,
        why: String,
        referral: String,
        /// The scope is the one an import row states without the target it was recorded
        /// under (not a restore, SPEC 5), rather than the classifier's.
        stated: bool,
    },
    /// A severity given to a presales or billing request (SPEC 6): exit 2.
    NoSeverity(Category),
    /// Anything else wrong with the input (a target the rules lack, a time out of range): exit 2.
    Invalid(String),
    /// Refused by a support rule (a reopen past its window, an actor who may not act): exit 4.
    NotAllowed(String),
}

impl Refusal {
    /// One sentence for the user.
    pub fn message(&self) -> String {
        match self {
            Refusal::OutOfScope { scope, why, .. } => {
                let lang = crate::i18n::lang();
                crate::tr!(
                    "refusal-out-of-scope",
                    scope = crate::output::words::name_in(lang, "scope", scope.as_str()),
                    why = why.as_str(),
                    referral = referral_in(lang, *scope).unwrap_or_default()
                )
            }
            Refusal::NoSeverity(c) => crate::tr!(
                "refusal-no-severity",
                category = crate::output::words::name("category", c.as_str())
            ),
            Refusal::Invalid(m) | Refusal::NotAllowed(m) => m.clone(),
        }
    }
}

/// One rationale line as text: `service_state = down (phrase "cannot send")`, in English
/// (the ledger's history is written in English whoever writes it).
pub fn rationale_text(r: &Rationale) -> String {
    let (lang, why) = (Lang::En, basis_text_in(Lang::En, r, None));
    let fact = crate::output::words::name_in(lang, "fact", r.fact);
    // Stored as the fact's own value, which `show` reads back (cli/history.rs).
    let value = match r.fact {
        "category" | "scope" | "service" => crate::output::words::name_in(lang, r.fact, &r.value),
        _ => crate::output::words::name_in(lang, "value", &r.value),
    };
    crate::tr!(in lang; "rationale-line", fact = fact, value = value, why = why)
}

/// One rationale line in `lang` (SPEC 10): the fact and its value by their names there
/// (`サービスの状態: 停止 (語句「送受信できない」)`); with the classified `text`, a phrase is
/// quoted as it was typed there.
pub fn rationale_text_in(lang: Lang, r: &Rationale, text: Option<&str>) -> String {
    let why = basis_text_in(lang, r, text);
    let fact = crate::output::words::name_in(lang, "fact", r.fact);
    let phrase = match &r.basis {
        Basis::Phrase { phrase } => Some(phrase.as_str()),
        _ => None,
    };
    let value = value_text_in(lang, r.fact, &r.value, phrase);
    crate::tr!(in lang; "rationale-line", fact = fact, value = value, why = why)
}

/// A rationale line's value as shown in `lang`, given the phrase it rests on: `workaround =
/// false` on a phrase that states another admin tool's way ("PowerShell からは設定できる") is
/// shown as that (`管理ツールでのみ可能`), never as "no workaround" beside the workaround it quotes
/// (SPEC 1.3: an admin's tool is not the user's workaround, so the fact stays false).
pub fn value_text_in(lang: Lang, fact: &str, value: &str, phrase: Option<&str>) -> String {
    match fact {
        "category" | "scope" | "service" => crate::output::words::name_in(lang, fact, value),
        "workaround"
            if value == "false" && phrase.is_some_and(super::classify::names_admin_tool) =>
        {
            crate::output::words::name_in(lang, "value", "admin-only")
        }
        _ => crate::output::words::name_in(lang, "value", value),
    }
}

/// What a rationale line rests on (a phrase, a flag, an assumption), in `lang`; with the
/// classified `text`, the phrase as it was typed there.
pub fn basis_text_in(lang: Lang, r: &Rationale, text: Option<&str>) -> String {
    match &r.basis {
        Basis::Phrase { phrase } => {
            let typed = text.and_then(|t| super::classify::phrase_as_typed(t, phrase));
            crate::tr!(in lang; "rationale-phrase", phrase = typed.as_deref().unwrap_or(phrase))
        }
        Basis::Flag { flag } => crate::tr!(in lang; "rationale-flag", flag = flag.as_str()),
        Basis::Assumed => crate::tr!(in lang; "rationale-assumed"),
        Basis::Corpus { phrases } => corpus_text_in(
            lang,
            phrases.iter().map(|p| {
                text.and_then(|t| super::classify::phrase_as_typed(t, p))
                    .unwrap_or_else(|| p.clone())
            }),
        ),
    }
}

/// A reading of the labelled corpus (`rationale-corpus`) in `lang`, quoting `phrases`: the
/// words of the text that weighed most for it.
pub fn corpus_text_in(lang: Lang, phrases: impl Iterator<Item = String>) -> String {
    let quoted: Vec<String> = phrases
        .map(|p| crate::tr!(in lang; "rationale-corpus-phrase", phrase = p))
        .collect();
    let sep = crate::i18n::text_in(lang, "list-separator", None);
    crate::tr!(in lang; "rationale-corpus", phrases = quoted.join(&sep))
}

/// Where to go instead for a request outside the support boundary, in `lang` (SPEC 1.2;
/// the English text is [`Scope::referral`], what JSON carries).
pub fn referral_in(lang: Lang, scope: Scope) -> Option<String> {
    scope.referral()?;
    Some(crate::i18n::text_in(
        lang,
        &format!("referral-{}", scope.as_str()),
        None,
    ))
}

fn is_fact(r: &Rationale) -> bool {
    matches!(
        r.fact,
        "service_state" | "affected" | "workaround" | "business_critical"
    )
}

/// Whether the impact flags given (`--impact`, `--users`, `--workaround`,
/// `--business-critical`) can apply to a request of `category` with the `stated` severity
/// (SPEC 1.1, 1.3). A flag decides a severity through the classifier; where none is
/// classified (presales, billing, or a severity stated) it cannot apply, and is refused
/// naming it rather than ignored, as `--severity` is on presales. The category is the one
/// read from the text (or stated), never one the flags made: `open` and `classify` both ask
/// here, so they refuse the same flags on the same text.
///
/// # Errors
/// [`Refusal::Invalid`] (exit 2) naming the first flag given and why it cannot apply.
pub fn check_impact_flags(
    overrides: &FactOverrides,
    category: Category,
    stated: Option<Severity>,
) -> Result<(), Refusal> {
    let Some(flag) = overrides.first_given() else {
        return Ok(());
    };
    if category != Category::Technical {
        return Err(Refusal::Invalid(crate::tr!(
            "refusal-fact-flag-no-severity",
            flag = flag,
            category = crate::output::words::name("category", category.as_str())
        )));
    }
    if let Some(sev) = stated {
        return Err(Refusal::Invalid(crate::tr!(
            "refusal-fact-flag-severity-given",
            flag = flag,
            severity = sev.as_str()
        )));
    }
    Ok(())
}

/// File a new request opened at `opened_at` (UTC) under `under` (SPEC 1.1–1.4):
/// - the category is the stated one; else technical when a severity is stated; else the
///   classifier's;
/// - out of scope is refused unless forced, and a forced one has no response commitment (SPEC 6);
/// - a technical request without a stated severity is classified from its facts (SPEC 1.3);
///   presales and billing take no severity;
/// - the due time must be representable (years 0001–9999, SPEC 6).
pub fn file(
    s: &Statement<'_>,
    under: Under<'_>,
    opened_at: DateTime<Utc>,
) -> Result<Filing, Refusal> {
    check_representable_named(opened_at, || crate::tr!("what-opening-time"))
        .map_err(Refusal::Invalid)?;
    let text = s.text();
    let c = classify(&text, &s.overrides);
    let category = match (s.category, s.severity) {
        (Some(c), _) => c,
        (None, Some(_)) => Category::Technical,
        (None, None) => c.category,
    };
    check_impact_flags(&s.overrides, category, s.severity)?;
    let scope = c.scope;
    if let Some(referral) = scope.referral()
        && !s.force
    {
        // What the scope rests on: the message names the scope itself.
        let why = c
            .rationale
            .iter()
            .find(|r| r.fact == "scope")
            .map(|r| basis_text_in(crate::i18n::lang(), r, Some(&text)))
            .unwrap_or_default();
        return Err(Refusal::OutOfScope {
            scope,
            why,
            referral,
            stated: false,
        });
    }
    let mut assumed = Vec::new();
    let (severity, source) = match (category, s.severity) {
        (Category::Technical, Some(sev)) => (Some(sev), Some(SeveritySource::Manual)),
        (Category::Technical, None) => {
            assumed = c
                .rationale
                .iter()
                .filter(|r| is_fact(r) && r.basis == Basis::Assumed)
                .map(|r| r.fact)
                .collect();
            (Some(severity(&c.facts)), Some(SeveritySource::Classified))
        }
        (_, Some(_)) => return Err(Refusal::NoSeverity(category)),
        (_, None) => (None, None),
    };
    let target = under
        .rules
        .target(category, scope, &under.tier.name, severity)
        .map_err(Refusal::Invalid)?;
    let due = under.rules.due(&target, opened_at, under.zone, under.hours);
    if let Some(d) = due
        && d > latest_representable()
    {
        return Err(Refusal::Invalid(crate::tr!("error-due-after-9999")));
    }
    Ok(Filing {
        category,
        scope,
        service: s.service.unwrap_or(c.service),
        severity,
        severity_source: source,
        target,
        due,
        assumed,
        classification: c,
    })
}

impl Filing {
    /// How the severity was reached, for the history ("severity A classified: …"), in
    /// English (the history is stored in English; `show` renders it in the reader's
    /// language). Built on demand: an import files many rows and records none of this text.
    pub fn basis(&self) -> String {
        let en = Lang::En;
        let basis = match (self.severity, self.severity_source) {
            (Some(sev), Some(SeveritySource::Classified)) => {
                let why: Vec<String> = self
                    .classification
                    .rationale
                    .iter()
                    .filter(|r| is_fact(r))
                    .map(rationale_text)
                    .collect();
                crate::tr!(in en; "history-severity-classified", severity = sev.as_str(), why = why.join("; "))
            }
            (Some(sev), _) => crate::tr!(in en; "history-severity-set", severity = sev.as_str()),
            (None, _) => {
                crate::tr!(in en; "history-no-severity", category = self.category.as_str())
            }
        };
        if self.scope == Scope::InScope {
            basis
        } else {
            crate::tr!(in en; "history-forced", basis = basis, scope = self.scope.as_str())
        }
    }
}

/// The detail of the "opened" event that begins a filed request's history, in English (the
/// history is stored in English, SPEC 10): how its severity was reached ([`Filing::basis`]),
/// its plan and tier, and the target it is filed under with the due time in `zone`. `open`
/// writes it, and so does `import` for a row whose severity it classified, so `show` explains
/// both alike (SPEC 2: the rationale is stored).
pub fn opening_detail(
    basis: &str,
    plan: &str,
    tier: &str,
    target: &Target,
    due: Option<DateTime<Utc>>,
    zone: Zone,
) -> String {
    let en = Lang::En;
    let mut target_due =
        crate::tr!(in en; "history-target", response = target.response.to_string());
    if let Some(d) = due {
        target_due.push_str(&crate::tr!(in en; "history-due",
            due = crate::time::format_local_long_in(en, d, zone)
        ));
    }
    crate::tr!(in en; "history-opened",
        basis = basis,
        plan = plan,
        tier = tier,
        availability = target.availability.as_str(),
        target = target_due
    )
}

/// The decisions an import row records (SPEC 5): kept as given, never re-decided.
#[derive(Debug, Clone, Copy, Default)]
pub struct Recorded {
    pub scope: Option<Scope>,
    pub severity_source: Option<SeveritySource>,
    /// The target the request was filed under (availability and response given).
    pub target: Option<Target>,
    /// The response due time of the current cycle, UTC.
    pub due: Option<DateTime<Utc>>,
    /// When the current cycle's target began counting, if a change re-targeted it (UTC;
    /// None: from the cycle's start).
    pub target_started_at: Option<DateTime<Utc>>,
}

/// How an import row is filed: what it recorded, and what it omitted decided as `open`
/// decides it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowFiling {
    pub category: Category,
    pub scope: Scope,
    /// None only where a row that restores a record records none (a request filed before
    /// svcreq recorded its service).
    pub service: Option<Service>,
    pub severity: Option<Severity>,
    pub severity_source: Option<SeveritySource>,
    pub target: Target,
    /// UTC; None without a commitment.
    pub due: Option<DateTime<Utc>>,
    /// How the filing reached the severity when it classified it ([`Filing::basis`]): what
    /// the row did not state and the filing decided, for the opening event `open` writes.
    pub classified: Option<String>,
}

/// Whether a due time `due` restored with its recorded target `t` is one that target gives
/// (SPEC 1.4, 1.5, 5): a duration round the clock depends on no calendar, so its due time is
/// the target's start (`target_started_at`, else the cycle's start `started`) plus the
/// duration, as every command writes it; a refused one names the field and the due time
/// the target gives. A target under business hours or to the next day depends on the
/// calendar and rules it was recorded under, and is kept as recorded within
/// [`calendar_due_bound`].
fn due_of_duration_agrees(
    due: DateTime<Utc>,
    t: &super::file::Target,
    started: DateTime<Utc>,
    target_started_at: Option<DateTime<Utc>>,
) -> Result<(), Refusal> {
    let (super::file::Clock::Always, super::file::Response::After(secs)) = (t.clock, t.response)
    else {
        return Ok(());
    };
    let start = target_started_at.unwrap_or(started);
    let gives = start + chrono::Duration::seconds(secs);
    // One before its start is told as the time out of order it is (SPEC 6).
    if due == gives || due < start {
        return Ok(());
    }
    Err(Refusal::Invalid(crate::tr!(
        "import-due-not-its-target",
        given = crate::time::format_utc(due),
        target = t.response.to_string(),
        start = crate::time::format_utc(start),
        due = crate::time::format_utc(gives)
    )))
}

/// The least margin a calendar since changed is allowed past the latest due time the rules
/// in force give a calendar-bound target: a month of closures (31 days).
pub const CALENDAR_MARGIN_SECS: i64 = 31 * 86_400;

/// The latest a due time restored with a calendar-bound target `t` (next-day, or a duration
/// on a business clock) may lie (SPEC 1.4, 4, 5), UTC, with the latest the rules in force
/// give: the latest any `next_day` reading gives from the target's start under the tenant's
/// calendar in `zone` (a business-clock duration reads no `next_day`), plus the longer of
/// [`CALENDAR_MARGIN_SECS`] and that same span again (a calendar since changed may have had
/// a month more of holidays, or half the business time). A target the calendar in force
/// cannot reach is bounded by the calendar search horizon past its start. None for a target
/// no calendar moves (a duration round the clock, [`due_of_duration_agrees`]) or none.
pub fn calendar_due_bound(
    t: &super::file::Target,
    start: DateTime<Utc>,
    zone: Zone,
    hours: &BusinessHours,
) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    use super::file::{Clock, NextDay, Response};
    match (t.response, t.clock) {
        (Response::None, _) | (Response::After(_), Clock::Always) => return None,
        _ => {}
    }
    let horizon = chrono::Duration::days(super::calendar::SEARCH_DAYS);
    let latest = NextDay::ALL
        .iter()
        .filter_map(|&n| super::response_due_reading(t, start, zone, hours, n))
        .max()
        .unwrap_or_else(|| start.checked_add_signed(horizon).unwrap_or(start));
    let span = (latest - start).num_seconds().max(0);
    let margin = chrono::Duration::seconds(span.max(CALENDAR_MARGIN_SECS));
    let bound = latest
        .checked_add_signed(margin)
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    Some((bound, latest))
}

/// Whether a due time `due` restored with its calendar-bound target `t` started at `start`
/// (UTC) in `zone` under `hours` lies within [`calendar_due_bound`]; a refused one names the
/// field (`field`: `response_due`, or an earlier cycle's), the target, its start and the
/// bound (SPEC 5, 6).
pub fn due_within_calendar_bound(
    field: &str,
    due: DateTime<Utc>,
    t: &super::file::Target,
    start: DateTime<Utc>,
    zone: Zone,
    hours: &BusinessHours,
) -> Result<(), String> {
    let Some((bound, latest)) = calendar_due_bound(t, start, zone, hours) else {
        return Ok(());
    };
    if due <= bound {
        return Ok(());
    }
    Err(crate::tr!(
        "import-due-beyond-bound",
        field = field,
        given = crate::time::format_utc(due),
        target = t.response.to_string(),
        start = crate::time::format_utc(start),
        bound = crate::time::format_utc(bound),
        latest = crate::time::format_utc(latest),
        margin = crate::time::human_duration((bound - latest).num_seconds())
    ))
}

/// File an import row whose current cycle started at `started` (UTC) (SPEC 5): what the
/// row gives (category, service, severity, scope, target, due time) is kept as recorded;
/// what it omits is decided by [`file`], exactly as `open` would decide it — classified
/// when no severity is given, refused out of scope unless forced (or the row records its
/// scope), the due time reckoned from the cycle's start. A row that records every
/// decision is not classified at all. A row that gives the target it was recorded under
/// (`recorded.target`) restores a record: its service and, beside its severity, the
/// severity's source are kept as it gives them, null included (a request filed before
/// svcreq recorded them), so an export imports back as it was written.
pub fn file_row(
    s: &Statement<'_>,
    recorded: &Recorded,
    under: Under<'_>,
    started: DateTime<Utc>,
) -> Result<RowFiling, Refusal> {
    let category = match (s.category, s.severity) {
        (Some(c), _) => Some(c),
        (None, Some(_)) => Some(Category::Technical),
        (None, None) => None,
    };
    let settled = match category {
        Some(Category::Technical) => s.severity.is_some(),
        Some(_) => true,
        None => false,
    };
    // A technical row with its severity needs only its scope and service: when its text
    // names no cause outside the boundary, the service phrases alone decide them, exactly
    // as the whole classification would ([`in_scope_service`]).
    let quick = match (category, s.severity) {
        (Some(Category::Technical), Some(_)) if recorded.scope.is_none() || s.service.is_none() => {
            in_scope_service(&s.text())
        }
        _ => None,
    };
    let mut classified = None;
    let (category, scope, service, severity, source) = match (category, recorded.scope, s.service) {
        (Some(category), Some(scope), Some(service)) if settled => {
            if category != Category::Technical && s.severity.is_some() {
                return Err(Refusal::NoSeverity(category));
            }
            let source = s.severity.map(|_| SeveritySource::Manual);
            (category, scope, service, s.severity, source)
        }
        (Some(category), scope, service) if quick.is_some() => (
            category,
            scope.unwrap_or(Scope::InScope),
            service.or(quick).unwrap_or(Service::Other),
            s.severity,
            Some(SeveritySource::Manual),
        ),
        _ => {
            let forced = Statement {
                force: s.force || recorded.scope.is_some(),
                ..s.clone()
            };
            let f = file(&forced, under, started)?;
            if f.severity_source == Some(SeveritySource::Classified) {
                classified = Some(f.basis());
            }
            (
                f.category,
                recorded.scope.unwrap_or(f.scope),
                f.service,
                f.severity,
                f.severity_source,
            )
        }
    };
    // A row that gives the target it was recorded under restores a record (SPEC 5): what it
    // records is kept as given, the nulls of a request filed before svcreq recorded its
    // service or its severity's source included, so its export imports back byte for byte;
    // only a row that leaves its filing to svcreq has them decided as `open` decides them.
    let restores = recorded.target.is_some();
    let service = match s.service {
        None if restores => None,
        given => Some(given.unwrap_or(service)),
    };
    let severity_source = match severity {
        Some(_) if restores && s.severity.is_some() => recorded.severity_source,
        Some(_) => recorded.severity_source.or(source),
        None => None,
    };
    let target = match recorded.target {
        Some(t) => t,
        None => under
            .rules
            .target(category, scope, &under.tier.name, severity)
            .map_err(Refusal::Invalid)?,
    };
    // Out of scope means no commitment (SPEC 6): a row that records one for such a request
    // is impossible, as a due time before its cycle is.
    if scope != Scope::InScope
        && (target.response != super::file::Response::None || recorded.due.is_some())
    {
        return Err(Refusal::Invalid(crate::tr!(
            "import-out-of-scope-commitment",
            scope = scope.as_str()
        )));
    }
    // A due time without a commitment to be due under would be dropped by every reader:
    // refused naming the field, as a partial target is.
    if target.response == super::file::Response::None && recorded.due.is_some() {
        return Err(Refusal::Invalid(match recorded.target {
            // A target given as none commits to no response: it has no due time.
            Some(_) => crate::tr!("import-due-without-commitment"),
            None => crate::tr!(
                "import-field-needs",
                name = "response_due",
                needed = "response_target"
            ),
        }));
    }
    let filed = under.rules.due(&target, started, under.zone, under.hours);
    let due = match (recorded.due, recorded.target) {
        // A due time restored with the target it was recorded under (SPEC 5).
        (Some(d), Some(t)) => {
            due_of_duration_agrees(d, &t, started, recorded.target_started_at)?;
            due_within_calendar_bound(
                "response_due",
                d,
                &t,
                recorded.target_started_at.unwrap_or(started),
                under.zone,
                under.hours,
            )
            .map_err(Refusal::Invalid)?;
            Some(d)
        }
        // A row without its target has the target `open` gives it: a due time it states is
        // the one that target falls due at, or the row is refused naming it (a due time of
        // no target's is never taken; SPEC 5, 6); one before its cycle is told as the time
        // out of order it is.
        (Some(d), None) if d < started => Some(d),
        (Some(d), None) if Some(d) != filed => {
            return Err(Refusal::Invalid(crate::tr!(
                "import-due-not-filed",
                given = crate::time::format_utc(d),
                target = target.response.to_string(),
                due = filed.map(crate::time::format_utc).unwrap_or_default()
            )));
        }
        _ => filed,
    };
    if let Some(d) = due {
        check_representable_named(d, || crate::tr!("what-due-time")).map_err(Refusal::Invalid)?;
    }
    // A row that states a scope outside the boundary with the target it was recorded under
    // restores a record (SPEC 5); one that states the scope alone leaves its target to svcreq
    // and is filed as `open` files it (SPEC 2): refused unless forced.
    if let Some(referral) = recorded.scope.and_then(Scope::referral)
        && recorded.target.is_none()
        && !s.force
    {
        return Err(Refusal::OutOfScope {
            scope,
            why: crate::tr!("rationale-column", column = "scope"),
            referral,
            stated: true,
        });
    }
    Ok(RowFiling {
        category,
        scope,
        service,
        severity,
        severity_source,
        target,
        due,
        classified,
    })
}

// ---------------------------------------------------------------------------------------
// The request as it unfolds: respond, note, update, close, reopen (SPEC 1.5, 1.6, 6, 7).
// Each takes the request as it stands, the action and the request's context, and returns
// the request as it becomes with the event that records it, or a refusal with its reason.

/// The per-request context of a decision, resolved once by the caller: the tenant's
/// calendar and at-risk threshold (for a tenant that has left the config, the zone it was
/// filed in and the rules' hours), the rules, who acts, the present and the latest action
/// recorded on the request.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub rules: &'a Rules,
    pub zone: Zone,
    pub hours: &'a BusinessHours,
    pub at_risk: AtRisk,
    /// Who acts: the event's actor.
    pub actor: &'a str,
    /// The present, UTC (`--now` or the clock).
    pub now: DateTime<Utc>,
    /// The latest action recorded on the request (SPEC 6: no action may precede it).
    pub latest: &'a LatestAction,
    /// The action's time (`--at`) as the user typed it, echoed in a refusal before what it
    /// was read as; None when it was not given.
    pub at_typed: Option<&'a str>,
}

impl Context<'_> {
    /// The SLA state of `r`'s current cycle now (SPEC 1.5): on a business clock the time
    /// left is counted in the tenant's business hours.
    pub fn state(&self, r: &Request) -> SlaState {
        let counting = match r.response_clock.parse::<Clock>() {
            Ok(Clock::Business) => Counting::Business(self.hours, self.zone),
            _ => Counting::Wall,
        };
        sla_state_counted(&r.sla_cycle(), self.now, self.at_risk, counting)
    }

    fn short(&self, t: DateTime<Utc>) -> String {
        format_local(t, self.zone)
    }

    /// The action's time `at` in a refusal: as typed, then as read (`「2026-11-25 10:00」
    /// (2026-11-25 10:00:00 UTC)`).
    fn at_shown(&self, at: DateTime<Utc>) -> String {
        crate::i18n::typed_value(self.at_typed, self.short(at))
    }

    fn long(&self, t: DateTime<Utc>) -> String {
        format_local_long(t, self.zone)
    }

    /// The option an action's time came from, with its text as typed: `--at` when given,
    /// else `--now` (the action is recorded at the present, `--now` or the clock).
    fn time_flag(&self) -> (&'static str, Option<&str>) {
        match self.at_typed {
            Some(typed) => ("--at", Some(typed)),
            None => ("--now", None),
        }
    }

    /// SPEC 6 for an action at `at`: not after now, not before the latest recorded action.
    /// `doing` names the action: the catalogue's `doing-<doing>`.
    fn check_time(&self, at: DateTime<Utc>, doing: &str) -> Result<(), Refusal> {
        let doing = crate::i18n::text(&format!("doing-{doing}"), None);
        check_action_time(at, self.now, self.latest, self.time_flag(), &doing, |t| {
            self.short(t)
        })
        .map_err(Refusal::Invalid)
    }

    /// A correction's time: not after now.
    fn check_not_after_now(&self, at: DateTime<Utc>) -> Result<(), Refusal> {
        if at > self.now {
            return Err(Refusal::Invalid(crate::tr!(
                "error-after-now",
                flag = crate::i18n::subject("--at"),
                at = self.at_shown(at),
                now = self.short(self.now)
            )));
        }
        Ok(())
    }

    /// A corrected response or close recomputes the current cycle's target (SPEC 7: "the
    /// state is recomputed"): `new` (`old` with the corrected time) gets the target its
    /// cycle's changes give in the corrected order ([`replay_cycle_targets`]), and `ch`
    /// records the change of target with the targets in force from the cycle's start on,
    /// which a view of an earlier instant reads ([`super::record::corrected_target_at`]).
    fn recompute_targets(
        &self,
        old: &Request,
        mut new: Request,
        history: &[Event],
        ch: &mut Changes,
    ) -> Result<Request, Refusal> {
        let targets =
            replay_cycle_targets(&new, history, |s, at, moved| self.retarget_to(s, at, moved))
                .map_err(Refusal::Invalid)?;
        let Some(last) = targets.last() else {
            return Ok(new);
        };
        last.apply(&mut new);
        if targets.len() == 1 && CycleTarget::of(old, last.at) == *last {
            return Ok(new);
        }
        ch.target(old, &new);
        ch.put(
            super::record::TARGETS,
            serde_json::json!({ "old": null, "new": targets }),
        );
        Ok(new)
    }

    /// The target `s` (a request just changed at `at`; `moved`: to another tenant) gets
    /// from `at`, as [`retarget_cycle`] gives it: None when it runs under that target
    /// already in the same tenant.
    fn retarget_to(
        &self,
        s: &Request,
        at: DateTime<Utc>,
        moved: bool,
    ) -> Result<Option<CycleTarget>, String> {
        let target = self
            .rules
            .target(s.category, s.scope, &s.tier, s.severity)?;
        if s.target().as_ref() == Some(&target) && !moved {
            return Ok(None);
        }
        let zone = Zone::get(&s.timezone).unwrap_or(self.zone);
        let due = self.rules.due(&target, at, zone, self.hours);
        if let Some(d) = due {
            check_representable(d, &crate::tr!("what-new-due"))?;
        }
        let mut n = s.clone().with_target(&target);
        n.response_due = due;
        n.case.target_started_at = Some(at);
        Ok(Some(CycleTarget::of(&n, at)))
    }

    fn event(&self, at: DateTime<Utc>, kind: &str, detail: String, ch: &Changes) -> Event {
        Event {
            data: ch.data(),
            ..Event::new(at, self.actor, kind, detail)
        }
    }
}

/// A decision: the request as it becomes, and the event that records the change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub request: Request,
    pub event: Event,
    /// Severity A without round-the-clock availability, newly so (SPEC 7): the caller warns.
    pub warn_24x7: bool,
}

/// Whether `new` is severity A under a round-the-clock commitment in force without the
/// customer reachable around the clock, and was not so before (`old`; None for a request
/// being opened): the caller warns that Microsoft may lower it to B (SPEC 7). Every way of
/// raising a request to A (open, update, reopen, import) asks here, so all warn alike.
/// A warning follows the target in force: a request recorded out of scope with `--force`
/// (no commitment, SPEC 6) or under a target taken in business hours expects nothing
/// around the clock, so it is never warned.
pub fn warns_24x7(old: Option<&Request>, new: &Request) -> bool {
    expects_24x7(new) && old.is_none_or(|o| !expects_24x7(o))
}

/// Whether Microsoft expects the customer of `r` to stay reachable around the clock and
/// the request does not record it: severity A, its current cycle committed to a response
/// on a target taken 24x7 (SPEC 1.4, 7).
fn expects_24x7(r: &Request) -> bool {
    r.severity == Some(Severity::A)
        && !r.case.available_24x7
        && r.scope == Scope::InScope
        && r.target().is_some_and(|t| {
            t.response != super::file::Response::None
                && t.availability == super::file::Availability::Always
        })
}

impl Decision {
    fn new(request: Request, event: Event) -> Decision {
        Decision {
            request,
            event,
            warn_24x7: false,
        }
    }
}

/// A history detail with the note an action carries (stored in English, SPEC 10); a note
/// that shows nothing ([`super::blank`]) is none, as an optional text is.
fn with_note(base: String, note: Option<&str>) -> String {
    match note {
        Some(n) if !super::blank(n) => {
            crate::tr!(in Lang::En; "history-with-note", detail = base, note = n)
        }
        _ => base,
    }
}

/// `respond`: Microsoft's first response in the current cycle at `at` (UTC), with a note;
/// `correct` replaces the time of the response already recorded.
#[derive(Debug, Clone, Copy)]
pub struct Respond<'a> {
    pub at: DateTime<Utc>,
    pub note: Option<&'a str>,
    pub correct: bool,
    /// The request's history, oldest first: what a correction replays the cycle's
    /// changes from (empty when not correcting).
    pub history: &'a [Event],
}

/// Record a first response (SPEC 1.5): one per cycle, not after a close, not before the
/// latest action; a correction (SPEC 7) moves the recorded one within its cycle, no later
/// than now, and is recorded now; a correction to the time already recorded changes
/// nothing and is refused, as `update` with unchanged values is.
pub fn respond(r: &Request, a: &Respond<'_>, cx: &Context<'_>) -> Result<Decision, Refusal> {
    let at = a.at;
    if a.correct {
        let Some(prev) = r.first_response_at else {
            return Err(Refusal::Invalid(crate::tr!(
                "error-no-response-to-correct",
                id = r.id.to_string()
            )));
        };
        if at == prev {
            return Err(Refusal::Invalid(crate::tr!(
                "error-nothing-to-correct-response",
                id = r.id.to_string(),
                at = cx.short(prev)
            )));
        }
        cx.check_not_after_now(at)?;
        if at < r.cycle_started_at {
            return Err(Refusal::Invalid(crate::tr!(
                "error-before-cycle-start",
                at = cx.at_shown(at),
                start = cx.short(r.cycle_started_at)
            )));
        }
        if let Some(c) = r.closed_at.filter(|c| at > *c) {
            return Err(Refusal::Invalid(crate::tr!(
                "error-after-close",
                at = cx.at_shown(at),
                closed = cx.short(c)
            )));
        }
        let new = Request {
            first_response_at: Some(at),
            ..r.clone()
        };
        let mut ch = Changes::in_zone(cx.zone);
        ch.time("first_response_at", Some(prev), Some(at));
        let new = cx.recompute_targets(r, new, a.history, &mut ch)?;
        let detail = with_note(
            crate::tr!(in Lang::En; "history-corrected-response",
                from = cx.short(prev),
                to = cx.short(at),
                state = cx.state(&new).as_str()
            ),
            a.note,
        );
        let event = cx.event(cx.now, "corrected", detail, &ch);
        return Ok(Decision::new(new, event));
    }
    if let Some(prev) = r.first_response_at {
        return Err(Refusal::Invalid(crate::tr!(
            "error-already-responded",
            id = r.id.to_string(),
            at = cx.short(prev)
        )));
    }
    if let Some(c) = r.closed_at {
        // The hint follows the reopen rules (SPEC 1.6): reopening is suggested only when a
        // reopen now would be allowed; otherwise the refusal says why and what to do instead.
        let verdict = reopen_verdict(Some(c), r.channel, cx.now, cx.rules.reopen_window, Ok(()));
        return Err(Refusal::Invalid(match verdict {
            ReopenVerdict::Refused(why) => crate::tr!(
                "error-respond-after-close-final",
                id = r.id.to_string(),
                at = cx.short(c),
                why = why.explain(|t| cx.long(t))
            ),
            ReopenVerdict::Eligible { .. } => crate::tr!(
                "error-respond-after-close",
                id = r.id.to_string(),
                at = cx.short(c)
            ),
        }));
    }
    cx.check_time(at, "response")?;
    let new = Request {
        first_response_at: Some(at),
        ..r.clone()
    };
    let detail = with_note(
        crate::tr!(in Lang::En; "history-responded", state = cx.state(&new).as_str()),
        a.note,
    );
    let mut ch = Changes::in_zone(cx.zone);
    ch.time("first_response_at", None, Some(at));
    ch.text(a.note);
    let event = cx.event(at, "responded", detail, &ch);
    Ok(Decision::new(new, event))
}

/// `close`: the request resolved at `at` (UTC); `correct` replaces the time of the close
/// already recorded.
#[derive(Debug, Clone, Copy)]
pub struct Close<'a> {
    pub at: DateTime<Utc>,
    /// How it was resolved (blank: none).
    pub resolution: Option<&'a str>,
    pub correct: bool,
    /// The request's history, oldest first: what a correction replays the cycle's
    /// changes from (empty when not correcting).
    pub history: &'a [Event],
}

/// Close a request (SPEC 1.6): an open one, not before the latest action, its reopen
/// deadline representable; a correction (SPEC 7) moves the recorded close, no earlier than
/// the first response (or the cycle's start) and no later than now, recorded now; a
/// correction to the time already recorded changes nothing and is refused.
pub fn close(r: &Request, a: &Close<'_>, cx: &Context<'_>) -> Result<Decision, Refusal> {
    let at = a.at;
    if a.correct {
        let Some(prev) = r.closed_at else {
            return Err(Refusal::Invalid(crate::tr!(
                "error-no-close-to-correct",
                id = r.id.to_string()
            )));
        };
        if at == prev {
            return Err(Refusal::Invalid(crate::tr!(
                "error-nothing-to-correct-close",
                id = r.id.to_string(),
                at = cx.short(prev)
            )));
        }
        cx.check_not_after_now(at)?;
        let floor = r.first_response_at.unwrap_or(r.cycle_started_at);
        if at < floor {
            let key = if r.first_response_at.is_some() {
                "error-close-before-response"
            } else {
                "error-before-cycle-start"
            };
            return Err(Refusal::Invalid(crate::tr!(
                key,
                at = cx.at_shown(at),
                start = cx.short(floor)
            )));
        }
        let new = Request {
            closed_at: Some(at),
            ..r.clone()
        };
        let mut ch = Changes::in_zone(cx.zone);
        ch.time("closed_at", Some(prev), Some(at));
        let new = cx.recompute_targets(r, new, a.history, &mut ch)?;
        let detail = crate::tr!(in Lang::En; "history-corrected-close",
            from = cx.short(prev),
            to = cx.short(at),
            state = cx.state(&new).as_str()
        );
        let event = cx.event(cx.now, "corrected", detail, &ch);
        return Ok(Decision::new(new, event));
    }
    if r.status == Status::Closed {
        return Err(Refusal::Invalid(crate::tr!(
            "error-already-closed",
            id = r.id.to_string()
        )));
    }
    cx.check_time(at, "close")?;
    let resolution = a
        .resolution
        .filter(|s| !super::blank(s))
        .map(str::to_string);
    let new = Request {
        status: Status::Closed,
        closed_at: Some(at),
        case: Case {
            resolution: resolution.clone(),
            ..r.case.clone()
        },
        ..r.clone()
    };
    let detail = with_note(
        crate::tr!(in Lang::En; "history-closed", state = cx.state(&new).as_str()),
        a.resolution,
    );
    let mut ch = Changes::in_zone(cx.zone);
    ch.field("status", &r.status.as_str(), &"closed");
    ch.time("closed_at", None, Some(at));
    ch.field("resolution", &None, &resolution);
    let event = cx.event(at, "closed", detail, &ch);
    Ok(Decision::new(new, event))
}

/// `reopen`: a new response cycle from `at` (UTC), with a reason and perhaps a new severity.
#[derive(Debug, Clone)]
pub struct Reopen<'a> {
    pub at: DateTime<Utc>,
    pub reason: Option<&'a str>,
    pub severity: Option<Severity>,
    /// Whether the actor may act for the tenant at `at` (SPEC 1.7), and why not.
    pub allowed: Result<(), String>,
}

/// Reopen a closed request (SPEC 1.6): within the reopen window of an online request and
/// by an actor who may act (else refused, exit 4); a severity only for a technical request;
/// the new cycle runs under the target the request was filed under, or the one its new
/// severity calls for, from `at`.
pub fn reopen(r: &Request, a: &Reopen<'_>, cx: &Context<'_>) -> Result<Decision, Refusal> {
    let at = a.at;
    if let ReopenVerdict::Refused(why) = reopen_verdict(
        r.closed_at,
        r.channel,
        at,
        cx.rules.reopen_window,
        a.allowed.clone(),
    ) {
        return Err(Refusal::NotAllowed(crate::tr!(
            "error-cannot-reopen",
            id = r.id.to_string(),
            why = why.explain(|t| cx.long(t))
        )));
    }
    if a.severity.is_some() && r.category != Category::Technical {
        return Err(Refusal::NoSeverity(r.category));
    }
    let severity = a.severity.or(r.severity);
    let changed = a.severity.is_some() && a.severity != r.severity;
    // The new cycle runs under the target of what the request is now — its category,
    // scope, tier and severity, whatever changed after the last cycle was answered (SPEC
    // 1.6, 7); a tier the rules no longer know keeps the target it was filed under.
    let target = match (
        cx.rules.target(r.category, r.scope, &r.tier, severity),
        r.target().filter(|_| !changed),
    ) {
        (Ok(t), _) => t,
        (Err(_), Some(t)) => t,
        (Err(e), None) => return Err(Refusal::Invalid(e)),
    };
    cx.check_time(at, "reopen")?;
    let due = cx.rules.due(&target, at, cx.zone, cx.hours);
    if let Some(d) = due {
        check_representable(d, &crate::tr!("what-new-cycle-due")).map_err(Refusal::Invalid)?;
    }
    let new = Request {
        status: Status::Open,
        closed_at: None,
        reopen_count: r.reopen_count + 1,
        severity,
        severity_source: if changed {
            Some(SeveritySource::Manual)
        } else {
            r.severity_source
        },
        cycle_started_at: at,
        response_due: due,
        first_response_at: None,
        case: Case {
            resolution: None,
            target_started_at: None,
            ..r.case.clone()
        },
        ..r.clone()
    }
    .with_target(&target);
    // The history is written in English whoever writes it (SPEC 10: stored data).
    let en = Lang::En;
    let mut detail = crate::tr!(in en; "history-reopened", count = new.reopen_count.to_string());
    if changed {
        let show = |s: Option<Severity>| s.map_or("—".into(), |s| s.to_string());
        detail.push_str(&crate::tr!(in en; "history-severity-change",
            from = show(r.severity),
            to = show(severity)
        ));
    }
    detail.push_str(&crate::tr!(in en; "history-target", response = target.response.to_string()));
    if let Some(d) = due {
        detail.push_str(&crate::tr!(in en; "history-due",
            due = crate::time::format_local_long_in(en, d, cx.zone)
        ));
    }
    let detail = with_note(detail, a.reason);
    let mut ch = Changes::in_zone(cx.zone);
    ch.field("status", &"closed", &"open");
    ch.field("reopen_count", &r.reopen_count, &new.reopen_count);
    ch.time(
        "cycle_started_at",
        Some(r.cycle_started_at),
        Some(new.cycle_started_at),
    );
    ch.field("severity", &r.severity, &new.severity);
    ch.field("severity_source", &r.severity_source, &new.severity_source);
    ch.field("availability", &r.availability, &new.availability);
    ch.field("response_target", &r.response_target, &new.response_target);
    ch.field("response_clock", &r.response_clock, &new.response_clock);
    ch.time("response_due", r.response_due, new.response_due);
    ch.text(a.reason);
    let event = cx.event(at, "reopened", detail, &ch);
    Ok(Decision {
        warn_24x7: warns_24x7(Some(r), &new),
        request: new,
        event,
    })
}

/// `note`: Microsoft's update or the admin's reply, written at `at` (UTC).
#[derive(Debug, Clone, Copy)]
pub struct Note<'a> {
    pub at: DateTime<Utc>,
    pub from: NoteFrom,
    /// The note's text (not empty).
    pub body: &'a str,
}

/// Add a note to the timeline (SPEC 7): not before the latest action; it changes no field
/// and does not stop the response clock.
pub fn note(r: &Request, a: &Note<'_>, cx: &Context<'_>) -> Result<Decision, Refusal> {
    if super::blank(a.body) {
        return Err(Refusal::Invalid(crate::tr!("error-note-empty")));
    }
    cx.check_time(a.at, "note")?;
    let data = serde_json::json!({ "from": a.from.as_str() }).to_string();
    let event = Event {
        data: Some(data),
        ..Event::new(a.at, cx.actor, NOTE, a.body.to_string())
    };
    Ok(Decision::new(r.clone(), event))
}

/// The tenant a request moves to (`update --tenant`, a correction), resolved from the
/// config by the caller.
#[derive(Debug, Clone, Copy)]
pub struct Move<'a> {
    pub tenant: &'a str,
    pub plan: &'a str,
    pub tier: &'a str,
    pub zone: Zone,
    pub hours: &'a BusinessHours,
}

/// `update`: the fields to change at `at` (UTC); None leaves a field as it is. For the
/// short texts, `Some(None)` clears the field.
#[derive(Debug, Clone, Default)]
pub struct Update<'a> {
    pub at: DateTime<Utc>,
    pub title: Option<&'a str>,
    pub description: Option<&'a str>,
    pub service: Option<Service>,
    pub case_number: Option<&'a str>,
    pub contact: Option<Option<&'a str>>,
    pub contact_method: Option<ContactMethod>,
    pub available_24x7: Option<bool>,
    pub engineer: Option<Option<&'a str>>,
    pub owner: Option<Option<&'a str>>,
    pub link: &'a [String],
    pub unlink: &'a [String],
    pub severity: Option<Severity>,
    /// Who assigned the new severity: Microsoft, or (default) the admin.
    pub by: Option<SeveritySource>,
    /// Why the severity changed.
    pub reason: Option<&'a str>,
    pub category: Option<Category>,
    pub move_to: Option<Move<'a>>,
}

impl Update<'_> {
    /// Whether no field to change was given at all (a `--reason` or `--by` changes nothing
    /// alone), as opposed to fields given the values the request has.
    pub fn gives_nothing(&self) -> bool {
        self.title.is_none()
            && self.description.is_none()
            && self.service.is_none()
            && self.case_number.is_none()
            && self.contact.is_none()
            && self.contact_method.is_none()
            && self.available_24x7.is_none()
            && self.engineer.is_none()
            && self.owner.is_none()
            && self.link.is_empty()
            && self.unlink.is_empty()
            && self.severity.is_none()
            && self.category.is_none()
            && self.move_to.is_none()
    }
}

/// Change the case record, severity, category or tenant (SPEC 7) as one event: not before
/// the latest action; a severity only for a technical request (one corrected to technical
/// is classified, as `open` would); an unanswered, unbreached cycle re-targeted from `at`
/// when category, tier, severity or tenant change; nothing to change is refused.
pub fn update(old: &Request, a: &Update<'_>, cx: &Context<'_>) -> Result<Decision, Refusal> {
    let at = a.at;
    cx.check_time(at, "change")?;
    let mut new = old.clone();
    if let Some(t) = a.title {
        new.title = t.to_string();
    }
    if let Some(d) = a.description {
        new.description = d.to_string();
    }
    if let Some(s) = a.service {
        new.service = Some(s);
    }
    let c = &mut new.case;
    if let Some(n) = a.case_number {
        c.case_number = Some(n.to_string());
    }
    let text = |v: Option<&str>| v.filter(|s| !super::blank(s)).map(str::to_string);
    if let Some(v) = a.contact {
        c.contact = text(v);
    }
    if let Some(m) = a.contact_method {
        c.contact_method = Some(m);
    }
    if let Some(b) = a.available_24x7 {
        c.available_24x7 = b;
    }
    if let Some(v) = a.engineer {
        c.engineer = text(v);
    }
    if let Some(v) = a.owner {
        c.owner = text(v);
    }
    for i in a.link {
        if !c.incidents.contains(i) {
            c.incidents.push(i.clone());
        }
    }
    for i in a.unlink {
        if !c.incidents.contains(i) {
            return Err(Refusal::Invalid(crate::tr!(
                "error-not-linked",
                id = old.id.to_string(),
                incident = i.as_str()
            )));
        }
        c.incidents.retain(|x| x != i);
    }
    // Corrections of tenant and category, and a change of severity (SPEC 7).
    let (zone, hours) = match a.move_to {
        Some(m) => {
            new.tenant = m.tenant.to_string();
            new.plan = m.plan.to_string();
            new.tier = m.tier.to_string();
            new.timezone = m.zone.name().to_string();
            (m.zone, m.hours)
        }
        None => (cx.zone, cx.hours),
    };
    if let Some(c) = a.category {
        new.category = c;
    }
    if new.category != Category::Technical {
        if a.severity.is_some() {
            return Err(Refusal::NoSeverity(new.category));
        }
        new.severity = None;
        new.severity_source = None;
    } else if let Some(s) = a.severity {
        new.severity = Some(s);
        new.severity_source = Some(a.by.unwrap_or(SeveritySource::Manual));
    } else if new.severity.is_none() {
        // A request corrected to technical is classified, as `open` would.
        let c = classify(
            &format!("{}\n{}", new.title, new.description),
            &FactOverrides::default(),
        );
        new.severity = Some(severity(&c.facts));
        new.severity_source = Some(SeveritySource::Classified);
    }
    if (new.category, &new.tier, new.severity, &new.tenant)
        != (old.category, &old.tier, old.severity, &old.tenant)
    {
        retarget_cycle(old, &mut new, at, cx.rules, zone, hours)?;
    }
    let mut ch = Changes::in_zone(zone);
    ch.field("tenant", &old.tenant, &new.tenant);
    ch.field("plan", &old.plan, &new.plan);
    ch.field("tier", &old.tier, &new.tier);
    ch.field("timezone", &old.timezone, &new.timezone);
    ch.field("category", &old.category, &new.category);
    ch.field("severity", &old.severity, &new.severity);
    ch.field(
        "severity_source",
        &old.severity_source,
        &new.severity_source,
    );
    ch.target(old, &new);
    ch.field("title", &old.title, &new.title);
    ch.field_quiet("description", &old.description, &new.description);
    ch.field("service", &old.service, &new.service);
    let (o, n) = (&old.case, &new.case);
    ch.field("case_number", &o.case_number, &n.case_number);
    ch.field("contact", &o.contact, &n.contact);
    ch.field("contact_method", &o.contact_method, &n.contact_method);
    ch.field("available_24x7", &o.available_24x7, &n.available_24x7);
    ch.field("engineer", &o.engineer, &n.engineer);
    ch.field("owner", &o.owner, &n.owner);
    ch.field("incidents", &o.incidents, &n.incidents);
    if ch.is_empty() {
        // No field given at all is not a field given its present value.
        return Err(Refusal::Invalid(if a.gives_nothing() {
            crate::tr!("error-update-no-field", id = old.id.to_string())
        } else {
            crate::tr!("error-nothing-to-update", id = old.id.to_string())
        }));
    }
    let kind = if old.tenant != new.tenant || old.category != new.category {
        "corrected"
    } else if old.severity != new.severity {
        "severity-changed"
    } else {
        "updated"
    };
    let mut detail = ch.phrases.join(" · ");
    if let Some(reason) = a.reason.filter(|r| !super::blank(r)) {
        detail.push_str(&crate::tr!(in Lang::En; "history-reason", reason = reason));
    }
    let warn_24x7 = warns_24x7(Some(old), &new);
    let event = cx.event(at, kind, detail, &ch);
    Ok(Decision {
        request: new,
        event,
        warn_24x7,
    })
}

/// Give `new` the target its category, tier and severity call for, from `at` (SPEC 7):
/// an unanswered open cycle is re-targeted, unless it had already breached (the breach
/// stands); answered cycles and closed requests keep their targets.
fn retarget_cycle(
    old: &Request,
    new: &mut Request,
    at: DateTime<Utc>,
    rules: &Rules,
    zone: Zone,
    hours: &BusinessHours,
) -> Result<(), Refusal> {
    let cycle = old.cycle();
    let open = cycle.responded_at.is_none() && cycle.closed_at.is_none();
    let breached = cycle.due.is_some_and(|d| d < at);
    if !open || breached {
        return Ok(());
    }
    let target = rules
        .target(new.category, new.scope, &new.tier, new.severity)
        .map_err(Refusal::Invalid)?;
    if old.target().as_ref() == Some(&target) && old.tenant == new.tenant {
        return Ok(());
    }
    let candidate = rules.due(&target, at, zone, hours);
    if let Some(d) = candidate {
        check_representable(d, &crate::tr!("what-new-due")).map_err(Refusal::Invalid)?;
    }
    new.response_due = retarget(&cycle, at, candidate);
    *new = new.clone().with_target(&target);
    new.case.target_started_at = Some(at);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Affected, ServiceState};
    use crate::rules::{Channel, Response};

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn under(tier: &str) -> Under<'static> {
        let rules = Rules::embedded();
        static HOURS: std::sync::OnceLock<BusinessHours> = std::sync::OnceLock::new();
        Under {
            rules,
            tier: rules.tier(tier).unwrap(),
            zone: Zone::UTC,
            hours: HOURS.get_or_init(BusinessHours::default),
        }
    }

    /// Only a target the calendar moves is bounded; the bound is the latest reading plus the
    /// longer of 31 days and the span to it, and a calendar that never opens is bounded by
    /// the search horizon.
    #[test]
    fn calendar_due_bound_covers_only_targets_the_calendar_moves() {
        use super::super::file::{Availability, Clock, Target};
        let hours = BusinessHours::default();
        let t = |response, clock| Target {
            availability: Availability::Always,
            response,
            clock,
        };
        let start = utc("2026-11-23T10:00:00Z");
        for none in [
            t(Response::None, Clock::Always),
            t(Response::After(3600), Clock::Always),
        ] {
            assert_eq!(calendar_due_bound(&none, start, Zone::UTC, &hours), None);
        }
        // Monday 10:00 UTC: the end of Tuesday is the latest next-day reading.
        let (bound, latest) = calendar_due_bound(
            &t(Response::NextDay, Clock::Always),
            start,
            Zone::UTC,
            &hours,
        )
        .unwrap();
        assert_eq!(latest, utc("2026-11-24T23:59:59Z"));
        assert_eq!(bound, utc("2026-12-25T23:59:59Z"));
        // 80 business hours: two weeks to Monday 7 December 10:00, then 31 days (the longer).
        let (bound, latest) = calendar_due_bound(
            &t(Response::After(80 * 3600), Clock::Business),
            start,
            Zone::UTC,
            &hours,
        )
        .unwrap();
        assert_eq!(latest, utc("2026-12-07T10:00:00Z"));
        assert_eq!(bound, utc("2027-01-07T10:00:00Z"));
        assert!(
            due_within_calendar_bound(
                "response_due",
                bound + chrono::Duration::seconds(1),
                &t(Response::After(80 * 3600), Clock::Business),
                start,
                Zone::UTC,
                &hours
            )
            .is_err()
        );
    }

    fn stmt(title: &str) -> Statement<'_> {
        Statement {
            title,
            ..Statement::default()
        }
    }

    #[test]
    fn a_stated_severity_makes_a_technical_request_whatever_the_text_says() {
        // "Quote" reads as presales to the classifier; --severity B says technical.
        let s = Statement {
            severity: Some(Severity::B),
            ..stmt("Quote \"x\" in the mail footer is garbled")
        };
        let f = file(&s, under("enterprise"), utc("2026-11-24T10:00:00Z")).unwrap();
        assert_eq!(f.category, Category::Technical);
        assert_eq!(f.severity, Some(Severity::B));
        assert_eq!(f.severity_source, Some(SeveritySource::Manual));
    }

    #[test]
    fn a_stated_category_is_kept_and_refuses_a_severity() {
        let s = Statement {
            category: Some(Category::Presales),
            severity: Some(Severity::A),
            ..stmt("Mail is down for everyone")
        };
        assert_eq!(
            file(&s, under("enterprise"), utc("2026-11-24T10:00:00Z")).unwrap_err(),
            Refusal::NoSeverity(Category::Presales)
        );
    }

    #[test]
    fn without_a_severity_a_technical_request_is_classified() {
        let f = file(
            &stmt("全ユーザーがメールを送受信できない"),
            under("enterprise"),
            utc("2026-11-24T10:00:00Z"),
        )
        .unwrap();
        assert_eq!(f.severity, Some(Severity::A));
        assert_eq!(f.severity_source, Some(SeveritySource::Classified));
        assert_eq!(f.due, Some(utc("2026-11-24T11:00:00Z")));
    }

    #[test]
    fn out_of_scope_is_refused_with_its_referral_unless_forced() {
        let e = file(
            &stmt("ExcelのVBAマクロが動かない"),
            under("enterprise"),
            utc("2026-11-24T10:00:00Z"),
        )
        .unwrap_err();
        assert!(matches!(
            e,
            Refusal::OutOfScope {
                scope: Scope::Scripting,
                ..
            }
        ));
    }

    #[test]
    fn out_of_scope_forced_has_no_response_commitment() {
        let s = Statement {
            force: true,
            overrides: FactOverrides {
                service_state: Some(ServiceState::Down),
                affected: Some(Affected::All),
                ..FactOverrides::default()
            },
            ..stmt("ExcelのVBAマクロが動かない")
        };
        let f = file(&s, under("enterprise"), utc("2026-11-24T10:00:00Z")).unwrap();
        assert_eq!(f.scope, Scope::Scripting);
        assert_eq!(f.target.response, Response::None);
        assert_eq!(f.due, None);
    }

    #[test]
    fn a_due_time_past_the_year_9999_is_refused_at_filing() {
        let s = Statement {
            severity: Some(Severity::B),
            ..stmt("EAC cannot set forwarding")
        };
        let e = file(&s, under("enterprise"), utc("9999-12-31T10:00:00Z")).unwrap_err();
        assert!(matches!(e, Refusal::Invalid(m) if m.contains("9999")));
    }

    // The decisions on a request as it stands (respond, note, update, close, reopen).

    fn request(opened: &str) -> Request {
        let at = utc(opened);
        let target = Rules::embedded()
            .target(
                Category::Technical,
                Scope::InScope,
                "enterprise",
                Some(Severity::B),
            )
            .unwrap();
        Request {
            id: 7,
            tenant: "contoso".into(),
            title: "SharePoint slow".into(),
            description: String::new(),
            category: Category::Technical,
            service: None,
            severity: Some(Severity::B),
            severity_source: Some(SeveritySource::Manual),
            plan: "e3".into(),
            tier: "enterprise".into(),
            channel: Channel::Online,
            status: Status::Open,
            opened_at: at,
            closed_at: None,
            reopen_count: 0,
            scope: Scope::InScope,
            opened_by: "alice".into(),
            timezone: "UTC".into(),
            cycle_started_at: at,
            availability: String::new(),
            response_target: String::new(),
            response_clock: String::new(),
            response_due: Some(at + chrono::Duration::hours(24)),
            first_response_at: None,
            case: Case::default(),
        }
        .with_target(&target)
    }

    fn latest(r: &Request) -> LatestAction {
        LatestAction {
            at: r.latest_own_time(),
            what: "opened".into(),
        }
    }

    fn context<'a>(latest: &'a LatestAction, now: &str) -> Context<'a> {
        let u = under("enterprise");
        Context {
            rules: u.rules,
            zone: u.zone,
            hours: u.hours,
            at_risk: u.rules.at_risk,
            actor: "alice",
            now: utc(now),
            latest,
            at_typed: None,
        }
    }

    #[test]
    fn a_row_other_than_what_its_opening_records_is_refused_naming_the_column() {
        let r = request("2026-11-24T10:00:00Z");
        let opening = Event {
            data: Some(super::super::record::opening_data(&r)),
            ..Event::new(r.opened_at, "alice", "opened", "opened".into())
        };
        let agree = |row: &Request, e: &Event| {
            super::super::record::check_events_agree(row, &[], std::slice::from_ref(e))
        };
        assert_eq!(agree(&r, &opening), Ok(()));
        let edits = [
            (
                Request {
                    severity: Some(Severity::C),
                    ..r.clone()
                },
                "severity",
            ),
            (
                Request {
                    tenant: "fabrikam".into(),
                    ..r.clone()
                },
                "tenant",
            ),
            (
                Request {
                    category: Category::Billing,
                    ..r.clone()
                },
                "category",
            ),
            (
                Request {
                    plan: "e5".into(),
                    ..r.clone()
                },
                "plan",
            ),
            (
                Request {
                    response_due: r.response_due.map(|d| d + chrono::Duration::days(1)),
                    ..r.clone()
                },
                "response_due",
            ),
            (
                Request {
                    availability: "business-hours".into(),
                    ..r.clone()
                },
                "availability",
            ),
        ];
        for (edited, column) in &edits {
            let fault = agree(edited, &opening).unwrap_err();
            assert_eq!(fault.column(), *column);
            // An opening written before openings recorded their filing holds it to nothing.
            let recorded_nothing = Event {
                data: None,
                ..opening.clone()
            };
            assert_eq!(agree(edited, &recorded_nothing), Ok(()), "{column}");
        }
    }

    #[test]
    fn respond_records_the_first_response_with_its_state() {
        let r = request("2026-11-24T10:00:00Z");
        let l = latest(&r);
        let a = Respond {
            at: utc("2026-11-24T11:00:00Z"),
            note: Some("engineer called"),
            correct: false,
            history: &[],
        };
        let d = respond(&r, &a, &context(&l, "2026-11-24T12:00:00Z")).unwrap();
        assert_eq!(d.request.first_response_at, Some(a.at));
        assert_eq!((d.event.kind.as_str(), d.event.at), ("responded", a.at));
        assert_eq!(d.event.detail, "first response · met: engineer called");
        assert!(
            d.event
                .data
                .unwrap()
                .contains("\"text\":\"engineer called\"")
        );
    }

    #[test]
    fn respond_twice_or_after_closing_or_before_the_latest_action_is_refused() {
        let r = request("2026-11-24T10:00:00Z");
        let l = latest(&r);
        let cx = context(&l, "2026-11-24T12:00:00Z");
        let at = |t| Respond {
            at: utc(t),
            note: None,
            correct: false,
            history: &[],
        };
        let answered = Request {
            first_response_at: Some(utc("2026-11-24T10:30:00Z")),
            ..r.clone()
        };
        let e = respond(&answered, &at("2026-11-24T11:00:00Z"), &cx).unwrap_err();
        assert!(matches!(e, Refusal::Invalid(m) if m.contains("already has a first response")));
        let closed = Request {
            status: Status::Closed,
            closed_at: Some(utc("2026-11-24T10:30:00Z")),
            ..r.clone()
        };
        let e = respond(&closed, &at("2026-11-24T11:00:00Z"), &cx).unwrap_err();
        assert!(matches!(e, Refusal::Invalid(m) if m.contains("reopen it first")));
        let e = respond(&r, &at("2026-11-24T09:00:00Z"), &cx).unwrap_err();
        assert!(matches!(e, Refusal::Invalid(_)));
        let e = respond(&r, &at("2026-11-24T13:00:00Z"), &cx).unwrap_err();
        assert!(matches!(e, Refusal::Invalid(_)), "after now");
    }

    #[test]
    fn respond_correct_moves_the_response_within_its_cycle_recorded_now() {
        let r = Request {
            first_response_at: Some(utc("2026-11-24T11:00:00Z")),
            ..request("2026-11-24T10:00:00Z")
        };
        let l = latest(&r);
        let cx = context(&l, "2026-11-24T12:00:00Z");
        let a = Respond {
            at: utc("2026-11-24T10:30:00Z"),
            note: None,
            correct: true,
            history: &[],
        };
        let d = respond(&r, &a, &cx).unwrap();
        assert_eq!(d.request.first_response_at, Some(a.at));
        assert_eq!((d.event.kind.as_str(), d.event.at), ("corrected", cx.now));
        let before = Respond {
            at: utc("2026-11-24T09:00:00Z"),
            ..a
        };
        assert!(respond(&r, &before, &cx).is_err());
        let none = request("2026-11-24T10:00:00Z");
        assert!(respond(&none, &a, &cx).is_err(), "nothing to correct");
    }

    #[test]
    fn close_records_the_resolution_and_refuses_a_second_close() {
        let r = request("2026-11-24T10:00:00Z");
        let l = latest(&r);
        let cx = context(&l, "2026-11-24T12:00:00Z");
        let a = Close {
            at: utc("2026-11-24T11:00:00Z"),
            resolution: Some("fixed"),
            correct: false,
            history: &[],
        };
        let d = close(&r, &a, &cx).unwrap();
        assert_eq!(d.request.status, Status::Closed);
        assert_eq!(d.request.closed_at, Some(a.at));
        assert_eq!(d.request.case.resolution.as_deref(), Some("fixed"));
        assert_eq!(d.event.kind, "closed");
        assert!(d.event.detail.ends_with(": fixed"), "{}", d.event.detail);
        let e = close(&d.request, &a, &cx).unwrap_err();
        assert_eq!(e, Refusal::Invalid("request 7 is already closed".into()));
        let blank = Close {
            resolution: Some("  "),
            ..a
        };
        assert_eq!(
            close(&r, &blank, &cx).unwrap().request.case.resolution,
            None
        );
    }

    #[test]
    fn close_correct_is_not_before_the_first_response() {
        let r = Request {
            first_response_at: Some(utc("2026-11-24T10:30:00Z")),
            status: Status::Closed,
            closed_at: Some(utc("2026-11-24T11:00:00Z")),
            ..request("2026-11-24T10:00:00Z")
        };
        let l = latest(&r);
        let cx = context(&l, "2026-11-24T12:00:00Z");
        let a = Close {
            at: utc("2026-11-24T10:15:00Z"),
            resolution: None,
            correct: true,
            history: &[],
        };
        let e = close(&r, &a, &cx).unwrap_err();
        assert!(matches!(e, Refusal::Invalid(m) if m.contains("first response")));
        let ok = Close {
            at: utc("2026-11-24T10:45:00Z"),
            ..a
        };
        let d = close(&r, &ok, &cx).unwrap();
        assert_eq!(d.request.closed_at, Some(ok.at));
        assert_eq!(d.event.kind, "corrected");
    }

    #[test]
    fn reopen_starts_a_new_cycle_and_a_new_severity_retargets_it() {
        let r = Request {
            status: Status::Closed,
            first_response_at: Some(utc("2026-11-24T10:30:00Z")),
            closed_at: Some(utc("2026-11-24T11:00:00Z")),
            ..request("2026-11-24T10:00:00Z")
        };
        let l = latest(&r);
        let cx = context(&l, "2026-11-25T12:00:00Z");
        let a = Reopen {
            at: utc("2026-11-25T12:00:00Z"),
            reason: Some("back again"),
            severity: Some(Severity::A),
            allowed: Ok(()),
        };
        let d = reopen(&r, &a, &cx).unwrap();
        let n = &d.request;
        assert_eq!(
            (n.status, n.reopen_count, n.closed_at),
            (Status::Open, 1, None)
        );
        assert_eq!(n.cycle_started_at, a.at);
        assert_eq!(n.first_response_at, None);
        assert_eq!(n.severity, Some(Severity::A));
        assert_eq!(n.severity_source, Some(SeveritySource::Manual));
        assert_eq!(n.response_due, Some(utc("2026-11-25T13:00:00Z")));
        assert_eq!(d.event.kind, "reopened");
        assert!(
            d.event.detail.contains("severity B → A"),
            "{}",
            d.event.detail
        );
    }

    #[test]
    fn reopen_refuses_an_open_request_an_actor_who_may_not_act_and_a_late_reopen() {
        let closed = Request {
            status: Status::Closed,
            closed_at: Some(utc("2026-11-24T11:00:00Z")),
            ..request("2026-11-24T10:00:00Z")
        };
        let l = latest(&closed);
        let a = |at: &str, allowed: Result<(), String>| Reopen {
            at: utc(at),
            reason: None,
            severity: None,
            allowed,
        };
        let open = request("2026-11-24T10:00:00Z");
        let cx = context(&l, "2026-11-25T12:00:00Z");
        let e = reopen(&open, &a("2026-11-25T12:00:00Z", Ok(())), &cx).unwrap_err();
        assert!(matches!(e, Refusal::NotAllowed(_)), "{e:?}");
        let e = reopen(
            &closed,
            &a("2026-11-25T12:00:00Z", Err("pat is a reader".into())),
            &cx,
        )
        .unwrap_err();
        assert!(matches!(e, Refusal::NotAllowed(m) if m.contains("reader")));
        let much_later = context(&l, "2027-03-01T12:00:00Z");
        let e = reopen(&closed, &a("2027-03-01T12:00:00Z", Ok(())), &much_later).unwrap_err();
        assert!(matches!(e, Refusal::NotAllowed(_)), "{e:?}");
        let presales = Request {
            category: Category::Presales,
            ..closed.clone()
        };
        let with_severity = Reopen {
            severity: Some(Severity::A),
            ..a("2026-11-25T12:00:00Z", Ok(()))
        };
        assert_eq!(
            reopen(&presales, &with_severity, &cx).unwrap_err(),
            Refusal::NoSeverity(Category::Presales)
        );
    }

    #[test]
    fn note_changes_no_field_and_keeps_who_wrote_it() {
        let r = request("2026-11-24T10:00:00Z");
        let l = latest(&r);
        let cx = context(&l, "2026-11-24T12:00:00Z");
        let a = Note {
            at: utc("2026-11-24T11:00:00Z"),
            from: NoteFrom::Admin,
            body: "sent the logs",
        };
        let d = note(&r, &a, &cx).unwrap();
        assert_eq!(d.request, r);
        assert_eq!(
            (d.event.kind.as_str(), d.event.detail.as_str()),
            (NOTE, "sent the logs")
        );
        assert_eq!(d.event.data.as_deref(), Some("{\"from\":\"admin\"}"));
        let early = Note {
            at: utc("2026-11-24T09:00:00Z"),
            ..a
        };
        assert!(note(&r, &early, &cx).is_err());
        let empty = Note { body: " ", ..a };
        assert!(note(&r, &empty, &cx).is_err());
    }

    #[test]
    fn update_retargets_an_unanswered_cycle_and_records_old_and_new() {
        let r = request("2026-11-24T10:00:00Z");
        let l = latest(&r);
        let cx = context(&l, "2026-11-24T12:00:00Z");
        let a = Update {
            at: utc("2026-11-24T11:00:00Z"),
            severity: Some(Severity::A),
            by: Some(SeveritySource::Microsoft),
            reason: Some("Microsoft rated it"),
            ..Update::default()
        };
        let d = update(&r, &a, &cx).unwrap();
        let n = &d.request;
        assert_eq!(n.severity, Some(Severity::A));
        assert_eq!(n.severity_source, Some(SeveritySource::Microsoft));
        assert_eq!(n.response_due, Some(utc("2026-11-24T12:00:00Z")));
        assert_eq!(n.case.target_started_at, Some(a.at));
        assert_eq!(d.event.kind, "severity-changed");
        assert!(d.event.detail.ends_with("reason: Microsoft rated it"));
        assert!(d.warn_24x7, "severity A without --available-24x7");
        let data: serde_json::Value =
            serde_json::from_str(d.event.data.as_deref().unwrap()).unwrap();
        assert_eq!(
            data["severity"],
            serde_json::json!({"old": "B", "new": "A"})
        );
    }

    #[test]
    fn update_refuses_nothing_to_change_and_a_severity_for_presales() {
        let r = request("2026-11-24T10:00:00Z");
        let l = latest(&r);
        let cx = context(&l, "2026-11-24T12:00:00Z");
        let same = Update {
            at: utc("2026-11-24T11:00:00Z"),
            title: Some("SharePoint slow"),
            ..Update::default()
        };
        assert!(
            matches!(update(&r, &same, &cx), Err(Refusal::Invalid(m)) if m.starts_with("nothing to update"))
        );
        let presales = Update {
            category: Some(Category::Presales),
            severity: Some(Severity::B),
            ..same.clone()
        };
        assert_eq!(
            update(&r, &presales, &cx).unwrap_err(),
            Refusal::NoSeverity(Category::Presales)
        );
        let unlink = [String::from("EX1")];
        let a = Update {
            unlink: &unlink,
            ..same
        };
        assert!(
            matches!(update(&r, &a, &cx), Err(Refusal::Invalid(m)) if m.contains("not linked"))
        );
    }

    #[test]
    fn update_to_technical_classifies_as_open_would() {
        let r = Request {
            category: Category::Presales,
            severity: None,
            severity_source: None,
            title: "全ユーザーがメールを送受信できない".into(),
            ..request("2026-11-24T10:00:00Z")
        };
        let l = latest(&r);
        let cx = context(&l, "2026-11-24T12:00:00Z");
        let a = Update {
            at: utc("2026-11-24T11:00:00Z"),
            category: Some(Category::Technical),
            ..Update::default()
        };
        let d = update(&r, &a, &cx).unwrap();
        assert_eq!(d.request.severity, Some(Severity::A));
        assert_eq!(d.request.severity_source, Some(SeveritySource::Classified));
        assert_eq!(d.event.kind, "corrected");
    }
}
