//! The figures of a review (SPEC 9), pure: the response cycles of one tenant, each already
//! seen as of the report's instant, become per-severity counts, nearest-rank percentiles,
//! resolution times, open cases by age, the breaches and a weekly or monthly trend.

use super::calendar::resolve_local;
use super::facts::{Category, Severity};
use super::sla::{BreachKind, Cycle, SlaState};
use super::zone::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The breaches a report lists per tenant (the latest; the total is counted apart).
pub const BREACHES_LISTED: usize = 50;

/// A period of local calendar days, both ends included (SPEC 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// How the trend of a period is grouped: ISO weeks (Monday first) or calendar months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Granularity {
    Week,
    Month,
}

impl Period {
    /// The calendar month `year`-`month`; None when there is no such month.
    pub fn month(year: i32, month: u32) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        };
        // December 9999 ends on the last representable day.
        let to = match next {
            Some(n) => n.pred_opt()?,
            None => NaiveDate::from_ymd_opt(year, 12, 31)?,
        };
        Some(Period { from, to })
    }

    /// Whether the local date `d` lies in the period.
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    /// Days in the period.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The first instant of the period in `tz` (a midnight in a DST gap: the first instant
    /// of the day, SPEC 6).
    /// Clipped to the representable range, as every derived bound is
    /// ([`super::history::clip_to_representable`]).
    pub fn start_in(&self, tz: Zone) -> DateTime<Utc> {
        super::history::clip_to_representable(resolve_local(
            tz,
            self.from.and_hms_opt(0, 0, 0).unwrap_or_default(),
        ))
    }

    /// The last second of the period in `tz`: one second before the next local day begins.
    /// Clipped to the representable range, as every derived bound is.
    pub fn end_in(&self, tz: Zone) -> DateTime<Utc> {
        super::history::clip_to_representable(self.end_exact_in(tz))
    }

    fn end_exact_in(&self, tz: Zone) -> DateTime<Utc> {
        match self.to.succ_opt() {
            Some(next) => {
                resolve_local(tz, next.and_hms_opt(0, 0, 0).unwrap_or_default())
                    - Duration::seconds(1)
            }
            None => resolve_local(tz, self.to.and_hms_opt(23, 59, 59).unwrap_or_default()),
        }
    }

    /// Weeks for a period of up to nine weeks, months beyond.
    pub fn granularity(&self) -> Granularity {
        if self.days() <= 63 {
            Granularity::Week
        } else {
            Granularity::Month
        }
    }

    /// How many trend buckets meet the period.
    pub fn bucket_count(&self) -> i64 {
        let (f, t) = (self.from, self.to);
        match self.granularity() {
            Granularity::Week => {
                let g = Granularity::Week;
                (bucket_of(t, g) - bucket_of(f, g)).num_days() / 7 + 1
            }
            Granularity::Month => {
                i64::from(t.year() - f.year()) * 12 + i64::from(t.month()) - i64::from(f.month())
                    + 1
            }
        }
    }

    /// The first day of every trend bucket that meets the period, in order.
    pub fn buckets(&self) -> Vec<NaiveDate> {
        self.buckets_between(self.from, self.to)
    }

    /// The first day of every trend bucket from the one holding `from` to the one holding
    /// `to`, in order.
    fn buckets_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let g = self.granularity();
        let mut out = Vec::new();
        let mut b = bucket_of(from, g);
        while b <= to {
            out.push(b);
            let next = match g {
                Granularity::Week => b.checked_add_signed(Duration::days(7)),
                Granularity::Month => b.checked_add_months(chrono::Months::new(1)),
            };
            match next {
                Some(n) => b = n,
                None => break,
            }
        }
        out
    }
}

/// The first day of the bucket holding `d`: its ISO week's Monday, or its month's first day.
pub fn bucket_of(d: NaiveDate, g: Granularity) -> NaiveDate {
    match g {
        Granularity::Week => d - Duration::days(i64::from(d.weekday().num_days_from_monday())),
        Granularity::Month => d.with_day(1).unwrap_or(d),
    }
}

