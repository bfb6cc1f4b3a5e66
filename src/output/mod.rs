//! Output: one serialisable record per kind, used by every command that prints it, and
//! the table, JSON, CSV and id writers (SPEC 2). Tables pass every cell through the
//! sanitiser; JSON goes through serde_json; CSV through the csv crate, formula-safe.

mod charts;
pub mod grid;
pub mod report;
pub mod sanitize;
pub mod spool;
pub mod words;
pub mod wrap;

pub use grid::Grid;
pub use sanitize::{inert_line, inert_text};

use crate::rules::record::{Request, SeveritySource, Status};
use crate::rules::zone::Zone;
use crate::rules::{Category, Channel, ContactMethod, Scope, Service, Severity, SlaState};
use crate::time::{format_local, format_utc};
use crate::tr;
use chrono::{DateTime, Utc};
use comfy_table::{Cell, Color, ContentArrangement, Table, presets};
use serde::Serialize;
use std::io::Write;

/// Output formats a command may print in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Ids,
    Junit,
    Jsonl,
    // Markdown (`report` only); said in the option's help, as every value is.
    #[value(alias = "markdown")]
    Md,
    // One self-contained HTML page (`report` only).
    Html,
}

impl Format {
    /// A format for programs (JSON, CSV, JUnit): its texts stay English (SPEC 10).
    pub fn is_machine(self) -> bool {
        matches!(
            self,
            Format::Json | Format::Jsonl | Format::Csv | Format::Junit
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ids => "ids",
            Format::Junit => "junit",
            Format::Jsonl => "jsonl",
            Format::Md => "md",
            Format::Html => "html",
        }
    }
}

/// Serialise an optional time as RFC 3339 UTC or null.
pub fn utc_opt<S: serde::Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&format_utc(*t)),
        None => s.serialize_none(),
    }
}

/// Serialise a time as RFC 3339 UTC.
pub fn utc<S: serde::Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_utc(*t))
}

/// A request as every command prints it (SPEC 2 JSON shape).
#[derive(Debug, Clone, Serialize)]
pub struct RequestRecord {
    pub id: i64,
    pub tenant: String,
    pub title: String,
    pub description: String,
    pub category: Category,
    pub service: Option<Service>,
    pub severity: Option<Severity>,
    pub severity_source: Option<SeveritySource>,
    pub plan: String,
    pub tier: String,
    pub channel: Channel,
    pub status: Status,
    #[serde(serialize_with = "utc")]
    pub opened_at: DateTime<Utc>,
    #[serde(serialize_with = "utc_opt")]
    pub first_response_at: Option<DateTime<Utc>>,
    #[serde(serialize_with = "utc_opt")]
    pub closed_at: Option<DateTime<Utc>>,
    pub reopen_count: i64,
    #[serde(serialize_with = "utc")]
    pub cycle_started_at: DateTime<Utc>,
    pub availability: String,
    pub response_target: String,
    pub response_clock: String,
    #[serde(serialize_with = "utc_opt")]
    pub response_due: Option<DateTime<Utc>>,
    pub sla_state: SlaState,
    pub scope: Scope,
    pub opened_by: String,
    #[serde(serialize_with = "utc_opt")]
    pub reopen_deadline: Option<DateTime<Utc>>,
    /// SPEC 7: the case record.
    pub case_number: Option<String>,
    pub contact: Option<String>,
    pub contact_method: Option<ContactMethod>,
    pub available_24x7: bool,
    pub engineer: Option<String>,
    pub owner: Option<String>,
    pub incidents: Vec<String>,
    pub resolution: Option<String>,
    /// When the current cycle's target began counting, if a change re-targeted it.
    #[serde(serialize_with = "utc_opt")]
    pub target_started_at: Option<DateTime<Utc>>,
    /// Seconds since the current cycle started: `list` and `sla` JSON only (computed,
    /// never stored or exported), so absent elsewhere (None); in them null (Some(None))
    /// for a closed request or cycle, so every row of one array has the same fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_seconds: Option<Option<i64>>,
}

/// A response target as `rules --json` and `tenants --json` print it.
#[derive(Debug, Clone, Serialize)]
pub struct TargetRecord {
    pub availability: &'static str,
    pub response: String,
    pub clock: &'static str,
}

impl From<&crate::rules::Target> for TargetRecord {
    fn from(t: &crate::rules::Target) -> Self {
        TargetRecord {
            availability: t.availability.as_str(),
            response: t.response.to_string(),
            clock: t.clock.as_str(),
        }
    }
}

/// The width tables fit (SPEC 6, colour): on a terminal its own width, else `COLUMNS`, else
/// 80 — a terminal that reports a width of 0 must not collapse tables to one-character
/// columns. Off a terminal (`svcreq list | less`) `COLUMNS` when the environment sets it to a
/// number, else None: the table is not fitted.
pub fn terminal_width() -> Option<u16> {
    static WIDTH: std::sync::OnceLock<Option<u16>> = std::sync::OnceLock::new();
    *WIDTH.get_or_init(|| {
        use std::io::IsTerminal;
        stream_width(std::io::stdout().is_terminal())
    })
}

/// The width messages on stderr fit (SPEC 6, as [`terminal_width`] says for stdout): on a
/// terminal its own width, else `COLUMNS`, else 80; off a terminal `COLUMNS` when set, else
/// None (not wrapped).
pub fn stderr_width() -> Option<u16> {
    static WIDTH: std::sync::OnceLock<Option<u16>> = std::sync::OnceLock::new();
    *WIDTH.get_or_init(|| {
        use std::io::IsTerminal;
        stream_width(std::io::stderr().is_terminal())
    })
}

/// The width of a stream in cells, by the rule [`terminal_width`] states: the terminal's own
/// width when `on_terminal` (else `COLUMNS`, else 80), `COLUMNS` or None off a terminal.
fn stream_width(on_terminal: bool) -> Option<u16> {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|c| *c > 0);
    if !on_terminal {
        return columns;
    }
    let own = crossterm::terminal::size().map(|(w, _)| w).unwrap_or(0);
    Some(if own > 0 { own } else { columns.unwrap_or(80) })
}

/// Prose `s` (one line or several) with each line wider than `width` wrapped at phrase
/// boundaries as table cells and help are (see [`wrap`]): never inside a word, never a
/// particle at a line's start, a quoted value and a timestamp kept whole where they fit. A
/// line's leading spaces, and a list mark after them (`- `), indent its continuation lines.
/// Unchanged when `width` is None (not fitted, as tables are not).
pub fn fill(s: &str, width: Option<u16>) -> String {
    fill_hung(s, width, 0)
}

