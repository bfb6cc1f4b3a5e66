//! The help of every command and flag in the reader's language (SPEC 10). clap has no
//! localisation of its own: the texts come from the help catalogue (`locales/*/help.ftl`) and
//! are set on the command tree at run time, only when help, a man page or a completion
//! script is written. Outside English, clap's own headings (Usage, Options, Arguments,
//! Commands) are said from the catalogue as the help is printed ([`clap_headings`]).
//!
//! Keys: `cmd-<command>` (its about), `cmd-<command>-long` (its long about, where it has one),
//! `opt-<command>-<arg id>` (a flag's or argument's help, `-long` for its long help), with
//! `svcreq` as the command of the top level and `global` for the options every command takes.

use crate::i18n::{self, Lang};
use clap::Command;

/// The help-catalogue keys of clap's own descriptions of the help and version flags and the
/// help command; the English catalogue says them as clap writes them.
const CLAP_DESCRIPTIONS: [&str; 6] = [
    "help-clap-help-command",
    "help-clap-help-flag-more",
    "help-clap-help-flag-summary",
    "help-clap-help-command-arg",
    "help-clap-version-flag",
    "help-clap-help-flag",
];

/// The English text of help-catalogue message `key` as its file writes it, read without
/// Fluent (clap's own words have no placeables): what clap prints, to be said in another
/// language without parsing the English help catalogue.
fn english_words(key: &str) -> Option<&'static str> {
    Lang::En
        .catalogues(i18n::Part::Help)
        .iter()
        .filter(|(file, _)| *file == "help-words.ftl")
        .flat_map(|(_, text)| text.lines())
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(" = "))
}

/// Help text as clap renders it, its own words said in `lang` (unchanged in English): its
/// headings (`Usage:`, `Options:`, `Arguments:`, `Commands:`, each at the start of a line),
/// `[OPTIONS]` on the usage lines, and the descriptions of the help and version flags and
/// the help command that clap adds to a tree it builds (a help page's tree is not built:
/// see [`localized_for`]), each ending a line.
pub fn clap_headings(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    let say = |key: &str| i18n::text_in(lang, key, None);
    let pairs = [
        ("Usage:", say("help-clap-heading-usage")),
        ("Options:", say("help-clap-heading-options")),
        ("Arguments:", say("help-clap-heading-arguments")),
        ("Commands:", say("help-clap-heading-commands")),
    ];
    // The usage lines (up to the first blank line) say clap's "[OPTIONS]" too, and its help
    // command names its argument as a command.
    let options = say("help-clap-usage-options");
    let command = format!("[{}]", value_name("COMMAND", lang));
    // Longest first: "Print help" ends "Print help for the subcommand(s)" too.
    let mut descriptions: Vec<(&str, &str)> = CLAP_DESCRIPTIONS
        .iter()
        .filter_map(|key| Some((english_words(key)?, *key)))
        .collect();
    descriptions.sort_by_key(|(en, _)| std::cmp::Reverse(en.len()));
    let mut usage = false;
    text.split_inclusive('\n')
        .map(|line| {
            usage = line.starts_with("Usage:") || usage && !line.trim().is_empty();
            let line = if usage {
                line.replace("[OPTIONS]", &options)
            } else {
                line.to_string()
            };
            let line = line.replace("[COMMAND]", &command);
            let line = pairs
                .iter()
                .find_map(|(en, said)| line.strip_prefix(en).map(|rest| format!("{said}{rest}")))
                .unwrap_or(line);
            let (body, end) = match line.strip_suffix('\n') {
                Some(b) => (b, "\n"),
                None => (line.as_str(), ""),
            };
            descriptions
                .iter()
                .find_map(|(en, key)| {
                    let head = body.strip_suffix(en)?;
                    // The description follows the flag's padding, stands indented alone, or
                    // is the about of clap's help command.
                    (head.is_empty() || head.ends_with(' '))
                        .then(|| format!("{head}{}{end}", say(key)))
                })
                .unwrap_or(line)
        })
        .collect()
}

/// The help-catalogue key of a value name (`TITLE`, `FAIL_ON`, `PATH|URL`).
pub fn value_name_key(name: &str) -> String {
    format!(
        "help-value-name-{}",
        name.to_lowercase().replace(['_', '|', ' '], "-")
    )
}

