# svcreq: messages (en)

## Errors (SPEC 2): one sentence, what went wrong and what to do.

error-no-such-request = no such request: { $id }; `svcreq list --status all` shows the ids
error-cannot-write-output = cannot write output: { $reason }

## Command-line errors (clap's own kinds), one line with exit 2.

usage-line = { $what }; see --help
usage-line-tip = { $what } ({ $tip }); see --help
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-subcommand = unrecognized subcommand '{ $command }'
clap-invalid-value = invalid value '{ $value }' for '{ $arg }' [possible values: { $valid }]
clap-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
clap-missing-argument = the following required arguments were not provided: { $arg }
clap-argument-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-missing-command = a command is required
clap-wrong-values = wrong number of values for '{ $arg }'
clap-tip-similar = a similar one exists: '{ $similar }'

## list

list-none-match = no requests match; `svcreq list --status all` shows closed ones too
list-none-yet = no requests yet; file one with `svcreq open --title ...`

## sla

sla-left-overdue = overdue { $duration }
sla-left-answered = answered
sla-left-answered-late = answered late
sla-left-open-for = open { $duration }
sla-id-cycle = { $id } (cycle { $cycle })
sla-nothing-to-evaluate = No requests to evaluate at { $at }.
sla-summary = { $breached } breached · { $at_risk } at risk · { $pending } pending · { $met } met · { $withdrawn } withdrawn · { $no_target } without target
sla-summary-at = { $summary } (at { $at })

## classify

classify-no-text = give the request text, --file FILE, or - to read stdin
classify-empty-text = the text is empty; describe the problem as you would in a request
classify-severity = severity { $severity }
classify-no-severity = { $category } request (no severity)
classify-headline = { $headline } · { $category } · { $service }
classify-out-of-scope = outside Microsoft's support boundary ({ $scope }): go to { $referral }
classify-no-commitment = no response commitment
classify-initial-response = initial response { $response } ({ $availability })
classify-tier-line = { $tier } tier ({ $plan }) for tenant { $tenant }: { $due }
classify-why = why:
classify-assumed-hint = (assumed facts can be stated with --impact, --users, --workaround, --business-critical)
note-line = note: { $note }
warning-line = warning: { $warning }
hint-line = hint: { $hint }

## open

