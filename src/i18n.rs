//! The language of everything svcreq writes for a person (SPEC 10): the choice of language
//! (`--lang`, `SVCREQ_LANG`, the POSIX locale, else English) and the Fluent catalogues under
//! `locales/`, embedded in the binary. Only the messages a command writes are parsed, each
//! on first use, in the chosen language's catalogue; the help texts are a catalogue of their
//! own, read only when help is shown.
//!
//! JSON, CSV and JUnit never go through here: they are the contract, the same in every
//! language ([`text_in`] renders a text in English for them).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::ffi::OsString;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{OnceLock, RwLock};

/// A language svcreq speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ja,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The id users type (`--lang en|ja`).
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The language of a `--lang` / `SVCREQ_LANG` value: `en` or `ja`, read after
    /// [`crate::rules::fold_width`] as every value of a fixed set is (`ｊａ` is `ja`, SPEC 2).
    pub fn from_id(s: &str) -> Option<Lang> {
        match crate::rules::fold_width(s).as_ref() {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// The language of a POSIX locale value (`ja_JP.UTF-8`, `ja`, `C`, `POSIX`, …): Japanese
    /// for `ja*`, English for anything else.
    pub fn from_locale(s: &str) -> Lang {
        if s.starts_with("ja") {
            Lang::Ja
        } else {
            Lang::En
        }
    }

    /// The catalogues of this language, as (file name, text) pairs.
    pub fn catalogues(self, part: Part) -> &'static [(&'static str, &'static str)] {
        match (self, part) {
            (Lang::En, Part::Messages) => EN_MESSAGES,
            (Lang::Ja, Part::Messages) => JA_MESSAGES,
            (Lang::En, Part::Help) => EN_HELP,
            (Lang::Ja, Part::Help) => JA_HELP,
        }
    }
}

/// The two halves of a language's catalogue: what commands write, and the help of every
/// command and flag (parsed only when help, a man page or a completion script is written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Messages,
    Help,
}

impl Part {
    /// Both halves.
    pub const ALL: [Part; 2] = [Part::Messages, Part::Help];

    /// The half a message id lives in: help ids start with `cmd-`, `opt-` or `help-`.
    pub fn of(id: &str) -> Part {
        if id.starts_with("cmd-") || id.starts_with("opt-") || id.starts_with("help-") {
            Part::Help
        } else {
            Part::Messages
        }
    }
}

// The catalogue files, and each one's index of message ids (`build.rs`): EN_MESSAGES,
// EN_MESSAGES_INDEX, … An index entry is (file, start of the entry, end of its id, end of
// the entry), sorted by id.
include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

static LANG: AtomicU8 = AtomicU8::new(0);

/// The language of this run (English until [`set_lang`] says otherwise).
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::Ja,
        _ => Lang::En,
    }
}

/// Speak `lang` from now on.
pub fn set_lang(lang: Lang) {
    LANG.store(
        match lang {
            Lang::En => 0,
            Lang::Ja => 1,
        },
        Ordering::Relaxed,
    );
}

static MACHINE_OUTPUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Say that standard output carries a machine format (JSON, CSV, JUnit) from now on: the
/// texts inside it stay English (SPEC 10), whatever the language of the messages.
pub fn set_machine_output(on: bool) {
    MACHINE_OUTPUT.store(on, Ordering::Relaxed);
}

/// The language of texts written to standard output: English inside JSON, CSV and JUnit,
/// else the language of this run. Texts that may land in either (an explanation, a
/// rationale, a reopen verdict's reason) are written in this language.
pub fn output_lang() -> Lang {
    if MACHINE_OUTPUT.load(Ordering::Relaxed) {
        Lang::En
    } else {
        lang()
    }
}

