//! Argument helpers shared by several commands (SPEC 2): the value parser for the SPEC's id
//! enums, which offers their values to shell completion, the folding every value of a fixed
//! set is read through, and the impact flags of SPEC 1.3.

use crate::rules::{
    Affected, Category, Channel, ContactMethod, FactOverrides, NoteFrom, Role, Service,
    ServiceState, Severity, SlaState, fold_width,
};
use clap::Args;
use clap::builder::{PossibleValue, TypedValueParser};
use std::marker::PhantomData;

/// An enum whose command-line ids are fixed by the SPEC.
pub trait SpecIds: std::str::FromStr<Err = String> + Clone + Send + Sync + 'static {
    /// The accepted ids, in the SPEC's order.
    fn ids() -> Vec<&'static str>;
}

macro_rules! spec_ids {
    ($($t:ty),+) => {$(
        impl SpecIds for $t {
            fn ids() -> Vec<&'static str> {
                <$t>::ALL.iter().map(|v| v.as_str()).collect()
            }
        }
    )+};
}
spec_ids!(
    Severity,
    Category,
    Service,
    ServiceState,
    Affected,
    Channel,
    SlaState,
    ContactMethod,
    NoteFrom,
    Role
);

/// A clap value parser for a SPEC id enum: parses with the enum's own `FromStr` (so the
/// message names the accepted ids) and lists the ids as possible values, which help and the
/// completion scripts offer.
#[derive(Clone)]
pub struct SpecEnum<T>(PhantomData<fn() -> T>);

/// The value parser for `T`'s ids.
pub fn spec_enum<T: SpecIds>() -> SpecEnum<T> {
    SpecEnum(PhantomData)
}

impl<T: SpecIds> TypedValueParser for SpecEnum<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let parse: fn(&str) -> Result<T, String> = parse_enum::<T>;
        parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::ids().into_iter().map(PossibleValue::new)))
    }
}

/// A clap value parser for a type read with its own `FromStr`, after [`fold_width`] (a
/// full-width `Ａ` or `ｃｐ９３２` reads as `A`, `cp932`) and with the blanks around it taken
/// off (`--severity "A, B"`, an input method's `Ａ　、Ｂ`: no id of a fixed set holds one). A
/// value refused is named as typed.
pub fn parse_enum<T: std::str::FromStr<Err = String>>(s: &str) -> Result<T, String> {
    let s = s.trim();
    match fold_width(s) {
        std::borrow::Cow::Owned(folded) => folded.parse().or_else(|_| s.parse()),
        std::borrow::Cow::Borrowed(_) => s.parse(),
    }
}

/// A clap value parser `P` whose value is read after [`fold_width`] (SPEC 2: `--format ｊｓｏｎ`
/// is `--format json`); the possible values are `P`'s, and a value refused is refused as typed,
/// in `P`'s words. Every argument of a clap `ValueEnum` type reads through it
/// ([`value_enum`]), as do `--lang` and `update --available-24x7`.
#[derive(Clone)]
pub struct Folded<P>(pub P);

impl<P: TypedValueParser> TypedValueParser for Folded<P> {
    type Value = P::Value;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<P::Value, clap::Error> {
        if let Some(std::borrow::Cow::Owned(folded)) = value.to_str().map(fold_width)
            && let Ok(v) = self.0.parse_ref(cmd, arg, std::ffi::OsStr::new(&folded))
        {
            return Ok(v);
        }
        self.0.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        self.0.possible_values()
    }
}

/// The value parser of an argument of a clap `ValueEnum` type `E` (`--format`, `--color`,
/// `list --status`, `completions SHELL`…), read through [`Folded`] as every value of a fixed
/// set is. Every such argument names it (clap's own default reads without folding; a test
/// walks the command tree for any that does not).
pub fn value_enum<E: clap::ValueEnum + Clone + Send + Sync + 'static>()
-> Folded<clap::builder::EnumValueParser<E>> {
    Folded(clap::builder::EnumValueParser::new())
}

/// The value parser of `--lang` (and `SVCREQ_LANG`): `en` or `ja`, read through [`Folded`].
pub fn folded_lang() -> Folded<clap::builder::PossibleValuesParser> {
    Folded(clap::builder::PossibleValuesParser::new(
        crate::i18n::Lang::ALL.map(|l| l.as_str()),
    ))
}

/// The impact flags (SPEC 1.3), shared by `open` and `classify`; they override the text.
#[derive(Debug, Args)]
pub struct ImpactArgs {
    /// Is the service down, degraded or working (a question)?
    #[arg(long, value_parser = spec_enum::<ServiceState>())]
    pub impact: Option<ServiceState>,
    /// How many users are affected: single, multiple or all
    #[arg(long, value_parser = spec_enum::<Affected>())]
    pub users: Option<Affected>,
    /// The affected users can get the work done another way
    #[arg(long)]
    pub workaround: bool,
    /// Production, revenue or a deadline is at stake
    #[arg(long)]
    pub business_critical: bool,
}

impl ImpactArgs {
    /// The flags as overrides of what the text says.
    pub fn overrides(&self) -> FactOverrides {
        FactOverrides {
            service_state: self.impact,
            affected: self.users,
            workaround: self.workaround.then_some(true),
            business_critical: self.business_critical.then_some(true),
        }
    }
}
