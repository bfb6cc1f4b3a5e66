//! A request's history as `show` prints it (SPEC 7, 10). The ledger stores each event's
//! detail in English, whoever wrote it, so JSON and the ledger read the same in every
//! language; a table in another language renders the stored detail there at display time:
//! the detail is read back into its parts (the shapes the catalogue's English `history-*`
//! messages write) and said again from that language's catalogue. A detail that is not one
//! of those shapes (an imported history, a note) is shown as stored.

use crate::i18n::{self, Lang};
use crate::output::words;
use crate::tr;

/// Whether the response clock in force before and after an event counts business hours
/// (`response_clock = "business"`): a target is said on that clock (`営業時間で 48 時間`).
/// The stored detail does not carry it; `show` finds it from the request's clock and the
/// clock changes recorded in the events after.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clocks {
    pub before: bool,
    pub after: bool,
}

/// The stored `detail` of an event of `kind`, in `lang`, its targets on the wall clock.
#[cfg(test)]
fn detail_in(lang: Lang, kind: &str, detail: &str, text: Option<&str>) -> String {
    detail_on(lang, kind, detail, text, Clocks::default())
}

/// The stored `detail` of an event of `kind`, in `lang`, its targets said on `clocks`.
/// With `text`, the request's title and description as classified, a reason's phrase is
/// quoted as it was typed there (the ledger keeps it as matched).
pub fn detail_on(
    lang: Lang,
    kind: &str,
    detail: &str,
    text: Option<&str>,
    clocks: Clocks,
) -> String {
    if lang == Lang::En {
        // A change reads as a sentence, as in every language: the change, then what it
        // did to the severity and the target (`severity B → A · first response target:
        // 1h, due …`), not the fields it wrote.
        return match (kind, text) {
            ("opened", Some(t)) => phrases_as_typed(detail, t),
            ("updated" | "severity-changed", _) => {
                changes(lang, detail, clocks).unwrap_or_else(|| detail.to_string())
            }
            _ => detail.to_string(),
        };
    }
    let said = match kind {
        "responded" => state_note(lang, detail, "history-responded"),
        "closed" => state_note(lang, detail, "history-closed"),
        "corrected" => corrected(lang, detail).or_else(|| changes(lang, detail, clocks)),
        "reopened" => reopened(lang, detail, clocks.after),
        "updated" | "severity-changed" => changes(lang, detail, clocks),
        "opened" => opened(lang, detail, text, clocks.after),
        "redacted" => parts("history-redacted", &["what"], detail).map(|p| {
            let what: Vec<String> = p[0].split(", ").map(|f| field(lang, f)).collect();
            tr!(in lang; "history-redacted", what = i18n::nouns_in(lang, &what))
        }),
        _ => None,
    };
    // What the catalogue says is sentences, each ended with 。 (a label and its value
    // too); a detail shown as stored (a note, an imported line) is the writer's own text.
    said.map_or_else(|| detail.to_string(), |s| i18n::sentence_in(lang, s))
}

/// The literal pieces of English message `key` around its variables `vars` (named in the
/// order the message uses them): what the stored detail is read back by.
fn shape(key: &str, vars: &[&str]) -> Vec<String> {
    let mut args = fluent_bundle::FluentArgs::new();
    for (i, v) in vars.iter().enumerate() {
        args.set(*v, char::from(1 + i as u8).to_string());
    }
    let text = i18n::text_in(Lang::En, key, Some(&args));
    text.split(|c: char| (c as u32) >= 1 && (c as u32) <= vars.len() as u32)
        .map(str::to_string)
        .collect()
}

/// The values of `vars` in `s`, when `s` is English message `key`: each value runs to the
/// first place the literal after it matches; the last runs to where the message ends.
fn parts<'a>(key: &str, vars: &[&str], s: &'a str) -> Option<Vec<&'a str>> {
    let pieces = shape(key, vars);
    if pieces.len() != vars.len() + 1 {
        return None;
    }
    read(&pieces, s)
}

