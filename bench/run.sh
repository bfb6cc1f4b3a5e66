#!/usr/bin/env bash
# svcreq benchmark: whole-process medians (hyperfine) and peak RSS (/usr/bin/time) on
# ledgers of 10k, 100k and 1M requests, each figure as a ratio to its floor, measured in
# the same run. Floors: an empty Rust main (--help, rules); examples/floor_insert.rs, which
# opens the ledger with the same pragmas and inserts one row in one IMMEDIATE transaction
# (open -q, show); examples/floor_import.rs, which reads the same JSON lines and inserts
# them as they are through one prepared statement in one transaction, into a ledger created
# beforehand, again with --search keeping the FTS5 search index row by row as svcreq must
# (SPEC 7), and again with --bare into one whose requests have no index at all (SQLite's
# bare insert rate; import is reported against both, timed on a ledger created the same way,
# and beside FTS5's own rebuild of the search index from the rows it imported, the ceiling
# for any import that keeps that index); the import into a ledger not
# yet created, which builds it in a private file and puts it in place when complete, is
# reported beside it); the
# sqlite3 shell running the open view's query (list) and, for sla, the
# same query over every column as JSON (sqlite3 -json), which is what the report prints;
# `report` (HTML, a month and a year) is timed against a fixed 2 s budget at 100k requests.
# A last ledger has the largest size but only the smallest one's open requests: closed
# history alone. Results: bench/results/latest.json. Usage: bench/run.sh [--quick | --pg | --pg-1m]
# When PostgreSQL's server programs are installed, the team ledger (SPEC 8) is measured too,
# on a throwaway cluster this script starts on a Unix socket (as .ci/run starts one) and
# stops: `open -q` and `show` against examples/floor_pg_insert.rs and floor_pg_read.rs
# (connect, insert a request and its event, commit; connect, select a request and its
# events; the same crate), and import through COPY against examples/floor_pg_import.rs
# (the same rows sent as they are through one COPY into a ledger of their own with every
# index, and again without the trigram search index), each into a new ledger created by
# `db init`, with the load average when each import ran. --pg measures only that, on 10k
# and 100k requests; --pg-1m on 1M requests too (the size of the import target); the
# whole run measures the team ledger at every size.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=${1:-}
sizes=(10000 100000 1000000)
runs=60
[ "$quick" = "--quick" ] && sizes=(10000 100000) && runs=15
pg_sizes=(10000 100000 1000000)
[ "$quick" = "--quick" ] && pg_sizes=(10000 100000)
[ "$quick" = "--pg" ] && runs=30 && pg_sizes=(10000 100000)
[ "$quick" = "--pg-1m" ] && runs=30 && quick=--pg

need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need hyperfine hyperfine
need sqlite3 sqlite3
[ -x /usr/bin/time ] || need time time

cargo build --release --locked -q
cargo build --release --locked -q --example floor_insert --example floor_empty --example floor_import \
  --example floor_pg_insert --example floor_pg_read --example floor_pg_import