/// The language SPEC 10 chooses from the command line `args` (`--lang X` or `--lang=X`
/// before a `--`) and the environment `var`: `--lang`, then `SVCREQ_LANG`, then the first
/// non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`, else English. A `--lang` or `SVCREQ_LANG`
/// value other than `en`/`ja` is passed over here; clap refuses it (exit 2).
pub fn choose(args: &[OsString], var: impl Fn(&str) -> Option<String>) -> Lang {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let Some(a) = a.to_str() else { continue };
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().and_then(|v| v.to_str()),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(l) = value.and_then(Lang::from_id) {
            return l;
        }
    }
    let set = |k: &str| var(k).filter(|v| !v.is_empty());
    if let Some(l) = set("SVCREQ_LANG").as_deref().and_then(Lang::from_id) {
        return l;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| set(k))
        .map_or(Lang::En, |v| Lang::from_locale(&v))
}

type Bundle = FluentBundle<FluentResource>;

/// One language's half of the catalogue: where each message's text lies in the embedded
/// files (found by a scan of their lines, which costs far less than parsing them), and the
/// bundle of the messages parsed so far. A command prints a few dozen of the catalogue's
/// hundreds of messages: each is parsed the first time it is asked for.
struct Catalogue {
    files: &'static [(&'static str, &'static str)],
    index: &'static [(u8, u32, u32, u32)],
    bundle: RwLock<Bundle>,
}

/// One language's half of the catalogue, indexed on first use.
fn catalogue(lang: Lang, part: Part) -> &'static Catalogue {
    static CATALOGUES: [OnceLock<Catalogue>; 4] = [const { OnceLock::new() }; 4];
    let slot = match (lang, part) {
        (Lang::En, Part::Messages) => 0,
        (Lang::Ja, Part::Messages) => 1,
        (Lang::En, Part::Help) => 2,
        (Lang::Ja, Part::Help) => 3,
    };
    CATALOGUES[slot].get_or_init(|| Catalogue::new(lang, part))
}

impl Catalogue {
    /// The catalogue with nothing parsed yet.
    fn new(lang: Lang, part: Part) -> Catalogue {
        let id: unic_langid::LanguageIdentifier = lang.as_str().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // The terminal sanitiser would show Unicode isolation marks as visible escapes.
        b.set_use_isolating(false);
        Catalogue {
            files: lang.catalogues(part),
            index: match (lang, part) {
                (Lang::En, Part::Messages) => EN_MESSAGES_INDEX,
                (Lang::Ja, Part::Messages) => JA_MESSAGES_INDEX,
                (Lang::En, Part::Help) => EN_HELP_INDEX,
                (Lang::Ja, Part::Help) => JA_HELP_INDEX,
            },
            bundle: RwLock::new(b),
        }
    }

    /// The id of an index entry, and the text of the entry.
    fn at(&self, (file, start, id_end, end): (u8, u32, u32, u32)) -> (&'static str, &'static str) {
        let text = self.files[usize::from(file)].1;
        let (start, id_end, end) = (start as usize, id_end as usize, end as usize);
        (&text[start..id_end], &text[start..end])
    }

    /// The ids of the index, in order.
    #[cfg(test)]
    fn ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.index.iter().map(|e| self.at(*e).0)
    }

    /// The text of message `id`'s entry.
    fn entry(&self, id: &str) -> Option<&'static str> {
        // Compared as bytes (the order of `str`), without slicing each probed id as text.
        let i = self
            .index
            .binary_search_by(|&(file, start, id_end, _)| {
                let text = self.files[usize::from(file)].1.as_bytes();
                text[start as usize..id_end as usize].cmp(id.as_bytes())
            })
            .ok()?;
        Some(self.at(self.index[i]).1)
    }
}

impl Catalogue {
    /// The bundle, with message `id` parsed into it when the catalogue has it; the text of
    /// an entry that does not parse is left out, as a bundle of the whole file leaves it.
    fn with<T>(&self, id: &str, f: impl FnOnce(&Bundle) -> T) -> T {
        let entry = {
            let b = self.bundle.read().unwrap_or_else(|e| e.into_inner());
            match self.entry(id) {
                Some(entry) if !b.has_message(id) => entry,
                _ => return f(&b),
            }
        };
        let mut b = self.bundle.write().unwrap_or_else(|e| e.into_inner());
        self.load_entry(&mut b, id, entry);
        f(&b)
    }

