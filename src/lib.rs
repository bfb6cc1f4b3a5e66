//! svcreq: a local ledger of Microsoft 365 service requests — severity, response
//! targets, SLA states and reopen eligibility. The binary is a thin shell over this library.

pub mod cli;
pub mod config;
pub mod error;
pub mod i18n;
pub mod output;
pub mod reasons;
pub mod rules;
pub mod store;
pub mod time;
