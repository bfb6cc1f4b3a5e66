#!/bin/sh
# The README's example ledger: November 2026 for two tenants (examples/config.toml), two of
# whose requests came back after they were closed, reviewed as one HTML page.
# Usage: examples/review.sh LEDGER OUT.html   (svcreq on PATH; LEDGER must not exist yet)
set -eu
here=$(dirname "$0")
db=${1:?usage: review.sh LEDGER OUT.html}
out=${2:?usage: review.sh LEDGER OUT.html}
export SVCREQ_CONFIG="$here/config.toml" SVCREQ_ADMIN=alice
at() { when=$1; shift; svcreq --db "$db" --now "$when" "$@" >/dev/null; }
at 2026-11-30T09:00:00Z import "$here/review-2026-11.jsonl"
# Request 12 (contoso, A) is reopened and answered late; request 14 (fabrikam, A) in time.
at 2026-11-14T00:00:00Z reopen 12 --reason "the outage came back"
at 2026-11-14T01:30:00Z respond 12 --at 2026-11-14T01:30:00Z
at 2026-11-16T08:00:00Z reopen 14 --reason "users report it again"
at 2026-11-16T08:40:00Z respond 14 --at 2026-11-16T08:40:00Z
at 2026-11-18T10:00:00Z close 14 --at 2026-11-18T10:00:00Z
at 2026-11-30T09:00:00Z report --month 2026-11 --format html -o "$out"