/// [`fill`] with each continuation line indented by at least `min` spaces, so that a line
/// that starts at column 0 (`注: …`, `サービス要求 2: …`) still shows where the next begins.
pub fn fill_hung(s: &str, width: Option<u16>, min: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let Some(width) = width.map(usize::from) else {
        return s.to_string();
    };
    s.split('\n')
        .map(|line| {
            if line.width() <= width {
                return line.to_string();
            }
            let lead = line.len() - line.trim_start_matches(' ').len();
            let mark = lead + if line[lead..].starts_with("- ") { 2 } else { 0 };
            let (head, body) = line.split_at(mark);
            let hang = mark.max(min);
            let room = width.saturating_sub(hang).max(width / 2).max(1);
            let wrapped = wrap::wrap(body, room, wrap::Level::Words);
            let mut out = String::with_capacity(line.len() + 16);
            for (i, l) in wrapped.split('\n').enumerate() {
                if i == 0 {
                    out.push_str(head);
                } else {
                    out.push('\n');
                    out.push_str(&" ".repeat(hang));
                }
                out.push_str(l);
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Prose for stdout, wrapped to the width tables fit ([`fill`], [`terminal_width`]).
pub fn fill_out(s: &str) -> String {
    fill(s, terminal_width())
}

/// How far the continuation lines of a wrapped one-line result or error are indented
/// ([`fill_line`]), so the first line still starts with the message (`svcreq: ...`).
pub const HANG: usize = 2;

/// A one-line result or error (`svcreq: ...`) wrapped to `width` at the phrase boundaries
/// [`fill`] uses, each continuation line indented by [`HANG`] spaces so a script reading the
/// first line still gets the start of the message. Unchanged when `width` is None (piped
/// with `COLUMNS` unset: scripts read single lines, SPEC 2) or when the line fits.
pub fn fill_line(s: &str, width: Option<u16>) -> String {
    fill_hung(s, width, HANG)
}

/// A one-line result for stdout, or an item (a note, a hint, one explanation per request),
/// wrapped to the width tables fit ([`fill_line`], [`terminal_width`]) with each
/// continuation line indented by [`HANG`] spaces at least (SPEC 6).
pub fn line_out(s: &str) -> String {
    fill_line(s, terminal_width())
}

/// A one-line message for stderr (an error, a notice), wrapped to its terminal
/// ([`fill_line`], [`stderr_width`]).
pub fn line_err(s: &str) -> String {
    fill_line(s, stderr_width())
}

/// Write `line` and a line end to stderr at once. A failed write (a full disk, a closed
/// pipe: `2>/dev/full`, `2>&1 | head -c1`) is ignored: no write to stderr panics or aborts
/// a command, whose verdict and exit code stand (SPEC 6). Every stderr line goes through
/// here or [`note_err`].
pub fn say_err(line: &str) {
    let mut e = std::io::stderr().lock();
    let _ = e
        .write_all(line.as_bytes())
        .and_then(|()| e.write_all(b"\n"))
        .and_then(|()| e.flush());
}

/// The warnings, notes and hints of the running command, held until it has done its work.
static HELD: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// A warning, note or hint of the running command (a line for stderr): held, and said by
/// [`release_notes`] once the command has succeeded, so a write's notes follow its commit
/// and a refused command says only its one error sentence (SPEC 2, 6).
pub fn note_err(line: String) {
    HELD.lock().unwrap_or_else(|e| e.into_inner()).push(line);
}

/// Say the held notes ([`note_err`]) on stderr, in order: the command succeeded.
pub fn release_notes() {
    let held = std::mem::take(&mut *HELD.lock().unwrap_or_else(|e| e.into_inner()));
    for line in held {
        say_err(&line);
    }
}

/// Forget the held notes ([`note_err`]): the command failed, and says only its error.
pub fn drop_notes() {
    HELD.lock().unwrap_or_else(|e| e.into_inner()).clear();
}

/// A one-line result sentence for stdout: ended as the reader's language ends one
/// ([`crate::i18n::full_stop`]) and wrapped as [`line_out`] wraps it.
pub fn sentence_out(s: String) -> String {
    line_out(&crate::i18n::full_stop(s))
}

/// A one-line sentence for stderr (a warning, a note, a hint): ended as
/// [`crate::i18n::full_stop`] ends it and wrapped as [`line_err`] wraps it.
pub fn sentence_err(s: String) -> String {
    line_err(&crate::i18n::full_stop(s))
}

/// Colour on or off for this process, whatever `NO_COLOR` says (an explicit
/// `--color always|never` wins over it, SPEC 6).
pub fn force_color(on: bool) {
    crossterm::style::force_color_output(on);
}

/// A table in the house style; `color` enables svcreq's own cell colours.
pub fn table<S: AsRef<str>>(header: &[S], color: bool) -> Table {
    let mut t = styled(terminal_width(), color);
    t.set_header(header.iter().map(|h| cell(h.as_ref())));
    t
}

/// An empty table in the house style, `width` wide when given.
fn styled(width: Option<u16>, color: bool) -> Table {
    let mut t = Table::new();
    if let Some(w) = width {
        t.set_width(w);
    }
    t.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners())
        .set_content_arrangement(ContentArrangement::Dynamic);
    if color {
        t.enforce_styling();
    }
    t
}

/// A table laid out for printing: as a table, or record by record when the table cannot
/// hold its words at the terminal's width (see [`records_or_fit`]).
pub struct Fitted<'t>(Layout<'t>);

/// How a [`Fitted`] table prints.
enum Layout<'t> {
    /// As the table.
    Table(&'t Table),
    /// Each record as `label: value` lines, a blank line between records.
    Records(String),
}

impl Fitted<'_> {
    /// Whether the table prints record by record (see [`records_or_fit`]).
    pub fn is_records(&self) -> bool {
        matches!(self.0, Layout::Records(_))
    }
}

impl std::fmt::Display for Fitted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Layout::Table(t) => t.fmt(f),
            Layout::Records(s) => f.write_str(s),
        }
    }
}

/// The narrowest a table's running text (a title) may be made for the table to be readable:
/// this many cells (or all it needs, when less), no word cut (README, "Narrow terminals").
const READABLE_TEXT: usize = 12;

/// Whether a table of records can hold at the terminal's width its ids, state words and
/// timestamps (a timestamp may break between its date and its time, never inside either),
/// every header word, and a running text of [`READABLE_TEXT`] cells, no word of it cut.
/// Always true off a terminal, where a table is not fitted.
pub fn readable(t: &mut Table, whole: &[usize]) -> bool {
    let Some(w) = t.width() else {
        return true;
    };
    let n = t.column_count();
    let cols = column_words(t);
    let text = running_text(&cols, whole);
    let need: usize = cols
        .iter()
        .enumerate()
        .map(|(c, col)| {
            // Other columns keep their words whole, breaking only where a reader expects
            // (after a number with its unit, inside a long phrase, a span of times or a
            // kanji compound: 1 日 | 12 時間); the running text may break anywhere in Japanese but inside a katakana word, a
            // Latin word or a number with its unit.
            let level = if Some(c) == text {
                wrap::Level::Last
            } else {
                wrap::Level::Any
            };
            let words = if whole.contains(&c) {
                col.levels[level as usize]
            } else {
                col.levels[level as usize].min(LONGEST_KEPT_WORD)
            };
            let least = col.figure.max(col.header).max(col.stamp.2).max(1);
            // A column of phrases may break a short word of them at its seam
            // (`期限後に|応答`); a column of single words (an id, a state) keeps them whole.
            let words = if col.phrases && Some(c) != text {
                words.min(col.seam.max(1))
            } else {
                words
            };
            if Some(c) == text {
                // A word wider than that (a command name, a URL) may break in it.
                let words = words.min(READABLE_TEXT);
                words.max(READABLE_TEXT.min(col.content)).max(least)
            } else {
                words.max(least)
            }
        })
        .sum();
    need <= room(w, n)
}

