//! Long listings as tables.
//!
//! A [`Grid`] keeps its rows as text in one buffer. On a terminal (or with colour) it is
//! printed through comfy-table, which fits it to the terminal's width; elsewhere (a pipe, a
//! file) there is no width to fit, and the grid writes the very same bytes itself in one pass,
//! without building a cell object per value: ten thousand rows cost what the text costs.

use super::{inert_cell, inert_line, records_or_fit, table};
use comfy_table::{Cell, Color};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// Rows of untrusted text under a header; every cell is made inert (see [`inert_line`]).
pub struct Grid {
    header: Vec<String>,
    /// All cells' text, back to back.
    text: String,
    /// Where each cell ends in `text`.
    ends: Vec<usize>,
    /// Display width of each cell.
    cell_widths: Vec<u32>,
    /// Colours of coloured cells, by cell index.
    colors: Vec<(usize, Color)>,
    /// Display width of each column so far (at least 1, as comfy-table lays out).
    widths: Vec<usize>,
    /// A column left out when printing.
    hidden: Option<usize>,
}

impl Grid {
    /// A grid under `header` (in the reader's language: headers are display text).
    pub fn new<S: AsRef<str>>(header: &[S]) -> Grid {
        Grid {
            header: header.iter().map(|h| h.as_ref().to_string()).collect(),
            text: String::new(),
            ends: Vec::new(),
            cell_widths: Vec::new(),
            colors: Vec::new(),
            widths: header.iter().map(|h| h.as_ref().width().max(1)).collect(),
            hidden: None,
        }
    }

    /// Leaves column `col` out of the print when every row holds the same value in it (the
    /// tenant column when only one tenant is shown).
    pub fn hide_if_uniform(&mut self, col: usize) {
        let n = self.header.len();
        let mut values = (0..self.rows()).map(|r| self.get(r * n + col));
        if let Some(first) = values.next()
            && values.all(|v| v == first)
        {
            self.hidden = Some(col);
        }
    }

    /// Adds the next cell; rows fill left to right, a header's width at a time.
    pub fn cell(&mut self, s: &str) -> &mut Grid {
        let col = self.ends.len() % self.header.len();
        let start = self.text.len();
        self.text.push_str(&inert_line(s));
        let w = width(&self.text[start..]);
        if w > self.widths[col] {
            self.widths[col] = w;
        }
        self.ends.push(self.text.len());
        self.cell_widths.push(u32::try_from(w).unwrap_or(u32::MAX));
        self
    }

    /// Adds the next cell in a colour (shown only when colour is on).
    pub fn colored(&mut self, s: &str, color: Option<Color>) -> &mut Grid {
        if let Some(c) = color {
            self.colors.push((self.ends.len(), c));
        }
        self.cell(s)
    }

    /// Number of complete rows.
    pub fn rows(&self) -> usize {
        self.ends.len() / self.header.len()
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    /// Prints the table and a newline: through comfy-table when `fit` (a terminal, or colour
    /// on), else directly.
    pub fn print(&self, out: &mut impl Write, fit: bool, color: bool) -> io::Result<()> {
        let n = self.header.len();
        let shown = |c: &usize| Some(*c) != self.hidden;
        let header: Vec<&str> = (0..n)
            .filter(shown)
            .map(|c| self.header[c].as_str())
            .collect();
        if fit || color {
            let mut t = table(&header, color);
            let mut colors = self.colors.iter().peekable();
            for r in 0..self.rows() {
                let row: Vec<Cell> = (r * n..r * n + n)
                    .filter_map(|i| {
                        let c = inert_cell(self.get(i));
                        let c = match colors.next_if(|(at, _)| *at == i) {
                            // Colour only when colour is on (--color, NO_COLOR, terminal).
                            Some((_, fg)) if color => c.fg(*fg),
                            _ => c,
                        };
                        shown(&(i % n)).then_some(c)
                    })
                    .collect();
                t.add_row(row);
            }
            return writeln!(out, "{}", records_or_fit(&mut t, &[]));
        }
        let rule = |out: &mut dyn Write, left: &str, fill: &str, mid: &str, right: &str| {
            let mut line = String::from(left);
            let widths = self.widths.iter().enumerate().filter(|(c, _)| shown(c));
            for (c, (_, w)) in widths.enumerate() {
                if c > 0 {
                    line.push_str(mid);
                }
                line.push_str(&fill.repeat(w + 2));
            }
            line.push_str(right);
            writeln!(out, "{line}")
        };
        let mut line = String::with_capacity(256);
        let first = if self.hidden == Some(0) { 1 } else { 0 };
        let mut row = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = (&str, usize)>| {
            line.clear();
            for (c, (s, w)) in cells.enumerate() {
                if !shown(&c) {
                    continue;
                }
                line.push_str(if c == first { "│ " } else { " ┆ " });
                line.push_str(s);
                line.extend(std::iter::repeat_n(' ', self.widths[c].saturating_sub(w)));
            }
            line.push_str(" │\n");
            out.write_all(line.as_bytes())
        };
        rule(out, "╭", "─", "┬", "╮")?;
        row(
            out,
            &mut self.header.iter().map(|h| (h.as_str(), h.width())),
        )?;
        rule(out, "╞", "═", "╪", "╡")?;
        for r in 0..self.rows() {
            row(
                out,
                &mut (r * n..r * n + n).map(|i| (self.get(i), self.cell_widths[i] as usize)),
            )?;
        }
        rule(out, "╰", "─", "┴", "╯")
    }
}

/// Display width of inert text (no control characters): printable ASCII is one column a byte.
fn width(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.width() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(header: &[&'static str], rows: &[Vec<String>]) -> (String, String) {
        let mut g = Grid::new(header);
        let mut t = table(header, false);
        for r in rows {
            for c in r {
                g.cell(c);
            }
            t.add_row(r.iter().map(|c| Cell::new(inert_line(c))));
        }
        let mut direct = Vec::new();
        g.print(&mut direct, false, false).unwrap();
        (String::from_utf8(direct).unwrap(), format!("{t}\n"))
    }

    #[test]
    fn piped_grid_prints_what_comfy_table_prints() {
        let rows = vec![
            vec!["185374".into(), "woodgrove".into(), "B".into(), "".into()],
            vec![
                "7".into(),
                "全ユーザーがメールを送受信できません".into(),
                "".into(),
                "x\ty\u{1b}[31m".into(),
            ],
            vec![
                "12".into(),
                "🙂 é e\u{301}".into(),
                "C".into(),
                "a very long title".into(),
            ],
        ];
        let (direct, comfy) = both(&["ID", "Tenant", "Sev", "Title"], &rows);
        assert_eq!(direct, comfy);
        assert!(direct.starts_with("╭────────┬"));
    }

    #[test]
    fn a_header_alone_prints_as_comfy_table_prints_it() {
        let (direct, comfy) = both(&["ID", "Title"], &[]);
        assert_eq!(direct, comfy);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_text_lays_out_as_comfy_table_lays_it_out(
            rows in prop::collection::vec(prop::collection::vec("[a-zé 全ーｱ\\t\\u{301}🙂]{0,12}", 3), 0..6)
        ) {
            let (direct, comfy) = both(&["A", "Bee", "C"], &rows);
            prop_assert_eq!(direct, comfy);
        }
    }
}
