//! The report's charts (SPEC 9) as inline SVG, drawn with plotters' SVG backend: time to
//! first response against target, met and breached by week or month, open cases by age.
//! Labels are svcreq's own words and figures; plotters escapes what it writes.

use plotters::coord::Shift;
use plotters::prelude::*;

const W: u32 = 400;
const H: u32 = 260;
const FONT: &str = "sans-serif";

const INK: RGBColor = RGBColor(0x1f, 0x23, 0x28);
const MUTED: RGBColor = RGBColor(0x59, 0x63, 0x6e);
const GRID: RGBColor = RGBColor(0xe4, 0xe8, 0xec);
const MET: RGBColor = RGBColor(0x2e, 0x7d, 0x32);
const BREACHED: RGBColor = RGBColor(0xc6, 0x28, 0x28);
const OTHER: RGBColor = RGBColor(0xb0, 0xbe, 0xc5);
const MEDIAN: RGBColor = RGBColor(0x15, 0x65, 0xc0);
const P90: RGBColor = RGBColor(0x90, 0xca, 0xf9);
/// One colour per row of open cases (A, B, C, then rows without severity).
const SERIES: [RGBColor; 6] = [
    RGBColor(0x6a, 0x1b, 0x9a),
    RGBColor(0x15, 0x65, 0xc0),
    RGBColor(0x00, 0x89, 0x7b),
    RGBColor(0x8d, 0x6e, 0x63),
    RGBColor(0xf9, 0xa8, 0x25),
    RGBColor(0x54, 0x6e, 0x7a),
];

/// One severity's time to first response as a share of its target, in percent.
pub struct TargetBar {
    pub label: String,
    pub median: Option<i64>,
    pub p90: Option<i64>,
    /// Said in the slot when there is no bar ("no target", "none answered").
    pub missing: String,
}

/// One week or month of the trend.
pub struct TrendBar {
    pub label: String,
    pub met: u64,
    pub breached: u64,
    pub other: u64,
}

/// Open cases of one row by age bucket.
pub struct AgeSeries {
    pub label: String,
    pub counts: [u64; 5],
}

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// Draw onto a fresh SVG of the house size and return its text.
fn svg(draw: impl FnOnce(&Area<'_>) -> DrawResult) -> String {
    let mut buf = String::new();
    let result = {
        let root = SVGBackend::with_string(&mut buf, (W, H)).into_drawing_area();
        let r = root
            .fill(&WHITE)
            .map_err(Into::into)
            .and_then(|()| draw(&root));
        r.and_then(|()| root.present().map_err(Into::into))
    };
    match result {
        Ok(()) => buf,
        // Drawing into a string cannot fail short of a bug; the page stays whole without it.
        Err(_) => format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\"><text x=\"10\" y=\"20\">{}</text></svg>",
            crate::tr!("chart-unavailable")
        ),
    }
}

fn note(root: &Area<'_>, text: &str) -> DrawResult {
    root.draw(&Text::new(
        text.to_string(),
        (W as i32 / 2 - (text.len() as i32 * 8) / 2, H as i32 / 2),
        (FONT, 18).into_font().color(&MUTED),
    ))?;
    Ok(())
}

/// The width of `s` in columns: 2 for a wide (East Asian) character, 1 for others.
fn text_width(s: &str) -> i32 {
    unicode_width::UnicodeWidthStr::width(s) as i32
}

/// Small legend in the top right: a swatch and a word per entry.
fn legend(root: &Area<'_>, entries: &[(&str, RGBColor)]) -> DrawResult {
    let mut x = W as i32 - 8;
    for (label, color) in entries.iter().rev() {
        // Wide (East Asian) characters take two columns' room.
        let width = text_width(label) * 8 + 20;
        x -= width;
        root.draw(&Rectangle::new([(x, 7), (x + 12, 19)], color.filled()))?;
        root.draw(&Text::new(
            label.to_string(),
            (x + 14, 7),
            (FONT, 16).into_font().color(&INK),
        ))?;
    }
    Ok(())
}

