//! Why a file or a record could not be read, in the reader's language (SPEC 10): the texts
//! serde, the TOML parser and serde_json write ("invalid type: integer `1`, expected struct
//! TierFile", "expected value at line 1 column 10") recognised by their fixed forms and said
//! again from the catalogue, so no library text and no Rust type name reaches a person.
//! A text of another form (svcreq's own, already from the catalogue) passes unchanged.

use crate::tr;

/// The format a text was read as, named in the fallback sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
    Csv,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Toml => "TOML",
            Format::Json => "JSON",
            Format::Csv => "CSV",
        }
    }
}

/// The reason a serde-based reader gave (`msg`, its first line, without a position), said in
/// the reader's language.
pub fn reason(msg: &str, format: Format) -> String {
    let msg = msg.lines().next().unwrap_or("").trim();
    if let Some(s) = data_reason(msg) {
        return s;
    }
    if let Some(s) = syntax_reason(msg, format) {
        return s;
    }
    msg.to_string()
}

/// What is wrong with the value of `key` when serde found a value of the wrong type
/// (`plan の値は文字列で指定してください (指定された値: 整数 3)`); `None` for other errors.
pub fn key_type_reason(msg: &str, key: &str) -> Option<String> {
    let msg = msg.lines().next().unwrap_or("").trim();
    let rest = msg.strip_prefix("invalid type: ")?;
    let (found, expected) = rest.rsplit_once(", expected ")?;
    Some(tr!(
        "reason-invalid-type-of-key",
        key = key,
        found = found_words(found),
        expected = expected_words(expected)
    ))
}

/// Whether serde found a table where it expected another kind (how a TOML date or time
/// literal reaches a field that reads text).
pub fn found_a_table(msg: &str) -> bool {
    msg.starts_with("invalid type: map")
}

/// A missing field said with the table that lacks it: a tier by its name (`サポート レベル
/// 「x」に項目「B」がありません`), any other table by its TOML name; `None` for other errors.
pub fn missing_in_reason(msg: &str, table: &str) -> Option<String> {
    let msg = msg.lines().next().unwrap_or("").trim();
    let field = quoted(msg.strip_prefix("missing field ")?);
    let tier: Vec<&str> = table
        .strip_prefix("tiers.")
        .unwrap_or("")
        .split('.')
        .collect();
    Some(match tier[..] {
        [tier] if !tier.is_empty() => tr!(
            "reason-missing-field-in-tier",
            tier = tier.trim_matches('"'),
            field = field
        ),
        [tier, severity] if ["A", "B", "C"].contains(&severity) => tr!(
            "reason-missing-field-in-tier-severity",
            tier = tier.trim_matches('"'),
            severity = severity,
            field = field
        ),
        _ => tr!("reason-missing-field-in", table = table, field = field),
    })
}

/// A missing field said with the entry of an array of tables that lacks it: an admin by its
/// number (`admin entry 2 is missing the required key `name``), any other entry by its
/// number and the array's TOML name; `None` for other errors.
pub fn missing_in_entry_reason(msg: &str, table: &str, n: usize) -> Option<String> {
    let msg = msg.lines().next().unwrap_or("").trim();
    let field = quoted(msg.strip_prefix("missing field ")?);
    let n = n.to_string();
    Some(if table == "admins" {
        tr!("reason-missing-field-in-admin", n = n, field = field)
    } else {
        tr!(
            "reason-missing-field-in-entry",
            table = table,
            n = n,
            field = field
        )
    })
}

/// A serde_json error: its reason, and the column when it names one (the line is the
/// caller's to name: a record's line in the input).
pub fn json_reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let msg = match text.rfind(" at line ") {
        Some(i) if e.line() > 0 => &text[..i],
        _ => text.as_str(),
    };
    let r = reason(msg, Format::Json);
    if e.column() > 0 {
        tr!(
            "reason-at-column",
            reason = r,
            column = e.column().to_string()
        )
    } else {
        r
    }
}