/// The row a cycle is counted in: its severity, or for requests without one (presales,
/// billing) their category (SPEC 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RowKey {
    Severity(Severity),
    NoSeverity(Category),
}

impl RowKey {
    /// The key of a cycle with `severity` of a request in `category`.
    pub fn of(severity: Option<Severity>, category: Category) -> RowKey {
        severity.map_or(RowKey::NoSeverity(category), RowKey::Severity)
    }

    /// "A", "B", "C", or the category id.
    pub fn as_str(self) -> &'static str {
        match self {
            RowKey::Severity(s) => s.as_str(),
            RowKey::NoSeverity(c) => c.as_str(),
        }
    }
}

impl fmt::Display for RowKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One response cycle as a report counts it.
#[derive(Debug, Clone)]
pub struct CycleFact<'a> {
    pub request_id: i64,
    /// 0 for the first cycle, n after the n-th reopen.
    pub seq: i64,
    pub key: RowKey,
    pub title: &'a str,
    /// The response target the cycle runs under ("1h", "next-day", "none", ...).
    pub response_target: &'a str,
    /// The cycle as it stood at the report's instant ([`Cycle::as_of`]).
    pub cycle: Cycle,
    /// Its SLA state at that instant, as `sla` decides it.
    pub state: SlaState,
}

/// Counts of SLA states; the names are those of `sla --json`'s summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StateCounts {
    pub breached: u64,
    pub at_risk: u64,
    pub pending: u64,
    pub met: u64,
    pub withdrawn: u64,
    pub no_target: u64,
}

impl StateCounts {
    fn add(&mut self, s: SlaState) {
        match s {
            SlaState::Breached => self.breached += 1,
            SlaState::AtRisk => self.at_risk += 1,
            SlaState::Pending => self.pending += 1,
            SlaState::Met => self.met += 1,
            SlaState::Withdrawn => self.withdrawn += 1,
            SlaState::NoTarget => self.no_target += 1,
        }
    }
}

/// Upper bounds of the age buckets of open cases, in seconds (the last is open-ended).
/// Each bucket's label is a catalogue key (`report-age-…`).
pub const AGE_BUCKETS: [(&str, i64); 5] = [
    ("report-age-under-1-day", 86_400),
    ("report-age-1-3-days", 3 * 86_400),
    ("report-age-3-7-days", 7 * 86_400),
    ("report-age-7-30-days", 30 * 86_400),
    ("report-age-30-days-or-more", i64::MAX),
];

/// The figures of one row (a severity, a category without severity, or all of a tenant).
/// Durations are seconds; shares of the target are percentages, rounded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RowFigures {
    /// Response cycles started in the period.
    pub cycles: u64,
    #[serde(flatten)]
    pub states: StateCounts,
    /// Cycles of those answered by the report's instant, and not.
    pub answered: u64,
    pub unanswered: u64,
    /// Time to first response over answered cycles: median and 90th percentile, nearest rank.
    pub response_median_seconds: Option<i64>,
    pub response_p90_seconds: Option<i64>,
    /// The same as a share of each cycle's own target (response time / (due − start)),
    /// over answered cycles with a target.
    pub response_median_percent_of_target: Option<i64>,
    pub response_p90_percent_of_target: Option<i64>,
    /// The response targets the cycles ran under.
    pub targets: Vec<String>,
    /// Cycles started in the period by a reopen.
    pub reopens: u64,
    /// Cycles started in the period and closed by the report's instant, and the median
    /// (nearest rank) of start to close.
    pub resolved: u64,
    pub resolution_median_seconds: Option<i64>,
    /// Requests open at the report's instant, whenever they were filed, by the age of their
    /// current cycle ([`AGE_BUCKETS`]).
    pub open: u64,
    pub open_by_age: [u64; 5],
}