/// Value name `name` (`TITLE`) as `lang` says it (`件名`); unchanged in English or when the
/// catalogue has no word for it.
pub fn value_name(name: &str, lang: Lang) -> String {
    let key = value_name_key(name);
    if lang == Lang::En || !i18n::has(lang, &key) {
        return name.to_string();
    }
    i18n::text_in(lang, &key, None)
}

/// The value names of argument `a` as clap shows them: its own, else its id in capitals.
fn value_names(a: &clap::Arg) -> Vec<String> {
    if !a.get_action().takes_values() {
        return Vec::new();
    }
    match a.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        None => vec![a.get_id().as_str().to_uppercase()],
    }
}

/// Help text with each line wider than `width` display columns broken where it may break
/// (between words, and in Japanese between phrases: `output::wrap`), each new line starting
/// at the column where the line's text starts. clap wraps only at spaces, so a Japanese
/// sentence, written without them, would run past the terminal's edge.
pub fn fit_width(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let text = text.replace(crate::output::wrap::GLUE, " ");
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        if body.width() <= width {
            out.push_str(line);
            continue;
        }
        let indent = text_column(body);
        // The text starts after the indent, and after the name of a command or flag beside it.
        let mut start = body
            .char_indices()
            .scan(0, |w, (at, c)| {
                let here = (at, *w);
                *w += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                Some(here)
            })
            .find(|(_, w)| *w >= indent)
            .map_or(body.len(), |(at, _)| at);
        let mut rest = body.to_string();
        let room = width;
        loop {
            if rest.width() <= room {
                out.push_str(&rest);
                break;
            }
            // The last place in the text it may break with the head still fitting: each line
            // takes every piece that fits, and ends early only before one that does not. A
            // bracketed note keeps its label with its value ([`held_notes`]), unless no other
            // place is left.
            let held = held_notes(&rest, width.saturating_sub(indent));
            let fits = |at: usize| {
                at > start && rest[..at].width() <= room && !rest[..at].trim().is_empty()
            };
            let places = crate::output::wrap::breaks(&rest);
            let cut = places
                .iter()
                .rev()
                .find(|(at, _)| fits(*at) && !held.iter().any(|(a, b)| (*a..=*b).contains(at)))
                .or_else(|| places.iter().rev().find(|(at, _)| fits(*at)))
                .copied();
            let Some((at, space)) = cut else {
                out.push_str(&rest);
                break;
            };
            out.push_str(rest[..at].trim_end());
            out.push('\n');
            let tail = &rest[at + usize::from(space)..];
            rest = format!("{}{}", " ".repeat(indent), tail.trim_start());
            start = indent;
        }
        out.push_str(end);
    }
    out
}

/// Where a line of help may not break for a bracketed note's sake (`[環境変数: SVCREQ_DB]`,
/// `[既定: 現在]`, `[使える値: A、B、C]`): byte ranges of break places. A note that fits a
/// line of `line` columns stays whole (the line breaks before its `[`); a longer one keeps
/// its label with the first piece of its value, and breaks inside the value at its phrase
/// places only.
fn held_notes(s: &str, line: usize) -> Vec<(usize, usize)> {
    use unicode_width::UnicodeWidthStr;
    let mut out = Vec::new();
    for (open, _) in s.match_indices('[') {
        let after = &s[open + 1..];
        // A label: a few words before `: ` with no bracket in them (not `[HH:MM[:SS]]`).
        let Some(colon) = after.find(": ") else {
            continue;
        };
        let label = &after[..colon];
        if label.is_empty() || label.contains(['[', ']']) || label.width() > 16 {
            continue;
        }
        let mut depth = 0usize;
        let close = after.char_indices().find_map(|(i, c)| match c {
            '[' => {
                depth += 1;
                None
            }
            ']' if depth == 0 => Some(i),
            ']' => {
                depth -= 1;
                None
            }
            _ => None,
        });
        let Some(close) = close.filter(|c| *c > colon) else {
            continue;
        };
        let (first, last) = (open + 1, open + 1 + close);
        if s[open..=last].width() <= line {
            out.push((first, last));
        } else {
            // The space after the label, and any place inside the label.
            out.push((first, open + 1 + colon + 1));
        }
    }
    out
}