/// As [`keep_words_whole`] for a table of records (`list`, `sla`, `tenants`), except that a
/// table that is not [`readable`] at the terminal's width prints record by record instead:
/// each record as `label: value` lines under the table's headers, the same values, a
/// value wrapped under itself, a blank line between records.
pub fn records_or_fit<'t>(t: &'t mut Table, whole: &[usize]) -> Fitted<'t> {
    if readable(t, whole) {
        return keep_words_whole(t, whole);
    }
    Fitted(Layout::Records(records(t)))
}

/// The records of `t` as `label: value` lines (see [`records_or_fit`]), values aligned.
fn records(t: &Table) -> String {
    use crossterm::style::Stylize;
    use unicode_width::UnicodeWidthStr;
    let width = usize::from(t.width().unwrap_or(u16::MAX));
    let labels: Vec<String> = t
        .header()
        .map(|h| h.cell_iter().map(|c| c.content()).collect())
        .unwrap_or_default();
    let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    // A value starts after the widest label and its colon, unless that leaves it less than
    // half the width: then under its label's line, indented two cells.
    let (inline, hang) = if label_width + 2 <= width / 2 {
        (true, label_width + 2)
    } else {
        (false, 2)
    };
    let room = width.saturating_sub(hang).max(1);
    let styled = t.should_style();
    let mut out = String::new();
    for (r, row) in t.row_iter().enumerate() {
        if r > 0 {
            out.push('\n');
        }
        for (c, cell) in row.cell_iter().enumerate() {
            let label = labels.get(c).map_or("", String::as_str);
            let value = wrap::wrap(&cell.content(), room, wrap::Level::Words);
            let value = value.replace('\n', &format!("\n{}", " ".repeat(hang)));
            let value = match cell_color(cell).filter(|_| styled) {
                Some(Color::Red) => value.with(crossterm::style::Color::Red).to_string(),
                Some(Color::Yellow) => value.with(crossterm::style::Color::Yellow).to_string(),
                Some(Color::Green) => value.with(crossterm::style::Color::Green).to_string(),
                _ => value,
            };
            out.push_str(label);
            out.push(':');
            if inline {
                out.push_str(&" ".repeat(label_width - label.width() + 1));
            } else {
                out.push('\n');
                out.push_str(&" ".repeat(hang));
            }
            out.push_str(&value);
            out.push('\n');
        }
    }
    // The caller ends the last line, as it does a table's.
    out.pop();
    out
}

/// The longest word a column keeps whole when a table is fitted to the terminal; longer ones
/// (a URL, a path) may still break.
const LONGEST_KEPT_WORD: usize = 24;

/// The narrowest a column of running text (a title) is made before a timestamp breaks or
/// the other columns give way: this wide, or its widest unbreakable word when narrower.
const NARROWEST_TEXT: usize = 16;

/// The widest span the running text keeps whole (a quoted value, a timestamp with the
/// particle after it, a label with its first word) while the other columns can give way:
/// a timestamp in quotes with `から` after it (`「2026-11-24 12:00:00 JST」から`).
const KEPT_TEXT: usize = 32;

/// The narrowest a column of running text is made before a timestamp takes three lines (a
/// date, a time, a zone): at 80 columns a due time takes two (`2026-11-25` / `23:59:59 JST`).
const STAMP_TEXT: usize = 10;

/// The narrowest a column of running text is made to keep another column's timestamp whole
/// (its phrases kept whole too).
const STAMP_ROOM_TEXT: usize = 12;

/// The narrowest a column of running text is made, splitting its words, before the other
/// columns split theirs.
const SPLIT_TEXT: usize = 6;

/// The narrowest a column of running text is made (two wide characters) before a short
/// word of another column splits.
const LEAST_TEXT: usize = 4;

/// Fits a table to the terminal at word boundaries: each column is at least as wide as its
/// longest word (up to [`LONGEST_KEPT_WORD`]), so `PowerShell`, `America/New_York`,
/// `365 日` or `テナント` is never split; comfy-table then wraps cells between words (see
/// [`wrap`]). When the words cannot all stand side by side, a timestamp puts its zone on the
/// next line, the column of running text (the widest on average: a title) narrows, a
/// timestamp breaks between its date and its time, and then the widest column that can break
/// more finely does so (inside long Japanese phrases, after a number with its unit, inside a
/// span of times; then inside kanji compounds), one column at a time: the running text keeps
/// its words whole (a katakana word, a verb's ending, a particle, `Web版`) while another
/// column can still give way. Only when even that does not fit does a word split, the
/// running text first; a date, a time or a number with
/// its unit never.
pub fn keep_words(t: &mut Table) -> Fitted<'_> {
    keep_words_whole(t, &[])
}

/// What a column needs to keep its words whole.
struct ColumnWords {
    /// Its widest piece at each [`wrap::Level`], coarsest first.
    levels: [usize; 4],
    /// Its widest date, time or number with its unit.
    figure: usize,
    /// Its widest timestamp: whole with its zone, and without it (see [`wrap::widest_stamp`]).
    stamp: (usize, usize, usize),
    /// The average width of its cells.
    average: usize,
    /// Its widest line as printed.
    content: usize,
    /// The widest piece of its header at [`wrap::Level::Any`]: a header word is not cut, nor
    /// a short header word split at its seam (`残り時間`, `再開の期限`).
    header: usize,
    /// Its widest span kept whole when it fits (a quoted value, a timestamp with its
    /// particle, a label with its first word; see [`wrap::widest_kept`]), up to
    /// [`KEPT_TEXT`].
    kept: usize,
    /// Its widest piece when its short words break at their seams too (`違反|間近`,
    /// `目標|なし`; see [`wrap::widest_seam`]).
    seam: usize,
    /// Its widest number with its unit and the word after it (`1 時間経過`; see
    /// [`wrap::widest_unit_word`]), kept on one line while another column can give way.
    unit: usize,
    /// Its widest word when each phrase breaks before its ending (`アクセス|できない。`),
    /// never inside a word (see [`wrap::widest_word`]): the least running text needs to
    /// keep its words whole.
    word: usize,
    /// Whether some cell of it (header aside) holds more than one word: a column of phrases
    /// (`1 時間超過`, `期限後に応答`), not of single words (an id, a state).
    phrases: bool,
}