/// A breached cycle, for the list of breaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub request_id: i64,
    pub seq: i64,
    pub key: RowKey,
    pub title: String,
    pub started_at: DateTime<Utc>,
    pub due: DateTime<Utc>,
    pub responded_at: Option<DateTime<Utc>>,
    /// When the cycle was closed, if it was by the report's instant.
    pub closed_at: Option<DateTime<Utc>>,
    /// Which breach it is (SPEC 1.5): answered late, closed unanswered, or still overdue.
    pub kind: BreachKind,
    /// How far past due: the response, else the close, else the report's instant.
    pub late_seconds: i64,
}

/// A trend runs over the whole period when it has at most this many buckets; a longer one
/// runs from the first bucket with a cycle to the last.
pub const TREND_BUCKETS_FULL: i64 = 160;

/// Met and breached cycles started in one trend bucket; `other` counts the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrendPoint {
    pub start: NaiveDate,
    pub met: u64,
    pub breached: u64,
    pub other: u64,
}

/// The figures of one tenant for one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantFigures {
    /// Rows with anything to show, A, B, C first, then categories without severity;
    /// A, B and C always appear.
    pub rows: Vec<(RowKey, RowFigures)>,
    pub total: RowFigures,
    /// Every breached cycle started in the period.
    pub breaches_total: u64,
    /// The latest [`BREACHES_LISTED`] of them, latest start first.
    pub breaches: Vec<Breach>,
    pub granularity: Granularity,
    pub trend: Vec<TrendPoint>,
}

/// The nearest-rank `p`-th percentile of sorted `values`: the value at rank ⌈p/100 · n⌉.
pub fn nearest_rank(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let n = sorted.len() as u64;
    let rank = (u64::from(p) * n).div_ceil(100).max(1);
    sorted.get((rank - 1) as usize).copied()
}

/// Accumulates one row.
#[derive(Default)]
struct Acc {
    f: RowFigures,
    response: Vec<i64>,
    share: Vec<i64>,
    resolution: Vec<i64>,
    targets: BTreeSet<String>,
}

impl Acc {
    fn finish(mut self) -> RowFigures {
        self.response.sort_unstable();
        self.share.sort_unstable();
        self.resolution.sort_unstable();
        self.f.response_median_seconds = nearest_rank(&self.response, 50);
        self.f.response_p90_seconds = nearest_rank(&self.response, 90);
        self.f.response_median_percent_of_target = nearest_rank(&self.share, 50);
        self.f.response_p90_percent_of_target = nearest_rank(&self.share, 90);
        self.f.resolution_median_seconds = nearest_rank(&self.resolution, 50);
        self.f.targets = self.targets.into_iter().collect();
        self.f
    }
}

/// The figures of one tenant gathered a cycle at a time, so that a ledger's cycles need not
/// all be held at once: the tenant's zone `tz`, the `period`, and the instant `as_of` (the end
/// of the period, or now if earlier) the cycles are seen at.
pub struct TenantTally {
    period: Period,
    tz: Zone,
    as_of: DateTime<Utc>,
    rows: BTreeMap<RowKey, Acc>,
    total: Acc,
    trend: BTreeMap<NaiveDate, TrendPoint>,
    breaches: Vec<Breach>,
    breaches_total: u64,
}

impl TenantTally {
    pub fn new(period: Period, tz: Zone, as_of: DateTime<Utc>) -> TenantTally {
        TenantTally {
            period,
            tz,
            as_of,
            rows: Severity::ALL
                .iter()
                .map(|s| (RowKey::Severity(*s), Acc::default()))
                .collect(),
            total: Acc::default(),
            trend: BTreeMap::new(),
            breaches: Vec::new(),
            breaches_total: 0,
        }
    }

    /// The instant the cycles are seen at.
    pub fn as_of(&self) -> DateTime<Utc> {
        self.as_of
    }

    /// Whether the report counts `cycle` (already seen as of the instant): it had begun by
    /// then, and started in the period (local date) or was still open.
    pub fn counts(&self, cycle: &Cycle) -> bool {
        cycle.started_at <= self.as_of && (cycle.closed_at.is_none() || self.in_period(cycle))
    }

    fn in_period(&self, cycle: &Cycle) -> bool {
        self.period
            .contains(cycle.started_at.with_timezone(&self.tz).date_naive())
    }