/// The values between `pieces` (literals around values) in `s`.
fn read<'a>(pieces: &[String], s: &'a str) -> Option<Vec<&'a str>> {
    let mut out = Vec::with_capacity(pieces.len());
    let mut rest = s.strip_prefix(pieces[0].as_str())?;
    for (i, lit) in pieces.iter().enumerate().skip(1) {
        if i == pieces.len() - 1 {
            out.push(rest.strip_suffix(lit.as_str())?);
        } else {
            let at = rest.find(lit.as_str()).filter(|_| !lit.is_empty())?;
            out.push(&rest[..at]);
            rest = &rest[at + lit.len()..];
        }
    }
    Some(out)
}

/// The literal a message puts before its only variable (`history-target`'s ` · `).
fn lead(key: &str, var: &str) -> String {
    shape(key, &[var]).swap_remove(0)
}

/// `detail` split into the detail proper and the note `history-with-note` adds after it.
/// The detail proper has no separator of its own (times are written HH:MM:SS).
fn split_note(detail: &str) -> (&str, Option<&str>) {
    let sep = shape("history-with-note", &["detail", "note"]);
    match detail.split_once(sep[1].as_str()) {
        Some((d, n)) if !sep[1].is_empty() => (d, Some(n)),
        _ => (detail, None),
    }
}

/// A field's name in `lang` (`name-field-<field>`), the field itself when it has none.
fn field(lang: Lang, f: &str) -> String {
    words::name_in(lang, "field", f)
}

/// An SLA state's name in `lang`, when `s` is one.
fn state(lang: Lang, s: &str) -> Option<String> {
    s.parse::<crate::rules::SlaState>()
        .ok()
        .map(|_| words::name_in(lang, "sla", s))
}

/// Message `key` (`{ $state }` after a fixed text), perhaps with a note, said in `lang`.
fn state_note(lang: Lang, detail: &str, key: &str) -> Option<String> {
    let (d, note) = split_note(detail);
    let p = parts(key, &["state"], d)?;
    let base = tr!(in lang; key, state = state(lang, p[0])?);
    // A close's note is its resolution, said as one.
    Some(match note {
        Some(n) if key == "history-closed" => {
            tr!(in lang; "history-closed-with-resolution", detail = base, resolution = n)
        }
        _ => with_note(lang, base, note),
    })
}

fn with_note(lang: Lang, base: String, note: Option<&str>) -> String {
    match note {
        Some(n) => tr!(in lang; "history-with-note", detail = base, note = n),
        None => base,
    }
}

/// A corrected first response or close: the old and new time and the state.
fn corrected(lang: Lang, detail: &str) -> Option<String> {
    let vars = ["from", "to", "state"];
    ["history-corrected-response", "history-corrected-close"]
        .into_iter()
        .find_map(|key| {
            // The message has a separator of its own before the times: the note comes last.
            let p = parts(key, &vars, detail)?;
            let (s, note) = split_note(p[2]);
            let base = tr!(in lang; key, from = p[0], to = p[1], state = state(lang, s)?);
            Some(with_note(lang, base, note))
        })
}

/// A due time as the history stores it (`time-local-long` in English), in `lang` as the
/// rest of the history writes a time: date, time and zone, without the weekday (the times
/// a change records, and the table's own time column, carry none).
fn long_time(_lang: Lang, t: &str) -> String {
    parts("time-local-long", &["weekday", "date", "time"], t)
        .filter(|p| {
            use chrono::Weekday::*;
            [Mon, Tue, Wed, Thu, Fri, Sat, Sun]
                .into_iter()
                .any(|w| words::weekday_in(Lang::En, w) == p[0])
        })
        .map_or_else(|| t.to_string(), |p| format!("{} {}", p[1], p[2]))
}