/// Whether help line `line` (its text `room` columns wide) and the next, `next`, split a
/// bracketed note opened on `line`: its label parted from its value (`[env:` /
/// `SVCREQ_DB=]`), or a note that fits a line broken inside.
fn splits_note(line: &str, next: &str, room: usize) -> bool {
    use unicode_width::UnicodeWidthStr;
    let body = line.trim_end();
    let Some(tail) = body.rfind('[').map(|at| &body[at..]) else {
        return false;
    };
    let rest = next.trim_start();
    // A label of two words may part inside (`[possible` / `values: …]`).
    let parted_label = !tail.contains(": ")
        && rest.find(": ").is_some_and(|colon| {
            let label = format!("{} {}", &tail[1..], &rest[..colon]);
            !label.contains(['[', ']']) && label.width() <= 16
        });
    let label = tail[1..].split(": ").next().unwrap_or("");
    let label = label.trim_end_matches(':');
    if tail.contains(']')
        || !(tail.ends_with(':') || tail.contains(": ") || parted_label)
        || label.is_empty()
        || label.width() > 16
    {
        return false;
    }
    tail.ends_with(':')
        || parted_label
        || rest
            .find(']')
            .is_some_and(|close| tail.width() + 1 + rest[..=close].width() <= room)
}

/// Help as clap wrapped it (at spaces), each paragraph that splits a bracketed note
/// ([`splits_note`]) filled again by [`fit_width`], which keeps a note's label with its
/// value; `None` when no paragraph splits one.
pub fn mend_notes(text: &str, width: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len());
    let mut mended = false;
    let mut i = 0;
    while i < lines.len() {
        let first = lines[i];
        let column = text_column(first);
        let mut end = i + 1;
        while let Some(next) = lines.get(end) {
            let indent = next.len() - next.trim_start_matches(' ').len();
            let text = next.trim_start();
            let body = lines[end - 1].trim_end();
            let new_item = text.starts_with("- ") || text.starts_with('[') && body.ends_with(']');
            // A heading (`Possible values:`), not a note's label (`[env:`).
            let open_note = body.rfind('[').is_some_and(|at| !body[at..].contains(']'));
            let heading = body.ends_with(':') && !open_note;
            if text.is_empty() || indent != column || new_item || heading {
                break;
            }
            end += 1;
        }
        let split =
            (i + 1..end).any(|k| splits_note(lines[k - 1], lines[k], width.saturating_sub(column)));
        if split {
            mended = true;
            let mut joined = first.trim_end().to_string();
            for line in &lines[i + 1..end] {
                joined.push(' ');
                joined.push_str(line.trim());
            }
            out.push_str(&fit_width(&joined, width));
            out.push('\n');
        } else {
            for line in &lines[i..end] {
                out.push_str(line);
                out.push('\n');
            }
        }
        i = end;
    }
    if !text.ends_with('\n') {
        out.pop();
    }
    mended.then_some(out)
}

