//! Reopen eligibility (SPEC 1.6): closed, filed online, within the window, by an admin.

use super::facts::Channel;
use chrono::{DateTime, Duration, Utc};

/// Why a request may not be reopened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReopenRefusal {
    NotClosed,
    /// Requests filed by phone cannot be reopened; file a new one.
    FiledByPhone,
    WindowPassed {
        deadline: DateTime<Utc>,
    },
    /// The actor is not allowed to act for the tenant (SPEC 1.7); the reason says why.
    NotAllowed(String),
}

/// Whether a request may be reopened now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReopenVerdict {
    Eligible { deadline: DateTime<Utc> },
    Refused(ReopenRefusal),
}

impl ReopenRefusal {
    /// One sentence for the admin: what blocks the reopen and what to do.
    pub fn explain(&self, fmt_time: impl Fn(DateTime<Utc>) -> String) -> String {
        match self {
            ReopenRefusal::NotClosed => {
                crate::tr!(in crate::i18n::output_lang(); "reopen-refused-open")
            }
            ReopenRefusal::FiledByPhone => {
                crate::tr!(in crate::i18n::output_lang(); "reopen-refused-phone")
            }
            ReopenRefusal::WindowPassed { deadline } => crate::tr!(in crate::i18n::output_lang();
                "reopen-refused-window",
                deadline = fmt_time(*deadline)
            ),
            ReopenRefusal::NotAllowed(why) => {
                crate::tr!(in crate::i18n::output_lang(); "reopen-refused-actor", why = why.as_str())
            }
        }
    }
}

/// The last moment a request closed at `closed_at` may be reopened: the close plus the
/// window, or the last representable second (9999-12-31T23:59:59Z) when that lies beyond it
/// ([`super::history::clip_to_representable`]): a request closed late in 9999 may be
/// reopened until the end of svcreq's time, and its close is never refused for it.
pub fn reopen_deadline(closed_at: DateTime<Utc>, window_secs: i64) -> DateTime<Utc> {
    super::history::clip_to_representable(closed_at + Duration::seconds(window_secs))
}

/// Reopen eligibility (SPEC 1.6). `closed_at` is None for an open request; `allowed`
/// is the outcome of the who-may-act check (SPEC 1.7).
pub fn reopen_verdict(
    closed_at: Option<DateTime<Utc>>,
    channel: Channel,
    now: DateTime<Utc>,
    window_secs: i64,
    allowed: Result<(), String>,
) -> ReopenVerdict {
    let Some(closed_at) = closed_at else {
        return ReopenVerdict::Refused(ReopenRefusal::NotClosed);
    };
    if channel == Channel::Phone {
        return ReopenVerdict::Refused(ReopenRefusal::FiledByPhone);
    }
    let deadline = reopen_deadline(closed_at, window_secs);
    if now > deadline {
        return ReopenVerdict::Refused(ReopenRefusal::WindowPassed { deadline });
    }
    if let Err(why) = allowed {
        return ReopenVerdict::Refused(ReopenRefusal::NotAllowed(why));
    }
    ReopenVerdict::Eligible { deadline }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: i64 = 14 * 86400;

    fn closed() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-10T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn reopen_allowed_at_exactly_14_days() {
        let now = closed() + Duration::hours(14 * 24);
        assert_eq!(
            reopen_verdict(Some(closed()), Channel::Online, now, WINDOW, Ok(())),
            ReopenVerdict::Eligible { deadline: now }
        );
    }

    #[test]
    fn reopen_refused_one_second_after_14_days() {
        let deadline = closed() + Duration::hours(14 * 24);
        assert_eq!(
            reopen_verdict(
                Some(closed()),
                Channel::Online,
                deadline + Duration::seconds(1),
                WINDOW,
                Ok(())
            ),
            ReopenVerdict::Refused(ReopenRefusal::WindowPassed { deadline })
        );
    }

    #[test]
    fn reopen_refused_for_phone_requests() {
        assert_eq!(
            reopen_verdict(Some(closed()), Channel::Phone, closed(), WINDOW, Ok(())),
            ReopenVerdict::Refused(ReopenRefusal::FiledByPhone)
        );
    }

    #[test]
    fn reopen_refused_while_open() {
        assert_eq!(
            reopen_verdict(None, Channel::Online, closed(), WINDOW, Ok(())),
            ReopenVerdict::Refused(ReopenRefusal::NotClosed)
        );
    }

    #[test]
    fn reopen_refused_for_an_actor_who_may_not_act() {
        let v = reopen_verdict(
            Some(closed()),
            Channel::Online,
            closed(),
            WINDOW,
            Err("no".into()),
        );
        assert_eq!(
            v,
            ReopenVerdict::Refused(ReopenRefusal::NotAllowed("no".into()))
        );
    }
}
