#!/usr/bin/env bash
# The same commands against a fresh SQLite ledger and a fresh PostgreSQL team ledger (SPEC 8:
# every command and flag behaves the same on both), with a fixed --now; compares stdout,
# stderr and exit code of every step, the ledger's name being the only thing normalised.
#
#   bench/differential.sh [SVCREQ_BINARY]     (default target/debug/svcreq)
#
# TRANSCRIPT=FILE keeps what every step printed on SQLite (to check that the steps do what
# they say).
# Prints one line per step that differs (and the difference), then a count; exits 1 when
# any step differs, 0 when none does. Needs PostgreSQL's server programs (Debian's
# postgresql); a throwaway cluster on a Unix socket is started and removed. Run as root, the
# cluster runs as the postgres user (initdb refuses root).
set -u
cd "$(dirname "$0")/.."
S=$(realpath "${1:-target/debug/svcreq}")
NOW=2026-11-24T10:00:00Z

. bench/pg_cluster.sh
pg_cluster_start svcreq-diff
base="postgresql://postgres@$PGHOST_URL"
psql() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql "$base/postgres" -c "CREATE DATABASE ledger" -c "CREATE ROLE alice LOGIN SUPERUSER" \
  -c "CREATE ROLE pat LOGIN"
"$S" --db "$base/ledger" db init >/dev/null || exit 2
PG="postgresql://alice@$PGHOST_URL/ledger"
# How messages name the team ledger.
LABEL="postgres://alice@$PGHOST_URL:5432/ledger"

mkdir -p "$W/sqlite" "$W/pg" "$W/in"
cat > "$W/in/c.toml" <<'EOF'
timezone = "Asia/Tokyo"
plan = "e3"
at_risk = "25%"
[business_hours]
days = ["mon", "tue", "wed", "thu", "fri"]
open = "09:00"
close = "17:00"
holidays = ["2026-12-31"]
[tenants.fabrikam]
plan = "business-standard"
timezone = "Europe/Berlin"
[tenants.contoso]
plan = "e5"
[tenants.smallbiz]
plan = "business-standard"
EOF
cat > "$W/in/rows.csv" <<'EOF'
id,title,severity,tenant,opened_at
101,Mail cannot be sent or received by anyone,A,,2026-11-20T01:00:00Z
102,Outlook Send button shows the wrong text,B,fabrikam,2026-11-21T08:00:00Z
103,"Teams, with a comma",C,contoso,2026-11-22T03:00:00Z
EOF
printf '%s\n' '{"title":"Imported from JSON lines","severity":"B","tenant":"contoso","opened_at":"2026-11-23T00:00:00Z"}' \
  '{"title":"Second imported row","category":"billing","opened_at":"2026-11-23T01:00:00Z"}' > "$W/in/rows.jsonl"
printf '%s\n' '{"title":"bad row","severity":"Z"}' > "$W/in/bad.jsonl"
printf '%s\n' 'title,severity' 'ok row,B' ',A' > "$W/in/bad.csv"
echo "A note read from a file" > "$W/in/note.txt"

n=0
diffs=0
# step ARGS…: run `svcreq --db LEDGER --config … --now NOW ARGS…` on both ledgers and compare.
step() {
  n=$((n + 1))
  local b db
  for b in sqlite pg; do
    if [ $b = sqlite ]; then db=$W/sqlite/s.db; else db=$PG; fi
    (cd "$W/$b" && env -i PATH="$PATH" HOME="$W/$b" USER=alice COLUMNS=120 TZ=UTC \
      "$S" --db "$db" --config "$W/in/c.toml" --now "$NOW" "$@" \
      >"$W/$b/out" 2>"$W/$b/err" </dev/null
    echo "exit $?" >>"$W/$b/err")
    sed -i -e "s|$db|<ledger>|g" -e "s|$LABEL|<ledger>|g" -e "s|$W/$b|<dir>|g" "$W/$b/out" "$W/$b/err"
  done
  if [ -n "${TRANSCRIPT:-}" ]; then
    { echo "## $n: svcreq $*"; cat "$W/sqlite/out" "$W/sqlite/err"; } >>"$TRANSCRIPT"
  fi
  # Files a step wrote (export, report -o) are compared too.
  if ! cmp -s "$W/sqlite/out" "$W/pg/out" || ! cmp -s "$W/sqlite/err" "$W/pg/err" ||
    ! diff -rq -x s.db -x 's.db-*' -x out -x err -x .local -x .config "$W/sqlite" "$W/pg" >/dev/null; then
    if [ -n "$expected" ]; then
      echo "EXPECTED ($expected) step $n: svcreq $*"
    else
      diffs=$((diffs + 1))
      echo "DIFFERS step $n: svcreq $*"
    fi
    diff <(cat "$W/sqlite/out" "$W/sqlite/err") <(cat "$W/pg/out" "$W/pg/err") | head -20 | sed 's/^/    /'
    diff -r -x s.db -x 's.db-*' -x out -x err -x .local -x .config "$W/sqlite" "$W/pg" | head -10 | sed 's/^/    /'
  fi
}