open-facts = impact { $impact }, users { $users }, workaround { $workaround }, business-critical { $business_critical }
open-note-assumed = note: severity { $severity } from { $facts }; assumed { $assumed } (state them with --impact, --users, --workaround, --business-critical, or give --severity)
open-due = due { $due } ({ $response })
open-done = Opened request { $id }: { $severity } · { $tier } tier ({ $plan }) · { $availability } · { $due }
hint-self-service = this reads as a how-to question; self-service help is available on every plan (the admin center's Help, Microsoft Learn, the Microsoft 365 community forums) and often answers faster than a service request
warning-24x7 = warning: severity A expects the customer to stay reachable around the clock; Microsoft may lower the request to B without it (give --available-24x7)
warning-tenant = tenant { $tenant }: { $warning }
warning-professional-direct-country = Professional Direct is offered to small businesses in the US, Canada and the UK only, and this tenant's country is { $country }; check support_option (premier or unified are the elevated options elsewhere)

## respond, close, reopen, update, note, redact

respond-done = Recorded the first response to request { $id } at { $at }: { $state }
close-done = Closed request { $id }: { $state }
close-corrected = Corrected the close of request { $id }: { $state }
close-reopen-until = {" "}· may be reopened until { $deadline }
reopen-check-eligible = Request { $id } may be reopened until { $deadline }
reopen-check-refused = Request { $id } cannot be reopened: { $reason }
reopen-done = Reopened request { $id } (reopen #{ $count }): new response cycle, { $due }
reopen-refused-open = it is still open; only a closed request can be reopened
reopen-refused-phone = it was filed by phone, and only requests filed online in the admin center can be reopened; file a new request
reopen-refused-window = its reopen window ended at { $deadline }; file a new request
update-due = due { $due }
update-done = Updated request { $id }: { $severity } · { $due } · { $state }
note-done = Added a note from { $from } to request { $id }
redact-done = Redacted request { $id } in the request and every event of its history
name-from-microsoft = microsoft
name-from-admin = admin

## The shared context of every command

error-as-empty = --as is empty; name the acting admin
error-format-not-offered = `svcreq { $command }` does not print --format { $format }; use one of: { $offered }
error-no-home = cannot find a home directory for the ledger; give --db PATH or set SVCREQ_DB
error-no-ledger = no ledger at { $path }; file a request with `svcreq open`, or pass --db
error-cannot-open-ledger = cannot open the ledger { $path }
error-unknown-tenant-anywhere = unknown tenant '{ $tenant }': it is neither in the config nor in the ledger; known tenants: { $known }
error-not-an-admin = '{ $actor }' is not an admin; only admins listed under [[admins]] in the config may use this ledger
error-not-an-id = '{ $value }' is not a request id; ids are positive numbers, as `svcreq list` prints them
error-after-now = { $flag } { $at } is after now ({ $now }); check the date
error-case-taken = case number { $case } is already request { $id } in tenant '{ $tenant }'; a case number is unique per tenant
error-case-ambiguous = case number { $case } is used in tenants { $tenants }; add --tenant to say which
error-name-the-request = name the request: give its ID or --case N
error-no-case = no request has case number { $case }
error-id-and-case = give either the request ID or --case N, not both

## Input texts

error-cannot-read = cannot read { $what } { $path }: { $reason }
error-too-large = { $what } is larger than { $cap } bytes; shorten it
error-not-utf8 = { $what } is not valid UTF-8 (at byte offset { $offset }); save it as UTF-8
error-title-empty = --title is empty; give the request a title
error-title-too-large = --title is larger than { $cap } bytes; put the detail in --description

## Times typed on the command line

error-invalid-time = invalid { $flag } '{ $value }': { $why }; { $accepted }
time-accepted = use RFC 3339 (2026-11-24T10:00:00+09:00 or ...Z) or YYYY-MM-DD [HH:MM[:SS]] in the tenant's time zone
time-empty = empty time
time-not-rfc3339 = not a valid RFC 3339 time (check the date, the time and the offset)
time-no-such-date = no such date
time-not-time-of-day = not a valid time of day
time-not-a-time = not a time
error-time-skipped = invalid { $flag } '{ $value }': that local time does not exist in { $zone } (the clocks skip it for daylight saving time); give an explicit offset, like { $example }
error-time-ambiguous = invalid { $flag } '{ $value }': that local time is ambiguous in { $zone } (it happens twice, at { $first } and { $second }); give an explicit offset
error-unknown-time-zone = unknown time zone '{ $zone }'; use an IANA name like Asia/Tokyo, Europe/Berlin or UTC

## db init, migrate and copy (SPEC 8)
db-same-ledger = --from and --to name the same ledger; give two ledgers
db-no-source = no ledger at { $path }; check --from
db-copied = Copied { $requests } requests ({ $events } events, { $cycles } earlier cycles) into { $ledger }
db-team-created = Created the team ledger { $ledger } (schema { $version })
db-team-current = The team ledger { $ledger } is already at schema { $version }; nothing to do
db-team-exists = the team ledger { $ledger } already exists at schema { $version }; upgrade it with `svcreq db migrate` instead
db-file-ready = The ledger { $ledger } is ready (schema { $version })
db-file-version = The ledger { $ledger } is at schema { $version }
db-team-migrated = Upgraded the team ledger { $ledger } from schema { $from } to { $to }
db-team-up-to-date = The team ledger { $ledger } is at schema { $version }; nothing to do
import-busy = the ledger was busy with other writers during the import; nothing was imported — run it again

## The config file

config-file = config
error-config-empty = --config is empty; give the path of a TOML config file
error-config-not-found = config file { $path } not found; check --config or SVCREQ_CONFIG
error-config-is-dir = config { $path } is a directory, not a TOML file
error-unknown-tenant = unknown tenant '{ $tenant }'; known tenants: { $known }; add [tenants.{ $tenant }] to the config

## Team ledger access (SPEC 8): db admins, db config, the actor

team-only = `svcreq db { $command }` is for a team ledger (--db postgres://…); on a local ledger, list admins and tenants in the config file
team-as-other-role = --as { $other } names another role: on a team ledger the actor is the database role you connect as ({ $role }); connect as { $other } to act as them
error-db-conninfo = --db takes a ledger file's path or a postgres:// URL, not a key=value connection string; write it as postgresql://user@host/dbname (the password comes from PGPASSWORD or ~/.pgpass)
team-owner-only = only the owner of the team ledger { $ledger } manages its admins and configuration
team-no-such-role = there is no database role '{ $name }'; create its login first (CREATE ROLE { $quoted } LOGIN), then add it
admins-partner-needs-tenants = a partner acts only for the tenants that delegated to it; give --tenant
admins-until-partner-only = --until is the end of a partner's delegation; give --role partner
admins-bad-until = --until: { $reason }
admins-added = Added admin { $name } ({ $role }, { $tenants })
admins-updated = Updated admin { $name } ({ $role }, { $tenants })
admins-every-tenant = every tenant
admins-tenants = tenants { $tenants }
admins-removed = Removed admin { $name }
admins-no-such = no admin named '{ $name }'; `svcreq db admins list` shows them
admins-header-admin = Admin
admins-header-role = Role
admins-header-tenants = Tenants
admins-header-until = Until
admins-header-added-by = Added by
config-pushed = Stored the team configuration from { $file } in { $ledger } ({ $tenants } tenants, { $admins } admins{ $rules }); every admin and CI job on this ledger now uses it
config-pushed-rules = , its rules file
config-shown-by = # pushed by { $by } at { $at }{ $rules }
config-shown-rules = , with its rules file
config-none = no configuration is stored in this team ledger yet; its owner stores one with `svcreq db config push FILE`

## report (SPEC 9)

error-report-bad-month = invalid --month '{ $value }': use YYYY-MM, a month between 0001-01 and 9999-12
error-report-bad-day = invalid { $flag } '{ $value }': use a date YYYY-MM-DD
error-report-day-out-of-range = invalid { $flag } '{ $value }': dates lie in years 0001-9999
error-report-from-after-to = --from { $from } is after --to { $to }; give the first day of the period, then the last
error-report-current-month = the current month cannot be reported
error-report-html-needs-output = --format html writes a file: give -o/--output FILE (for example -o report.html)
error-output-is-ledger = --output { $path } is the ledger itself; name another file
error-output-is-dir = --output { $path } is a directory; name a file
error-does-not-serve = '{ $actor }' does not serve tenant '{ $tenant }'
error-report-cannot-write = cannot write the report to { $path }: { $reason }; check the path and its permissions

## import: reading the input file

error-unknown-encoding = unknown encoding '{ $value }'; use utf-8 (the default) or cp932 (Shift_JIS as Excel saves it in Japan)
import-not-utf8-but-cp932 = not UTF-8 (byte { $at } of the line); it reads as Shift_JIS/CP932, as Excel saves CSV files in Japan — import it with --encoding cp932, or save it as "CSV UTF-8"
import-not-utf8 = not valid UTF-8 (byte { $at } of the line); save the file as UTF-8, or give --encoding cp932 if it is Shift_JIS
import-not-cp932 = not valid CP932 (Shift_JIS); check --encoding
import-utf16 = the file is UTF-16 (as Excel's "Unicode text" saves it); save it as "CSV UTF-8" or UTF-8 JSON lines
import-too-many-fields = more than 65,536 fields in one record
import-record-too-long = the record is longer than { $mib } MiB; a request is at most a 4 KiB title and a 1 MiB description (is this an import file?)
import-cannot-read = cannot read: { $reason }

import-copy-failed = the import's rows could not be sent to the team ledger ({ $error })
import-no-id = the team ledger gave no id for a new request
