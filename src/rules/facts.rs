//! Impact facts and the severity they imply (SPEC 1.3), plus the request vocabulary:
//! category (1.1), scope and referral (1.2), and service ids (5).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The catalogue key of a type's name in messages: `ContactMethod` → `kind-contact-method`.
fn kind_key(name: &str) -> String {
    let mut out = String::from("kind-");
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.extend(c.to_lowercase());
    }
    out
}

macro_rules! id_enum {
    ($(#[$m:meta])* $name:ident { $($var:ident = $id:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $id)] $var),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$var),+];
            /// The id used on the command line, in JSON and in the ledger.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $id),+ }
            }
            /// The accepted ids as a list in the reader's language (for error messages).
            pub fn accepted() -> String {
                crate::i18n::one_of(&[$($id),+])
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($id => Ok($name::$var),)+
                    _ => Err(crate::tr!(
                        "error-unknown-id",
                        what = crate::i18n::text(&kind_key(stringify!($name)), None),
                        value = s,
                        valid = $name::accepted()
                    )),
                }
            }
        }
    };
}

id_enum!(
    /// Severity of a technical request (SPEC 1.3).
    Severity { A = "A", B = "B", C = "C" }
);

id_enum!(
    /// Kind of request (SPEC 1.1).
    Category { Technical = "technical", Presales = "presales", Billing = "billing" }
);

id_enum!(
    /// Whether a request lies inside Microsoft's support boundary (SPEC 1.2).
    Scope {
        InScope = "in-scope",
        CustomerNetwork = "customer-network",
        ThirdParty = "third-party",
        Scripting = "scripting",
        Development = "development",
        OfficeApps = "office-apps",
        VolumeLicensing = "volume-licensing",
    }
);

id_enum!(
    /// Service a request is about (SPEC 5).
    Service {
        ExchangeOnline = "exchange-online",
        SharepointOnline = "sharepoint-online",
        Onedrive = "onedrive",
        Teams = "teams",
        SkypeForBusiness = "skype-for-business",
        Microsoft365Apps = "microsoft-365-apps",
        Identity = "identity",
        Other = "other",
    }
);

id_enum!(
    /// Whether the service can be reached and used (SPEC 1.3).
    ServiceState { Down = "down", Degraded = "degraded", Working = "working" }
);

id_enum!(
    /// How many users or services are affected (SPEC 1.3).
    Affected { Single = "single", Multiple = "multiple", All = "all" }
);

id_enum!(
    /// How a request was filed: online in the admin center, or by phone (SPEC 1.6).
    Channel { Online = "online", Phone = "phone" }
);

id_enum!(
    /// How Microsoft should reach the customer's contact (SPEC 7).
    ContactMethod { Email = "email", Phone = "phone" }
);

id_enum!(
    /// Who wrote a note on the case timeline (SPEC 7).
    NoteFrom { Microsoft = "microsoft", Admin = "admin" }
);

impl Scope {
    /// Where to go instead, for a request outside the support boundary (SPEC 1.2; the
    /// service description's "Developers" note and "Volume licensing" section for the last
    /// two). The text is the English catalogue's (`referral-<scope>`): what JSON carries.
    pub fn referral(self) -> Option<String> {
        match self {
            Scope::InScope => None,
            s => Some(crate::tr!(in crate::i18n::Lang::En; &format!("referral-{}", s.as_str()))),
        }
    }
}

/// The four impact facts severity is derived from (SPEC 1.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    pub service_state: ServiceState,
    pub affected: Affected,
    pub workaround: bool,
    pub business_critical: bool,
}

impl Default for Facts {
    /// SPEC 1.3: unknown facts default to degraded, single, no workaround, not critical.
    fn default() -> Self {
        Facts {
            service_state: ServiceState::Degraded,
            affected: Affected::Single,
            workaround: false,
            business_critical: false,
        }
    }
}

/// Facts a user stated with flags; `None` means "not stated".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FactOverrides {
    pub service_state: Option<ServiceState>,
    pub affected: Option<Affected>,
    pub workaround: Option<bool>,
    pub business_critical: Option<bool>,
}

impl FactOverrides {
    /// The first impact flag given (`--impact`, `--users`, `--workaround`,
    /// `--business-critical`), by its name; None when none is.
    pub fn first_given(&self) -> Option<&'static str> {
        [
            (self.service_state.is_some(), "--impact"),
            (self.affected.is_some(), "--users"),
            (self.workaround.is_some(), "--workaround"),
            (self.business_critical.is_some(), "--business-critical"),
        ]
        .into_iter()
        .find_map(|(given, flag)| given.then_some(flag))
    }
}

/// Severity from impact facts (SPEC 1.3).
pub fn severity(f: &Facts) -> Severity {
    let many = matches!(f.affected, Affected::Multiple | Affected::All);
    if (f.service_state == ServiceState::Down && (many || f.business_critical))
        || (f.business_critical && many)
    {
        Severity::A
    } else if f.service_state == ServiceState::Working
        || (f.affected == Affected::Single && f.workaround)
    {
        Severity::C
    } else {
        Severity::B
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(s: ServiceState, a: Affected, w: bool, c: bool) -> Facts {
        Facts {
            service_state: s,
            affected: a,
            workaround: w,
            business_critical: c,
        }
    }

    #[test]
    fn severity_a_when_down_for_multiple_users() {
        use Affected::*;
        use ServiceState::*;
        assert_eq!(severity(&facts(Down, Multiple, false, false)), Severity::A);
        assert_eq!(severity(&facts(Down, All, true, false)), Severity::A);
    }

    #[test]
    fn severity_a_when_down_and_business_critical_even_for_one_user() {
        assert_eq!(
            severity(&facts(ServiceState::Down, Affected::Single, false, true)),
            Severity::A
        );
    }

    #[test]
    fn severity_a_when_business_critical_and_many_users_even_if_degraded() {
        assert_eq!(
            severity(&facts(ServiceState::Degraded, Affected::All, false, true)),
            Severity::A
        );
    }

    #[test]
    fn severity_c_for_a_how_to_question() {
        assert_eq!(
            severity(&facts(
                ServiceState::Working,
                Affected::Multiple,
                false,
                false
            )),
            Severity::C
        );
    }

    #[test]
    fn severity_c_for_single_user_with_workaround() {
        assert_eq!(
            severity(&facts(
                ServiceState::Degraded,
                Affected::Single,
                true,
                false
            )),
            Severity::C
        );
    }

    #[test]
    fn severity_b_for_degraded_service_without_user_workaround() {
        // The EAC-but-PowerShell example: degraded, no *user* workaround → B.
        assert_eq!(
            severity(&facts(
                ServiceState::Degraded,
                Affected::Single,
                false,
                false
            )),
            Severity::B
        );
        assert_eq!(
            severity(&facts(
                ServiceState::Degraded,
                Affected::Multiple,
                true,
                false
            )),
            Severity::B
        );
    }

    #[test]
    fn severity_b_when_down_for_one_user_not_critical() {
        assert_eq!(
            severity(&facts(ServiceState::Down, Affected::Single, false, false)),
            Severity::B
        );
    }

    #[test]
    fn unknown_facts_default_to_b() {
        assert_eq!(severity(&Facts::default()), Severity::B);
    }

    #[test]
    fn every_scope_outside_the_boundary_has_a_referral() {
        for s in Scope::ALL {
            assert_eq!(s.referral().is_some(), *s != Scope::InScope, "{s}");
        }
    }
}