/// Whether help texts hold their spaces, for [`fit_width`] to fill their lines.
static HOLD_SPACES: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Makes the translated help of this run filled by svcreq's own wrapper alone (SPEC 10):
/// clap wraps help at spaces only, so a Japanese paragraph it wrapped would end a line
/// early before each run without spaces (`説明` / `(英語または日本語) から…`) and part a
/// name from its noun (`SLA` / `違反`). Every space of the translated texts is held, clap
/// sets each paragraph on one line, and [`fit_width`] fills it where Japanese may break.
pub fn hold_spaces_in_help() {
    HOLD_SPACES.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// `text` with every space held (a no-break space) while help is written in a language
/// other than English ([`hold_spaces_in_help`]): clap leaves the paragraph whole.
fn held(text: String) -> String {
    if HOLD_SPACES.load(std::sync::atomic::Ordering::Relaxed) {
        text.replace(' ', &crate::output::wrap::GLUE.to_string())
    } else {
        text
    }
}

/// The column where a help line's text starts: after its indent, and after the name of a
/// command or flag when the text follows it on the same line (`  init     Create …`).
fn text_column(line: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    let indent = line.len() - line.trim_start_matches(' ').len();
    let after = &line[indent..];
    // A usage line goes on under its command line (`Usage: svcreq db copy …`).
    if let Some(heading) = after
        .find(": svcreq ")
        .filter(|at| !after[..*at].contains(' '))
    {
        return indent + after[..heading + 2].width();
    }
    match after.find("  ") {
        Some(gap) if !after[..gap].contains(' ') || after.starts_with('-') => {
            let text = gap + after[gap..].len() - after[gap..].trim_start_matches(' ').len();
            indent + after[..text].width()
        }
        _ => indent,
    }
}

/// The heading of the options every command takes, as the definitions name it.
pub const GLOBAL_HEADING: &str = "Global options";

/// The help-catalogue key of a command's about (`long` for its long about).
pub fn command_key(path: &str, long: bool) -> String {
    if long {
        format!("cmd-{path}-long")
    } else {
        format!("cmd-{path}")
    }
}

/// The help-catalogue key of an argument's help (`long` for its long help); the options
/// every command takes are under `global`.
pub fn arg_key(path: &str, arg: &clap::Arg, long: bool) -> String {
    let owner = if arg.is_global_set() { "global" } else { path };
    let id = arg.get_id().as_str();
    if long {
        format!("opt-{owner}-{id}-long")
    } else {
        format!("opt-{owner}-{id}")
    }
}

/// `cmd` with every description svcreq writes taken from the catalogue of `lang`: for
/// writing help, man pages and completion scripts, not for reading arguments. Outside
/// English, clap's own words beside them are said from the catalogue too: the help and
/// version flags, the help command, and the default and possible values of a flag (clap's
/// headings "Usage", "Options" and "Commands" stay). The tree comes back built.
pub fn localized(cmd: Command, lang: Lang) -> Command {
    localized_on(cmd, lang, None)
}

/// As [`localized`], for the help page of the command at `shown` (`["db", "admins"]`; empty
/// for the top level) alone: that command whole, the names and summaries of its subcommands,
/// and the options every command takes. The other commands keep their definitions' texts,
/// and the tree is not built (clap's own flags are said by [`clap_headings`]): a help page
/// costs the texts it shows, not the whole tree's.
pub fn localized_for(cmd: Command, lang: Lang, shown: &[String]) -> Command {
    localized_on(cmd, lang, Some(shown))
}

fn localized_on(cmd: Command, lang: Lang, shown: Option<&[String]>) -> Command {
    // clap keeps headings as static text; this one is made once per run.
    let heading: &'static str = Box::leak(i18n::text_in(lang, "help-heading-global", None).into());
    let mut cmd = localize(cmd, "svcreq", lang, heading, shown.map(|s| (s, true)));
    // A help page's tree is left for clap to build as it parses (the path alone); clap's own
    // flags are said as the page is printed ([`clap_headings`]).
    if lang == Lang::En || shown.is_some() {
        return cmd;
    }
    // Built, the tree has clap's help and version flags and help command, to be reworded.
    cmd.build();
    builtin_words(cmd, lang, shown)
}

/// The command whose help a command line asks for: the subcommands it names before any
/// other word, past the options and their values (`svcreq --lang ja db admins add --help`
/// → `["db", "admins", "add"]`; `svcreq help open` → `["open"]`).
pub fn help_path(cmd: &Command, args: &[std::ffi::OsString]) -> Vec<String> {
    let top = cmd;
    let mut cmd = cmd;
    let mut path = Vec::new();
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if let Some(flag) = a.strip_prefix('-') {
            // An option that takes a value, given apart from it, takes the next word too.
            let takes = |c: &Command| {
                c.get_arguments().any(|x| {
                    x.get_action().takes_values()
                        && match flag.strip_prefix('-') {
                            Some(long) => !long.contains('=') && x.get_long() == Some(long),
                            None => flag.len() == 1 && x.get_short() == flag.chars().next(),
                        }
                })
            };
            if takes(cmd) || takes(top) {
                args.next();
            }
            continue;
        }
        if a == "help" && path.is_empty() && cmd.find_subcommand("help").is_none() {
            continue;
        }
        match cmd.find_subcommand(a.as_ref()) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                cmd = sub;
            }
            None => break,
        }
    }
    path
}