    /// Parse message `id` into `b`, with the messages it refers to (`{ other-id }`).
    fn load(&self, b: &mut Bundle, id: &str) {
        if let Some(entry) = self.entry(id) {
            self.load_entry(b, id, entry);
        }
    }

    /// As [`Catalogue::load`], with the entry of message `id` already found.
    fn load_entry(&self, b: &mut Bundle, id: &str, entry: &'static str) {
        if b.has_message(id) {
            return;
        }
        let res = FluentResource::try_new((*entry).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(res);
        for other in references(entry) {
            self.load(b, other);
        }
    }
}

/// The ids a message's text may refer to: each identifier that opens a placeable
/// (`{ other-id }`; a variable is `{ $name }`). Whatever else it catches (a function's
/// name) is no message of the catalogue, and is passed over.
fn references(entry: &str) -> impl Iterator<Item = &str> {
    memchr::memchr_iter(b'{', entry.as_bytes()).filter_map(|at| {
        let rest = entry[at + 1..].trim_start_matches([' ', '\t', '\n', '\r']);
        let len = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
            .count();
        rest[..len]
            .starts_with(|c: char| c.is_ascii_alphabetic())
            .then(|| &rest[..len])
    })
}

/// The text of message `id` with `args`, in `lang`; falls back to English, then to the id
/// itself (tests keep both from happening).
pub fn text_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let part = Part::of(id);
    for l in [lang, Lang::En] {
        let found = catalogue(l, part).with(id, |b| {
            let p = b.get_message(id).and_then(|m| m.value())?;
            let mut errors = Vec::new();
            Some(b.format_pattern(p, args, &mut errors).into_owned())
        });
        if let Some(text) = found {
            return text;
        }
        if l == Lang::En {
            break;
        }
    }
    id.to_string()
}

/// The text of message `id` with `args`, in the language of this run.
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    text_in(lang(), id, args)
}

/// Items joined as a list inside a sentence of the language of this run (`contoso,
/// fabrikam`; `contoso、fabrikam`).
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(&text("list-separator", None))
}

/// Nouns joined as one list inside a sentence of the language of `lang` (SPEC 10): two
/// nouns with the language's word for "and" (`回避策と業務への重大な影響`), three or more
/// with its list separator (`連絡先、連絡方法、社内担当者`); English keeps its commas. A Japanese
/// word for "and" is spaced from a Latin letter, digit or half-width bracket beside it
/// (`夜間 (3 回) と休業日`), as everywhere Japanese text meets Latin text.
pub fn nouns_in<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    if let [a, b] = items[..] {
        let sep = text_in(lang, "list-pair-separator", None);
        let latin = |c: char| c.is_ascii_graphic();
        let word = |s: &str| lang != Lang::En && !s.starts_with(' ') && !s.ends_with(' ');
        let before = if word(&sep) && a.ends_with(latin) {
            " "
        } else {
            ""
        };
        let after = if word(&sep) && b.starts_with(latin) {
            " "
        } else {
            ""
        };
        return format!("{a}{before}{sep}{after}{b}");
    }
    items.join(&text_in(lang, "list-separator", None))
}

/// Nouns joined as one list in the language of this run (see [`nouns_in`]).
pub fn nouns<S: AsRef<str>>(items: &[S]) -> String {
    nouns_in(lang(), items)
}

/// Values a reader may type, each quoted as the language quotes a value inside a sentence
/// and joined as a list (`open, closed, all`; `「open」、「closed」、「all」`): the one style for
/// every list of accepted values in an error message.
pub fn choices<S: AsRef<str>>(items: &[S]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|v| crate::tr!("choice-quoted", value = v.as_ref()))
        .collect();
    list(&quoted)
}

