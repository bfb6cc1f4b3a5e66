#!/usr/bin/env bash
# What the team ledger's checks at the write cost (access version 8: column checks and the
# history's triggers): `open -q` and `import` of N requests (default 10000, make_ledger.py's
# rows) on a ledger with them and on the same ledger with them taken away, the same binary,
# on a throwaway cluster on a Unix socket. Imports alternate between the two, ROUNDS each
# (default 5), each into a fresh ledger; the median of each is printed; `open -q` is timed
# by hyperfine on both ledgers, interleaved.
#
#   bench/pg_checks.sh [SVCREQ_BINARY] [N] [ROUNDS]   (default target/release/svcreq, 10000, 5)
set -eu
cd "$(dirname "$0")/.."
S=$(realpath "${1:-target/release/svcreq}")
N=${2:-10000}
ROUNDS=${3:-5}
. bench/pg_cluster.sh
pg_cluster_start svcreq-checks
base="postgresql://postgres@$PGHOST_URL"
export SVCREQ_ADMIN=postgres USER=postgres SVCREQ_NOW=2026-11-24T10:00:00Z
python3 bench/make_ledger.py "$N" > "$W/rows.jsonl"
: > "$W/empty.toml"
# The checks taken away (what `db migrate` drops first): the column checks, named after
# their rules (a space in every name), and the history's triggers.
without_checks="DO \$\$ DECLARE k RECORD; BEGIN
  FOR k IN SELECT conname, conrelid::regclass::text AS tbl FROM pg_constraint
           WHERE contype = 'c' AND conname ~ ' ' LOOP
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', k.tbl, k.conname);
  END LOOP; END \$\$;
  DROP TRIGGER requests_history_filed ON requests; DROP TRIGGER requests_history_changed ON requests;
  DROP TRIGGER cycles_history ON cycles; DROP TRIGGER events_history_appended ON events;
  DROP TRIGGER events_history_begun ON events;
  DROP TRIGGER events_history_changed ON events; DROP TRIGGER events_in_order ON events;"
ledger() { # NAME WITH(1|0): a fresh ledger, its admin, with or without the checks
  "${as[@]}" "$PGBIN/createdb" -h "$W" -U postgres "$1"
  "$S" --db "$base/$1" db init >/dev/null
  "$S" --db "$base/$1" --config "$W/empty.toml" db admins add postgres --role global >/dev/null
  [ "$2" = 1 ] || "$PGBIN/psql" -X -q -h "$W" -U postgres -c "$without_checks" "$1"
}
for r in $(seq "$ROUNDS"); do
  for with in 1 0; do
    ledger "i${with}_$r" "$with"
    start=$(date +%s.%N)
    "$S" --db "$base/i${with}_$r" --config bench/config.toml import -q "$W/rows.jsonl" >/dev/null
    end=$(date +%s.%N)
    echo "$with $(python3 -c "print($end - $start)")" >> "$W/imports"
  done
done
python3 - "$W/imports" "$N" <<'PY'
import statistics, sys
t = {"1": [], "0": []}
for line in open(sys.argv[1]):
    w, s = line.split()
    t[w].append(float(s))
n = int(sys.argv[2])
for w, name in (("0", "without the checks"), ("1", "with the checks")):
    m = statistics.median(t[w])
    print(f"import of {n} {name:<20} median {m:.3f} s  {n / m:8.0f} requests/s  (runs: {', '.join(f'{x:.2f}' for x in t[w])})")
print(f"with / without: {statistics.median(t['1']) / statistics.median(t['0']):.3f}")
PY
ledger o1 1
ledger o0 0
hyperfine -N -w 5 -r "${RUNS:-60}" \
  -n "open -q without the checks" "$S --db $base/o0 --config bench/config.toml open -q --severity B --title bench" \
  -n "open -q with the checks" "$S --db $base/o1 --config bench/config.toml open -q --severity B --title bench"