/// A response target id (`1h`, `next-day`, `none`) in `lang`, a duration said on the
/// business clock when `business`.
fn response(lang: Lang, r: &str, business: bool) -> String {
    match r.parse::<crate::rules::Response>() {
        Ok(crate::rules::Response::After(secs)) if business => {
            crate::rules::file::business_duration_words_in(lang, secs)
        }
        Ok(crate::rules::Response::After(secs)) => {
            crate::rules::file::duration_words_in(lang, secs)
        }
        _ => words::name_in(lang, "response", r),
    }
}

/// The target and perhaps the due time that end an opening or a reopen
/// (`history-target`, then `history-due`), in `lang`; after a sentence of its own
/// (`重大度を B から A に変更。初期応答の目標: …`) when `sentence`, as the update event
/// says a change of severity and then the new target.
fn target_due(lang: Lang, s: &str, business: bool, sentence: bool) -> Option<String> {
    let s = s.strip_prefix(lead("history-target", "response").as_str())?;
    let due = lead("history-due", "due");
    let (resp, due) = match s.split_once(due.as_str()) {
        Some((r, d)) if !due.is_empty() => (r, Some(d)),
        _ => (s, None),
    };
    let (target, none) = if sentence {
        ("history-target-sentence", "history-target-none-sentence")
    } else {
        ("history-target", "history-target-none")
    };
    let mut out = if resp == "none" {
        tr!(in lang; none)
    } else {
        tr!(in lang; target, response = i18n::between_words_in(lang, response(lang, resp, business)))
    };
    if let Some(d) = due {
        out.push_str(&tr!(in lang; "history-due", due = long_time(lang, d)));
    }
    Some(out)
}

/// A reopen: `history-reopened`, perhaps `history-severity-change`, then the target and
/// due time, perhaps with the reason.
fn reopened(lang: Lang, detail: &str, business: bool) -> Option<String> {
    let (d, reason) = split_note(detail);
    let head = shape("history-reopened", &["count"]);
    let rest = d.strip_prefix(head[0].as_str())?;
    let (count, rest) = rest
        .split_once(head[1].as_str())
        .filter(|_| !head[1].is_empty())?;
    count.parse::<i64>().ok()?;
    let mut out = tr!(in lang; "history-reopened", count = count);
    let change = shape("history-severity-change", &["from", "to"]);
    let mut rest = rest;
    if let Some(r) = rest.strip_prefix(change[0].as_str()) {
        let (from, r) = r.split_once(change[1].as_str())?;
        let target = lead("history-target", "response");
        let at = r.find(target.as_str()).filter(|_| !target.is_empty())?;
        let to = r[..at].strip_suffix(change[2].as_str())?;
        out.push_str(&tr!(in lang; "history-severity-change",
            from = none_or(lang, from),
            to = none_or(lang, to)
        ));
        rest = &r[at..];
    }
    out.push_str(&target_due(lang, rest, business, true)?);
    // A reopen's note is its reason, said as one.
    Some(match reason {
        Some(r) => tr!(in lang; "history-reopened-with-reason", detail = out, reason = r),
        None => out,
    })
}

/// The no-value mark ("—") in `lang`.
fn none_or(lang: Lang, v: &str) -> String {
    if v == i18n::text_in(Lang::En, "cell-none", None) {
        i18n::text_in(lang, "cell-none", None)
    } else {
        v.to_string()
    }
}

/// A field's value as an update's history stores it (an id, a time, a JSON list, "—"), in
/// `lang`: ids by their names there, lists as lists.
fn value(lang: Lang, f: &str, v: &str) -> String {
    if v == i18n::text_in(Lang::En, "cell-none", None) {
        return i18n::text_in(lang, "cell-none", None);
    }
    let kind = match f {
        "response_target" => return response(lang, v, false),
        "severity_source" => "source",
        "category" | "availability" | "status" | "channel" | "scope" | "tier" | "service" => f,
        "response_clock" => "clock",
        "contact_method" => "contact",
        "available_24x7" => {
            return match v {
                "true" => tr!(in lang; "word-yes"),
                "false" => tr!(in lang; "word-no"),
                _ => v.to_string(),
            };
        }
        "incidents" => {
            return match serde_json::from_str::<Vec<String>>(v) {
                Ok(l) if l.is_empty() => i18n::text_in(lang, "cell-none", None),
                Ok(l) => l.join(&i18n::text_in(lang, "list-separator", None)),
                Err(_) => v.to_string(),
            };
        }
        _ => return v.to_string(),
    };
    words::name_in(lang, kind, v)
}