/// serde's data errors: a value of the wrong type, a missing, unknown or repeated field, an
/// unknown variant.
fn data_reason(msg: &str) -> Option<String> {
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.rsplit_once(", expected ")?;
        return Some(tr!(
            "reason-invalid-type",
            found = found_words(found),
            expected = expected_words(expected)
        ));
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (found, expected) = rest.rsplit_once(", expected ")?;
        return Some(tr!(
            "reason-invalid-value",
            found = found_words(found),
            expected = expected_words(expected)
        ));
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        let (len, expected) = rest.split_once(", expected ")?;
        return Some(tr!(
            "reason-invalid-length",
            length = len.to_string(),
            expected = expected_words(expected)
        ));
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return Some(tr!("reason-missing-field", field = quoted(rest)));
    }
    if let Some(rest) = msg.strip_prefix("duplicate field ") {
        return Some(tr!("reason-duplicate-field", field = quoted(rest)));
    }
    for (prefix, id, none) in [
        (
            "unknown field ",
            "reason-unknown-field",
            ", there are no fields",
        ),
        (
            "unknown variant ",
            "reason-unknown-variant",
            ", there are no variants",
        ),
    ] {
        let Some(rest) = msg.strip_prefix(prefix) else {
            continue;
        };
        if let Some(name) = rest.strip_suffix(none) {
            return Some(tr!(in crate::i18n::lang(); id, name = quoted(name), valid = "-"));
        }
        let (name, valid) = rest.split_once(", expected ")?;
        let valid = valid.strip_prefix("one of ").unwrap_or(valid);
        let names: Vec<String> = valid
            .split(", ")
            .flat_map(|v| v.split(" or "))
            .map(|v| quoted(v.trim()))
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        return Some(tr!(in crate::i18n::lang(); id, name = quoted(name), valid = list(&names)));
    }
    None
}

/// A name or value the reader libraries quote (`` `db` ``, `"x"`) quoted as the reader's
/// language quotes one (`` `db` ``, 「db」); other text as it is.
fn quoted(s: &str) -> String {
    let inner = s
        .strip_prefix('`')
        .and_then(|r| r.strip_suffix('`'))
        .or_else(|| s.strip_prefix('"').and_then(|r| r.strip_suffix('"')));
    match inner {
        Some(name) => tr!(
            "reason-quoted",
            name = crate::output::inert_line(name).into_owned()
        ),
        None => s.to_string(),
    }
}

/// A list of names (each quoted in the reader's way) joined in the reader's language.
fn list(items: &[&str]) -> String {
    items.join(&tr!("reason-list-separator"))
}

/// What serde found, as its `Unexpected` writes it ("integer `1`", "string \"x\"", "map").
fn found_words(found: &str) -> String {
    const KINDS: [(&str, &str); 10] = [
        ("boolean", "boolean"),
        ("integer", "integer"),
        ("floating point", "number"),
        ("character", "char"),
        ("string", "string"),
        ("byte array", "bytes"),
        ("unit value", "null"),
        ("Option value", "null"),
        ("sequence", "list"),
        ("map", "table"),
    ];
    for (prefix, kind) in KINDS {
        if let Some(rest) = found.strip_prefix(prefix) {
            let value = rest.trim();
            let word = tr!("reason-kind", kind = kind);
            return if value.is_empty() {
                word
            } else {
                tr!(
                    "reason-found-value",
                    kind = word,
                    value = quoted(&crate::output::inert_line(value))
                )
            };
        }
    }
    tr!("reason-kind", kind = "other")
}

/// What serde expected, as a visitor writes it ("a string", "struct TierFile", "u32").
fn expected_words(expected: &str) -> String {
    let e = expected.trim();
    let kind = match e {
        "a string" | "a borrowed string" | "string" | "a str" | "a path string" => "string",
        "a map" | "map" => "table",
        "a sequence" | "sequence" => "list",
        "a boolean" | "bool" => "boolean",
        "a character" | "char" => "char",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128"
        | "usize" | "an integer" | "integer" => "integer",
        "f32" | "f64" | "a number" => "number",
        _ if e.starts_with("struct ") => "table",
        _ if e.starts_with("a tuple") || e.starts_with("tuple") => "list",
        _ if e.contains("datetime") || e.contains("date-time") => "datetime",
        _ => "other",
    };
    tr!("reason-expect-kind", kind = kind)
}

