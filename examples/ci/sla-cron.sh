#!/bin/sh
# Log (and mail, when `mail` is available) the requests whose response target was missed.
# crontab -e:   */10 * * * *  /usr/local/bin/sla-cron.sh
set -u
report=$(svcreq sla --color never --fail-on breached)
status=$?
case $status in
  0) exit 0 ;;                                   # nothing breached
  3) logger -t svcreq "response target breached: $(svcreq sla -q | tr '\n' ' ')"
     if command -v mail >/dev/null 2>&1 && [ -n "${SVCREQ_MAILTO:-}" ]; then
       printf '%s\n' "$report" | mail -s "svcreq: Microsoft response target breached" "$SVCREQ_MAILTO"
     fi ;;
  *) logger -t svcreq "svcreq sla failed with exit $status" ;;
esac
exit "$status"