/// The changes of an update (`history-field-change`, `history-field-changed`, joined by
/// `history-separator`), perhaps with `history-reason`.
fn changes(lang: Lang, detail: &str, clocks: Clocks) -> Option<String> {
    let reason_lead = lead("history-reason", "reason");
    let sep = i18n::text_in(Lang::En, "history-separator", None);
    let alone = lead("history-reason-alone", "reason");
    let (list, reason) = if let Some(r) = detail.strip_prefix(alone.as_str()) {
        ("", Some(r))
    } else if let Some(i) = detail
        .find(reason_lead.as_str())
        .filter(|_| !reason_lead.is_empty())
    {
        (&detail[..i], Some(&detail[i + reason_lead.len()..]))
    } else {
        (detail, None)
    };
    // Read every part first: the severity and the re-targeting are said as one phrase each,
    // after the change itself, then the new target and due time with what it was
    // recomputed from.
    let mut read_parts = Vec::new();
    for p in list.split(sep.as_str()).filter(|p| !p.is_empty()) {
        if let Some(f) =
            parts("history-field-changed", &["field"], p).filter(|f| !f[0].contains(' '))
        {
            read_parts.push((f[0], None));
            continue;
        }
        let c = parts("history-field-change", &["field", "from", "to"], p)?;
        if c[0].contains(' ') {
            return None;
        }
        read_parts.push((c[0], Some((c[1], c[2]))));
    }
    let get = |name: &str| {
        read_parts
            .iter()
            .find_map(|(f, c)| (*f == name).then_some(*c).flatten())
    };
    let mut said = Vec::new();
    for (f, c) in &read_parts {
        if RETARGETED.contains(f) && c.is_some() {
            continue;
        }
        // A change whose both values were redacted is said only as a change (SPEC 7).
        let redacted = super::update::REDACTED;
        let Some((from, to)) = c.filter(|&(from, to)| (from, to) != (redacted, redacted)) else {
            said.push(tr!(in lang; "history-field-changed", field = field(lang, f)));
            continue;
        };
        let none = i18n::text_in(lang, "cell-none", None);
        let (name, from, to) = (field(lang, f), value(lang, f, from), value(lang, f, to));
        // A value set where there was none, or removed, is said as that, not as a change
        // from or to the no-value mark.
        said.push(if from == none {
            tr!(in lang; "history-field-set", field = name, to = to)
        } else if to == none {
            tr!(in lang; "history-field-cleared", field = name, from = from)
        } else {
            tr!(in lang; "history-field-change", field = name, from = from, to = to)
        });
    }
    // What the change did to the severity, then to the target, after the change itself.
    if let Some(s) = severity_said(lang, get("severity"), get("severity_source")) {
        said.push(s);
    }
    if let Some(t) = target_said(
        lang,
        get("response_target"),
        get("response_due"),
        get("target_started_at"),
        clocks.after,
    ) {
        said.push(t);
    }
    if let Some(r) = reason {
        said.push(tr!(in lang; "history-reason-alone", reason = r));
    }
    (!said.is_empty()).then(|| said.join(&i18n::text_in(lang, "history-separator", None)))
}

/// The fields a severity change or a correction re-targets, said together (the severity
/// with who assigned it, then the new target and due time) rather than one by one.
const RETARGETED: [&str; 5] = [
    "severity",
    "severity_source",
    "response_target",
    "response_due",
    "target_started_at",
];

