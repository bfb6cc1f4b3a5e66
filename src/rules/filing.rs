//! Filing decisions, pure (SPEC 1.1–1.4, 6): what a new request is filed as — category,
//! scope, service, severity and its source, the response target and due time — from what
//! the person filing states and what the text says. `open` and `import` both file through
//! [`file`], so the two can never disagree.

use super::classify::{Basis, Classification, Rationale, classify};
use super::history::{check_representable, latest_representable};
use super::{
    BusinessHours, Category, FactOverrides, Response, Rules, Scope, Service, Severity, Target,
    TierRules, severity,
};
use crate::rules::zone::Zone;
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

/// Where a severity came from (the JSON field `severity_source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeveritySource {
    /// Given by the admin (`--severity`).
    Manual,
    /// Derived from the impact facts (SPEC 1.3).
    Classified,
    /// Assigned by Microsoft when it opened the case (SPEC 7, `--by microsoft`).
    Microsoft,
}

impl SeveritySource {
    pub fn as_str(self) -> &'static str {
        match self {
            SeveritySource::Manual => "manual",
            SeveritySource::Classified => "classified",
            SeveritySource::Microsoft => "microsoft",
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
        referral: &'static str,
    },
    /// A severity given to a presales or billing request (SPEC 6): exit 2.
    NoSeverity(Category),
    /// Anything else wrong with the input (a target the rules lack, a time out of range): exit 2.
    Invalid(String),
}

impl Refusal {
    /// One sentence for the user.
    pub fn message(&self) -> String {
        match self {
            Refusal::OutOfScope {
                scope,
                why,
                referral,
            } => format!(
                "this request is outside Microsoft's support boundary ({scope}: {why}); go to {referral}, or record it anyway with --force"
            ),
            Refusal::NoSeverity(c) => format!(
                "--severity applies to technical requests only; {c} requests have no severity"
            ),
            Refusal::Invalid(m) => m.clone(),
        }
    }
}

/// One rationale line as text: `service_state = down (phrase "cannot send")`.
pub fn rationale_text(r: &Rationale) -> String {
    let why = match &r.basis {
        Basis::Phrase { phrase } => format!("phrase \"{phrase}\""),
        Basis::Flag { flag } => format!("flag {flag}"),
        Basis::Assumed => "assumed".into(),
    };
    format!("{} = {} ({why})", r.fact, r.value)
}

fn is_fact(r: &Rationale) -> bool {
    matches!(
        r.fact,
        "service_state" | "affected" | "workaround" | "business_critical"
    )
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
    check_representable(opened_at, "the opening time").map_err(Refusal::Invalid)?;
    let text = if s.description.is_empty() {
        s.title.to_string()
    } else {
        format!("{}\n{}", s.title, s.description)
    };
    let c = classify(&text, &s.overrides);
    let category = match (s.category, s.severity) {
        (Some(c), _) => c,
        (None, Some(_)) => Category::Technical,
        (None, None) => c.category,
    };
    let scope = c.scope;
    if let Some(referral) = scope.referral()
        && !s.force
    {
        let why = c
            .rationale
            .iter()
            .find(|r| r.fact == "scope")
            .map(rationale_text)
            .unwrap_or_default();
        return Err(Refusal::OutOfScope {
            scope,
            why,
            referral,
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
    let mut target = under
        .rules
        .target(category, &under.tier.name, severity)
        .map_err(Refusal::Invalid)?;
    if scope != Scope::InScope {
        // Out of scope means no commitment (SPEC 6).
        target.response = Response::None;
    }
    let due = under.rules.due(&target, opened_at, under.zone, under.hours);
    if let Some(d) = due
        && d > latest_representable()
    {
        return Err(Refusal::Invalid(
            "the response due time would fall after the year 9999; check the opening time".into(),
        ));
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
    /// How the severity was reached, for the history ("severity A classified: …"). Built
    /// on demand: an import files many rows and records none of this text.
    pub fn basis(&self) -> String {
        let basis = match (self.severity, self.severity_source) {
            (Some(sev), Some(SeveritySource::Classified)) => {
                let why: Vec<String> = self
                    .classification
                    .rationale
                    .iter()
                    .filter(|r| is_fact(r))
                    .map(rationale_text)
                    .collect();
                format!("severity {sev} classified: {}", why.join("; "))
            }
            (Some(sev), _) => format!("severity {sev} (set with --severity)"),
            (None, _) => format!("{} request (no severity)", self.category),
        };
        if self.scope == Scope::InScope {
            basis
        } else {
            format!(
                "{basis} · recorded with --force although out of scope ({}); no response commitment",
                self.scope
            )
        }
    }
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
}

/// How an import row is filed: what it recorded, and what it omitted decided as `open`
/// decides it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowFiling {
    pub category: Category,
    pub scope: Scope,
    pub service: Service,
    pub severity: Option<Severity>,
    pub severity_source: Option<SeveritySource>,
    pub target: Target,
    /// UTC; None without a commitment.
    pub due: Option<DateTime<Utc>>,
}

/// File an import row whose current cycle started at `started` (UTC) (SPEC 5): what the
/// row gives (category, service, severity, scope, target, due time) is kept as recorded;
/// what it omits is decided by [`file`], exactly as `open` would decide it — classified
/// when no severity is given, refused out of scope unless forced (or the row records its
/// scope), the due time reckoned from the cycle's start. A row that records every
/// decision is not classified at all.
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
    let (category, scope, service, severity, source) = match (category, recorded.scope, s.service) {
        (Some(category), Some(scope), Some(service)) if settled => {
            if category != Category::Technical && s.severity.is_some() {
                return Err(Refusal::NoSeverity(category));
            }
            let source = s.severity.map(|_| SeveritySource::Manual);
            (category, scope, service, s.severity, source)
        }
        _ => {
            let forced = Statement {
                force: s.force || recorded.scope.is_some(),
                ..s.clone()
            };
            let f = file(&forced, under, started)?;
            (
                f.category,
                recorded.scope.unwrap_or(f.scope),
                f.service,
                f.severity,
                f.severity_source,
            )
        }
    };
    let severity_source = match severity {
        Some(_) => recorded.severity_source.or(source),
        None => None,
    };
    let target = match recorded.target {
        Some(t) => t,
        None => {
            let mut t = under
                .rules
                .target(category, &under.tier.name, severity)
                .map_err(Refusal::Invalid)?;
            if scope != Scope::InScope {
                // Out of scope means no commitment (SPEC 6).
                t.response = Response::None;
            }
            t
        }
    };
    let due = match recorded.due {
        Some(d) => Some(d),
        None => under.rules.due(&target, started, under.zone, under.hours),
    };
    if let Some(d) = due {
        check_representable(d, "the response due time").map_err(Refusal::Invalid)?;
    }
    Ok(RowFiling {
        category,
        scope,
        service,
        severity,
        severity_source,
        target,
        due,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Affected, ServiceState};

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
}