/// Values a reader may type, quoted as [`choices`] quotes them, said as a choice of one of
/// them in the language of this run: English lists them (`open, closed, all`); Japanese
/// says a choice between two as such (`「true」と「false」のどちらか`) and one among three
/// or more as such (`「open」、「closed」、「all」のいずれか`).
pub fn one_of<S: AsRef<str>>(items: &[S]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|v| crate::tr!("choice-quoted", value = v.as_ref()))
        .collect();
    one_of_quoted(&quoted)
}

/// As [`one_of`], for items already quoted or named as the sentence says them.
pub fn one_of_quoted<S: AsRef<str>>(items: &[S]) -> String {
    let first = items.first().map_or("", AsRef::as_ref);
    let last = items.last().map_or("", AsRef::as_ref);
    crate::tr!(
        "choice-one-of",
        count = items.len(),
        items = list(items),
        first = first,
        last = last
    )
}

/// Whether message `id` exists in `lang`'s catalogue.
pub fn has(lang: Lang, id: &str) -> bool {
    catalogue(lang, Part::of(id)).with(id, |b| b.has_message(id))
}

/// What is wrong with `value` given for `subject` (a flag, an import field), from `reason`:
/// a parser's sentence that names the value's kind and quotes the value (`重大度 'D' は使えま
/// せん。…`). Japanese names the subject once, in place of the kind (`--severity の値 'D' は
/// 使えません。…`); English keeps the reason whole after the subject.
pub fn value_error(subject: &str, value: &str, reason: &str) -> String {
    let at = [format!("'{value}'"), format!("「{value}」")]
        .iter()
        .find_map(|q| reason.find(q.as_str()));
    match at {
        Some(at) if at > 0 && lang() != Lang::En && !value.is_empty() => crate::tr!(
            "value-error-of",
            subject = spaced(subject),
            reason = &reason[at..]
        ),
        _ => crate::tr!("value-error", subject = subject, reason = reason),
    }
}

/// `name` as the subject of a Japanese phrase: a space after it when it ends in Latin
/// letters or digits (`--severity の値`), none after Japanese (`シェルの値`).
pub fn spaced(name: &str) -> String {
    // An option named in a Japanese sentence is quoted like every other typed word
    // (「--at」の値), so needs no space.
    if lang() != Lang::En && name.starts_with('-') {
        return crate::tr!("quoted-option", option = name);
    }
    if name.ends_with(|c: char| c.is_ascii_graphic()) {
        format!("{name} ")
    } else {
        name.to_string()
    }
}

/// `phrase` set between Japanese words in a message (`サービス要求 4 の{ $fields }を更新`): in
/// Japanese a space on each side where it begins or ends with a Latin letter or digit, as
/// everywhere Japanese text meets Latin text (`の 24 時間 365 日の連絡可否を`, `の SLA を`);
/// unchanged otherwise, and in English, whose messages space it (SPEC 10).
pub fn between_words(phrase: String) -> String {
    between_words_in(lang(), phrase)
}

/// [`between_words`] in `lang`.
pub fn between_words_in(lang: Lang, phrase: String) -> String {
    if lang == Lang::En {
        return phrase;
    }
    let latin = |c: char| c.is_ascii_alphanumeric();
    let before = if phrase.starts_with(latin) { " " } else { "" };
    let after = if phrase.ends_with(latin) { " " } else { "" };
    format!("{before}{phrase}{after}")
}

