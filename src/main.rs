//! `svcreq`: parse the arguments, run the command, and turn an error into one line on
//! stderr with its exit code (SPEC 2).
// The process starts at the `main` below, not through the standard library's runtime
// set-up (see there).
#![cfg_attr(not(test), no_main)]

use svcreq::cli::{Cli, run};
use svcreq::error::{Failure, exit_code, io_kind};
use svcreq::i18n::{Lang, choose, error_sentence, lang, set_lang};
use svcreq::output::{inert_line, line_err};
use svcreq::tr;

/// A command-line error from clap as the one line SPEC 2 asks for: what was wrong, with
/// clap's tip (a similar flag) when it has one; exit 2. Help and version print as clap
/// prints them. In a language other than English, the kinds of error a user meets are said
/// from the catalogue (SPEC 10); clap's own English is the fallback for the rare others.
fn usage_line(e: &clap::Error, args: &[std::ffi::OsString]) -> String {
    let text = e.render().to_string();
    let mut tip = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("tip: "))
        .map(str::to_string);
    let one_value = one_value_sentence(e);
    if one_value.is_some() {
        // The values are all good: the list is what is wrong, so no value is offered.
        tip = None;
    }
    let what = match lang() {
        // A list given to a flag of one value is told as that.
        _ if one_value.is_some() => one_value,
        // A flag given without the one it applies with is named as the flag at fault.
        _ if needs_sentence(e, args).is_some() => needs_sentence(e, args),
        // English keeps clap's own words, but for a variable set but empty, which clap
        // calls a flag given without its value.
        Lang::En => {
            localized_clap_error(e, args).filter(|m| m.starts_with(&tr!("clap-empty-env-start")))
        }
        _ => {
            use clap::error::{ContextKind as C, ContextValue as V};
            let similar = [C::SuggestedSubcommand, C::SuggestedArg, C::SuggestedValue]
                .into_iter()
                .find_map(|k| match e.get(k) {
                    Some(V::String(s)) => Some(s.clone()),
                    Some(V::Strings(v)) => Some(v.join(&tr!("clap-tip-similar-separator"))),
                    _ => None,
                });
            // clap's tips are English: the two kinds a user meets are said from the catalogue
            // (a similar flag; `-- ARG` to pass a value that looks like a flag).
            let arg = match e.get(C::InvalidArg) {
                Some(V::String(a)) => a.clone(),
                _ => String::new(),
            };
            let escape = match e.get(C::Suggested) {
                Some(V::StyledStrs(v)) => {
                    !arg.is_empty()
                        && v.iter()
                            .any(|s| s.to_string().ends_with(&format!("-- {arg}'")))
                }
                _ => false,
            };
            tip = match similar {
                Some(s) => Some(tr!("clap-tip-similar", similar = s)),
                None if escape => Some(tr!("clap-tip-escape", arg = arg)),
                None => None,
            };
            localized_clap_error(e, args)
        }
    };
    let what = what.unwrap_or_else(|| {
        // The first paragraph says what was wrong (a list of missing flags runs on below it).
        let what = text
            .split("\n\n")
            .next()
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ");
        what.trim_start_matches("error: ").to_string()
    });
    match tip {
        // The tip's line points to the help of the command typed, as every usage line does.
        Some(t) => tr!(
            "usage-line-tip",
            what = what,
            tip = t,
            command = help_command(args)
        ),
        // A message that ends with an aside in parentheses takes the pointer to --help
        // after it as a clause, not as a second aside beside it.
        None => tr!(
            "usage-line",
            what = what.as_str(),
            ends = if what.trim_end().ends_with(')') {
                "aside"
            } else {
                "other"
            },
            command = help_command(args)
        ),
    }
}

/// A list given to a flag that takes one value (`sla --fail-on breached,at-risk`, `list
/// --status open,closed`), said as that: each value is one the flag takes, so the sentence
/// says the flag takes one and names them, rather than calling the list an invalid value
/// with one of its own parts as the similar value. None for any other error.
fn one_value_sentence(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    if e.kind() != K::InvalidValue {
        return None;
    }
    let Some(V::String(value)) = e.get(C::InvalidValue) else {
        return None;
    };
    let Some(V::Strings(valid)) = e.get(C::ValidValue) else {
        return None;
    };
    let Some(V::String(arg)) = e.get(C::InvalidArg) else {
        return None;
    };
    let parts: Vec<&str> = value.split(',').map(str::trim).collect();
    if parts.len() < 2 || !parts.iter().all(|p| valid.iter().any(|v| v == p)) {
        return None;
    }
    let flag = arg.split(' ').next().unwrap_or_default();
    Some(tr!(
        "clap-one-value",
        arg = match lang() {
            Lang::En => flag.to_string(),
            _ => svcreq::i18n::spaced(flag),
        },
        value = value.as_str(),
        valid = svcreq::i18n::one_of(valid)
    ))
}