    /// Count one cycle of the tenant; cycles it does not count ([`Self::counts`]) are
    /// ignored.
    pub fn add(&mut self, c: &CycleFact<'_>) {
        let cy = &c.cycle;
        if !self.counts(cy) {
            return;
        }
        let in_period = self.in_period(cy);
        let open = cy.closed_at.is_none();
        let as_of = self.as_of;
        let acc = self.rows.entry(c.key).or_default();
        for a in [acc, &mut self.total] {
            if open {
                let age = (as_of - cy.started_at).num_seconds();
                let i = AGE_BUCKETS
                    .iter()
                    .position(|(_, upper)| age < *upper)
                    .unwrap_or(AGE_BUCKETS.len() - 1);
                a.f.open += 1;
                a.f.open_by_age[i] += 1;
            }
            if !in_period {
                continue;
            }
            a.f.cycles += 1;
            a.f.states.add(c.state);
            if !a.targets.contains(c.response_target) {
                a.targets.insert(c.response_target.to_string());
            }
            if c.seq > 0 {
                a.f.reopens += 1;
            }
            match cy.responded_at {
                Some(r) => {
                    a.f.answered += 1;
                    let took = (r - cy.started_at).num_seconds();
                    a.response.push(took);
                    if let Some(due) = cy.due {
                        let allowed = (due - cy.started_at).num_seconds();
                        if allowed > 0 {
                            a.share.push(percent(took, allowed));
                        }
                    }
                }
                None => a.f.unanswered += 1,
            }
            if let Some(closed) = cy.closed_at {
                a.f.resolved += 1;
                a.resolution.push((closed - cy.started_at).num_seconds());
            }
        }
        if !in_period {
            return;
        }
        let day = bucket_of(
            cy.started_at.with_timezone(&self.tz).date_naive(),
            self.period.granularity(),
        );
        let p = self.trend.entry(day).or_insert(TrendPoint {
            start: day,
            met: 0,
            breached: 0,
            other: 0,
        });
        match c.state {
            SlaState::Met => p.met += 1,
            SlaState::Breached => p.breached += 1,
            _ => p.other += 1,
        }
        if c.state == SlaState::Breached
            && let Some(due) = cy.due
        {
            let until = cy.responded_at.or(cy.closed_at).unwrap_or(as_of);
            self.breaches_total += 1;
            self.breaches.push(Breach {
                request_id: c.request_id,
                seq: c.seq,
                key: c.key,
                title: c.title.to_string(),
                started_at: cy.started_at,
                due,
                responded_at: cy.responded_at,
                closed_at: cy.closed_at,
                kind: cy.breach(as_of).unwrap_or(BreachKind::Overdue),
                late_seconds: (until - due).num_seconds(),
            });
            if self.breaches.len() >= 8 * BREACHES_LISTED {
                latest_breaches(&mut self.breaches);
            }
        }
    }

    /// The tenant's figures.
    pub fn finish(mut self) -> TenantFigures {
        latest_breaches(&mut self.breaches);
        let span = if self.period.bucket_count() <= TREND_BUCKETS_FULL {
            Some((self.period.from, self.period.to))
        } else {
            self.trend
                .keys()
                .next()
                .zip(self.trend.keys().next_back())
                .map(|(a, b)| (*a, *b))
        };
        let trend = span.map_or_else(Vec::new, |(from, to)| {
            self.period
                .buckets_between(from, to)
                .into_iter()
                .map(|start| {
                    self.trend.get(&start).copied().unwrap_or(TrendPoint {
                        start,
                        met: 0,
                        breached: 0,
                        other: 0,
                    })
                })
                .collect()
        });
        TenantFigures {
            rows: self
                .rows
                .into_iter()
                .map(|(k, a)| (k, a.finish()))
                .filter(|(k, f)| matches!(k, RowKey::Severity(_)) || f.cycles > 0 || f.open > 0)
                .collect(),
            total: self.total.finish(),
            breaches_total: self.breaches_total,
            breaches: self.breaches,
            granularity: self.period.granularity(),
            trend,
        }
    }
}

