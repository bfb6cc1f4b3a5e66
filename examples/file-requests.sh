#!/bin/sh
# File one request per CSV line (title,severity,tenant) and print the new ids.
#   examples/file-requests.sh requests.csv
# The header line is skipped; titles must not contain commas (use `svcreq import` for full CSV).
set -eu
file=${1:?usage: file-requests.sh FILE.csv}
tail -n +2 "$file" | while IFS=, read -r title severity tenant; do
  [ -n "$title" ] || continue
  svcreq open -q --title "$title" --severity "$severity" ${tenant:+--tenant "$tenant"}
done