/// A usage error a command found in its options or arguments after parsing
/// ([`svcreq::error::usage_of_option`]: `report --month 2026-13`, `list --since garbage`,
/// `open --title ''`): pointed to the help of the command typed, as clap's own errors of a
/// value are, in one sentence (SPEC 2), unless it already points to a help.
fn pointed_to_help(message: String, args: &[std::ffi::OsString]) -> String {
    if message.contains("--help") {
        return message;
    }
    tr!(
        "usage-line",
        what = message.as_str(),
        ends = if message.trim_end().ends_with(')') {
            "aside"
        } else {
            "other"
        },
        command = help_command(args)
    )
}

/// The command whose help a usage error points to, as the user typed it (`svcreq list`):
/// the program and the subcommands named in `args`, so the pointer is a command to run.
fn help_command(args: &[std::ffi::OsString]) -> String {
    let mut cmd = svcreq::cli::command();
    let mut said = vec!["svcreq".to_string()];
    for a in args.iter().skip(1) {
        let Some(a) = a.to_str() else { break };
        if a == "--" {
            break;
        }
        let Some(sub) = cmd.find_subcommand(a).cloned() else {
            continue;
        };
        said.push(sub.get_name().to_string());
        cmd = sub;
    }
    said.join(" ")
}

/// A flag given where it does not apply, said as that: when clap finds an argument missing
/// that is not required on its own but by a flag given (`requires`: `show 1 --tenant ny`
/// lacks `--case`), the sentence names the flag given and the one it applies with, never
/// only the missing one as if the command required it. The flag is found by parsing the
/// line again without each flag given in turn: the one whose absence lets the missing
/// argument go is the one that needs it (clap keeps `requires` to itself).
fn needs_sentence(e: &clap::Error, args: &[std::ffi::OsString]) -> Option<String> {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    if e.kind() != K::MissingRequiredArgument {
        return None;
    }
    let missing = match e.get(C::InvalidArg)? {
        V::Strings(v) if v.len() == 1 => v[0].clone(),
        V::String(s) => s.clone(),
        _ => return None,
    };
    let cmd = <Cli as clap::CommandFactory>::command();
    // Whether a flag of this long name anywhere in the command tree takes a value.
    fn takes_value(cmd: &clap::Command, long: &str) -> Option<bool> {
        cmd.get_arguments()
            .find(|a| a.get_long() == Some(long))
            .map(|a| a.get_action().takes_values())
            .or_else(|| cmd.get_subcommands().find_map(|c| takes_value(c, long)))
    }
    let still_missing = |line: &[std::ffi::OsString]| match cmd.clone().try_get_matches_from(line) {
        Err(e) if e.kind() == K::MissingRequiredArgument => match e.get(C::InvalidArg) {
            Some(V::Strings(v)) => v.contains(&missing),
            Some(V::String(s)) => *s == missing,
            _ => false,
        },
        _ => false,
    };
    for (i, a) in args.iter().enumerate().skip(1) {
        let Some(long) = a.to_str().and_then(|a| a.strip_prefix("--")) else {
            continue;
        };
        if long.is_empty() {
            break;
        }
        let (name, inline) = match long.split_once('=') {
            Some((n, _)) => (n, true),
            None => (long, false),
        };
        let Some(takes) = takes_value(&cmd, name) else {
            continue;
        };
        let n = if takes && !inline { 2 } else { 1 };
        let mut without = args.to_vec();
        without.drain(i..(i + n).min(args.len()));
        if !still_missing(&without) {
            return Some(tr!(
                "clap-needs-argument",
                arg = format!("--{name}"),
                needed = said_metavars(&missing)
            ));
        }
    }
    None
}