/// Keep the latest [`BREACHES_LISTED`] breaches, latest start first.
fn latest_breaches(b: &mut Vec<Breach>) {
    b.sort_by_key(|x| std::cmp::Reverse((x.started_at, x.request_id, x.seq)));
    b.truncate(BREACHES_LISTED);
}

/// The figures of a tenant from all its `cycles` at once (see [`TenantTally`]).
pub fn tenant_figures(
    cycles: &[CycleFact<'_>],
    period: Period,
    tz: Zone,
    as_of: DateTime<Utc>,
) -> TenantFigures {
    let mut t = TenantTally::new(period, tz, as_of);
    for c in cycles {
        t.add(c);
    }
    t.finish()
}

/// `part` as a rounded percentage of `whole` (> 0).
fn percent(part: i64, whole: i64) -> i64 {
    let (p, w) = (i128::from(part), i128::from(whole));
    ((p * 200 + w) / (2 * w)) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn nov() -> Period {
        Period::month(2026, 11).unwrap()
    }

    fn fact(id: i64, start: &str, due_h: Option<i64>, resp_min: Option<i64>) -> CycleFact<'static> {
        let started_at = t(start);
        let cycle = Cycle {
            started_at,
            due: due_h.map(|h| started_at + Duration::hours(h)),
            responded_at: resp_min.map(|m| started_at + Duration::minutes(m)),
            closed_at: None,
        };
        let now = t("2026-11-30T00:00:00Z");
        CycleFact {
            request_id: id,
            seq: 0,
            key: RowKey::Severity(Severity::A),
            title: "r",
            response_target: if due_h.is_some() { "1h" } else { "none" },
            cycle,
            state: super::super::sla::sla_state_at(&cycle, now, super::super::AtRisk::Percent(25)),
        }
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(nearest_rank(&v, 50), Some(5));
        assert_eq!(nearest_rank(&v, 90), Some(9));
        assert_eq!(nearest_rank(&v, 91), Some(10));
        assert_eq!(nearest_rank(&[7], 90), Some(7));
        assert_eq!(nearest_rank(&[1, 2], 50), Some(1));
        assert_eq!(nearest_rank(&[], 50), None);
    }

    #[test]
    fn a_month_runs_from_its_first_to_its_last_local_day() {
        let p = nov();
        assert_eq!(p.days(), 30);
        let tokyo = Zone::get("Asia/Tokyo").unwrap();
        assert_eq!(p.start_in(tokyo), t("2026-10-31T15:00:00Z"));
        assert_eq!(p.end_in(tokyo), t("2026-11-30T14:59:59Z"));
        assert_eq!(Period::month(2026, 13), None);
        assert_eq!(Period::month(2026, 2).unwrap().days(), 28);
        assert_eq!(Period::month(9999, 12).unwrap().to.day(), 31);
    }

    #[test]
    fn a_cycle_belongs_to_the_period_of_its_local_start() {
        // 2026-10-31T16:00Z is 1 November in Tokyo, still October in UTC.
        let c = vec![fact(1, "2026-10-31T16:00:00Z", Some(1), Some(30))];
        let as_of = t("2026-11-30T00:00:00Z");
        let tokyo = tenant_figures(&c, nov(), Zone::get("Asia/Tokyo").unwrap(), as_of);
        assert_eq!(tokyo.total.cycles, 1);
        let utc = tenant_figures(&c, nov(), Zone::UTC, as_of);
        assert_eq!(utc.total.cycles, 0);
    }

    #[test]
    fn answered_cycles_give_the_percentiles_and_unanswered_are_counted_apart() {
        let mut c: Vec<CycleFact> = (1..=10)
            .map(|i| fact(i, "2026-11-02T00:00:00Z", Some(1), Some(i * 10)))
            .collect();
        c.push(fact(11, "2026-11-02T00:00:00Z", Some(1), None));
        let f = tenant_figures(&c, nov(), Zone::UTC, t("2026-11-30T00:00:00Z"));
        let (_, a) = &f.rows[0];
        assert_eq!((a.cycles, a.answered, a.unanswered), (11, 10, 1));
        assert_eq!(a.response_median_seconds, Some(50 * 60));
        assert_eq!(a.response_p90_seconds, Some(90 * 60));
        assert_eq!(a.response_median_percent_of_target, Some(83));
        assert_eq!(a.response_p90_percent_of_target, Some(150));
        // 70, 80, 90, 100 minutes answered late, and one never answered: 5 breaches.
        assert_eq!((a.states.met, a.states.breached), (6, 5));
        assert_eq!(f.breaches_total, 5);
        assert_eq!(
            f.breaches[0].late_seconds,
            (t("2026-11-30T00:00:00Z") - t("2026-11-02T01:00:00Z")).num_seconds()
        );
    }

    #[test]
    fn requests_without_severity_have_their_own_rows() {
        let mut c = fact(1, "2026-11-02T00:00:00Z", None, None);
        c.key = RowKey::of(None, Category::Billing);
        let f = tenant_figures(&[c], nov(), Zone::UTC, t("2026-11-30T00:00:00Z"));
        let keys: Vec<&str> = f.rows.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["A", "B", "C", "billing"]);
        assert_eq!(f.rows[3].1.states.no_target, 1);
    }

    #[test]
    fn open_cases_include_earlier_periods_by_age() {
        let c = vec![
            fact(1, "2026-09-01T00:00:00Z", None, None),
            fact(2, "2026-11-29T12:00:00Z", None, None),
        ];
        let f = tenant_figures(&c, nov(), Zone::UTC, t("2026-11-30T00:00:00Z"));
        assert_eq!(f.total.cycles, 1);
        assert_eq!(f.total.open, 2);
        assert_eq!(f.total.open_by_age, [1, 0, 0, 0, 1]);
    }

    #[test]
    fn the_trend_is_by_iso_week_for_a_month_and_by_month_beyond() {
        let weeks = nov().buckets();
        assert_eq!(
            weeks.first(),
            NaiveDate::from_ymd_opt(2026, 10, 26).as_ref()
        );
        assert_eq!(weeks.len(), 6);
        let year = Period {
            from: NaiveDate::from_ymd_opt(2026, 1, 15).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        };
        assert_eq!(year.granularity(), Granularity::Month);
        assert_eq!(year.buckets().len(), 12);
        assert_eq!((nov().bucket_count(), year.bucket_count()), (6, 12));
    }

    #[test]
    fn a_very_long_trend_spans_only_the_buckets_with_cycles() {
        let all = Period {
            from: NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
        };
        assert_eq!(all.bucket_count(), 9999 * 12);
        let c = vec![
            fact(1, "2026-09-02T00:00:00Z", Some(1), Some(30)),
            fact(2, "2026-11-02T00:00:00Z", Some(1), Some(90)),
        ];
        let f = tenant_figures(&c, all, Zone::UTC, t("2026-11-30T00:00:00Z"));
        let months: Vec<(u32, u64, u64)> = f
            .trend
            .iter()
            .map(|p| (p.start.month(), p.met, p.breached))
            .collect();
        assert_eq!(months, [(9, 1, 0), (10, 0, 0), (11, 0, 1)]);
        let empty = tenant_figures(&[], all, Zone::UTC, t("2026-11-30T00:00:00Z"));
        assert!(empty.trend.is_empty());
    }

    #[test]
    fn the_latest_breaches_are_listed_with_the_total() {
        let c: Vec<CycleFact> = (0..60)
            .map(|i| {
                fact(
                    i,
                    &format!("2026-11-{:02}T00:00:00Z", 1 + i / 3),
                    Some(1),
                    Some(120),
                )
            })
            .collect();
        let f = tenant_figures(&c, nov(), Zone::UTC, t("2026-11-30T00:00:00Z"));
        assert_eq!(f.breaches_total, 60);
        assert_eq!(f.breaches.len(), BREACHES_LISTED);
        assert_eq!(f.breaches[0].request_id, 59);
    }
}