impl ColumnWords {
    /// The least a column needs at `level` with its timestamps `stamp` wide, its words
    /// longer than [`LONGEST_KEPT_WORD`] allowed to split unless it keeps them `whole`.
    fn at(&self, level: wrap::Level, stamp: usize, whole: bool) -> usize {
        let words = self.levels[level as usize];
        let words = if whole {
            words
        } else {
            words.min(LONGEST_KEPT_WORD)
        };
        words.max(self.figure).max(stamp).max(self.kept).max(1)
    }
}

/// What each column needs, header included.
fn column_words(t: &mut Table) -> Vec<ColumnWords> {
    use unicode_width::UnicodeWidthStr;
    use wrap::Level;
    (0..t.column_count())
        .map(|c| {
            let mut col = ColumnWords {
                levels: [1; 4],
                figure: 0,
                stamp: (0, 0, 0),
                average: 0,
                content: 1,
                header: 0,
                seam: 1,
                kept: 0,
                unit: 0,
                word: 0,
                phrases: false,
            };
            if let Some(h) = t.header().and_then(|h| h.cell_iter().nth(c)) {
                col.header = wrap::widest_piece(&h.content(), Level::Any).min(LONGEST_KEPT_WORD);
            }
            let (mut total, mut count) = (0, 0);
            col.phrases = t
                .column_cells_iter(c)
                .flatten()
                .any(|cell| cell.content().trim().contains(char::is_whitespace));
            for cell in t.column_cells_with_header_iter(c).flatten() {
                let text = cell.content();
                let all = [Level::Words, Level::Fine, Level::Any, Level::Last];
                for (l, level) in all.iter().enumerate() {
                    col.levels[l] = col.levels[l].max(wrap::widest_piece(&text, *level));
                }
                col.seam = col.seam.max(wrap::widest_seam(&text));
                col.word = col.word.max(wrap::widest_word(&text));
                col.figure = col.figure.max(wrap::widest_figure(&text));
                col.kept = col.kept.max(wrap::widest_kept(&text, KEPT_TEXT));
                col.stamp = col.stamp.max(wrap::widest_stamp(&text));
                col.unit = col
                    .unit
                    .max(wrap::widest_unit_word(&text).min(LONGEST_KEPT_WORD));
                let width = text.split('\n').map(|l| l.width()).max();
                col.content = col.content.max(width.unwrap_or(0));
                total += text.width();
                count += 1;
            }
            col.average = total / count.max(1);
            col
        })
        .collect()
}

/// The running text of a table: the widest column on average (a title), not one of the
/// columns kept `whole`. A column of timestamps (its cells no wider on average than a
/// timestamp and a little more) is not running text, however wide.
fn running_text(cols: &[ColumnWords], whole: &[usize]) -> Option<usize> {
    (0..cols.len())
        .filter(|c| !whole.contains(c))
        .max_by_key(|c| {
            let w = &cols[*c];
            let stamps = w.stamp.0 > 0 && w.average <= w.stamp.0 + 4;
            (!stamps, w.average, *c)
        })
}

/// The room a table of `n` columns has for its cells at width `w` (each column's padding
/// of 2 and the n + 1 borders taken off).
fn room(w: u16, n: usize) -> usize {
    usize::from(w).saturating_sub(3 * n + 1)
}

/// Whether every word of every cell fits whole, side by side, at the terminal's width
/// (always true off a terminal, where a table is not fitted).
pub fn words_fit(t: &mut Table) -> bool {
    match t.width() {
        None => true,
        Some(w) => {
            let n = t.column_count();
            let need: usize = column_words(t)
                .iter()
                .map(|c| c.levels[0].min(LONGEST_KEPT_WORD))
                .sum();
            need <= room(w, n)
        }
    }
}