/// clap's own help and version flags and help command of a built tree, said in `lang`
/// (along the path `shown` alone, when given).
fn builtin_words(mut cmd: Command, lang: Lang, shown: Option<&[String]>) -> Command {
    let t = |key: &str| i18n::text_in(lang, key, None);
    if cmd.get_arguments().any(|a| a.get_id() == "help") {
        cmd = cmd.mut_arg("help", |a| {
            if a.get_long_help().is_some() {
                a.help(t("help-clap-help-flag-more"))
                    .long_help(t("help-clap-help-flag-summary"))
            } else {
                a.help(t("help-clap-help-flag"))
            }
        });
    }
    if cmd.get_arguments().any(|a| a.get_id() == "version") {
        cmd = cmd.mut_arg("version", |a| a.help(t("help-clap-version-flag")));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n == "help" || shown.is_none_or(|p| p.first() == Some(n)))
        .collect();
    for name in subs {
        cmd = if name == "help" {
            cmd.mut_subcommand(&name, |s| {
                let mut s =
                    s.about(t("help-clap-help-command"))
                        .subcommand_value_name(&*Box::leak(
                            value_name("COMMAND", lang).into_boxed_str(),
                        ));
                if s.get_arguments().any(|a| a.get_id() == "subcommand") {
                    s = s.mut_arg("subcommand", |a| {
                        a.help(t("help-clap-help-command-arg"))
                            .value_name(&*Box::leak(value_name("COMMAND", lang).into_boxed_str()))
                    });
                }
                // `svcreq help help` lists the help command under itself too.
                if s.get_subcommands().any(|c| c.get_name() == "help") {
                    s = s.mut_subcommand("help", |h| h.about(t("help-clap-help-command")));
                }
                s
            })
        } else {
            cmd.mut_subcommand(&name, |s| builtin_words(s, lang, shown.map(|p| &p[1..])))
        };
    }
    cmd
}

/// `a` with its default value and possible values said in `lang` after its help, in place
/// of clap's English "[default: …]" and "[possible values: …]", the values on one line in
/// the long help too.
fn value_words(mut a: clap::Arg, lang: Lang) -> clap::Arg {
    let takes_value = a.get_action().takes_values();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let values: Vec<clap::builder::PossibleValue> = a
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut short = Vec::new();
    if takes_value && !defaults.is_empty() && !a.is_hide_default_value_set() {
        short.push(crate::tr!(in lang; "help-clap-default", value = defaults.join(" ")));
        a = a.hide_default_value(true);
    }
    let mut long = short.clone();
    if takes_value && !values.is_empty() && !a.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        let sep = i18n::text_in(lang, "help-clap-list-separator", None);
        short.push(crate::tr!(in lang; "help-clap-possible-values", values = names.join(&sep)));
        // One line in the long help too, as every option shows its values: what a value
        // means is said in the option's own help.
        long.push(short[short.len() - 1].clone());
        a = a.hide_possible_values(true);
    }
    if let Some(var) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        let env = crate::tr!(in lang; "help-clap-env", name = var.to_string_lossy().into_owned());
        short.push(env.clone());
        long.push(env);
        a = a.hide_env(true);
    }
    if short.is_empty() {
        return a;
    }
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let long_help = a.get_long_help().map(|h| h.to_string());
    let joined = |text: &str, parts: &[String], sep: &str| {
        if text.is_empty() {
            parts.join(sep)
        } else {
            format!("{text}{sep}{}", parts.join(sep))
        }
    };
    let needs_long = long_help.is_some() || long != short;
    a = a.help(joined(&help, &short, " "));
    if needs_long {
        let text = long_help.unwrap_or(help);
        let body = if text.is_empty() {
            long.join("\n")
        } else {
            format!("{text}\n\n{}", long.join("\n"))
        };
        a = a.long_help(body);
    }
    a
}