/// A severity change as one phrase, who assigned the new one after it: `重大度を A から B に
/// 変更 (Microsoft による割り当て)`.
fn severity_said(
    lang: Lang,
    severity: Option<(&str, &str)>,
    source: Option<(&str, &str)>,
) -> Option<String> {
    let none_en = i18n::text_in(Lang::En, "cell-none", None);
    let mut out = match severity {
        Some((from, to)) if from == none_en => tr!(in lang; "history-severity-now", to = to),
        Some((from, to)) if to == none_en => tr!(in lang; "history-severity-removed", from = from),
        Some((from, to)) => tr!(in lang; "history-severity-changed", from = from, to = to),
        None if source.is_some_and(|(_, to)| to != none_en) => {
            tr!(in lang; "history-severity-same")
        }
        None => return None,
    };
    if let Some((_, to)) = source.filter(|(_, to)| *to != none_en) {
        out.push_str(&tr!(in lang; "history-severity-by",
            source = value(lang, "severity_source", to)));
    }
    Some(out)
}

/// The new target and due time of a re-targeted cycle as one phrase, with the time it was
/// re-targeted at in the one form `show` gives it too, seconds and zone:
/// `初期応答の目標: 翌日、期限 2026-11-25 23:59:59 JST (2026-11-24 11:00:00 JST に再計算)`.
fn target_said<'a>(
    lang: Lang,
    target: Option<(&'a str, &'a str)>,
    due: Option<(&'a str, &'a str)>,
    start: Option<(&'a str, &'a str)>,
    business: bool,
) -> Option<String> {
    let none_en = i18n::text_in(Lang::En, "cell-none", None);
    let new = |c: Option<(&'a str, &'a str)>| -> Option<&'a str> {
        c.map(|(_, to)| to).filter(|to| *to != none_en)
    };
    let due_to = new(due);
    let mut out = match target.map(|(_, to)| to) {
        Some(t) if t == "none" || t == none_en => tr!(in lang; "history-retarget-none"),
        Some(t) => tr!(in lang; "history-retarget",
            response = i18n::between_words_in(lang, response(lang, t, business))),
        None if due_to.is_some() => String::new(),
        None if due.is_some() => tr!(in lang; "history-retarget-no-due"),
        None => {
            return new(start)
                .map(|s| tr!(in lang; "history-retarget-start", start = long_time(lang, s)));
        }
    };
    if let Some(d) = due_to {
        out.push_str(&if out.is_empty() {
            tr!(in lang; "history-retarget-due-alone", due = long_time(lang, d))
        } else {
            tr!(in lang; "history-retarget-due", due = long_time(lang, d))
        });
        if let Some(s) = new(start) {
            out.push_str(&tr!(in lang; "history-retarget-from", start = long_time(lang, s)));
        }
    }
    Some(out)
}