S=$PWD/target/release/svcreq
FLOOR_INSERT=$PWD/target/release/examples/floor_insert
FLOOR_EMPTY=$PWD/target/release/examples/floor_empty
FLOOR_IMPORT=$PWD/target/release/examples/floor_import
FLOOR_PG_INSERT=$PWD/target/release/examples/floor_pg_insert
FLOOR_PG_READ=$PWD/target/release/examples/floor_pg_read
FLOOR_PG_IMPORT=$PWD/target/release/examples/floor_pg_import
work=$(mktemp -d)
PGT=
as=()
cleanup() {
  [ -n "$PGT" ] && "${as[@]}" "$PGBIN/pg_ctl" -D "$PGT/data" -m fast -w stop >/dev/null 2>&1
  [ -n "$PGT" ] && rm -rf "$PGT"
  rm -rf "$work"
}
trap cleanup EXIT
NOW=2026-11-24T10:00:00Z
export SVCREQ_CONFIG=$PWD/bench/config.toml SVCREQ_NOW=$NOW SVCREQ_ADMIN=bench USER=bench
OPEN_VIEW="SELECT id, tenant, severity, status, response_due, title FROM requests WHERE status = 'open' ORDER BY response_due IS NULL, response_due, id"
SLA_VIEW="SELECT * FROM requests WHERE status = 'open' ORDER BY response_due IS NULL, response_due, id"
# list --status all --search 105000. (a ticket number, as an admin searches for a case) as
# svcreq runs it: every trigram of the folded text through the FTS5 index, the substring
# checked on the candidates; one request matches at every size.
SEARCH_TEXT="105000."
SEARCH_VIEW="SELECT id, tenant, title, category, severity, status, timezone, cycle_started_at, response_due, first_response_at, closed_at FROM requests WHERE 1 = 1 AND id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH '\"105\" AND \"050\" AND \"500\" AND \"000\" AND \"00.\"') AND instr(search_text, '$SEARCH_TEXT') > 0 ORDER BY response_due IS NULL, response_due, id"
echo "$SEARCH_VIEW;" > "$work/search.sql" # its quotes would not survive hyperfine's word splitting
results=$work/results.tsv
: > "$results"