# differs NOTE ARGS…: a step whose difference SPEC 8 means (identity and the ledger's admins
# and config are the server's on PostgreSQL): shown, not counted.
differs() {
  expected=$1
  shift
  step "$@"
  expected=
}
expected=

# open, with every option
step open --title "Exchange Online is down for everyone" --impact down --users all --business-critical \
  --opened-at 2026-11-24T08:00:00Z
step open -q --title "Teams calls drop" --severity B --category technical --service teams --tenant fabrikam \
  --channel phone --opened-at 2026-11-23T08:00:00Z --case-number 2611230040001234 --contact "Pat Doe, +81 3 1234" \
  --contact-method phone --available-24x7 --engineer "Kim" --owner "Lee" --incident EX123456
step open --json --title "Invoice question" --category billing --tenant contoso --plan e5
step open --title "SharePoint slow" --description "Pages load slowly for several users" --users multiple \
  --impact degraded --workaround --tenant contoso --opened-at 2026-11-01
step open --title "Forced severity" --severity A --force --tenant smallbiz
step open --format csv --title "CSV output" --severity C
step open --format ids --title "ids output" --severity C
step open --description-file "$W/in/note.txt" --title "From a file" --severity C
# lists, filters and formats
step list
step list --json
step list --format csv
step list -q
step list --status all --sort opened
step list --severity A
step list --severity B --tenant fabrikam
step list --category billing --format json
step list --plan e5
step list --sla breached
step list --sla at-risk
step list --since 2026-11-20 --until 2026-11-24
step list --since 2026-11-23T00:00:00Z --json
step list --search exchange
step list --search "ＴＥＡＭＳ"
step list --case 2611230040001234
step list --incident EX123456
step list --limit 2 --sort due
step list --status closed
# show
step show 1
step show 2 --json
step show --case 2611230040001234
step show --case 2611230040001234 --tenant fabrikam --json
# respond, note, update, close, reopen
step respond 1 --at 2026-11-24T08:30:00Z --note "first call"
step respond 1 --at 2026-11-24T08:40:00Z
step respond --case 2611230040001234 --tenant fabrikam
step note 1 --at 2026-11-24T08:45:00Z "Microsoft asked for logs"
step note 1 --at 2026-11-24T08:50:00Z --from admin "Logs sent"
step respond 1 --at 2026-11-24T08:35:00Z --correct
step note 2 --file "$W/in/note.txt" --at 2026-11-24T09:30:00Z
step update 3 --severity B
step update 2 --severity A --reason "production is down"
step update 4 --severity C --by microsoft --reason "agreed with engineer"
step update 4 --severity B
step update 3 --category technical
step update 5 --category presales
step update 4 --tenant fabrikam
step update 2 --title "Teams calls drop often" --engineer "Kim Lee" --remove-incident EX123456 --incident EX9999
step update 2 --available-24x7 false --contact-method email
step close 1 --resolution "Service restored"
step close 1 --at 2026-11-24T09:05:00Z --correct
step close 1 --at 2026-11-24T10:00:00Z --correct
step reopen 1 --check
step reopen 1 --check --json
step reopen 1 --reason "It failed again" --severity B
step close 3 --resolution "Answered"
step reopen 3 --reason "Billing is not online"
step show 1 --json
step list --status all --json
# classify (no ledger)
step classify "Exchange Online is down for everyone, nobody can send mail"
step classify --json --impact degraded --users multiple "Teams meetings drop"
step classify --tenant fabrikam --plan e3 "請求書が届きません"
# sla
step sla
step sla --all
step sla --json
step sla --format csv
step sla --format junit
step sla --fail-on breached
step sla --fail-on at-risk
step sla --fail-on breached --tenant fabrikam
step sla --at-risk 50% --all
step sla --explain
# report
step report --month 2026-11
step report --month 2026-11 --json
step report --month 2026-11 --format csv
step report --month 2026-11 --format md
step report --from 2026-11-01 --to 2026-11-30 --tenant contoso
step report --month 2026-11 --format html -o report.html
# redact
step redact 2 --contact
step redact 1 --notes
step redact 2 --all
step show 2 --json
# export and import
step export
step export --format csv
step export --events
step export --events --tenant fabrikam
step export --bom --format csv
step import "$W/in/rows.csv" --dry-run
step import "$W/in/rows.csv"
step import "$W/in/rows.jsonl" --dry-run --json
step import "$W/in/missing.csv"
step list --status all --format csv
step export --events
# db
differs "team ledger only" db config show
differs "team ledger only" db admins list
differs "team ledger only" db admins add pat --role partner --tenant fabrikam --until 2026-12-31
differs "team ledger only" db admins list --json
differs "team ledger only" db admins remove pat
differs "it names a team ledger so" db migrate
# tenants and rules
step tenants
step rules
# Japanese
step --lang ja show 1
step --lang ja list --status all
step --lang ja sla --all
step --lang ja report --month 2026-11 --format md
# mistakes
step --lang ja show 999
step --lang ja respond 1 --at not-a-time
step show 999
step show abc
step show 0
step show -- -1
step respond 999
step close 999
step note 999 "nothing"
step update 999 --severity A
step redact 999 --all
step reopen 999
step show --case 0000
step list --since yesterday
step list --since 2026-13-01
step list --until 2026-11-24T25:00:00Z
step list --since 2026-11-24 --until 2026-11-01
step list --status bogus
step list --limit 0
step list --limit -1
step open --title ""
step open --title "No severity, no description"
step open --title "Future" --severity B --opened-at 2027-01-01
step open --title "Unknown tenant" --severity B --tenant nowhere
step respond 1 --at 2026-11-01T00:00:00Z
step respond 1 --at not-a-time
step respond 2 --at 2026-11-24T09:00:00Z
step respond 2 --at 2026-11-24T09:10:00Z
step close 1 --at 2020-01-01T00:00:00Z
step reopen 2 --reason "not closed"
step update 2 --severity A --by microsoft
step update 2 --tenant nowhere
step update 2 --category bogus
step note 2
step close 4
step close 4
step redact 2
step sla --fail-on bogus
step sla --at-risk 200%
step report --month 2026-13
step report --from 2026-11-30 --to 2026-11-01
step report --month 2026-11 -o report.html
step export --format junit
step import
step db copy --from "$W/sqlite/s.db" --to "$W/sqlite/s.db"
step list --status all --json
step export --events
# New ids for imported rows come from the sequence in blocks on PostgreSQL, and a sequence
# does not roll back: ids may have gaps there (README, "Team ledger"), after an import and
# after a refused one.
step import "$W/in/bad.jsonl"
step import "$W/in/bad.csv"
differs "ids may have gaps" open -q --title "After a refused import" --severity C
step import "$W/in/rows.jsonl" --dry-run
differs "ids may have gaps" import "$W/in/rows.jsonl" -q
differs "ids may have gaps" open -q --title "After an import" --severity C
differs "ids may have gaps" list --status all --format csv
# On a team ledger the actor is the database role (SPEC 8): --as naming another is refused.
differs "the actor is the role" --as bob open --title "Someone else" --severity C

echo "$n steps, $diffs differ"
[ "$diffs" = 0 ]