/// The syntax errors of the TOML parser ("unclosed table, expected `]`") and of serde_json
/// ("expected `,` or `}`", "EOF while parsing a string", "trailing characters").
fn syntax_reason(msg: &str, format: Format) -> Option<String> {
    let (problem, expected) = match msg.split_once(", expected ") {
        Some((p, e)) => (p, Some(e)),
        None => match msg.strip_prefix("expected ") {
            Some(e) => ("", Some(e)),
            None => (msg, None),
        },
    };
    let problem = if problem.is_empty() {
        None
    } else if let Some(what) = problem.strip_prefix("EOF while parsing ") {
        Some(tr!("reason-eof", what = slug(what)))
    } else if problem == "duplicate key" || problem.starts_with("duplicate key ") {
        Some(tr!("reason-duplicate-key"))
    } else {
        let id = format!("reason-syntax-{}", slug(problem));
        if !crate::i18n::has(crate::i18n::lang(), &id) {
            return None;
        }
        Some(tr!(in crate::i18n::lang(); &id))
    };
    let expected = match expected {
        None => None,
        Some(e) => {
            let items: Vec<String> = e
                .split(", ")
                .flat_map(|v| v.split(" or "))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(|v| {
                    if v.starts_with('`') {
                        quoted(v)
                    } else {
                        let id = format!("reason-token-{}", slug(v));
                        if crate::i18n::has(crate::i18n::lang(), &id) {
                            tr!(in crate::i18n::lang(); &id)
                        } else {
                            v.to_string()
                        }
                    }
                })
                .collect();
            let said: Vec<&str> = items.iter().map(String::as_str).collect();
            let e = tr!(
                "reason-expected",
                items = crate::i18n::one_of_quoted(&said),
                count = said.len()
            );
            Some((e, items))
        }
    };
    let detail = match (problem, expected) {
        // A problem that already names what belongs there says it once.
        (Some(p), Some((_, named)))
            if !named.is_empty() && named.iter().all(|n| p.contains(n.as_str())) =>
        {
            p
        }
        (Some(p), Some((e, _))) => tr!("reason-problem-expected", problem = p, expected = e),
        (Some(p), None) => p,
        (None, Some((e, _))) => e,
        (None, None) => return Some(tr!("reason-not-well-formed", format = format.name())),
    };
    // A file's syntax error says so first, so it does not read as the parser's own text (a
    // record's error already says the record is not valid).
    Some(match format {
        Format::Toml => tr!("reason-syntax", format = format.name(), detail = detail),
        Format::Json | Format::Csv => detail,
    })
}

/// The problem a TOML or JSON syntax error names, as the tail of its `reason-syntax-*`
/// message id ("unclosed table, expected `]`" is `unclosed-table`).
pub fn syntax_problem(msg: &str) -> String {
    let msg = msg.lines().next().unwrap_or("").trim();
    slug(msg.split_once(", expected ").map_or(msg, |(p, _)| p))
}

/// A description as a message id's tail: lower case, words joined by `-`.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for w in s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_and_toml_forms_are_recognised() {
        assert_eq!(
            reason(
                "invalid type: integer `1`, expected struct TierFile",
                Format::Toml
            ),
            "the value must be a table, not integer `1`"
        );
        assert_eq!(
            reason("unclosed table, expected `]`", Format::Toml),
            "not valid TOML: unclosed table; `]` is expected here"
        );
        assert_eq!(
            reason(
                "unknown field `bogus`, expected one of `db`, `tenant`",
                Format::Toml
            ),
            "`bogus` is not a key svcreq knows here; the keys allowed here are `db`, `tenant`"
        );
        assert_eq!(
            reason("my own sentence", Format::Toml),
            "my own sentence",
            "svcreq's own text passes"
        );
    }
}