/// `cmd` (the command at catalogue path `path`) localised: all of it, or, with `shown`
/// (the rest of the path to the page shown, and whether `cmd` is the top level), only what
/// that page shows.
fn localize(
    mut cmd: Command,
    path: &str,
    lang: Lang,
    heading: &'static str,
    shown: Option<(&[String], bool)>,
) -> Command {
    let t = |key: &str| held(i18n::text_in(lang, key, None));
    // Whether this command's page is the one shown (or every page is wanted).
    let whole = shown.is_none_or(|(rest, _)| rest.is_empty());
    let top = shown.is_none_or(|(_, top)| top);
    cmd = cmd.about(t(&command_key(path, false)));
    if whole && cmd.get_long_about().is_some() {
        cmd = cmd.long_about(t(&command_key(path, true)));
    }
    // Every option of the page shown; above it, only the options every command takes.
    let args: Vec<(clap::Id, Option<String>, Option<String>, bool)> = cmd
        .get_arguments()
        .filter(|a| a.get_id() != "help" && a.get_id() != "version")
        .filter(|a| whole || top && a.is_global_set())
        .map(|a| {
            let short = a.get_help().map(|_| t(&arg_key(path, a, false)));
            let long = a.get_long_help().map(|_| t(&arg_key(path, a, true)));
            let global = a.get_help_heading() == Some(GLOBAL_HEADING);
            (a.get_id().clone(), short, long, global)
        })
        .collect();
    for (id, short, long, global) in args {
        cmd = cmd.mut_arg(id, |mut a| {
            if let Some(s) = short {
                a = a.help(s);
            }
            if let Some(l) = long {
                a = a.long_help(l);
            }
            if global {
                a = a.help_heading(heading);
            }
            a = described_values(a, lang);
            if lang != Lang::En {
                a = value_words(a, lang);
                if let Some(h) = a.get_help().map(|h| held(h.to_string())) {
                    a = a.help(h);
                }
                if let Some(h) = a.get_long_help().map(|h| held(h.to_string())) {
                    a = a.long_help(h);
                }
                // clap keeps value names as static text; these are made once per run.
                let names: Vec<&'static str> = value_names(&a)
                    .iter()
                    .map(|n| &*Box::leak(value_name(n, lang).into_boxed_str()))
                    .collect();
                if !names.is_empty() {
                    a = a.value_names(names);
                }
            }
            a
        });
    }
    if whole && lang != Lang::En && cmd.has_subcommands() {
        let name: &'static str = Box::leak(value_name("COMMAND", lang).into_boxed_str());
        cmd = cmd.subcommand_value_name(name);
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .filter(|n| whole || shown.is_some_and(|(rest, _)| rest.first() == Some(n)))
        .collect();
    for name in subs {
        let sub_path = if path == "svcreq" {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = match shown {
            None => cmd.mut_subcommand(&name, |s| localize(s, &sub_path, lang, heading, None)),
            // The page shown lists its subcommands by their summaries.
            Some(_) if whole => {
                cmd.mut_subcommand(&name, |s| s.about(t(&command_key(&sub_path, false))))
            }
            Some((rest, _)) => cmd.mut_subcommand(&name, |s| {
                localize(s, &sub_path, lang, heading, Some((&rest[1..], false)))
            }),
        };
    }
    cmd
}

/// `a` with the help of its values (where they have one) from the catalogue. The values then
/// parse as plain text: the localised tree is only written (help, man pages, completions),
/// never used to read arguments.
fn described_values(a: clap::Arg, lang: Lang) -> clap::Arg {
    let values = a.get_possible_values();
    if values.iter().all(|v| v.get_help().is_none()) {
        return a;
    }
    let id = a.get_id().as_str().to_string();
    let values: Vec<clap::builder::PossibleValue> = values
        .into_iter()
        .map(|v| match v.get_help() {
            Some(_) => {
                let text = held(i18n::text_in(lang, &value_key(&id, v.get_name()), None));
                v.help(text)
            }
            None => v,
        })
        .collect();
    a.value_parser(clap::builder::PossibleValuesParser::new(values))
}

/// The help-catalogue key of the help of one value of an enum argument.
pub fn value_key(arg: &str, value: &str) -> String {
    format!("help-value-{arg}-{value}")
}

/// Every help-catalogue key the command tree `cmd` needs, with the text its definitions give
/// (English): what the catalogues must hold.
pub fn keys(cmd: &Command) -> Vec<(String, String)> {
    let mut out = vec![(
        "help-heading-global".to_string(),
        GLOBAL_HEADING.to_string(),
    )];
    collect(cmd, "svcreq", &mut out);
    let mut seen = std::collections::HashSet::new();
    out.retain(|(k, _)| seen.insert(k.clone()));
    out
}

fn collect(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
    if let Some(a) = cmd.get_about() {
        out.push((command_key(path, false), a.to_string()));
    }
    if let Some(a) = cmd.get_long_about() {
        out.push((command_key(path, true), a.to_string()));
    }
    for a in cmd.get_arguments() {
        if a.get_id() == "help" || a.get_id() == "version" {
            continue;
        }
        if let Some(h) = a.get_help() {
            out.push((arg_key(path, a, false), h.to_string()));
        }
        if let Some(h) = a.get_long_help() {
            out.push((arg_key(path, a, true), h.to_string()));
        }
        for v in a.get_possible_values() {
            if let Some(h) = v.get_help() {
                out.push((value_key(a.get_id().as_str(), v.get_name()), h.to_string()));
            }
        }
        for name in value_names(a) {
            out.push((value_name_key(&name), name));
        }
    }
    if cmd.has_subcommands() {
        out.push((value_name_key("COMMAND"), "COMMAND".to_string()));
    }
    for s in cmd.get_subcommands() {
        if s.get_name() == "help" {
            continue;
        }
        let sub_path = if path == "svcreq" {
            s.get_name().to_string()
        } else {
            format!("{path}-{}", s.get_name())
        };
        collect(s, &sub_path, out);
    }
}

/// A text as the value of a Fluent message: one line, or an indented block; braces and the
/// characters Fluent reads at the start of a line are written as literals.
pub fn ftl_value(text: &str) -> String {
    let esc = |l: &str| {
        let mut out = String::new();
        for (i, c) in l.chars().enumerate() {
            match c {
                '{' | '}' => out.push_str(&format!("{{\"{c}\"}}")),
                '[' | '*' | '.' if i == 0 => out.push_str(&format!("{{\"{c}\"}}")),
                _ => out.push(c),
            }
        }
        out
    };
    if !text.contains('\n') {
        return format!(" {}", esc(text));
    }
    let mut s = String::new();
    for line in text.lines() {
        s.push('\n');
        if !line.is_empty() {
            s.push_str("    ");
            s.push_str(&esc(line));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every argument of the command tree `cmd` at catalogue path `path`, with its path.
    fn arguments(cmd: &Command, path: &str, out: &mut Vec<(String, clap::Arg)>) {
        for a in cmd.get_arguments() {
            out.push((path.to_string(), a.clone()));
        }
        for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let sub = if path == "svcreq" {
                s.get_name().to_string()
            } else {
                format!("{path}-{}", s.get_name())
            };
            arguments(s, &sub, out);
        }
    }

    /// The help texts of an argument on every page, in every language.
    fn texts(path: &str, a: &clap::Arg) -> Vec<String> {
        let mut out = Vec::new();
        for lang in [Lang::En, Lang::Ja] {
            for long in [false, true] {
                let key = arg_key(path, a, long);
                if crate::i18n::has(lang, &key) {
                    out.push(crate::i18n::text_in(lang, &key, None));
                }
            }
        }
        out
    }

    /// SPEC 10: a value list is said once on every help page: the `[possible values: …]`
    /// clap shows, never again in the description before it.
    #[test]
    fn a_value_list_is_said_once_on_every_help_page() {
        let mut args = Vec::new();
        arguments(&crate::cli::command(), "svcreq", &mut args);
        let mut checked = 0;
        let mut twice = Vec::new();
        for (path, a) in &args {
            let values: Vec<String> = a
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if values.len() < 2 {
                continue;
            }
            for text in texts(path, a) {
                checked += 1;
                // A description that is only its values (`global, …, partner のどれか`),
                // their separators and glosses in brackets says the list a second time.
                let mut rest = String::new();
                let mut depth = 0;
                for c in text.chars() {
                    match c {
                        '(' | '（' => depth += 1,
                        ')' | '）' => depth -= 1,
                        _ if depth == 0 => rest.push(c),
                        _ => {}
                    }
                }
                let words: Vec<&str> = rest
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .filter(|w| !w.is_empty())
                    .collect();
                let named = values
                    .iter()
                    .filter(|v| words.contains(&v.as_str()))
                    .count();
                let glue = ["or", "または", "のいずれか", "のどちらか", "と", "、", ","];
                let mut bare = rest.clone();
                for w in values.iter().map(String::as_str).chain(glue) {
                    bare = bare.replace(w, "");
                }
                if named >= 2 && bare.trim().is_empty() {
                    twice.push(format!("{path} {}: {text}", a.get_id()));
                }
            }
        }
        assert!(
            twice.is_empty(),
            "values named twice:\n{}",
            twice.join("\n")
        );
        assert!(checked > 10, "{checked}");
    }

    /// SPEC 10: every help page says "- reads stdin" one way, in each language.
    #[test]
    fn stdin_is_said_one_way_on_every_help_page() {
        let mut args = Vec::new();
        arguments(&crate::cli::command(), "svcreq", &mut args);
        let mut said = 0;
        for (path, a) in &args {
            for text in texts(path, a) {
                if text.contains("stdin") || text.contains("標準入力") {
                    said += 1;
                    assert!(
                        text.contains("(- reads stdin)") || text.contains("(「-」で標準入力)"),
                        "{path}: {text}"
                    );
                }
            }
        }
        assert!(said >= 12, "{said}");
    }
}