/// Labels under each slot of an x axis running 0..n.
fn slot_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    to_px: impl Fn(f64) -> (i32, i32),
    labels: &[String],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let every = labels.len().div_ceil(12).max(1);
    for (i, label) in labels.iter().enumerate() {
        if i % every != 0 {
            continue;
        }
        let (x, y) = to_px(i as f64 + 0.5);
        let w = text_width(label) * 7;
        root.draw(&Text::new(
            label.clone(),
            (x - w / 2, y + 6),
            (FONT, 16).into_font().color(&INK),
        ))?;
    }
    Ok(())
}

/// Median and 90th-percentile time to first response per severity, as a share of the
/// target, with the target (100 %) drawn across.
pub fn response_against_target(bars: &[TargetBar]) -> String {
    svg(|root| {
        if bars.iter().all(|b| b.median.is_none()) {
            return note(root, &crate::tr!("chart-no-answered-cycle"));
        }
        let top = bars
            .iter()
            .filter_map(|b| b.p90)
            .max()
            .unwrap_or(100)
            .max(100) as f64;
        // Far outliers would flatten everything else: clip at 4x the target and say so.
        let cap = (top * 1.15).min(400.0);
        let n = bars.len() as f64;
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .margin_top(28)
            .x_label_area_size(28)
            .y_label_area_size(52)
            .build_cartesian_2d(0f64..n, 0f64..cap)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(6)
            .y_label_formatter(&|v| format!("{v:.0} %"))
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_style(MUTED)
            .label_style((FONT, 15).into_font().color(&MUTED))
            .draw()?;
        for (i, b) in bars.iter().enumerate() {
            let x = i as f64;
            if b.median.is_none() {
                let (px, py) = chart.backend_coord(&(x + 0.5, 0.0));
                root.draw(&Text::new(
                    b.missing.to_string(),
                    (px - text_width(&b.missing) * 4, py - 20),
                    (FONT, 15).into_font().color(&MUTED),
                ))?;
            }
            for (v, x0, x1, color) in [(b.median, 0.14, 0.48, MEDIAN), (b.p90, 0.52, 0.86, P90)] {
                let Some(v) = v else { continue };
                let h = (v as f64).min(cap);
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x + x0, 0.0), (x + x1, h)],
                    color.filled(),
                )))?;
                let clipped = if (v as f64) > cap { "+" } else { "" };
                let label = format!("{}{clipped}", crate::tr!("unit-percent", n = v.to_string()));
                let (px, py) = chart.backend_coord(&(x + (x0 + x1) / 2.0, h));
                root.draw(&Text::new(
                    label.clone(),
                    (px - label.len() as i32 * 4, (py - 18).max(30)),
                    (FONT, 15).into_font().color(&INK),
                ))?;
            }
        }
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(0.0, 100.0), (n, 100.0)],
            BREACHED.stroke_width(2),
        )))?;
        let (px, py) = chart.backend_coord(&(0.0, 100.0));
        root.draw(&Text::new(
            crate::tr!("chart-target"),
            (px + 4, py - 18),
            (FONT, 15).into_font().color(&BREACHED),
        ))?;
        let labels: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
        slot_labels(root, |x| chart.backend_coord(&(x, 0.0)), &labels)?;
        let (median, p90) = (crate::tr!("chart-median"), crate::tr!("chart-p90"));
        legend(root, &[(&median, MEDIAN), (&p90, P90)])
    })
}

/// A count axis label: the whole number, or nothing between whole numbers.
fn whole(v: f64) -> String {
    if (v - v.round()).abs() < 1e-6 {
        format!("{v:.0}")
    } else {
        String::new()
    }
}