/// As [`keep_words`], and the columns `whole` (a time-zone id, say) keep their longest
/// word whole whatever its length: the other columns give way first.
pub fn keep_words_whole<'t>(t: &'t mut Table, whole: &[usize]) -> Fitted<'t> {
    use comfy_table::{ColumnConstraint, Width};
    use wrap::Level;
    if t.width().is_none() {
        return Fitted(Layout::Table(t));
    }
    let n = t.column_count();
    let room = room(t.width().unwrap_or(u16::MAX), n);
    let mut cols = column_words(t);
    let kept = |c: usize| whole.contains(&c);
    // Each column's level, the width its timestamps keep, and the least it needs.
    let mut level = vec![Level::Words; n];
    let mut stamp: Vec<usize> = cols.iter().map(|w| w.stamp.0).collect();
    let mut floor: Vec<usize> = (0..n)
        .map(|c| cols[c].at(Level::Words, stamp[c], kept(c)))
        .collect();
    let need = |floor: &[usize]| floor.iter().sum::<usize>();
    // The running text: the widest column on average (a title).
    // A column of timestamps (its cells no wider on average than a timestamp and a little
    // more) is not running text, however wide.
    let text = running_text(&cols, whole);
    // Only the running text keeps its spans whole before the others give way.
    for (c, col) in cols.iter_mut().enumerate() {
        if Some(c) != text {
            col.kept = 0;
        }
    }
    let cols = cols;
    // A number with its unit keeps the word after it (`1 時間経過`) while another column can
    // give way: the least a column other than the running text needs until then.
    let units = std::cell::Cell::new(true);
    let hold = |c: usize| {
        if units.get() && Some(c) != text && !kept(c) {
            cols[c].unit
        } else {
            0
        }
    };
    // While a timestamp can still break, the running text keeps [`NARROWEST_TEXT`] (or all
    // it needs, when less). A timestamp breaks first before its zone, then between its date
    // and its time (the zone kept with the time), the running text then narrowing as far as
    // its words stay whole; last each part of a timestamp stands on a line of its own (a
    // date, a time never splits).
    // Running text keeps a timestamp whole when it can afford to (see [`wrap::wrap`]); it
    // needs no more than its time with its zone, so another column's timestamps need not
    // break for its sake.
    if let Some(p) = text {
        stamp[p] = cols[p].stamp.2;
        floor[p] = cols[p].at(Level::Words, stamp[p], kept(p));
    }
    // It keeps its quoted values, timestamps with their particles and labels with their
    // first words whole while the other columns can give way (their timestamps break, their
    // phrases wrap).
    if let Some(p) = text {
        floor[p] = floor[p].max(cols[p].kept);
    }
    let words_floor = text.map_or(0, |p| floor[p]);
    if let Some(p) = text {
        floor[p] = floor[p].max(NARROWEST_TEXT.min(cols[p].content));
    }
    let stamps = |floor: &mut Vec<usize>, stamp: &mut Vec<usize>, level: &[Level], part: usize| {
        for (c, w) in cols.iter().enumerate() {
            if need(floor) <= room {
                break;
            }
            if !kept(c) && w.stamp.0 > 0 && Some(c) != text {
                stamp[c] = [w.stamp.1, w.stamp.2, 0][part - 1];
                floor[c] = floor[c].min(w.at(level[c], stamp[c], false));
            }
        }
    };
    let narrow_text = |floor: &mut Vec<usize>, least: usize| {
        if let Some(p) = text
            && need(floor) > room
        {
            // It narrows to what the others leave it.
            let others = need(floor) - floor[p];
            let least = least.min(floor[p]).max(cols[p].figure).max(cols[p].header);
            floor[p] = floor[p].min(room.saturating_sub(others).max(least));
        }
    };
    // A column that can break more finely does, a column at a time, as far as the table
    // needs; the one that gives the most first, the widest of those that give as much.
    // While another column can still give way, the running text keeps [`NARROWEST_TEXT`]
    // (`text_least`), so `sla` and `list` give a title the same room.
    let finer = |floor: &mut Vec<usize>,
                 level: &mut Vec<Level>,
                 stamp: &[usize],
                 finer: Level,
                 only_text: bool,
                 text_least: usize| {
        while need(floor) > room {
            let over = need(floor) - room;
            let least = |c: usize| {
                let least = cols[c].at(finer, stamp[c], kept(c)).max(hold(c));
                if Some(c) == text {
                    least.max(text_least.min(floor[c]))
                } else {
                    least
                }
            };
            // What a column gives, as far as the table needs it.
            let gives = |c: usize| (floor[c] - least(c)).min(over);
            let widest = (0..n)
                .filter(|c| !only_text || Some(*c) == text)
                .filter(|c| level[*c] < finer && least(*c) < floor[*c])
                .max_by_key(|c| (gives(*c), floor[*c], *c));
            let Some(c) = widest else { break };
            floor[c] -= gives(c);
            level[c] = finer;
        }
    };
    stamps(&mut floor, &mut stamp, &level, 1);
    stamps(&mut floor, &mut stamp, &level, 2);
    narrow_text(&mut floor, words_floor);
    // Inside long phrases, after a number with its unit, inside a span of times, before a
    // timestamp's date, time and zone each take a line; inside kanji compounds after, and
    // then anywhere in Japanese but inside a katakana word.
    let sixteen = text.map_or(0, |p| NARROWEST_TEXT.min(cols[p].content));
    finer(&mut floor, &mut level, &stamp, Level::Fine, false, sixteen);
    // The running text breaks anywhere but inside a word, and down to [`NARROWEST_TEXT`]
    // inside a phrase too wide for it, before a timestamp takes three lines (a date, a
    // time, a zone).
    finer(&mut floor, &mut level, &stamp, Level::Any, true, sixteen);
    // It keeps its words whole (a kanji noun with the katakana word after it,
    // `共有メールボックスに`) while a duration of another column can break between its units
    // (`2 時間|50 分経過`); then it breaks inside a phrase down to [`NARROWEST_TEXT`].
    let words = text.map_or(0, |p| cols[p].word.min(LONGEST_KEPT_WORD));
    finer(
        &mut floor,
        &mut level,
        &stamp,
        Level::Last,
        true,
        sixteen.max(words),
    );
    finer(
        &mut floor,
        &mut level,
        &stamp,
        Level::Any,
        false,
        sixteen.max(words),
    );
    finer(&mut floor, &mut level, &stamp, Level::Last, true, sixteen);
    // The other columns break at kanji compounds (a duration, 1 日 | 12 時間) before the
    // running text narrows below [`NARROWEST_TEXT`] (one phrase a line).
    finer(&mut floor, &mut level, &stamp, Level::Any, false, sixteen);
    stamps(&mut floor, &mut stamp, &level, 3);
    // The running text keeps its words whole (a katakana word, a verb's ending, a particle,
    // `Web版`) while the other columns can give way: they break at kanji compounds (a
    // duration, 1 日 | 12 時間; a span, 09:00～|17:00), a timestamp takes a third line, and
    // a short word breaks at its seam (a state, 違反|間近, 目標|なし). Only then does it split
    // its words, down to [`SPLIT_TEXT`] and [`LEAST_TEXT`], before a short word of another
    // column splits elsewhere.
    let whole_text = text.map_or(0, |p| cols[p].at(Level::Last, stamp[p], kept(p)));
    narrow_text(&mut floor, NARROWEST_TEXT.max(whole_text));
    narrow_text(&mut floor, STAMP_TEXT.max(whole_text));
    finer(&mut floor, &mut level, &stamp, Level::Any, false, 0);
    stamps(&mut floor, &mut stamp, &level, 3);
    narrow_text(&mut floor, whole_text);
    // A short word of another column (a state, 応答待ち) stays whole while the running text
    // can narrow to [`NARROWEST_TEXT`] keeping its words whole, a phrase wider than it
    // breaking before its ending (`アクセス|できない。`).
    narrow_text(&mut floor, NARROWEST_TEXT.max(words));
    finer(&mut floor, &mut level, &stamp, Level::Last, false, 0);
    // Then a short word of another column breaks at its seam (a state, 違反|間近, 目標|なし;
    // a duration, 応答|済み), a column at a time, the one that gives the most first; last a
    // number with its unit and the word after it (`1 時間|経過`).
    let seams = |floor: &mut Vec<usize>, level: &mut Vec<Level>| {
        while need(floor) > room {
            let over = need(floor) - room;
            let least = |c: usize| {
                let w = &cols[c];
                w.seam
                    .min(LONGEST_KEPT_WORD)
                    .max(w.figure)
                    .max(w.header)
                    .max(stamp[c])
                    .max(hold(c))
                    .max(1)
            };
            let gives = |c: usize| floor[c].saturating_sub(least(c)).min(over);
            let widest = (0..n)
                .filter(|c| Some(*c) != text && !kept(*c) && gives(*c) > 0)
                .max_by_key(|c| (gives(*c), floor[*c], *c));
            let Some(c) = widest else { break };
            floor[c] -= gives(c);
            level[c] = Level::Last;
        }
    };
    seams(&mut floor, &mut level);
    units.set(false);
    finer(&mut floor, &mut level, &stamp, Level::Last, false, 0);
    seams(&mut floor, &mut level);
    narrow_text(&mut floor, NARROWEST_TEXT);
    narrow_text(&mut floor, STAMP_TEXT);
    narrow_text(&mut floor, SPLIT_TEXT);
    narrow_text(&mut floor, LEAST_TEXT);
    // Last, a word splits: the widest of the other columns gives a column at a time, the
    // running text last; a date, a time or a number with its unit never splits.
    while need(&floor) > room {
        let can_give = |c: &usize| !kept(*c) && floor[*c] > cols[*c].figure.max(1);
        let widest = (0..n)
            .filter(|c| Some(*c) != text && can_give(c))
            .max_by_key(|c| (floor[*c], *c))
            .or(text.filter(can_give));
        let Some(c) = widest else { break };
        floor[c] -= 1;
    }
    // A timestamp another column broke stays whole when the running text can give the room
    // and still keep its phrases whole and [`STAMP_ROOM_TEXT`] cells.
    if let Some(p) = text {
        for c in 0..n {
            let whole = cols[c].stamp.0;
            if Some(c) == text || kept(c) || whole == 0 || stamp[c] >= whole {
                continue;
            }
            let wider = cols[c].at(level[c], whole, false).max(floor[c]);
            let over = (need(&floor) + wider - floor[c]).saturating_sub(room);
            // Its words whole, not the longer spans it keeps while nothing else gives way
            // (a label with its first word): a whole timestamp is worth more than those.
            let least = STAMP_ROOM_TEXT
                .max(cols[p].levels[0].min(LONGEST_KEPT_WORD))
                .max(cols[p].figure)
                .max(cols[p].header);
            if floor[p] >= least + over {
                floor[p] -= over;
                floor[c] = wider;
                stamp[c] = whole;
            }
        }
    }
    for c in 0..n {
        // Running text still as wide as [`NARROWEST_TEXT`] breaks between phrases, only a
        // phrase wider than it inside (see [`wrap::wrap`]); a column narrower than its
        // pieces breaks wherever it may before a word is cut.
        if Some(c) == text && floor[c] >= NARROWEST_TEXT.min(cols[c].content) {
            level[c] = Level::Words;
        } else if floor[c] < cols[c].at(level[c], stamp[c], kept(c)) {
            level[c] = Level::Last;
        }
    }
    let content: Vec<usize> = cols.iter().map(|w| w.content).collect();
    let widths = share_room(floor, &content, room);
    // The table again, each cell wrapped to its column's width at its column's level
    // (comfy-table would wrap at spaces only).
    let wrapped = |c: usize, cell: &Cell| {
        let text = cell.content();
        if widths[c] >= content[c] {
            text
        } else {
            wrap::wrap(&text, widths[c], level[c])
        }
    };
    let mut fitted = styled(t.width(), t.should_style());
    if let Some(header) = t.header() {
        fitted.set_header(
            header
                .cell_iter()
                .enumerate()
                .map(|(c, h)| Cell::new(wrapped(c, h))),
        );
    }
    for row in t.row_iter() {
        fitted.add_row(row.cell_iter().enumerate().map(|(c, cell)| {
            let new = Cell::new(wrapped(c, cell));
            match cell_color(cell) {
                Some(fg) => new.fg(fg),
                None => new,
            }
        }));
    }
    for (c, w) in widths.into_iter().enumerate() {
        if let Some(col) = fitted.column_mut(c) {
            // The width counts the column's padding too.
            let w = u16::try_from(w).unwrap_or(u16::MAX) + col.padding_width();
            col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
        }
    }
    *t = fitted;
    Fitted(Layout::Table(t))
}

