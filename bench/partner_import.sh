#!/usr/bin/env bash
# A partner's import into the team ledger (SPEC 8): row-level security forbids it `COPY`, so
# its rows go in batches of multi-row inserts. Times `import` of N requests (default 10000,
# bench/make_ledger.py's rows, every one in the partner's tenant) by a partner role and, for
# comparison, by the ledger's owner (`COPY`), each into a fresh ledger, on a throwaway
# cluster on a Unix socket.
#
#   bench/partner_import.sh [SVCREQ_BINARY] [N]     (default target/release/svcreq, 10000)
set -eu
cd "$(dirname "$0")/.."
S=$(realpath "${1:-target/release/svcreq}")
N=${2:-10000}
. bench/pg_cluster.sh
pg_cluster_start svcreq-partner -c synchronous_commit=off -c full_page_writes=off
host=$PGHOST_URL
python3 bench/make_ledger.py "$N" | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    r["tenant"] = "contoso"
    print(json.dumps(r, ensure_ascii=False))' > "$W/rows.jsonl"
printf 'tenant = "contoso"\ntimezone = "Asia/Tokyo"\nplan = "e3"\n[tenants.fabrikam]\nplan = "e5"\n' > "$W/team.toml"
: > "$W/empty.toml"
"$PGBIN/psql" -X -q -h "$W" -U postgres -c "CREATE ROLE pat LOGIN" postgres
for who in pat postgres; do
  "${as[@]}" "$PGBIN/createdb" -h "$W" -U postgres "l_$who"
  owner="postgresql://postgres@$host/l_$who"
  "$S" --db "$owner" db init >/dev/null
  SVCREQ_ADMIN=postgres "$S" --db "$owner" --config "$W/team.toml" db config push "$W/team.toml" >/dev/null
  SVCREQ_ADMIN=postgres "$S" --db "$owner" db admins add postgres --role global >/dev/null
  SVCREQ_ADMIN=postgres "$S" --db "$owner" db admins add pat --role partner --tenant contoso >/dev/null
  url="postgresql://$who@$host/l_$who"
  start=$(date +%s.%N)
  SVCREQ_ADMIN=$who "$S" --db "$url" --config "$W/empty.toml" import -q "$W/rows.jsonl" >/dev/null
  end=$(date +%s.%N)
  got=$("$PGBIN/psql" -X -q -A -t -h "$W" -U postgres -c "SELECT count(*) FROM requests" "l_$who")
  python3 -c "print('import of $N by %-8s %7.2f s  %8.0f requests/s  (%s in the ledger)' % ('$who', $end - $start, $N / ($end - $start), '$got'))"
done