/// What clap's error `e` says, from the catalogue, for the kinds with a message there.
fn localized_clap_error(e: &clap::Error, args: &[std::ffi::OsString]) -> Option<String> {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    let get = |k: C| match e.get(k)? {
        V::String(s) => Some(s.clone()),
        V::Strings(v) => Some(svcreq::i18n::list(v)),
        V::StyledStr(s) => Some(s.to_string()),
        V::StyledStrs(v) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        V::Number(n) => Some(n.to_string()),
        _ => None,
    };
    // A flag with its placeholder in the reader's language (`--title <件名>`).
    let arg = || said_metavars(&get(C::InvalidArg).unwrap_or_default());
    // A value from the environment is named by its variable (the user typed no flag).
    let value_of = || {
        let a = arg();
        let long = a
            .split(' ')
            .next()
            .unwrap_or_default()
            .trim_start_matches("--");
        let typed = args.iter().skip(1).any(|x| {
            x.to_str()
                .and_then(|x| x.strip_prefix("--"))
                .is_some_and(|x| x == long || x.starts_with(&format!("{long}=")))
        });
        let env = <Cli as clap::CommandFactory>::command()
            .get_arguments()
            .find(|x| x.get_long() == Some(long))
            .and_then(|x| x.get_env().map(|v| v.to_string_lossy().into_owned()));
        match env {
            Some(var) if !typed && a.starts_with("--") => var,
            // A positional argument by its name in the reader's language ("シェル" for
            // "<SHELL>"), a flag by itself ("--severity", not "--severity <SEVERITY>").
            _ if a.starts_with(['[', '<']) => {
                svcreq::cli::help::value_name(a.trim_matches(['[', '<', ']', '>', '.']), lang())
            }
            _ => a.split(' ').next().unwrap_or_default().to_string(),
        }
    };
    Some(match e.kind() {
        K::UnknownArgument => tr!("clap-unknown-argument", arg = arg(), kind = kind(&arg())),
        K::InvalidSubcommand => tr!(
            "clap-invalid-subcommand",
            command = get(C::InvalidSubcommand).unwrap_or_default()
        ),
        // A flag given without its value.
        K::InvalidValue if get(C::InvalidValue).unwrap_or_default().is_empty() => {
            let name = value_of();
            // A variable set but empty is said as that, not as a value left out.
            if !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            {
                tr!("clap-empty-env", var = name)
            } else {
                tr!("clap-missing-value", arg = svcreq::i18n::spaced(&name))
            }
        }
        K::InvalidValue => tr!(
            "clap-invalid-value",
            arg = svcreq::i18n::spaced(&value_of()),
            value = get(C::InvalidValue).unwrap_or_default(),
            valid = match e.get(C::ValidValue) {
                Some(V::Strings(v)) => svcreq::i18n::one_of(v),
                _ => get(C::ValidValue).unwrap_or_default(),
            }
        ),
        K::ValueValidation => {
            let value = get(C::InvalidValue).unwrap_or_default();
            // A count that is not a whole number (`--limit -1`) is told what a count is, not
            // the library's parse error.
            let reason = match std::error::Error::source(e) {
                Some(s) if s.downcast_ref::<std::num::ParseIntError>().is_some() => {
                    tr!("error-not-a-count")
                }
                Some(s) => s.to_string(),
                None => String::new(),
            };
            // A reason that quotes the value names the flag in place of the value's kind,
            // and is not told the value twice; one that starts with the value (「abc」は
            // サービス要求の ID ではありません) says all of an argument.
            let quoted = [format!("'{value}'"), format!("「{value}」")];
            if !value.is_empty()
                && quoted.iter().any(|q| reason.starts_with(q))
                && !arg().starts_with('-')
            {
                reason
            } else if !value.is_empty() && quoted.iter().any(|q| reason.contains(q)) {
                svcreq::i18n::value_error(&value_of(), &value, &reason)
            } else {
                tr!(
                    "clap-value-validation",
                    arg = svcreq::i18n::spaced(&value_of()),
                    value = value,
                    reason = reason
                )
            }
        }
        K::MissingRequiredArgument => {
            tr!("clap-missing-argument", arg = arg(), kind = kind(&arg()))
        }
        // The same flag twice: clap names it as its own conflict.
        K::ArgumentConflict if said_metavars(&get(C::PriorArg).unwrap_or_default()) == arg() => {
            tr!("clap-argument-twice", arg = arg())
        }
        K::ArgumentConflict => tr!(
            "clap-argument-conflict",
            arg = arg(),
            other = said_metavars(&get(C::PriorArg).unwrap_or_default())
        ),
        // A group given none of its commands names them, as clap's English line does.
        K::MissingSubcommand => tr!(
            "clap-missing-command",
            command = get(C::InvalidSubcommand).unwrap_or_else(|| "svcreq".into()),
            commands = get(C::ValidSubcommand).unwrap_or_default()
        ),
        K::NoEquals | K::TooManyValues | K::TooFewValues | K::WrongNumberOfValues => {
            tr!("clap-wrong-values", arg = arg())
        }
        K::InvalidUtf8 => tr!("clap-invalid-utf8"),
        _ => return None,
    })
}