/// The colour a cell was given: one of the colours of the SLA states ([`state_color`]), the
/// only ones svcreq gives.
fn cell_color(cell: &Cell) -> Option<Color> {
    [Color::Red, Color::Yellow, Color::Green]
        .into_iter()
        .find(|fg| *cell == Cell::new(cell.content()).fg(*fg))
}

/// Each column's width when a table is fitted to `room`: all it needs (`content`) when every
/// column has it; else its floor, then what is left shared out: first all a column needs
/// when that is no more than an even share, then a column at a time to the one short of the
/// most (so a title takes the most).
fn share_room(floor: Vec<usize>, content: &[usize], room: usize) -> Vec<usize> {
    let content: Vec<usize> = content.iter().map(|w| (*w).max(1)).collect();
    if content.iter().sum::<usize>() <= room {
        return content;
    }
    let mut width: Vec<usize> = floor
        .iter()
        .zip(&content)
        .map(|(f, c)| (*f).clamp(1, *c))
        .collect();
    let mut left = room.saturating_sub(width.iter().sum());
    // A column whose text fits in an even share of what is left gets all it needs (a label,
    // a state), as comfy-table would give it.
    loop {
        let short: Vec<usize> = (0..width.len())
            .filter(|c| width[*c] < content[*c])
            .collect();
        let share = (left + short.iter().map(|c| width[*c]).sum::<usize>()) / short.len().max(1);
        let fits: Vec<usize> = short
            .into_iter()
            .filter(|c| content[*c] <= share && content[*c] - width[*c] <= left)
            .collect();
        if fits.is_empty() {
            break;
        }
        for c in fits {
            if content[c] - width[c] <= left {
                left -= content[c] - width[c];
                width[c] = content[c];
            }
        }
    }
    while left > 0 {
        let short = (0..width.len())
            .filter(|c| width[*c] < content[*c])
            .max_by_key(|c| (content[*c] - width[*c], std::cmp::Reverse(*c)));
        let Some(c) = short else { break };
        width[c] += 1;
        left -= 1;
    }
    width
}

/// A table cell: its text made inert (it may be untrusted) and marked where it may wrap
/// (see [`wrap`]). Every table cell, header cells included, is made here.
pub fn cell(s: &str) -> Cell {
    inert_cell(&inert_line(s))
}

/// A cell of text already made inert; a fitted table wraps it between words (see [`wrap`]).
pub fn inert_cell(s: &str) -> Cell {
    Cell::new(s)
}

/// The colour of an SLA state.
pub fn state_color(state: &str) -> Option<Color> {
    match state {
        "breached" => Some(Color::Red),
        "at-risk" => Some(Color::Yellow),
        "met" => Some(Color::Green),
        _ => None,
    }
}

/// A cell for an SLA state, coloured when colour is on.
pub fn state_cell(state: &str, color: bool) -> Cell {
    named_state_cell(state, &words::sla(state), color)
}

/// An SLA state `state` shown as `name` (its name in the reader's language), coloured by the
/// state.
pub fn named_state_cell(state: &str, name: &str, color: bool) -> Cell {
    let c = cell(name);
    match state_color(state) {
        Some(fg) if color => c.fg(fg),
        _ => c,
    }
}

/// Writes a JSON array one element at a time, so large listings stream.
pub struct JsonArray<W: Write> {
    out: W,
    first: bool,
    /// One element's JSON.
    buf: Vec<u8>,
}

impl<W: Write> JsonArray<W> {
    pub fn new(mut out: W) -> std::io::Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonArray {
            out,
            first: true,
            buf: Vec::with_capacity(1024),
        })
    }

    pub fn push<T: Serialize>(&mut self, v: &T) -> anyhow::Result<()> {
        self.out
            .write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        // serde_json writes many small pieces; into a Vec they are plain copies.
        self.buf.clear();
        serde_json::to_writer(&mut self.buf, v)?;
        self.out.write_all(&self.buf)?;
        Ok(())
    }

    pub fn finish(mut self) -> std::io::Result<W> {
        self.out
            .write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        Ok(self.out)
    }
}

