//! Who may act (SPEC 1.7): admins of the tenant, and partners for the tenants that
//! delegated to them.

use serde::Serialize;
use std::str::FromStr;

/// An admin role in the customer's organisation, or a delegated partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Global,
    Billing,
    ServiceSupport,
    Helpdesk,
    Partner,
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "global" => Ok(Role::Global),
            "billing" => Ok(Role::Billing),
            "service-support" => Ok(Role::ServiceSupport),
            "helpdesk" => Ok(Role::Helpdesk),
            "partner" => Ok(Role::Partner),
            _ => Err(format!(
                "unknown role '{s}'; use global, billing, service-support, helpdesk or partner"
            )),
        }
    }
}

/// An admin listed in the config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admin {
    pub name: String,
    pub role: Role,
    /// The tenants this admin serves; empty means every tenant of the config.
    pub tenants: Vec<String>,
}

/// Whether `actor` may file or manage requests for `tenant` (SPEC 1.7). With no admins
/// listed, `local_user` (the login name) is the admin. The error is one sentence.
pub fn may_act(
    admins: &[Admin],
    actor: &str,
    tenant: &str,
    local_user: &str,
) -> Result<(), String> {
    if admins.is_empty() {
        return if actor == local_user {
            Ok(())
        } else {
            Err(format!(
                "'{actor}' is not an admin: no admins are configured, so only the local user '{local_user}' may act; list admins under [[admins]] in the config"
            ))
        };
    }
    let Some(admin) = admins.iter().find(|a| a.name == actor) else {
        return Err(format!(
            "'{actor}' is not an admin of tenant '{tenant}'; only admins listed under [[admins]] in the config may file or manage requests"
        ));
    };
    if admin.tenants.is_empty() || admin.tenants.iter().any(|t| t == tenant) {
        Ok(())
    } else {
        Err(format!(
            "'{actor}' is not an admin of tenant '{tenant}': it serves only {}",
            admin.tenants.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admins() -> Vec<Admin> {
        vec![
            Admin {
                name: "alice".into(),
                role: Role::Global,
                tenants: vec![],
            },
            Admin {
                name: "pat".into(),
                role: Role::Partner,
                tenants: vec!["fabrikam".into()],
            },
        ]
    }

    #[test]
    fn local_user_is_the_admin_when_none_are_listed() {
        assert!(may_act(&[], "bob", "contoso", "bob").is_ok());
        let e = may_act(&[], "eve", "contoso", "bob").unwrap_err();
        assert!(e.contains("'eve' is not an admin"), "{e}");
    }

    #[test]
    fn listed_admin_without_tenants_serves_every_tenant() {
        assert!(may_act(&admins(), "alice", "anything", "x").is_ok());
    }

    #[test]
    fn partner_is_confined_to_delegating_tenants() {
        assert!(may_act(&admins(), "pat", "fabrikam", "x").is_ok());
        let e = may_act(&admins(), "pat", "contoso", "x").unwrap_err();
        assert!(e.contains("'pat'") && e.contains("'contoso'"), "{e}");
    }

    #[test]
    fn unlisted_actor_is_refused_even_if_local_user() {
        assert!(may_act(&admins(), "bob", "contoso", "bob").is_err());
    }
}