median() { # name, command... → median seconds (and min, max) into results; RUNS overrides
  local name=$1; shift
  hyperfine -N --runs "${RUNS:-$runs}" --warmup 3 --export-json "$work/h.json" "$@" >/dev/null 2>&1
  python3 - "$name" "$work/h.json" >> "$results" <<'PY'
import json, sys
r = json.load(open(sys.argv[2]))["results"][0]
print(f"{sys.argv[1]}\ttime\t{r['median']:.6f}\t{r['min']:.6f}\t{r['max']:.6f}")
PY
}
group() { # name, command, name, command... → each median (min, max), from five rounds in
  # alternating order, so that a figure and its floor see the same machine
  local names=() cmds=() n=${RUNS:-$runs} i
  while [ $# -gt 0 ]; do names+=("$1"); cmds+=("$2"); shift 2; done
  rm -f "$work"/g*.json
  for i in 1 2 3 4 5; do
    local order=("${cmds[@]}") k
    if [ $((i % 2)) = 0 ]; then
      order=(); for ((k = ${#cmds[@]} - 1; k >= 0; k--)); do order+=("${cmds[$k]}"); done
    fi
    hyperfine -N --runs $((n / 5 < 3 ? 3 : n / 5)) --warmup 2 --export-json "$work/g$i.json" "${order[@]}" >/dev/null 2>&1
  done
  python3 - "$work" "${#names[@]}" "${names[@]}" "${cmds[@]}" >> "$results" <<'PY'
import glob, json, statistics, sys
k = int(sys.argv[2])
names, cmds = sys.argv[3:3 + k], sys.argv[3 + k:3 + 2 * k]
times = {c: [] for c in cmds}
for f in sorted(glob.glob(sys.argv[1] + "/g*.json")):
    for r in json.load(open(f))["results"]:
        times[r["command"]] += r["times"]
for name, c in zip(names, cmds):
    ts = times[c]
    print(f"{name}\ttime\t{statistics.median(ts):.6f}\t{min(ts):.6f}\t{max(ts):.6f}")
PY
}
rss() { # name, command... → peak RSS in KiB
  local name=$1; shift
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null
  printf '%s\trss\t%s\n' "$name" "$(cat "$work/rss")" >> "$results"
}

# The team ledger, when PostgreSQL is installed: a throwaway cluster on a Unix socket.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
pg_bench() {
  PGBIN=$(pg_bin)
  [ -n "$PGBIN" ] || PGBIN=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  if [ ! -x "$PGBIN/initdb" ]; then
    echo "note: PostgreSQL is not installed (apt-get install postgresql): no team-ledger figures" >&2
    return 0
  fi
  PGT=$(mktemp -d /tmp/svcreq-bench-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGT"; as=(runuser -u postgres --); fi
  "${as[@]}" "$PGBIN/initdb" -D "$PGT/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$PGBIN/pg_ctl" -D "$PGT/data" -l "$PGT/log" -w \
    -o "-c listen_addresses= -c unix_socket_directories=$PGT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  local base n url start end
  # On a team ledger the actor is the database role connected as.
  export SVCREQ_ADMIN=postgres USER=postgres
  base="postgresql://postgres@$(printf %s "$PGT" | sed 's|/|%2F|g')"
  for n in "${pg_sizes[@]}"; do
    [ -f "$work/l$n.jsonl" ] || python3 bench/make_ledger.py "$n" > "$work/l$n.jsonl"
    # Each import into a new ledger of its own: the floors', then svcreq's (kept for the
    # figures below). A figure's rate, then the one-minute load average when it ended.
    local name cmd
    for name in "pg floor import $n" "pg floor import no search index $n" "pg import $n"; do
      local d=f$RANDOM$n
      [ "$name" = "pg import $n" ] && d=l$n
      "${as[@]}" "$PGBIN/createdb" -h "$PGT" -U postgres "$d"
      url="$base/$d"
      "$S" --db "$url" db init >/dev/null
      case $name in
        "pg floor import $n") cmd=("$FLOOR_PG_IMPORT" "$url" "$work/l$n.jsonl") ;;
        "pg floor import no"*) cmd=("$FLOOR_PG_IMPORT" --no-search-index "$url" "$work/l$n.jsonl") ;;
        *) cmd=("$S" --db "$url" import "$work/l$n.jsonl") ;;
      esac
      start=$(date +%s.%N)
      "${cmd[@]}" >/dev/null
      end=$(date +%s.%N)
      python3 -c "print('$name\trate\t%.0f\t%s' % ($n / ($end - $start), open('/proc/loadavg').read().split()[0]))" >> "$results"
      [ "$d" = "l$n" ] || "${as[@]}" "$PGBIN/dropdb" -h "$PGT" -U postgres "$d"
    done
    RUNS=$((runs < 50 ? 50 : runs)) group "pg floor insert $n" "$FLOOR_PG_INSERT $url" \
      "pg open -q $n" "$S --db $url open -q --severity B --title bench" \
      "pg floor read $n" "$FLOOR_PG_READ $url $((n / 2))" \
      "pg show $n" "$S --db $url show $((n / 2))"
  done
}
pg_summary() {
  python3 - "$results" <<'PY'
import sys
r = {}
for row in open(sys.argv[1]):
    name, kind, *vals = row.rstrip("\n").split("\t")
    r[name] = [float(v) for v in vals] if name.startswith("pg ") and " import " in name else float(vals[0])
def line(figure, value, target, ok):
    print(f"{figure:<36} {value:<32} {target:<30} {'ok' if ok else 'SHORT'}")
for n in sorted({int(k.split()[-1]) for k in r if k.startswith("pg import ")}):
    for k, f in [(f"pg open -q {n}", f"pg floor insert {n}"), (f"pg show {n}", f"pg floor read {n}")]:
        line(k, f"{r[k]*1000:.1f} ms = {r[k]/r[f]:.2f}x floor", "<= 1.3x " + f.rsplit(" ", 1)[0], r[k] / r[f] <= 1.3)
    rate, load = r[f"pg import {n}"]
    floor, floor_load = r[f"pg floor import {n}"]
    bare, bare_load = r[f"pg floor import no search index {n}"]
    big = n == 1000000
    line(f"pg import {n}", f"{rate:,.0f} requests/s = {rate / floor:.2f}x floor", ">= 200,000 requests/s at 1M" if big else "(reported)", rate >= 200000 or not big)
    line(f"pg import {n} / no search index", f"{rate / bare:.2f}x floor without it", "(reported)", True)
    line(f"pg floor import {n}", f"{floor:,.0f} requests/s", "(one COPY, every index)", True)
    line(f"pg floor import {n} no search", f"{bare:,.0f} requests/s", "(one COPY, no trigram index)", True)
    line(f"pg import {n} load average", f"{load:.1f} (floors {floor_load:.1f}, {bare_load:.1f})", "(2 shared cores)", True)
if not any(k == "pg import 1000000" for k in r):
    line("pg import 1000000", "not measured", ">= 200,000 requests/s at 1M", False)
    print("(bench/run.sh --pg-1m measures the team ledger's import at 1M requests)")
PY
}
if [ "$quick" = "--pg" ]; then
  pg_bench
  printf '%-36s %-32s %-30s\n' figure measured target
  pg_summary
  exit 0
fi

group "empty main" "$FLOOR_EMPTY" "svcreq --help" "$S --help" "svcreq rules" "$S rules"
for n in "${sizes[@]}"; do
  db=$work/l$n.db
  python3 bench/make_ledger.py "$n" > "$work/l$n.jsonl"
  # The floor first, on a ledger with svcreq's schema, then svcreq on the same rows.
  : > "$work/empty.jsonl"
  "$S" --db "$work/floor$n.db" import "$work/empty.jsonl" >/dev/null
  sync
  start=$(date +%s.%N)
  "$FLOOR_IMPORT" "$work/floor$n.db" "$work/l$n.jsonl" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print('floor import $n\trate\t%.0f' % ($n / ($end - $start)))" >> "$results"
  rm -f "$work/floor$n.db"*
  # The floor that keeps the search index as svcreq must: the same rows with their search
  # text, each inserted into the FTS5 trigram index too.
  "$S" --db "$work/fts$n.db" import "$work/empty.jsonl" >/dev/null
  sync
  start=$(date +%s.%N)
  "$FLOOR_IMPORT" --search "$work/fts$n.db" "$work/l$n.jsonl" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print('floor import with search $n\trate\t%.0f' % ($n / ($end - $start)))" >> "$results"
  rm -f "$work/fts$n.db"*
  # SQLite's bare insert rate: the same statement into the table with no index at all.
  "$S" --db "$work/bare$n.db" import "$work/empty.jsonl" >/dev/null
  sync
  start=$(date +%s.%N)
  "$FLOOR_IMPORT" --bare "$work/bare$n.db" "$work/l$n.jsonl" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print('floor bare insert $n\trate\t%.0f' % ($n / ($end - $start)))" >> "$results"
  rm -f "$work/bare$n.db"*
  # svcreq on the same terms: the same rows into a ledger that exists (streamed: rows are
  # filed on worker threads while they are inserted), every index and the search index kept.
  "$S" --db "$db" import "$work/empty.jsonl" >/dev/null
  sync
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/import" "$S" --db "$db" import "$work/l$n.jsonl" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print('import $n\trate\t%.0f' % ($n / ($end - $start)))" >> "$results"
  printf 'import rss %s\trss\t%s\n' "$n" "$(cat "$work/import")" >> "$results"
  # The search index alone: FTS5 rebuilding it from the rows just imported, in one
  # transaction. No import that keeps the index can file these rows faster than this.
  sync
  start=$(date +%s.%N)
  "$FLOOR_IMPORT" --rebuild "$db"
  end=$(date +%s.%N)
  python3 -c "print('search index alone $n\trate\t%.0f' % ($n / ($end - $start)))" >> "$results"
  # Into a ledger not yet created: built in a private file beside it, put in place when complete.
  sync
  start=$(date +%s.%N)
  "$S" --db "$work/new$n.db" import "$work/l$n.jsonl" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print('import new ledger $n\trate\t%.0f' % ($n / ($end - $start)))" >> "$results"
  rm -f "$work/new$n.db"*
  # Rows without a severity are classified (title and description) before filing.
  sed 's/"severity": "[ABC]", //' "$work/l$n.jsonl" > "$work/c$n.jsonl"
  "$S" --db "$work/c$n.db" import "$work/empty.jsonl" >/dev/null
  sync
  start=$(date +%s.%N)
  "$S" --db "$work/c$n.db" import "$work/c$n.jsonl" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print('import classified $n\trate\t%.0f' % ($n / ($end - $start)))" >> "$results"
  rm -f "$work/c$n.db"* "$work/c$n.jsonl"
  sync # let the kernel write the new ledger back before anything is timed
  [ "$n" = "${sizes[0]}" ] && keep=$(sqlite3 "$db" "SELECT count(*) FROM requests WHERE status = 'open'")
  group "list $n" "$S --db $db list --color never" \
    "sqlite3 open view $n" "sqlite3 $db \"$OPEN_VIEW\""
  group "sla $n" "$S --db $db sla --format json --fail-on never" \
    "sqlite3 sla $n" "sqlite3 -json $db \"$SLA_VIEW\""
  group "search $n" "$S --db $db list --status all --search '$SEARCH_TEXT' --color never" \
    "sqlite3 search $n" "sqlite3 $db \".read $work/search.sql\""
  # A common word (one request in eight) and a two-character Japanese word (a scan).
  median "list --search $n" "$S --db $db list --status all --search OneDrive --limit 20"
  median "search 2 chars $n" "$S --db $db list --status all --search 経理 --limit 20"
  # The review of the ledger's last month and of its whole year, as one HTML page each.
  median "report month $n" "$S --db $db report --month 2026-11 --format html -o $work/report.html"
  median "report year $n" "$S --db $db report --from 2025-12-01 --to 2026-11-30 --format html -o $work/report.html"
  cp "$db" "$work/floor.db"
  RUNS=$((runs < 50 ? 50 : runs)) group "floor insert $n" "$FLOOR_INSERT $work/floor.db" \
    "open -q $n" "$S --db $db open -q --severity B --title bench" \
    "show $n" "$S --db $db show $((n / 2))"
  rss "list --json $n" sh -c "$S --db $db list --status all --json > /dev/null"
  rss "export $n" sh -c "$S --db $db export > /dev/null"
done

# Closed history alone: the largest size again, with only as many open requests as the
# smallest ledger had when imported; the open view and SLA should cost what they cost there.
big=${sizes[-1]}
db=$work/history.db
python3 bench/make_ledger.py "$big" "$keep" > "$work/history.jsonl"
"$S" --db "$db" import "$work/history.jsonl" >/dev/null
sync
group "list history" "$S --db $db list --color never" "sqlite3 open view history" "sqlite3 $db \"$OPEN_VIEW\""
group "sla history" "$S --db $db sla --format json --fail-on never" "sqlite3 sla history" "sqlite3 -json $db \"$SLA_VIEW\""
printf 'history\tinfo\t%s\t%s\n' "$big" "$keep" >> "$results"

pg_bench
python3 - "$results" > bench/results/latest.json <<'PY'
import json, sys
rows = {}
for line in open(sys.argv[1]):
    name, kind, *vals = line.rstrip("\n").split("\t")
    rows[name] = {"kind": kind, "values": [float(v) for v in vals]}
json.dump(rows, sys.stdout, indent=1, ensure_ascii=False)
PY
python3 - bench/results/latest.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
t = lambda k: r[k]["values"][0]
def line(figure, value, target, ok):
    print(f"{figure:<34} {value:<28} {target:<28} {'ok' if ok else 'SHORT'}")
print(f"{'figure':<34} {'measured':<28} {'target':<28}")
e = t("empty main")
for k in ["svcreq --help", "svcreq rules"]:
    line(k, f"{t(k)*1000:.1f} ms = {t(k)/e:.2f}x empty main", "<= 2x empty main", t(k) / e <= 2)
sizes = sorted({int(k.split()[-1]) for k in r if k.startswith("list ") and k.split()[-1].isdigit()})
for n in sizes:
    for k, f in [(f"list {n}", f"sqlite3 open view {n}"), (f"sla {n}", f"sqlite3 sla {n}")]:
        q = t(f)
        line(k, f"{t(k)*1000:.1f} ms = {t(k)/q:.2f}x sqlite3", "<= 1.5x sqlite3 query", t(k) / q <= 1.5)
    f = t(f"floor insert {n}")
    for k in [f"open -q {n}", f"show {n}"]:
        line(k, f"{t(k)*1000:.1f} ms = {t(k)/f:.2f}x floor", "<= 1.3x floor insert", t(k) / f <= 1.3)
    q = t(f"sqlite3 search {n}")
    line(f"search {n}", f"{t(f'search {n}')*1000:.1f} ms = {t(f'search {n}')/q:.2f}x sqlite3", "<= 1.5x sqlite3 FTS query", t(f"search {n}") / q <= 1.5)
    line(f"list --search OneDrive {n}", f"{t(f'list --search {n}')*1000:.1f} ms", "(reported)", True)
    line(f"search 2 chars {n}", f"{t(f'search 2 chars {n}')*1000:.1f} ms", "(reported)", True)
    for k in [f"report month {n}", f"report year {n}"]:
        line(k, f"{t(k)*1000:.1f} ms", "< 2 s at 100k requests", n > 100000 or t(k) < 2)
    rate = r[f"import {n}"]["values"][0]
    floor = r[f"floor import {n}"]["values"][0]
    mb = r[f"import rss {n}"]["values"][0] / 1024
    big = n == max(sizes)
    bare = r[f"floor bare insert {n}"]["values"][0]
    line(f"import {n}", f"{rate:,.0f} requests/s = {rate / floor:.2f}x floor", ">= 300,000 requests/s at 1M" if big else "(reported)", rate >= 300000 or not big)
    line(f"import {n} / bare insert", f"{rate / bare:.2f}x bare insert", "(reported)", True)
    line(f"floor import {n}", f"{floor:,.0f} requests/s", "(the same rows, inserted as they are)", True)
    sfloor = r[f"floor import with search {n}"]["values"][0]
    line(f"import {n} / search floor", f"{rate / sfloor:.2f}x the floor that keeps the search index ({sfloor:,.0f} requests/s)", "(reported)", True)
    line(f"floor bare insert {n}", f"{bare:,.0f} requests/s", "(no index, no search index)", True)
    sidx = r[f"search index alone {n}"]["values"][0]
    line(f"search index alone {n}", f"{sidx:,.0f} requests/s", "(FTS5's own rebuild of the same rows: a ceiling for any import keeping it)", True)
    line(f"import rss {n}", f"peak RSS {mb:.0f} MB", "<= 64 MB", mb <= 64)
    crate = r[f"import classified {n}"]["values"][0]
    line(f"import classified {n}", f"{crate:,.0f}/s = {crate / floor:.2f}x floor, {crate / bare:.2f}x bare", "(reported: no severity given)", True)
    nrate = r[f"import new ledger {n}"]["values"][0]
    line(f"import new ledger {n}", f"{nrate:,.0f}/s = {nrate / floor:.2f}x floor, {nrate / bare:.2f}x bare", "(reported: built beside, then put in place)", True)
    for k in [f"list --json {n}", f"export {n}"]:
        mb = r[k]["values"][0] / 1024
        line(k, f"peak RSS {mb:.1f} MB", "<= 30 MB, flat", mb <= 30)
big, keep = (int(v) for v in r["history"]["values"])
a = sizes[0]
for k, f in [("list", "sqlite3 open view"), ("sla", "sqlite3 sla")]:
    q = t(f"{f} history")
    line(f"{k} {big} ({keep} open)", f"{t(f'{k} history')*1000:.1f} ms = {t(f'{k} history')/q:.2f}x sqlite3", "<= 1.5x sqlite3 query", t(f"{k} history") / q <= 1.5)
if len(sizes) > 1:
    z = sizes[-1]
    g = t(f"search {z}") / t(f"search {a}")
    line(f"search: {a} -> {z}", f"{g:.2f}x", "flat (<= 1.3x)", g <= 1.3)
for k, f in [("list", "sqlite3 open view"), ("sla", "sqlite3 sla")]:
    qg = t(f"{f} history") / t(f"{f} {a}")
    g = t(f"{k} history") / t(f"{k} {a}")
    line(f"{k}: {a} -> {big} closed history", f"{g:.2f}x (sqlite3 query {qg:.2f}x)", "no growth beyond SQLite's", g <= max(1.3, qg * 1.15))
PY
pg_summary