/// The characters that make a spreadsheet read a cell as a formula (full-width forms
/// included, which Japanese input produces).
const FORMULA_START: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

/// A CSV text cell that a spreadsheet could read as a formula gets a leading `'`: one
/// starting with a formula character, or with control, blank or invisible characters (a
/// line feed, NUL, zero-width space …) before one, or with any control character. So
/// does one that already starts with `'`, so that [`csv_untext`] can tell the two apart.
pub fn csv_text(s: &str) -> std::borrow::Cow<'_, str> {
    if csv_guarded(s) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// A text cell of a CSV view a person reads (`list`, `sla`, `tenants`, `report`): control,
/// bidi and invisible characters shown as the visible escapes of a table cell
/// ([`inert_line`]; [`inert_text`] when `multiline`, which keeps line breaks and tabs),
/// then guarded as [`csv_text`] guards every CSV cell. `export` writes text as stored
/// ([`csv_text`] alone): its CSV is a backup that must import back byte for byte (SPEC 7).
pub fn csv_view_text(s: &str, multiline: bool) -> String {
    let shown = if multiline {
        inert_text(s)
    } else {
        inert_line(s)
    };
    csv_text(&shown).into_owned()
}

/// Whether [`csv_text`] writes `s` with a leading `'` (its formula guard).
fn csv_guarded(s: &str) -> bool {
    let skipped = s.trim_start_matches(|c: char| {
        c.is_control() || c.is_whitespace() || sanitize::invisible(c)
    });
    let first_is_control = s.starts_with(|c: char| c.is_control());
    first_is_control || s.starts_with('\'') || skipped.starts_with(FORMULA_START)
}

/// A CSV text cell as read back (SPEC 5): the `'` that [`csv_text`] adds is taken off
/// exactly the cells the guard would have written (a `'` before a formula character, a
/// control character, or another `'`), so an export imports back byte for byte; a cell
/// whose leading `'` is its own text (`'Twas`, a lone `'`), as a hand-made or another
/// program's CSV writes it, keeps it.
pub fn csv_untext(cell: String) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if csv_guarded(rest) => rest.to_string(),
        _ => cell,
    }
}

/// The CSV columns of a request, in SPEC order.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "tenant",
    "title",
    "description",
    "category",
    "service",
    "severity",
    "severity_source",
    "plan",
    "tier",
    "channel",
    "status",
    "opened_at",
    "first_response_at",
    "closed_at",
    "reopen_count",
    "cycle_started_at",
    "availability",
    "response_target",
    "response_clock",
    "response_due",
    "sla_state",
    "scope",
    "opened_by",
    "reopen_deadline",
    "case_number",
    "contact",
    "contact_method",
    "available_24x7",
    "engineer",
    "owner",
    "incidents",
    "resolution",
    "target_started_at",
];

impl RequestRecord {
    /// The record of `r` whose current cycle is in `sla_state` now, and which may be
    /// reopened until `reopen_deadline` (UTC): every field of the request, as stored.
    pub fn of(
        r: &Request,
        sla_state: SlaState,
        reopen_deadline: Option<DateTime<Utc>>,
    ) -> RequestRecord {
        RequestRecord {
            id: r.id,
            tenant: r.tenant.clone(),
            title: r.title.clone(),
            description: r.description.clone(),
            category: r.category,
            service: r.service,
            severity: r.severity,
            severity_source: r.severity_source,
            plan: r.plan.clone(),
            tier: r.tier.clone(),
            channel: r.channel,
            status: r.status,
            opened_at: r.opened_at,
            first_response_at: r.first_response_at,
            closed_at: r.closed_at,
            reopen_count: r.reopen_count,
            cycle_started_at: r.cycle_started_at,
            availability: r.availability.clone(),
            response_target: r.response_target.clone(),
            response_clock: r.response_clock.clone(),
            response_due: r.response_due,
            sla_state,
            scope: r.scope,
            opened_by: r.opened_by.clone(),
            reopen_deadline,
            case_number: r.case.case_number.clone(),
            contact: r.case.contact.clone(),
            contact_method: r.case.contact_method,
            available_24x7: r.case.available_24x7,
            engineer: r.case.engineer.clone(),
            owner: r.case.owner.clone(),
            incidents: r.case.incidents.clone(),
            resolution: r.case.resolution.clone(),
            target_started_at: r.case.target_started_at,
            age_seconds: None,
        }
    }