/// Whether a command-line item clap names is an option (`--title <件名>`, `-o`) or a
/// positional argument (`<ID>`, a stray `2`): the catalogue calls them differently
/// (オプション, 引数).
fn kind(arg: &str) -> &'static str {
    if arg.starts_with('-') {
        "option"
    } else {
        "argument"
    }
}

/// `text` with each placeholder (`<TITLE>`, `[ID] [TEXT]...`) said as the help of the reader's
/// language shows it (`<件名>`, `[ID] [テキスト]...`); unchanged in English.
fn said_metavars(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(['<', '[']) {
        let close = if rest[at..].starts_with('<') {
            '>'
        } else {
            ']'
        };
        let Some(end) = rest[at + 1..].find(close) else {
            break;
        };
        let inner = &rest[at + 1..at + 1 + end];
        out.push_str(&rest[..=at]);
        out.push_str(&svcreq::cli::help::value_name(inner, lang()));
        out.push(close);
        rest = &rest[at + 1 + end + 1..];
    }
    out.push_str(rest);
    out
}

/// clap's help or version, printed as clap prints it; in a language other than English its
/// headings are said from the catalogue (SPEC 10). A closed pipe is not an error.
fn print_clap(e: clap::Error) -> u8 {
    use std::io::Write;
    // As wide as clap made it: `COLUMNS`, else the terminal's width, else 100.
    let width = || {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|c| *c > 0)
            .or_else(|| svcreq::output::terminal_width().map(usize::from))
            .unwrap_or(100)
    };
    let text = if lang() == Lang::En {
        // English as clap writes it (styled on a terminal), unless a line is too wide: a
        // usage line clap does not wrap.
        use unicode_width::UnicodeWidthStr;
        // A bracketed note split after its label (`[env:` / `SVCREQ_DB=]`) is filled again.
        let plain = e.render().to_string();
        let width = width();
        let mended = svcreq::cli::help::mend_notes(&plain, width);
        if mended.is_none() && plain.lines().all(|l| l.width() <= width) {
            e.exit();
        }
        svcreq::cli::help::fit_width(mended.as_deref().unwrap_or(&plain), width)
    } else {
        let text = svcreq::cli::help::clap_headings(&e.render().to_string(), lang());
        svcreq::cli::help::fit_width(&text, width())
    };
    let _ = if e.use_stderr() {
        std::io::stderr().write_all(text.as_bytes())
    } else {
        std::io::stdout().write_all(text.as_bytes())
    };
    u8::try_from(e.exit_code()).unwrap_or(svcreq::error::EXIT_USAGE)
}

/// The place of the `help` command in `args`, when the first word that is neither a global
/// flag nor its value is `help`.
fn help_word(args: &[std::ffi::OsString]) -> Option<usize> {
    let cmd = svcreq::cli::command();
    let mut i = 1;
    while let Some(a) = args.get(i).and_then(|a| a.to_str()) {
        match a.strip_prefix("--") {
            Some(long) => {
                let takes = !long.contains('=')
                    && cmd
                        .get_arguments()
                        .any(|x| x.get_long() == Some(long) && x.get_action().takes_values());
                i += if takes { 2 } else { 1 };
            }
            None if a.starts_with('-') => i += 1,
            None => break,
        }
    }
    args.get(i).is_some_and(|a| a == "help").then_some(i)
}