/// A message that is one or more full sentences, ended as a sentence in the language of
/// this run: in Japanese with `。` (`…応答期限は 2026-11-25 (水) 23:59:59 UTC (翌日) です。`,
/// `初期応答の目標はありません。`) unless it already ends with `。`, `？` or `！`; English
/// messages are unchanged. The catalogue's pieces carry no final `。`, as they are joined
/// into longer sentences (`{ $what }。{ $tip }`); the whole is ended where it is printed.
pub fn full_stop(message: String) -> String {
    if lang() == Lang::En {
        return message;
    }
    let body = message.trim_end();
    let ends_sentence = body.chars().last().is_some_and(|c| {
        matches!(c, ')' | '」' | '）')
            || ('\u{3041}'..='\u{30FF}').contains(&c)
            || ('\u{4E00}'..='\u{9FFF}').contains(&c)
    });
    if ends_sentence {
        format!("{body}。{}", &message[body.len()..])
    } else {
        message
    }
}

/// A text made of sentences (an `sla --explain` line, show's due-time basis, a history
/// detail) ended as its earlier sentences are: in Japanese, a text with a `。` inside
/// gets a final `。` too (`…初期応答の目標はありません。`, `…開始、期限 2026-11-24 (火)
/// 11:00:00 JST。`), unless it already ends with `。`, `？`, `！` or a user's own `.`, `!`
/// or `?`; a text with no `。` (a label, a single phrase) and every English text are unchanged.
pub fn last_sentence(message: String) -> String {
    if lang() == Lang::En || !message.contains('。') {
        return message;
    }
    let body = message.trim_end();
    if body.ends_with(['。', '？', '！', '.', '!', '?']) {
        return message;
    }
    format!("{body}。{}", &message[body.len()..])
}

/// A text said from the catalogue as sentences in `lang` (a history detail: `SLA: 取り下げ`,
/// `重大度を B から C に変更。理由: 「…」`), ended as one: in Japanese always with `。` unless
/// it already ends with `。`, `？` or `！`, so that a label and its value read as the sentence
/// beside it does; English texts are unchanged.
pub fn sentence_in(lang: Lang, message: String) -> String {
    if lang == Lang::En {
        return message;
    }
    let body = message.trim_end();
    if body.is_empty() || body.ends_with(['。', '？', '！']) {
        return message;
    }
    format!("{body}。{}", &message[body.len()..])
}

/// An error line's message (SPEC 2: `svcreq: ` and one clear sentence) ended as a sentence
/// in the language of this run: in Japanese always with `。` (`…を指定してください。`), the
/// message's last word be it kana, a quoted value, a parenthesis or a Latin name, unless it
/// already ends with `。`, `？` or `！`, and never with `。。` where a piece that ends a
/// sentence is followed by another; English error lines are unchanged. Unlike
/// [`full_stop`], nothing in an error line is a label or a table cell, so nothing is left open.
pub fn error_sentence(message: String) -> String {
    if lang() == Lang::En {
        return message;
    }
    // A doubled stop outside the quoted values (which are said as typed).
    let (mut depth, mut said) = (0usize, String::with_capacity(message.len() + 3));
    for c in message.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            '。' if depth == 0 && said.ends_with('。') => continue,
            _ => {}
        }
        said.push(c);
    }
    let message = said;
    let body = message.trim_end();
    if body.is_empty() || body.ends_with(['。', '？', '！']) {
        return message;
    }
    format!("{body}。{}", &message[body.len()..])
}

/// A value given on the command line as the user `typed` it, with what it was read as
/// (`meant`) after it when that reads otherwise: `「2026-11-25 10:00」(2026-11-25 10:00:00
/// UTC) ` in Japanese, `'2026-11-25 10:00' (2026-11-25 10:00:00 UTC)` in English; `meant`
/// alone when nothing was typed (a default or a stored time).
pub fn typed_value(typed: Option<&str>, meant: String) -> String {
    match typed.map(str::trim) {
        Some(t) if !t.is_empty() && t != meant && !only_precision_differs(t, &meant) => {
            crate::tr!("value-typed-meaning", typed = t, meant = meant)
        }
        _ => crate::tr!("value-typed", typed = meant),
    }
}