    /// The field lines of `show`'s table (SPEC 6), labelled in the reader's language, times
    /// local to `tz`: one line per field of the record, in the order `show` prints them. A
    /// new field of the request gets its line here, next to its JSON and CSV form.
    pub fn field_rows(&self, tz: Zone) -> Vec<(String, String)> {
        let none = words::none();
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| none.clone());
        let local =
            |t: Option<DateTime<Utc>>| t.map_or_else(|| none.clone(), |t| format_local(t, tz));
        vec![
            (tr!("field-id"), self.id.to_string()),
            (tr!("field-title"), self.title.clone()),
            (tr!("field-tenant"), self.tenant.clone()),
            (
                tr!("field-category"),
                words::name("category", self.category.as_str()),
            ),
            (
                tr!("field-service"),
                self.service
                    .map_or(none.clone(), |s| words::name("service", s.as_str())),
            ),
            (
                tr!("field-severity"),
                self.severity.map_or(none.clone(), |s| {
                    let source = self.severity_source.map_or("?", |s| s.as_str());
                    tr!(
                        "show-severity-source",
                        severity = s.as_str(),
                        source = words::name("source", source)
                    )
                }),
            ),
            (
                tr!("field-scope"),
                words::name("scope", self.scope.as_str()),
            ),
            (
                tr!("field-plan-tier"),
                // The plan after the tier, as every sentence gives it (`エンタープライズ (e3)`).
                format!("{} ({})", words::name("tier", &self.tier), self.plan),
            ),
            (
                tr!("field-channel"),
                words::name("channel", self.channel.as_str()),
            ),
            (
                tr!("field-status"),
                words::name("status", self.status.as_str()),
            ),
            (
                tr!("field-opened"),
                tr!(
                    "show-opened-by",
                    at = local(Some(self.opened_at)),
                    by = self.opened_by.clone()
                ),
            ),
            (
                tr!("field-response-target"),
                tr!(
                    "show-response-target",
                    target = words::response_on(
                        &self.response_target,
                        self.response_clock == "business"
                    ),
                    // The clock is named only where the availability does not imply it.
                    clock_id = match (
                        self.response_target.as_str(),
                        self.response_clock.as_str(),
                        self.availability.as_str()
                    ) {
                        ("none", ..) => "implied",
                        // A duration on a business clock says its clock ("48 business
                        // hours"), and with it business-hours intake.
                        (t, "business", a)
                            if matches!(
                                t.parse::<crate::rules::Response>(),
                                Ok(crate::rules::Response::After(_))
                            ) && a == "business-hours" =>
                        {
                            "counted"
                        }
                        (t, "business", _)
                            if matches!(
                                t.parse::<crate::rules::Response>(),
                                Ok(crate::rules::Response::After(_))
                            ) =>
                        {
                            "implied"
                        }
                        (_, "business", _) => "business",
                        (_, clock, availability) if clock != availability => "wall",
                        _ => "implied",
                    },
                    availability = words::name("availability", &self.availability)
                ),
            ),
            (
                tr!("field-cycle-started"),
                local(Some(self.cycle_started_at)),
            ),
            (
                tr!("field-response-due"),
                match self.target_started_at {
                    Some(t) => tr!(
                        "show-due-retargeted",
                        due = local(self.response_due),
                        at = local(Some(t))
                    ),
                    None => local(self.response_due),
                },
            ),
            (tr!("field-first-response"), local(self.first_response_at)),
            (tr!("field-closed"), local(self.closed_at)),
            (
                tr!("field-reopened"),
                tr!("show-reopened-times", count = self.reopen_count),
            ),
            (tr!("field-reopen-deadline"), local(self.reopen_deadline)),
            (tr!("field-case-number"), dash(&self.case_number)),
            (
                tr!("field-contact"),
                match (&self.contact, self.contact_method) {
                    (Some(c), Some(m)) => format!("{c} ({})", words::name("contact", m.as_str())),
                    (Some(c), None) => c.clone(),
                    (None, Some(m)) => format!("{none} ({})", words::name("contact", m.as_str())),
                    (None, None) => none.clone(),
                },
            ),
            (
                tr!("field-available-24x7"),
                words::yes_no(self.available_24x7),
            ),
            (tr!("field-engineer"), dash(&self.engineer)),
            (tr!("field-owner"), dash(&self.owner)),
            (
                tr!("field-incidents"),
                if self.incidents.is_empty() {
                    none.clone()
                } else {
                    crate::i18n::list(&self.incidents)
                },
            ),
            (tr!("field-resolution"), dash(&self.resolution)),
        ]
    }

    /// The CSV row as `export` writes it (SPEC 5): text cells kept byte for byte (so an
    /// export imports back whole), neutralised against formula injection.
    pub fn csv_row(&self) -> Vec<String> {
        self.csv_cells(|v, _| csv_text(v).into_owned())
    }

    /// The CSV row of a view a person reads (`list`, `sla`: SPEC 2's `--format csv`, opened
    /// in a spreadsheet or printed on a terminal): every text cell made inert as a table cell
    /// is ([`csv_view_text`]), then neutralised against formula injection.
    pub fn csv_view_row(&self) -> Vec<String> {
        self.csv_cells(csv_view_text)
    }

    /// The CSV cells in [`CSV_COLUMNS`] order, each text written by `text` (its second
    /// argument: whether the text may run over lines, as a description does).
    fn csv_cells(&self, text: impl Fn(&str, bool) -> String) -> Vec<String> {
        let t = |v: &Option<DateTime<Utc>>| v.map(format_utc).unwrap_or_default();
        let s = |v: &str| text(v, false);
        let o = |v: &Option<String>| v.as_deref().map(s).unwrap_or_default();
        let id = |v: Option<&str>| v.unwrap_or_default().to_string();
        vec![
            self.id.to_string(),
            s(&self.tenant),
            s(&self.title),
            text(&self.description, true),
            self.category.to_string(),
            id(self.service.map(Service::as_str)),
            id(self.severity.map(Severity::as_str)),
            id(self.severity_source.map(SeveritySource::as_str)),
            s(&self.plan),
            s(&self.tier),
            self.channel.to_string(),
            self.status.as_str().to_string(),
            format_utc(self.opened_at),
            t(&self.first_response_at),
            t(&self.closed_at),
            self.reopen_count.to_string(),
            format_utc(self.cycle_started_at),
            self.availability.clone(),
            self.response_target.clone(),
            self.response_clock.clone(),
            t(&self.response_due),
            self.sla_state.to_string(),
            self.scope.to_string(),
            s(&self.opened_by),
            t(&self.reopen_deadline),
            o(&self.case_number),
            o(&self.contact),
            id(self.contact_method.map(ContactMethod::as_str)),
            self.available_24x7.to_string(),
            o(&self.engineer),
            o(&self.owner),
            self.incidents.join(" "),
            o(&self.resolution),
            t(&self.target_started_at),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_looking_cells_are_neutralised() {
        for s in [
            "=1+1",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "\n=1+1",
            "\0=1",
            " =1",
            "\u{200b}=1",
            "＝SUM(A1)",
            "\nplain",
        ] {
            assert_eq!(csv_text(s), format!("'{s}"));
        }
        assert_eq!(csv_text("plain"), "plain");
        assert_eq!(csv_text("'quoted"), "''quoted");
    }

    /// SPEC 5: import takes the formula guard's `'` off exactly the cells the guard would
    /// have written, so every text round-trips through export and import, and a leading
    /// `'` that is the cell's own text is kept.
    #[test]
    fn a_leading_apostrophe_is_taken_off_only_where_the_guard_put_it() {
        for s in [
            "'Twas broken",
            "'",
            "''",
            "''=x",
            "'=x",
            "=x",
            "'+1",
            "+1",
            "plain",
            "",
            "'\n",
            "\n=1",
            "' =1",
            "'\u{200b}=1",
            "＝SUM(A1)",
            "'＝SUM(A1)",
            "'''",
            "' ",
            "it's",
        ] {
            assert_eq!(csv_untext(csv_text(s).into_owned()), s, "{s:?}");
        }
        // A cell a person or another program wrote: its own leading ' stays.
        for (cell, read) in [
            ("'Twas broken", "'Twas broken"),
            ("'", "'"),
            ("' spaced", "' spaced"),
            ("'1234", "'1234"),
            ("''=x", "'=x"),
            ("'=SUM(A1)", "=SUM(A1)"),
            ("'-5", "-5"),
            ("''", "'"),
            ("'''Twas", "''Twas"),
        ] {
            assert_eq!(csv_untext(cell.to_string()), read, "{cell:?}");
        }
    }

    #[test]
    fn json_array_streams_valid_json() {
        let mut a = JsonArray::new(Vec::new()).unwrap();
        a.push(&1).unwrap();
        a.push(&"x").unwrap();
        let out = a.finish().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v, serde_json::json!([1, "x"]));
        let empty = JsonArray::new(Vec::new()).unwrap().finish().unwrap();
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&empty).unwrap(),
            serde_json::json!([])
        );
    }
}