/// The command line run; its exit code (SPEC 2).
fn svcreq_main() -> u8 {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    set_lang(choose(&args, |k| std::env::var(k).ok()));
    let wants_help = |args: &[std::ffi::OsString]| {
        args.iter()
            .skip(1)
            .take_while(|a| *a != "--")
            .any(|a| a == "-h" || a == "--help")
    };
    // The `help` command, found after the global flags typed before it (`--db x help`).
    let help_at = if args.iter().any(|a| a == "help") {
        help_word(&args)
    } else {
        None
    };
    // `svcreq help open` is `svcreq open --help`, so the flags typed after it (`--lang ja`)
    // are read as on any command; `svcreq help --help` (or `help -h`) asks for the help of
    // `help` itself. The language is chosen above, from every word typed.
    if let Some(i) = help_at {
        let names_command = svcreq::cli::command()
            .get_subcommands()
            .any(|c| args[i + 1..].iter().any(|a| a == c.get_name()));
        if names_command {
            args.remove(i);
            if !wants_help(&args) {
                args.push("--help".into());
            }
        } else if wants_help(&args) {
            args.truncate(i + 1);
            args.push("help".into());
        }
    }
    let asks_help = wants_help(&args) || help_at.is_some();
    let parsed = if asks_help {
        use clap::FromArgMatches;
        svcreq::cli::help::hold_spaces_in_help();
        svcreq::cli::help_command(&args)
            .try_get_matches_from(&args)
            .and_then(|m| Cli::from_arg_matches(&m))
    } else {
        svcreq::cli::parse(&args)
    };
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind as K;
            // A group of commands given none of its commands (`svcreq`, `db`, `db admins`)
            // is a usage error naming them, whatever the environment gives: clap would show
            // the whole help when no option is set, but not when one is (`SVCREQ_CONFIG`).
            let e = match e.kind() {
                K::DisplayHelpOnMissingArgumentOrSubcommand if !asks_help => {
                    svcreq::cli::missing_command(&args).unwrap_or(e)
                }
                _ => e,
            };
            if matches!(
                e.kind(),
                K::DisplayHelp | K::DisplayVersion | K::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                return print_clap(e);
            }
            svcreq::output::say_err(&line_err(&format!(
                "svcreq: {}",
                inert_line(&error_sentence(usage_line(&e, &args)))
            )));
            return svcreq::error::EXIT_USAGE;
        }
    };
    if let Some(l) = cli.global.lang.as_deref().and_then(Lang::from_id) {
        set_lang(l);
    }
    match run(cli) {
        Ok(code) => {
            // The command has done its work (a write has committed): its warnings, notes
            // and hints now.
            svcreq::output::release_notes();
            code
        }
        Err(e) => {
            // A refused or failed command says its one error sentence and nothing else.
            svcreq::output::drop_notes();
            // A closed pipe (`svcreq list | head`) is not an error.
            if io_kind(&e) == Some(std::io::ErrorKind::BrokenPipe) {
                return 0;
            }
            let msg = match (e.downcast_ref::<Failure>(), io_kind(&e)) {
                (None, Some(_)) => {
                    let reason = e
                        .chain()
                        .find_map(|c| c.downcast_ref::<std::io::Error>())
                        .map_or_else(|| e.to_string(), svcreq::error::io_reason);
                    svcreq::tr!("error-cannot-write-output", reason = reason)
                }
                _ if svcreq::error::about_options(&e) => pointed_to_help(format!("{e:#}"), &args),
                _ => format!("{e:#}"),
            };
            svcreq::output::say_err(&line_err(&format!(
                "svcreq: {}",
                inert_line(&error_sentence(msg))
            )));
            exit_code(&e)
        }
    }
}

/// The process entry. The standard library's runtime set-up is left out: on Linux its
/// main-thread stack probe reads and parses /proc/self/maps at every start (about 0.1 M
/// instructions and a dozen system calls, for a stack-overflow message). What of that
/// set-up svcreq relies on is done here: a standard descriptor that is closed is opened on
/// /dev/null (so no file svcreq opens takes its place), SIGPIPE is ignored (a closed pipe is
/// an error svcreq handles, SPEC 6), a panic exits 101 after its message, and standard
/// output is flushed at exit (`std::process::exit`). The arguments are read as always
/// (`std::env::args_os`).
/// The unit-test build keeps the ordinary entry (the test harness replaces it).
#[cfg(test)]
fn main() {
    std::process::exit(i32::from(svcreq_main()))
}

#[cfg(not(test))]
#[unsafe(no_mangle)]
extern "C" fn main(
    _argc: std::ffi::c_int,
    _argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    // SAFETY: single-threaded at this point; each call is a plain system call on
    // descriptors 0-2 or a signal disposition.
    unsafe {
        let mut fds = [0, 1, 2].map(|fd| libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        });
        if libc::poll(fds.as_mut_ptr(), 3, 0) != -1 {
            for p in fds {
                if p.revents & libc::POLLNVAL != 0 {
                    libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
                }
            }
        }
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    let code = std::panic::catch_unwind(svcreq_main).unwrap_or(101);
    std::process::exit(i32::from(code))
}