/// Cycles per week or month, stacked: met, breached, the rest.
pub fn met_breached(points: &[TrendBar]) -> String {
    svg(|root| {
        let top = points
            .iter()
            .map(|p| p.met + p.breached + p.other)
            .max()
            .unwrap_or(0);
        if top == 0 {
            return note(root, &crate::tr!("chart-no-cycle-started"));
        }
        let n = points.len() as f64;
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .margin_top(28)
            .x_label_area_size(28)
            .y_label_area_size(52)
            .build_cartesian_2d(0f64..n, 0f64..(top as f64 * 1.1))?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels((top as usize + 1).min(6))
            // Counts are whole: a fractional tick would print a repeated label.
            .y_label_formatter(&|v| whole(*v))
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_style(MUTED)
            .label_style((FONT, 15).into_font().color(&MUTED))
            .draw()?;
        for (i, p) in points.iter().enumerate() {
            let x = i as f64;
            let mut base = 0.0;
            for (v, color) in [(p.met, MET), (p.breached, BREACHED), (p.other, OTHER)] {
                if v == 0 {
                    continue;
                }
                let top = base + v as f64;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x + 0.15, base), (x + 0.85, top)],
                    color.filled(),
                )))?;
                base = top;
            }
        }
        let labels: Vec<String> = points.iter().map(|p| p.label.clone()).collect();
        slot_labels(root, |x| chart.backend_coord(&(x, 0.0)), &labels)?;
        legend(
            root,
            &[
                (&crate::tr!("chart-met"), MET),
                (&crate::tr!("chart-breached"), BREACHED),
                (&crate::tr!("chart-other"), OTHER),
            ],
        )
    })
}

/// Cases open at the end of the period by age, stacked by severity.
pub fn open_by_age(series: &[AgeSeries]) -> String {
    svg(|root| {
        let top = (0..5)
            .map(|i| series.iter().map(|s| s.counts[i]).sum::<u64>())
            .max()
            .unwrap_or(0);
        if top == 0 {
            return note(root, &crate::tr!("chart-no-case-open"));
        }
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .margin_top(28)
            .x_label_area_size(28)
            .y_label_area_size(52)
            .build_cartesian_2d(0f64..5.0, 0f64..(top as f64 * 1.1))?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels((top as usize + 1).min(6))
            // Counts are whole: a fractional tick would print a repeated label.
            .y_label_formatter(&|v| whole(*v))
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_style(MUTED)
            .label_style((FONT, 15).into_font().color(&MUTED))
            .draw()?;
        for i in 0..5 {
            let x = i as f64;
            let mut base = 0.0;
            for (k, s) in series.iter().enumerate() {
                let v = s.counts[i];
                if v == 0 {
                    continue;
                }
                let top = base + v as f64;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x + 0.15, base), (x + 0.85, top)],
                    SERIES[k.min(SERIES.len() - 1)].filled(),
                )))?;
                base = top;
            }
        }
        let labels: Vec<String> = (0..5)
            .map(|i| crate::tr!("chart-age", bucket = i))
            .collect();
        slot_labels(root, |x| chart.backend_coord(&(x, 0.0)), &labels)?;
        let entries: Vec<(&str, RGBColor)> = series
            .iter()
            .enumerate()
            .map(|(k, s)| (s.label.as_str(), SERIES[k.min(SERIES.len() - 1)]))
            .collect();
        legend(root, &entries)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_axes_label_whole_numbers_once() {
        let s = met_breached(&[TrendBar {
            label: "W47".into(),
            met: 0,
            breached: 1,
            other: 0,
        }]);
        // The axis labels are the texts that are numbers.
        let labels: Vec<&str> = s
            .split("</text>")
            .filter_map(|t| t.rsplit('>').next())
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()))
            .collect();
        let mut unique = labels.clone();
        unique.dedup();
        assert_eq!(labels, unique, "repeated axis labels: {labels:?}");
        assert!(labels.contains(&"0") && labels.contains(&"1"), "{labels:?}");
    }

    #[test]
    fn charts_are_svg_with_bars() {
        let s = met_breached(&[TrendBar {
            label: "W47".into(),
            met: 3,
            breached: 1,
            other: 0,
        }]);
        assert!(s.starts_with("<svg"), "{s}");
        assert!(s.contains("<rect") && s.contains("W47"), "{s}");
        let empty = open_by_age(&[]);
        assert!(empty.contains("No case open"), "{empty}");
    }
}