/// An English opening with each reason's phrase (`phrase "…")`) as typed in `text`.
fn phrases_as_typed(detail: &str, text: &str) -> String {
    let shape = shape("rationale-phrase", &["phrase"]);
    let (lead, close) = (shape[0].as_str(), format!("{})", shape[1]));
    if lead.is_empty() {
        return detail.to_string();
    }
    let mut out = String::with_capacity(detail.len());
    let mut rest = detail;
    while let Some(at) = rest.find(lead) {
        let after = &rest[at + lead.len()..];
        let Some(end) = after.find(close.as_str()) else {
            break;
        };
        let phrase = &after[..end];
        out.push_str(&rest[..at + lead.len()]);
        match crate::rules::classify::phrase_as_typed(text, phrase) {
            Some(t) => out.push_str(&t),
            None => out.push_str(phrase),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// An opening (`history-opened`): how the severity was reached, whether the request was
/// forced in out of scope, the plan, tier, availability, target and due time.
fn opened(lang: Lang, detail: &str, text: Option<&str>, business: bool) -> Option<String> {
    let mut pieces = shape(
        "history-opened",
        &["basis", "plan", "tier", "availability", "target"],
    );
    // The availability runs straight into the target: read them as one, then split.
    if pieces.len() != 6 || !pieces[4].is_empty() {
        return None;
    }
    pieces.remove(4);
    let p = read(&pieces, detail)?;
    let target_lead = lead("history-target", "response");
    let at = p[3]
        .find(target_lead.as_str())
        .filter(|_| !target_lead.is_empty())?;
    let (availability, target) = p[3].split_at(at);
    let (basis, forced) = match parts("history-forced", &["basis", "scope"], p[0]) {
        Some(f) => (f[0], Some(f[1])),
        None => (p[0], None),
    };
    let mut basis = if let Some(c) =
        parts("history-severity-classified", &["severity", "why"], basis)
    {
        let why: Option<Vec<String>> = c[1].split("; ").map(|l| rationale(lang, l, text)).collect();
        let sep = i18n::text_in(lang, "list-separator", None);
        tr!(in lang; "history-severity-classified", severity = c[0], why = why?.join(&sep))
    } else if let Some(c) = parts("history-severity-set", &["severity"], basis) {
        tr!(in lang; "history-severity-set", severity = c[0])
    } else {
        let c = parts("history-no-severity", &["category"], basis)?;
        tr!(in lang; "history-no-severity", category = words::name_in(lang, "category", c[0]))
    };
    if let Some(scope) = forced {
        basis = tr!(in lang; "history-forced",
            basis = basis,
            scope = words::name_in(lang, "scope", scope)
        );
    }
    Some(tr!(in lang; "history-opened",
        basis = basis,
        plan = p[1],
        tier = words::name_in(lang, "tier", p[2]),
        availability = words::name_in(lang, "availability", availability),
        target = target_due(lang, target, business, false)?
    ))
}

/// One stored rationale line (`rationale-line` in English), in `lang`.
fn rationale(lang: Lang, line: &str, text: Option<&str>) -> Option<String> {
    let r = parts("rationale-line", &["fact", "value", "why"], line)?;
    let (fact, value) = (r[0], r[1]);
    let mut phrase = None;
    let why = if let Some(p) = parts("rationale-phrase", &["phrase"], r[2]) {
        phrase = Some(p[0]);
        let typed = text.and_then(|t| crate::rules::classify::phrase_as_typed(t, p[0]));
        tr!(in lang; "rationale-phrase", phrase = typed.as_deref().unwrap_or(p[0]))
    } else if let Some(f) = parts("rationale-flag", &["flag"], r[2]) {
        tr!(in lang; "rationale-flag", flag = f[0])
    } else if r[2] == i18n::text_in(Lang::En, "rationale-assumed", None) {
        tr!(in lang; "rationale-assumed")
    } else if let Some(c) = parts("rationale-corpus", &["phrases"], r[2]) {
        // `"a", "b"`: the quoted phrases, each as typed in the text.
        let q = shape("rationale-corpus-phrase", &["phrase"]);
        let (open, close) = (q.first()?, q.get(1)?);
        let between = format!(
            "{close}{}{open}",
            i18n::text_in(Lang::En, "list-separator", None)
        );
        let inner = c[0]
            .strip_prefix(open.as_str())?
            .strip_suffix(close.as_str())?;
        crate::rules::filing::corpus_text_in(
            lang,
            inner.split(between.as_str()).map(|p| {
                text.and_then(|t| crate::rules::classify::phrase_as_typed(t, p))
                    .unwrap_or_else(|| p.to_string())
            }),
        )
    } else {
        return None;
    };
    let value = match fact {
        "service" => value.to_string(),
        _ => crate::rules::filing::value_text_in(lang, fact, value, phrase),
    };
    Some(tr!(in lang; "rationale-line",
        fact = words::name_in(lang, "fact", fact),
        value = value,
        why = why
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_shape_is_said_in_japanese() {
        let ja = |kind: &str, d: &str| detail_in(Lang::Ja, kind, d, None);
        for (kind, d) in [
            ("responded", "first response · met: engineer called"),
            ("closed", "closed · met"),
            (
                "corrected",
                "corrected the first response: 2026-11-24 10:00:00 JST → 2026-11-24 11:00:00 JST · met",
            ),
            (
                "reopened",
                "reopen #1 · new response cycle · severity A → B · next-day → due Tue 2026-11-24 23:59:59 JST: again",
            ),
            (
                "reopened",
                "reopen #2 · new response cycle · 1h → due Tue 2026-11-24 11:00:00 JST",
            ),
            (
                "updated",
                "case_number: — → 2405 · engineer changed · reason: asked",
            ),
            (
                "severity-changed",
                "severity: B → A · reason: Microsoft rated it",
            ),
            (
                "opened",
                "severity A classified: service_state = down (phrase \"cannot send\"); affected = all (assumed) · plan e3 · enterprise tier · 24x7 · 1h → due Tue 2026-11-24 11:00:00 JST",
            ),
            (
                "opened",
                "technical request (no severity) · recorded with --force although out of scope (scripting); no response commitment · plan e3 · enterprise tier · business-hours · none",
            ),
            ("redacted", "redacted contact, notes"),
        ] {
            let s = ja(kind, d);
            assert_ne!(s, d, "{kind}: {d}");
            assert!(!s.contains(['·', '→', '—']), "{kind}: {s}");
        }
        let s = ja(
            "updated",
            "incidents: [] → [\"EX123456\"] · response_target: 1h → next-day · available_24x7: false → true",
        );
        for part in [
            "EX123456",
            "初期応答の目標は翌日です",
            "はい",
            "インシデント",
        ] {
            assert!(s.contains(part), "{part} in {s}");
        }
        let s = ja("responded", "first response · breached: engineer called");
        assert!(
            s.contains("違反") && s.ends_with("メモ: 「engineer called」。"),
            "{s}"
        );
        assert_eq!(
            detail_in(Lang::En, "closed", "closed · met", None),
            "closed · met"
        );
        // A state read from the labelled corpus, its phrases quoted one by one.
        let s = ja(
            "opened",
            "severity A classified: service_state = down (as the labelled corpus reads \"get into\", \"9am\"); affected = multiple (phrase \"20 agents\") · plan e3 · enterprise tier · 24x7 · 1h → due Tue 2026-11-24 11:00:00 JST",
        );
        assert!(
            s.contains("ラベル付きコーパスの読み: 「get into」、「9am」"),
            "{s}"
        );
        assert_eq!(ja("note", "sent the logs · twice"), "sent the logs · twice");
        assert_eq!(ja("responded", "imported row text"), "imported row text");
    }

    /// Every history detail said in Japanese ends with 。, a label and its value
    /// (`SLA: 取り下げ。`) as a sentence does; what the user typed (a reason, a note, a
    /// resolution) is quoted 「…」 inside it; a detail shown as stored is left as written.
    #[test]
    fn a_japanese_history_detail_ends_with_a_full_stop_and_quotes_what_was_typed() {
        let ja = |kind: &str, d: &str| detail_in(Lang::Ja, kind, d, None);
        for (kind, d, typed) in [
            ("closed", "closed · withdrawn", None),
            ("responded", "first response · met", None),
            ("closed", "closed · met: fixed it.", Some("「fixed it.」")),
            (
                "responded",
                "first response · met: called",
                Some("「called」"),
            ),
            (
                "reopened",
                "reopen #1 · new response cycle · 1h → due Tue 2026-11-24 11:00:00 JST: again",
                Some("理由: 「again」"),
            ),
            (
                "severity-changed",
                "severity: B → C · reason: dropping again",
                Some("理由: 「dropping again」"),
            ),
            (
                "corrected",
                "corrected the first response: 2026-11-24 10:00:00 JST → 2026-11-24 11:00:00 JST · met",
                None,
            ),
            ("redacted", "redacted contact, notes", None),
        ] {
            let s = ja(kind, d);
            assert!(s.ends_with('。') && !s.ends_with("。。"), "{kind}: {s}");
            if let Some(t) = typed {
                assert!(s.contains(t), "{t} in {s}");
            }
        }
        assert_eq!(ja("note", "sent the logs"), "sent the logs");
    }
}