/// Whether a typed time reads as `meant` but for the seconds and the zone it leaves out
/// (`2026-11-25 10:00`, `2026-11-25T10:00:00` for `2026-11-25 10:00:00 JST`): the value is
/// then named once, in its read form, rather than twice (SPEC 10).
fn only_precision_differs(typed: &str, meant: &str) -> bool {
    let Some(local) = meant.get(..19) else {
        return false;
    };
    let is_time = local.len() == 19
        && local.as_bytes()[10] == b' '
        && local.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => true,
            13 | 16 => b == b':',
            _ => b.is_ascii_digit(),
        });
    if !is_time {
        return false;
    }
    let typed = typed.replacen('T', " ", 1);
    let typed = match typed.strip_suffix('Z') {
        Some(t) if meant.ends_with(" UTC") => t,
        Some(_) => return false,
        None => typed.as_str(),
    };
    typed == local || typed == &local[..16]
}

/// `name` as the subject of a phrase in the language of this run: [`spaced`] in Japanese
/// (`--at の値`, `項目「title」の値`), as it is in English, whose messages space it.
pub fn subject(name: &str) -> String {
    if lang() == Lang::En {
        name.to_string()
    } else {
        spaced(name)
    }
}

/// An argument value for a message: text or a number (numbers select plural forms).
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// A message in the language of this run: `tr!("id")`, `tr!("id", name = value, …)`; each
/// value is anything Fluent takes (`&str`, `String`, numbers); other values are passed as
/// their `to_string()`. `tr!(in lang; "id", …)` renders in a given language (English for
/// texts inside JSON and CSV).
#[macro_export]
macro_rules! tr {
    (in $lang:expr; $id:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )*
        $crate::i18n::text_in($lang, $id, Some(&args))
    }};
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tr!(in $crate::i18n::lang(); $id $(, $name = $value)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row's cycle in `sla` is named by the reopen that began it in Japanese (matching
    /// reopen's 「再開 N 回目」), however many reopens there were, and counted from 1 in English.
    #[test]
    fn a_cycle_is_named_by_its_reopen_at_any_count() {
        for (cycle, ja, en) in [
            (1, "初回", "cycle 1"),
            (2, "再開 1 回目", "cycle 2"),
            (12, "再開 11 回目", "cycle 12"),
        ] {
            let say = |lang| tr!(in lang; "sla-cycle-label", cycle = cycle, reopen = cycle - 1);
            assert_eq!(say(Lang::Ja), ja);
            assert_eq!(say(Lang::En), en);
        }
    }

    /// Two nouns join with と in Japanese and three or more with 、 (SPEC 10); English keeps
    /// its commas.
    #[test]
    fn two_nouns_join_with_to_and_more_with_commas() {
        assert_eq!(nouns_in(Lang::Ja, &["種類", "重大度"]), "種類と重大度");
        assert_eq!(
            nouns_in(Lang::Ja, &["連絡先", "連絡方法", "社内担当者"]),
            "連絡先、連絡方法、社内担当者"
        );
        assert_eq!(nouns_in(Lang::Ja, &["件名"]), "件名");
        assert_eq!(
            nouns_in(Lang::En, &["category", "severity"]),
            "category, severity"
        );
    }

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    fn argv(a: &[&str]) -> Vec<OsString> {
        std::iter::once("svcreq")
            .chain(a.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn lang_flag_wins_over_every_variable() {
        let e = env(&[("SVCREQ_LANG", "en"), ("LC_ALL", "en_US.UTF-8")]);
        assert_eq!(choose(&argv(&["list", "--lang", "ja"]), &e), Lang::Ja);
        assert_eq!(choose(&argv(&["--lang=ja", "list"]), &e), Lang::Ja);
        let e = env(&[("SVCREQ_LANG", "ja")]);
        assert_eq!(choose(&argv(&["--lang", "en"]), &e), Lang::En);
    }

    #[test]
    fn lang_after_double_dash_is_not_the_flag() {
        assert_eq!(choose(&argv(&["--", "--lang", "ja"]), env(&[])), Lang::En);
    }

    #[test]
    fn svcreq_lang_wins_over_the_locale() {
        let e = env(&[("SVCREQ_LANG", "en"), ("LC_ALL", "ja_JP.UTF-8")]);
        assert_eq!(choose(&argv(&[]), &e), Lang::En);
        let e = env(&[("SVCREQ_LANG", ""), ("LANG", "ja_JP.UTF-8")]);
        assert_eq!(choose(&argv(&[]), &e), Lang::Ja);
    }

    #[test]
    fn locale_variables_in_posix_order_first_non_empty() {
        let e = env(&[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")]);
        assert_eq!(choose(&argv(&[]), &e), Lang::En);
        let e = env(&[("LC_ALL", ""), ("LC_MESSAGES", "ja"), ("LANG", "C")]);
        assert_eq!(choose(&argv(&[]), &e), Lang::Ja);
        let e = env(&[("LC_MESSAGES", "POSIX"), ("LANG", "ja_JP.UTF-8")]);
        assert_eq!(choose(&argv(&[]), &e), Lang::En);
        let e = env(&[("LANG", "ja_JP.UTF-8")]);
        assert_eq!(choose(&argv(&[]), &e), Lang::Ja);
    }

    #[test]
    fn no_language_anywhere_is_english() {
        assert_eq!(choose(&argv(&["list"]), env(&[])), Lang::En);
        assert_eq!(
            choose(&argv(&[]), env(&[("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
    }

    /// A message parsed alone, as [`text_in`] parses it, says what it says in a bundle of
    /// the whole catalogue, and the scan of the files finds exactly the messages a parse of
    /// them finds (a message that referred to another, or a line the scan misread, fails).
    #[test]
    fn each_message_parsed_alone_reads_as_in_the_whole_catalogue() {
        for lang in Lang::ALL {
            for part in Part::ALL {
                let langid: unic_langid::LanguageIdentifier = lang.as_str().parse().unwrap();
                let mut whole = FluentBundle::new_concurrent(vec![langid]);
                whole.set_use_isolating(false);
                let mut ids = Vec::new();
                for (file, text) in lang.catalogues(part) {
                    let res = FluentResource::try_new(text.to_string())
                        .unwrap_or_else(|_| panic!("{lang:?} {file} parses"));
                    for e in res.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = e {
                            ids.push(m.id.name.to_string());
                        }
                    }
                    whole.add_resource(res).expect("no id defined twice");
                }
                let c = catalogue(lang, part);
                let indexed: Vec<String> = c.ids().map(str::to_string).collect();
                let mut sorted = ids.clone();
                sorted.sort();
                assert_eq!(indexed, sorted, "{lang:?} {part:?}");
                let mut args = FluentArgs::new();
                for v in ["what", "id", "count", "n", "tenant", "value"] {
                    args.set(v, 2);
                }
                // Each message parsed alone: into a catalogue of its own.
                let alone = |id: &str| {
                    Catalogue::new(lang, part).with(id, |b| {
                        let p = b.get_message(id).and_then(|m| m.value())?;
                        Some(
                            b.format_pattern(p, Some(&args), &mut Vec::new())
                                .into_owned(),
                        )
                    })
                };
                for id in &ids {
                    let p = whole.get_message(id).and_then(|m| m.value());
                    let expected = p.map(|p| whole.format_pattern(p, Some(&args), &mut Vec::new()));
                    assert_eq!(alone(id).as_deref(), expected.as_deref(), "{lang:?} {id}");
                }
            }
        }
    }

    #[test]
    fn messages_carry_no_isolation_marks() {
        for lang in Lang::ALL {
            let s = tr!(in lang; "error-no-such-request", id = "xyz");
            assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'), "{s:?}");
            assert!(s.contains("xyz"), "{s:?}");
        }
    }
}
