//! Benchmark floor (PostgreSQL, 3): the least a process can do to import a JSON-lines file
//! into the team ledger with the same crate — read each line, take its fields as they are
//! (the search text folded as svcreq folds it, so the trigram index gets the same text),
//! and send every row through one `COPY requests … FROM STDIN` in text format, in one
//! transaction, into the ledger's requests table with all its indexes (the trigram search
//! index among them). No defaults, classification, checks or id handling: the table's
//! identity gives the ids. `bench/run.sh --pg` compares `svcreq import` with it.
//! With `--no-search-index`, the trigram index is dropped first, in the same transaction
//! (give it a ledger of its own): the rate of the same COPY without the search index.
//!
//!     cargo run --release --example floor_pg_import -- [--no-search-index] POSTGRES-URL ROWS.jsonl

use std::io::{BufRead, Write};

#[derive(serde::Deserialize)]
struct Row<'a> {
    #[serde(borrow)]
    tenant: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    title: std::borrow::Cow<'a, str>,
    #[serde(borrow, default)]
    description: std::borrow::Cow<'a, str>,
    severity: Option<&'a str>,
    opened_at: &'a str,
    status: Option<&'a str>,
    first_response_at: Option<&'a str>,
    closed_at: Option<&'a str>,
}

fn secs(t: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(t).map_or(0, |d| d.timestamp())
}

/// One field in COPY's text format.
fn field(out: &mut Vec<u8>, s: &str) {
    for b in s.bytes() {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(b),
        }
    }
    out.push(b'\t');
}

fn opt(out: &mut Vec<u8>, v: Option<i64>) {
    match v {
        Some(n) => {
            let _ = write!(out, "{n}\t");
        }
        None => out.extend_from_slice(b"\\N\t"),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1).peekable();
    let no_search = args.next_if(|a| a == "--no-search-index").is_some();
    let (url, rows) = match (args.next(), args.next()) {
        (Some(u), Some(r)) => (u, r),
        _ => {
            return Err(
                "usage: floor_pg_import [--no-search-index] POSTGRES-URL ROWS.jsonl".into(),
            );
        }
    };
    let mut client = postgres::Client::connect(&url, postgres::NoTls)?;
    let mut tx = client.transaction()?;
    if no_search {
        tx.batch_execute("DROP INDEX requests_search")?;
    }
    let import: i64 = tx
        .query_one(
            "INSERT INTO imports (at, actor) VALUES (0, 'bench') RETURNING id",
            &[],
        )?
        .get(0);
    let mut w = tx.copy_in(
        "COPY requests (tenant, title, description, category, service, severity, severity_source, plan, \
         tier, channel, status, opened_at, closed_at, reopen_count, scope, opened_by, timezone, \
         cycle_started_at, availability, response_target, response_clock, response_due, \
         first_response_at, import_id, last_at, search_text) FROM STDIN",
    )?;
    let input = std::io::BufReader::new(std::fs::File::open(rows)?);
    let mut buf = Vec::with_capacity(1 << 20);
    let mut n = 0u64;
    for line in input.lines() {
        let line = line?;
        let r: Row = serde_json::from_str(&line)?;
        let opened = secs(r.opened_at);
        let closed = r.closed_at.map(secs);
        field(&mut buf, &r.tenant);
        field(&mut buf, &r.title);
        field(&mut buf, &r.description);
        buf.extend_from_slice(b"technical\tother\t");
        match r.severity {
            Some(s) => field(&mut buf, s),
            None => buf.extend_from_slice(b"\\N\t"),
        }
        buf.extend_from_slice(b"manual\te3\tenterprise\tonline\t");
        field(&mut buf, r.status.unwrap_or("open"));
        opt(&mut buf, Some(opened));
        opt(&mut buf, closed);
        buf.extend_from_slice(b"0\tin-scope\tbench\tUTC\t");
        opt(&mut buf, Some(opened));
        buf.extend_from_slice(b"24x7\t1h\t24x7\t");
        opt(&mut buf, Some(opened + 3600));
        opt(&mut buf, r.first_response_at.map(secs));
        opt(&mut buf, Some(import));
        opt(&mut buf, Some(opened.max(closed.unwrap_or(0))));
        let search = svcreq::rules::case::search_text([&*r.title, &*r.description]);
        field(&mut buf, &search);
        buf.pop();
        buf.push(b'\n');
        n += 1;
        if buf.len() >= 1 << 20 {
            w.write_all(&buf)?;
            buf.clear();
        }
    }
    w.write_all(&buf)?;
    w.finish()?;
    tx.commit()?;
    println!("{n}");
    Ok(())
}
