# svcreq: messages (en)

## Errors (SPEC 2): one sentence, what went wrong and what to do.

error-no-such-request = no such request: { $id }; `svcreq list --status all` shows the ids
error-cannot-write-output = cannot write output: { $reason }
io-not-found = No such file or directory
io-permission-denied = Permission denied
io-already-exists = File exists
io-is-a-directory = Is a directory
io-not-a-directory = Not a directory
io-storage-full = No space left on device
io-read-only = Read-only file system
io-broken-pipe = Broken pipe
io-symlink-loop = its symbolic links lead round in a loop; point at the real file
io-name-too-long = the path or one of its names is too long

## Command-line errors (clap's own kinds), one line with exit 2.

# $ends: "aside" when $what ends with a parenthesis, else "other".
usage-line = { $ends ->
   *[other] { $what }
}; see `{ $command } --help`
usage-line-tip = { $what } ({ $tip }); see `{ $command } --help`
clap-unknown-argument = { $kind ->
   *[other] unexpected argument '{ $arg }' found
}
clap-invalid-subcommand = unrecognized subcommand '{ $command }'
clap-invalid-value = invalid value '{ $value }' for '{ $arg }' [possible values: { $valid }]
clap-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
clap-missing-argument = { $kind ->
   *[other] the following required arguments were not provided: { $arg }
}
clap-needs-argument = { $arg } applies only with { $needed }; leave { $arg } out, or give { $needed } with it
clap-argument-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-missing-command = `{ $command }` needs one of its commands: { $commands }
clap-wrong-values = wrong number of values for '{ $arg }'
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-one-value = '{ $arg }' takes one value, not a list ('{ $value }'): use one of: { $valid }
clap-missing-value = a value is required for '{ $arg }' but none was supplied
clap-empty-env = environment variable { $var } is set but empty; give it a value or unset it
clap-empty-env-start = environment variable
clap-argument-twice = the argument '{ $arg }' cannot be used multiple times
clap-tip-similar = a similar one exists: '{ $similar }'
clap-tip-escape = to pass '{ $arg }' as a value, use '-- { $arg }'
# Between several similar names ('classify', 'close').
clap-tip-similar-separator = {"'"}, {"'"}
value-error = { $subject }: { $reason }
value-error-of = { $subject }: { $reason }
# A value as typed, when it reads as itself.
value-typed = { $typed }
# An option named in a sentence (--at).
quoted-option = { $option }
# A value as typed, and what it was read as ('2026-11-25 10:00' (2026-11-25 10:00:00 UTC)).
value-typed-meaning = '{ $typed }' ({ $meant })

## list

list-none-match = no requests match; `svcreq list --status all` shows closed ones too
list-none-match-all = no requests match
list-none-yet = no requests yet; file one with `svcreq open --title ...`
list-delegation-ended = the delegation of '{ $actor }' ended with { $until } (its last day, local time); no request of its tenants is visible any more — renew it and update `until` in the config

## sla

sla-left-overdue = overdue { $duration }
sla-left-answered = answered
sla-left-answered-late = answered late
sla-left-closed-unanswered = closed unanswered
sla-left-open-for = open { $duration }
junit-answered-late = answered after the due time
junit-closed-unanswered = closed unanswered after the due time
junit-overdue = overdue by { $duration }
junit-left = { $duration } left
junit-failure-was-due = request { $id } ({ $tier } target { $target }) was due { $due }: { $how }
junit-failure-is-due = request { $id } ({ $tier } target { $target }) is due { $due }: { $how }
# A row's response cycle: $cycle counts from 1, $reopen is the reopen that began it (the
# Japanese catalogue names the cycle by its reopen).
sla-cycle-label = { $reopen ->
   *[other] cycle { $cycle }
}
# One line of `sla --explain`: $id the request, $cycle its row's cycle label
# (sla-cycle-label) when it was reopened, else "none"; $explanation how its due time was reached.
sla-explain-line = { $cycle ->
   *[other] #{ $id }
}: { $explanation }
sla-nothing-to-evaluate = No requests to evaluate at { $at }.
sla-summary = { $breached } breached · { $at_risk } at risk · { $pending } pending · { $met } met · { $withdrawn } withdrawn · { $no_target } without target
sla-summary-at = { $summary } (at { $at })

## classify

classify-no-text = give the request text, --file FILE, or - to read stdin
classify-empty-text = the text is empty; describe the problem as you would in a request
classify-severity = severity { $severity }
classify-no-severity = { $category } request (no severity)
classify-headline = { $headline } · { $category } · { $service }
# A request without a severity: its headline has named the category.
classify-headline-no-severity = { $headline } · { $service }
classify-out-of-scope = outside Microsoft's support boundary ({ $scope }): go to { $referral }
classify-no-commitment = no response commitment
classify-initial-response = initial response { $response } ({ $availability })
classify-tier-line = { $tier } tier ({ $plan }) for tenant { $tenant }: { $due }
classify-tier-line-plan = { $tier } tier of plan { $plan }, given with --plan: { $due }
classify-why = why:
classify-assumed-hint = (assumed facts can be stated with --impact, --users, --workaround, --business-critical)
note-line = note: { $note }
warning-line = warning: { $warning }
hint-line = hint: { $hint }

## open

open-facts = impact { $impact }, users { $users }, workaround { $workaround ->
    [true] yes
   *[false] no
}, business-critical { $business_critical ->
    [true] yes
   *[false] no
}
open-note-assumed = note: severity { $severity } from { $facts }; assumed { $assumed } (state them with --impact, --users, --workaround, --business-critical, or give --severity)
open-due = due { $due } ({ $response })
open-done = Opened request { $id }: { $severity } · { $tier } tier ({ $plan }) · { $availability } · { $due }
hint-self-service = this reads as a how-to question; self-service help is available on every plan (the admin center's Help, Microsoft Learn, the Microsoft 365 community forums) and often answers faster than a service request
warning-24x7 = warning: severity A expects the customer to stay reachable around the clock; Microsoft may lower the request to B without it (give --available-24x7)
# On update the flag takes a value, and false may have been given on purpose.
warning-24x7-update = warning: severity A expects the customer to stay reachable around the clock; Microsoft may lower the request to B without it (give --available-24x7 true if they are)
warning-24x7-reopen = warning: severity A expects the customer to stay reachable around the clock; Microsoft may lower the request to B without it (if they are, record it with svcreq update { $id } --available-24x7 true)
# Import warnings are said alike by the import and its dry run (--dry-run): worded so that
# they are true of both (nothing "was imported" when nothing is).
warning-24x7-import = warning: { $count ->
        [one] { $count } open request in the file is
       *[other] { $count } open requests in the file are
    } severity A without the customer recorded as reachable around the clock; Microsoft may lower such a request to B (if the customer is reachable, give available_24x7 in the file, or record it after the import with svcreq update ID --available-24x7 true)
warning-import-departed-tenant = warning: { $count ->
        [one] tenant { $tenants } is not in the config, so its requests take
       *[other] tenants { $tenants } are not in the config, so their requests take
    } the time zone and targets their rows record, the rules' business hours and at-risk threshold standing in for the tenant's own (add the tenant to the config to give it its own)
warning-copy-departed-tenant = warning: { $count ->
        [one] tenant { $tenants } is not in the team configuration of { $ledger }, so its requests were
       *[other] tenants { $tenants } are not in the team configuration of { $ledger }, so their requests were
    } copied with the time zone and targets they record, the rules' business hours and at-risk threshold standing in for the tenant's own (add the tenant to the team configuration and push it with svcreq db config push FILE to give it its own)
warning-tenant = tenant { $tenant }: { $warning }
warning-professional-direct-country = Professional Direct is offered to small businesses in the US, Canada and the UK only, and this tenant's country is { $country }; check support_option (premier or unified are the elevated options elsewhere)
# A request with no severity, named in a result sentence: by its category.
request-category = { $category }
open-severity = severity { $severity }

## respond, close, reopen, update, note, redact

respond-done = Recorded the first response to request { $id } at { $at }: { $state }
close-done = Closed request { $id }: { $state }
close-corrected = Corrected the close of request { $id } from { $from } to { $to }: { $state }
close-reopen-until = {" "}· may be reopened until { $deadline }
reopen-check-eligible = Request { $id } may be reopened until { $deadline }
reopen-check-refused = Request { $id } cannot be reopened: { $reason }
reopen-done = Reopened request { $id } (reopen #{ $count }): new response cycle, { $due }
reopen-refused-open = it is still open; only a closed request can be reopened
reopen-refused-phone = it was filed by phone, and only requests filed online in the admin center can be reopened; file a new request
reopen-refused-window = its reopen window ended at { $deadline }; file a new request
# The actor may not reopen: $why is that refusal's sentence (error-not-an-admin-of, …).
reopen-refused-actor = { $why }
update-due = due { $due }
update-done = Updated request { $id }: { $fields }
update-severity-kept = the source is now { $source }; the severity stays { $severity }
update-with-kept = { $done } ({ $kept })
update-retargeted = { $done } (now { $severity }, { $due }, { $state })
# An update that set the severity says it once, with its value.
update-done-severity = Updated request { $id }: severity { $severity }
update-done-and-severity = Updated request { $id }: { $fields }, severity { $severity }
update-retargeted-severity-said = { $done } (now { $due }, { $state })
no-due-sentence = no response commitment
note-done = Added a note from { $from } to request { $id }
redact-done = Redacted request { $id } in the request and every event of its history
redact-team-owner-only = '{ $actor }' may not redact on the team ledger: redacting rewrites the history, which only the ledger's owner (the role owning its tables) may do; ask the owner to run svcreq redact
name-from-microsoft = microsoft
name-from-admin = admin
respond-corrected = Corrected the first response to request { $id } from { $from } to { $to }: { $state }

## The shared context of every command

error-format-no-records = `svcreq { $command }` prints no records, so { $option } does not apply to it; leave the option out
error-quiet-no-ids = `svcreq { $command }` prints no ids and cannot print nothing, so -q does not apply to it; leave the option out
error-quiet-with-format = -q prints only ids and { $option } prints records, so the two ask for different output; give one of them
error-format-not-offered = `svcreq { $command }` does not print --format { $format }; use one of: { $offered }
error-no-home = cannot find a home directory for the ledger; give --db PATH or set SVCREQ_DB
error-no-ledger = no ledger at { $path }; file a request with `svcreq open`, or pass --db
error-cannot-open-ledger = cannot open the ledger { $path }
error-unknown-tenant-anywhere = unknown tenant '{ $tenant }': it is neither in the config nor in the ledger; known tenants: { $known }
error-not-an-admin = '{ $actor }' is not an admin; only admins listed under [[admins]] in the config may use this ledger
error-not-an-id = '{ $value }' is not a request id; ids are positive numbers, as `svcreq list` prints them
error-after-now = { $flag } { $at } is after now ({ $now }); check the date
error-case-taken = case number { $case } is already request { $id } in tenant '{ $tenant }'; a case number is unique per tenant
error-case-ambiguous = case number { $case } is used in tenants { $tenants }; name { $count ->
    [2] one of the two
   *[other] one of them
} with --tenant
error-name-the-request = name the request: give its ID or --case CASE
error-no-case = no request has case number { $case }
error-id-and-case = give either the request ID or --case CASE, not both

## Input texts

error-cannot-read = cannot read { $what } { $path }: { $reason }
error-cannot-read-flag = cannot read { $flag } { $path }: { $reason }
error-too-large = { $what } is larger than the { $cap } cap for this value; shorten it
io-not-utf8 = it is not UTF-8 text (at byte offset { $offset }); save it as UTF-8
io-too-large = it is larger than the { $cap } cap for this file; shorten it
io-dir-not-file = it is a directory, not a file; give the path of a file
io-special-not-file = it is { store-file-kind }, not a file; give the path of a file
io-pipe-no-writer = it is a pipe that no program is writing to, so there is nothing to read; give a file, or a pipe a program writes, as `<(command)` makes
error-not-utf8 = { $what } is not valid UTF-8 (at byte offset { $offset }); save it as UTF-8
error-nul = { $what } holds a NUL character (U+0000) at byte offset { $offset }, which no ledger can keep; remove it
error-title-empty = --title is empty; give the request a title
error-title-too-large = --title is larger than the { $cap } cap for a title; put the detail in --description

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
error-local-time-zones-differ = { $flag } '{ $value }' is a local time, and the tenants it is read for ({ $tenants }) are in time zones where it names different instants; give it with an offset, as in { $example }
error-time-not-whole = invalid { $flag } '{ $value }': { $why }; the ledger records whole seconds from 00 to 59, so give the time to the second
time-fraction = it has a fraction of a second
time-leap-second = second 60 is a leap second
error-unknown-time-zone = unknown time zone '{ $zone }'; use an IANA name like Asia/Tokyo, Europe/Berlin or UTC
# A date in the right format whose day does not exist: which day, never the format again.
error-no-such-date = invalid { $flag } '{ $value }': { $why }; check the date
date-no-such-day = no such date: month { $month } has { $days } days (no day { $day })
date-no-leap-day = no such date: { $year } is not a leap year, February has 28 days
date-no-such-month = no such date: there is no month { $month }

## db init, migrate and copy (SPEC 8)
db-same-ledger = --from and --to name the same ledger; give two ledgers
db-no-source = no ledger at { $path }; check --from
db-copied = Copied { $requests ->
        [one] { $requests } request
       *[other] { $requests } requests
    } ({ $events ->
        [one] { $events } event
       *[other] { $events } events
    }, { $cycles ->
        [one] { $cycles } earlier cycle
       *[other] { $cycles } earlier cycles
    }) into { $ledger }
db-team-created = Created the team ledger { $ledger } (schema { $version })
db-team-current = The team ledger { $ledger } is already at schema { $version }; nothing to do
db-team-exists = the team ledger { $ledger } already exists at schema { $version }; upgrade it with `svcreq db migrate` instead
db-file-ready = The ledger { $ledger } is ready (schema { $version })
db-file-version = The ledger { $ledger } is at schema { $version }; nothing to do
db-file-migrated = Upgraded the ledger { $ledger } from schema { $from } to { $to }
db-team-migrated = Upgraded the team ledger { $ledger } from schema { $from } to { $to }
db-team-up-to-date = The team ledger { $ledger } is at schema { $version }; nothing to do
import-busy = the ledger was busy with other writers during the import; nothing was imported — run it again
db-team-access-migrated = Upgraded the access rules of the team ledger { $ledger } from version { $from } to { $to }

## The config file

config-file = config
error-config-empty = --config is empty; give the path of a TOML config file
error-actor-empty = { $what } is empty; name the acting admin
error-actor-control = { $what } '{ $name }' holds a control or invisible character ({ $char }), and an actor is written into the history and shown in tables; remove it
error-actor-blank-end = { $what } '{ $name }' begins or ends with a blank{ $char }, which no name given on the command line or in a config matches; remove the blank
config-actor-empty = `{ $key }` is empty; name the acting admin
config-actor-control = `{ $key }` '{ $name }' holds a control or invisible character ({ $char }), and an actor is written into the history and shown in tables; remove it
config-actor-blank-end = `{ $key }` '{ $name }' begins or ends with a blank{ $char }, which no name given on the command line or in a config matches; remove the blank
actor-login-name = the login name
actor-url-user = the user of the --db URL
error-config-not-found = config file { $path } not found; check --config or SVCREQ_CONFIG
error-config-is-dir = config { $path } is a directory, not a TOML file
error-unknown-tenant = unknown tenant '{ $tenant }'; known tenants: { $known }; add [tenants.{ $tenant }] to the config
error-name-your-tenant = '{ $actor }' may not see the default tenant of the config and serves { $tenants }; name one of them with --tenant
error-name-your-tenant-row = '{ $actor }' may not see the default tenant of the config and serves { $tenants }; give the row a `tenant` column (CSV) or field (JSON lines) naming one of them
error-one-tenant = --tenant names one tenant here, but it lists { $count } ({ $tenants }); give one of them
config-cannot-read-rules = cannot read rules_file { $path }: { $reason }
config-admin-twice = admin '{ $name }' is listed twice (as { $first } and as { $second }); keep one [[admins]] entry per name, with one role and all its tenants
config-key-nul = `{ $key }` holds a NUL character (U+0000), which no ledger can keep; remove it
config-name-too-long = a { $field } name of { $size } bytes in `{ $key }` is larger than the { $cap } cap for a name a request stores; shorten it
config-partner-no-tenants = partner '{ $name }' lists no tenants; a partner acts only for the tenants that delegated to it: list them in `tenants`
config-admin-unknown-tenant = admin '{ $name }' lists tenant '{ $tenant }' in `tenants`, which the config does not define; add [tenants.{ $tenant }]
config-hours-unreachable = tenant '{ $tenant }', `{ $key }`, { $what }: { $error }
config-tenant-error = { $origin }: tenant '{ $tenant }': { $error }
config-tenant-comma = tenant '{ $tenant }' has a comma in its name (`{ $key }`); a comma separates tenants wherever --tenant is given, so rename it

## Team ledger access (SPEC 8): db admins, db config, the actor

team-only = `svcreq db { $command }` is for a team ledger (--db postgres://…); on a local ledger, list admins and tenants in the config file
team-as-other-role = --as { $other } names another role: on a team ledger the actor is the database role you connect as ({ $role }); connect as { $other } to act as them
error-db-conninfo = --db takes a ledger file's path or a postgres:// URL, not a key=value connection string; write it as postgresql://user@host/dbname (the password comes from PGPASSWORD or ~/.pgpass)
team-owner-only = only the owner of the team ledger { $ledger } manages its admins and configuration
team-no-such-role = there is no database role { $quoted }; create its login first (CREATE ROLE { $quoted } LOGIN), then add it
admins-partner-needs-tenants = a partner acts only for the tenants that delegated to it; give --tenant
admins-until-partner-only = --until is the end of a partner's delegation; give --role partner
admins-bad-until = --until: { $reason }
admins-added = Added admin { $name } ({ $role }, { $tenants })
admins-updated = Updated admin { $name } ({ $role }, { $tenants })
admins-every-tenant = every tenant
admins-tenants = tenants { $tenants }
admins-with-until = { $tenants }, last day { $until }
admins-removed = Removed admin { $name }
admins-no-such = no admin named '{ $name }'; `svcreq db admins list` shows them
admins-header-admin = Admin
admins-header-role = Role
admins-header-tenants = Tenants
admins-header-until = Until
admins-header-added-by = Added by
config-pushed = Stored the team configuration from { $file } in { $ledger } ({ $tenants ->
        [one] { $tenants } tenant
       *[other] { $tenants } tenants
    }, { $admins ->
        [one] { $admins } admin
       *[other] { $admins } admins
    }{ $rules }); every admin and CI job on this ledger now uses it
config-pushed-rules = , its rules file
config-shown-by = # pushed by { $by } at { $at }{ $rules }
config-shown-rules = , with its rules file
config-none = no configuration is stored in this team ledger yet; its owner stores one with `svcreq db config push FILE`
team-refused = the team ledger { $ledger } does not allow this to the role you connect as; what a role may see and change is its row in `svcreq db admins list`, kept by the ledger's owner
team-owner-ddl = only the owner of the team ledger { $ledger } creates or upgrades its schema; connect as the role that owns its tables
team-config-unreadable = the team configuration in the ledger cannot be read as TOML; its owner pushes it again with `svcreq db config push FILE`
admins-unknown-tenant = tenant '{ $tenant }' is not in the team's configuration (known tenants: { $known }); add [tenants.{ $tenant }] to the config and push it with `svcreq db config push FILE` first
team-not-an-admin = '{ $actor }' is not an admin of this team ledger; its owner adds admins with `svcreq db admins add NAME --role ROLE`
team-env-other-role = SVCREQ_ADMIN={ $other } names another role: on a team ledger the actor is the database role you connect as ({ $role }); unset SVCREQ_ADMIN, or connect as { $other } to act as them
team-delegation-ended = the delegation of '{ $actor }' ended with { $until } (its last day); no request of its tenants is visible any more — ask the ledger's owner to renew it with `svcreq db admins add { $actor } --role partner --tenant TENANT --until DATE`
warning-team-admin-ignored = warning: the config's admin = "{ $admin }" is ignored on a team ledger, where the actor is the database role you connect as ({ $role })

## report (SPEC 9)

error-report-bad-month = invalid --month '{ $value }': use YYYY-MM, a month between 0001-01 and 9999-12
error-report-bad-day = invalid { $flag } '{ $value }': use a date YYYY-MM-DD
error-report-day-out-of-range = invalid { $flag } '{ $value }': dates lie in years 0001-9999
error-list-since-after-until = --since { $since } is after --until { $until }; give the earlier time to --since
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
import-utf8-not-cp932 = the file is UTF-8, not CP932 (its text reads as UTF-8); import it without --encoding cp932
import-utf16 = the file is UTF-16 (as Excel's "Unicode text" saves it); save it as "CSV UTF-8" or UTF-8 JSON lines
import-looks-like-csv = this line is a CSV header, but the input is read as JSON lines; add --format csv
import-too-many-fields = more than 65,536 fields in one record
import-unclosed-quote = the quoted field that begins here (field { $field }) has no closing quote: the file ends inside it; close it with ", and write a quote inside a field as ""
import-unclosed-quote-cap = the quoted field that begins here (field { $field }) has no closing quote within the { $cap } cap for one record; close it with ", and write a quote inside a field as ""
import-record-too-long = the record is larger than the { $cap } cap for one record; a request is at most a 4 KiB title and a 1 MiB description (is this an import file?)
import-cannot-read = cannot read: { $reason }

import-copy-failed = the import's rows could not be sent to the team ledger ({ $error })
import-no-id = the team ledger gave no id for a new request
import-cannot-place = cannot create the ledger { $path }: { $reason }; nothing was imported

## Values, rules files, actions and import rows

error-unknown-id = unknown { $what } '{ $value }'; use one of: { $valid }
kind-severity = severity
kind-category = category
kind-scope = scope
kind-service = service
kind-service-state = service state
kind-affected = affected
kind-channel = channel
kind-contact-method = contact method
kind-note-from = note from
error-outside-representable = { $what } is outside the years 0001–9999 (UTC); check the date
error-before-latest-action = { $flag } { $at } is before the request's latest recorded action ({ $latest } at { $latest_at }); { $doing } cannot come before it — check the time
import-field-needs = field { $name } is given without { $needed }, which it needs to mean anything; give { $needed } too, or leave { $name } out to have it decided as open would
import-field = field { $name }
import-field-out-of-order = field { $field } { $at } is before { $other } { $other_at }; a history runs opened ≤ cycle start ≤ first response ≤ close ≤ the next cycle's start — check the times
import-due-before-cycle = field { $field } { $due } is before its cycle starts ({ $start }); check the times
import-reopen-count-negative = field reopen_count is { $count }; a request is reopened 0 or more times
import-reopen-count-cycles = field reopen_count is { $count } but the row gives { $cycles } earlier cycles; they must agree
import-cycle-start-not-opening = field cycle_started_at { $start } differs from opened_at { $opened } but reopen_count is 0; a request never reopened is in its first cycle
import-events-out-of-order = field events: an event at { $at } comes before { $before } (the opening or the event before it); a history is ordered — check the times
import-row-contradicts = the row contradicts itself ({ $what }); svcreq would not read it back — check its history
import-event-unknown-kind = field events, entry { $n }: kind '{ $kind }' is not a kind of event svcreq records ({ $kinds })
import-event-no-actor = field events, entry { $n }: actor is empty; every event names who acted
import-event-out-of-place = field events, entry { $n }: '{ $kind }' { $why }; a history records each change once, in order
import-event-why-responded = comes after a response in the same cycle
import-event-why-closed = comes after a close in the same cycle, with no reopen between them
import-event-why-open = reopens a cycle that is not closed
import-event-why-nothing-to-correct = corrects a response or close that its cycle does not record
import-event-why-opened = records an opening after the first event of the history
import-event-why-first = comes first, where a history begins with the request's opening or an import
import-event-unwritten = field events, entry { $n }: '{ $kind }' { $why }; svcreq writes no such event
event-why-note-empty = has no text, which no note has
event-why-note-data = holds data that is none of a note's, { $accepted }
event-why-corrected-old = corrects { $field } from { $old }, but the history before it records { $before }
event-why-opened-at = is dated { $at }, where the request was opened at { $opened }
event-why-changed-old = changes { $field } from { $old }, but the history before it records { $before }
import-events-disagree = field { $field } is { $row }, but the row's events say { $events }; a row and its history agree
import-cycle-field = cycles.{ $name } (cycle { $cycle })
import-first-cycle-not-opening = field { $field } { $start } differs from opened_at { $opened }; a request's first cycle starts when it is opened
import-cycle-not-closed = field cycles: cycle { $cycle } has no closed_at; a request is reopened only after it was closed, so every earlier cycle ends with a close
import-phone-reopened = field reopen_count is { $count } but channel is phone; a request filed by phone cannot be reopened (a new one is filed instead)
kind-sla-state = SLA state
error-unknown-role = unknown role '{ $role }'; use one of: { $valid }
error-not-an-admin-of = '{ $actor }' is not an admin of tenant '{ $tenant }'; only admins listed under [[admins]] in the config may use this ledger
error-schema-admin = '{ $actor }' may not run db { $command }: { $why ->
    [reader] a { $role } may only read
   *[confined] its rights are limited to some tenants or to a delegation's end
}, and a ledger's schema is created or changed only by an admin who may manage every tenant's requests, such as a global admin
error-reader-only = '{ $actor }' is a { $role } and may only read; filing and managing requests needs an admin role such as service-support
error-serves-only = '{ $actor }' is not an admin of tenant '{ $tenant }': it serves only { $tenants }
error-not-delegated = tenant '{ $tenant }' has not delegated to partner '{ $actor }': its delegation covers only { $tenants }
error-delegation-ended = the delegation of '{ $actor }' for tenant '{ $tenant }' ended with { $until } (local time); renew it and update `until` in the config
error-bad-time-of-day = invalid time of day '{ $value }'; use HH:MM from 00:00 to 24:00, like 09:00
error-window-backwards = { $kind ->
   *[other] business hours must close after they open ({ $open }–{ $close }); a window may not cross midnight: write it as two, ending at 24:00 and starting at 00:00
}
error-bad-window = invalid window '{ $value }'; use HH:MM-HH:MM, like 09:00-12:00
error-case-number-length = case number '{ $value }' must be 1 to { $max } characters (letters, digits or -), as the admin center shows it
error-case-number-characters = case number '{ $value }' may hold only ASCII letters, digits and -, as the admin center shows it (e.g. 2405010010005082)
error-incident-id = incident id '{ $value }' is not a service-health incident id: two or three capital letters and 4 to 8 digits (e.g. EX123456)
country-hint-gb = ; the United Kingdom is GB
country-hint-us = ; the United States is US
country-hint-jp = ; Japan is JP
error-unknown-country = unknown country '{ $value }'; use an ISO 3166-1 alpha-2 code such as US, CA, GB, JP or DE{ $hint }
error-unknown-severity-source = unknown value '{ $value }'; use manual, classified or microsoft
error-unknown-availability = unknown availability '{ $value }'; use 24x7 or business-hours
error-unknown-clock = unknown clock '{ $value }'; use 24x7 or business
error-response-zero = a response target of '{ $value }' would be due the moment the clock starts; give a duration longer than zero, or none for no commitment
error-bad-response = invalid response '{ $value }'; use none, next-day or a duration like 30m, 1h, 2d
error-target-unreachable = a business-clock target of { $target } is never reached: these business hours ({ $hours }) offer { $offered } of business time in the ten years svcreq looks ahead; shorten the target or widen the hours
error-unknown-next-day = unknown next_day reading '{ $value }'; use end-of-next-day, 24h or end-of-next-business-day
error-bad-duration = invalid duration '{ $value }'; use a number and a unit s, m, h or d, like 30m or 14d
error-duration-too-long = duration '{ $value }' is too long; the longest svcreq takes is { $max }
error-at-risk-percent = invalid at-risk threshold '{ $value }'; a percentage must be a whole number from 0% to 100%, like 25%
error-bad-at-risk = invalid at-risk threshold '{ $value }'; use a percentage like 25% or a duration like 30m
error-at-risk-negative = invalid at-risk threshold '{ $value }': it is negative; give how long before the due time a request is at risk, like 30m or 25%
error-bad-date = invalid date '{ $value }'; use YYYY-MM-DD with a real calendar date
error-no-such-day = invalid date '{ $value }': { $why }; check the date
error-unknown-day = unknown day '{ $value }'; use mon, tue, wed, thu, fri, sat or sun
error-hours-over-windows = `{ $key }` cannot change business hours given as windows (several a day, or different on different days); give `windows` for the week instead
error-windows-and-days = give either `windows` or `days`/`open`/`close`, not both
error-windows-overlap = the windows of { $day } overlap ({ $first } and { $second }); list each stretch once
error-no-business-day = business hours need at least one day with a window, and `{ $key }` leaves none (a calendar with no business time would leave business-clock targets without a due time)
error-business-clock-needs-duration = clock = "business" needs a duration response, like 8h
error-invalid-value = invalid value
error-not-a-count = use a whole number, 1 or more
error-standard-option = 'standard' means the plan's own tier and cannot select a tier
rules-name-nul = a { $field } name in `{ $key }` holds a NUL character (U+0000), which no ledger can keep; remove it
rules-name-empty = a { $field } name in `{ $key }` is empty; give it a name
rules-name-comma = { $field } '{ $name }' in `{ $key }` has a comma in its name; a comma separates names on the command line (--plan a,b), so rename it
rules-name-blank-end = { $field } '{ $name }' in `{ $key }` begins or ends with a blank, which no name given on the command line or in a config matches; remove it
error-plan-twice-in-tier = plan '{ $value }' is listed twice in tier '{ $first }'; list it once
error-option-twice-in-tier = support option '{ $value }' is listed twice in tier '{ $first }'; list it once
error-plan-in-two-tiers = plan '{ $value }' is in tiers '{ $first }' and '{ $second }'; a plan may belong to one tier only
error-option-in-two-tiers = support option '{ $value }' is in tiers '{ $first }' and '{ $second }'; a support option may belong to one tier only
error-no-tiers = the rules define no tiers; add at least one [tiers.NAME]
rules-tier-severity = tier { $tier } severity { $severity }
error-unknown-support-option = unknown support option '{ $value }'; use one of: { $valid }
error-unknown-plan = unknown plan '{ $value }'; use one of: { $valid }
error-unknown-tier = unknown tier '{ $value }'
error-technical-needs-severity = a technical request needs a severity
what-opening-time = the opening time
what-due-time = the response due time
what-new-cycle-due = the new cycle's response due time
what-new-due = the new response due time
doing-response = a response
doing-close = a close
doing-reopen = a reopen
doing-note = a note
doing-change = a change
doing-redact = a redaction
error-due-after-9999 = the response due time would fall after the year 9999; check the opening time
error-no-response-to-correct = request { $id } has no response in this cycle to correct; record it with `svcreq respond { $id } --at TIME`
error-before-cycle-start = --at { $at } is before the response cycle started ({ $start }); a history is ordered
error-close-before-response = --at { $at } is before the first response ({ $start }); a history is ordered
error-after-close = --at { $at } is after the request was closed ({ $closed }); a history is ordered
error-already-responded = request { $id } already has a first response in this cycle, at { $at }; record Microsoft's later updates with `svcreq note { $id }`, or fix the time with --at TIME --correct
error-respond-after-close = request { $id } was closed at { $at }; a response after closing cannot count — reopen it first
error-respond-after-close-final = request { $id } was closed at { $at }; a response after closing cannot count, and it cannot be reopened: { $why }
error-no-close-to-correct = request { $id } is open; there is no close to correct
error-nothing-to-correct-response = nothing to correct: the first response to request { $id } is already recorded at { $at }; give --at the time it should be
error-nothing-to-correct-close = nothing to correct: request { $id } is already recorded as closed at { $at }; give --at the time it should be
error-already-closed = request { $id } is already closed
error-cannot-reopen = cannot reopen request { $id }: { $why }
error-note-empty = the note is empty; write what Microsoft or you said
error-not-linked = request { $id } is not linked to incident { $incident }
error-update-no-field = nothing to update: no field of request { $id } was given; give one to change, such as --severity, --case-number or --owner
error-nothing-to-update = nothing to update: request { $id } already has these values; give a field to change
import-field-error = field { $name }: { $error }
import-not-bool = field { $name }: '{ $value }' is not true or false
import-not-list = field { $name }: not a JSON list ({ $error })
error-record-too-large = request { $id } would take { $size } bytes as export writes it (its description, notes and every text of its history), more than the { $cap } cap for one record an import reads back; it had { $room } bytes of room left, so write less (export writes a control character as 6 bytes)
import-record-too-large = the record is larger than the { $cap } cap for one record as export writes it; shorten its texts
import-not-a-list = field { $name }: must be a JSON list ([…]), not { $found }
import-list-entry = field { $name }, entry { $n }: { $error }
import-not-whole = field { $name }: '{ $value }' is not a whole number (digits only, at most { $max })
import-not-an-object = not a record: each line is one JSON object ({"{"}"title": "…", …{"}"}), as export writes it
import-json-kind = { $kind ->
    [null] null
    [boolean] true or false
    [number] a number
    [string] a text
    [list] a list
   *[object] an object
}
import-field-nul = field { $name } holds a NUL character (U+0000), which no ledger can keep; remove it
import-field-too-large = field { $name }: it is larger than the { $cap } cap for this field; shorten it
import-title-required = field title: required and not empty
import-title-too-large = field title: it is larger than the { $cap } cap for this field; put the detail in the description
import-unknown-status = field status: unknown status '{ $value }'; use open or closed
import-closed-at = field closed_at: a closed request needs closed_at, and an open one must not have it
import-unknown-tier = field tier: unknown tier '{ $value }'; give a tier the rules know, or the row's availability and response_target
import-out-of-scope = this request is outside Microsoft's support boundary ({ $scope }: { $why }); go to { $referral }, or record it anyway with import --force (title '{ $title }')
import-out-of-scope-stated = this request is recorded outside Microsoft's support boundary ({ $scope }: { $why }) without the response target it was recorded under, so it is filed as `svcreq open` would file it: go to { $referral }, record it anyway with `import --force` (no response commitment, as `open --force`), or give its availability with response_target none to restore it as recorded (title '{ $title }')
import-no-severity = field severity: { $category } requests have no severity
import-bad-id = field id: { $id } is not a request id; an id is a whole number from 1 to { $max } (2^53 − 1, the largest every JSON reader keeps exactly) — leave id out to take the next free one
import-cycle-order = field cycles: cycle { $cycle } is out of order; earlier cycles are numbered 1, 2, … oldest first
import-cannot-open = cannot read { $path }: { $reason }
import-is-dir = { $path } is a directory; give the file to import
import-line-error = { $name }: line { $line }: { $error }; nothing was imported
import-unknown-column = unknown column '{ $column }'; columns are the JSON field names: { $columns }
import-not-a-record = not a valid record: { $error }
import-field-count-spanning = { $fields } fields, but the header has { $header }: the quoted field that begins on line { $at } (field { $field }) runs over a line break, so its closing quote is likely missing or in the wrong place
import-field-count = { $fields } fields, but the header has { $header }; quote fields that hold commas
import-thread-failed = filing import rows failed unexpectedly; nothing was imported
import-done = Imported { $count ->
        [one] { $count } request
       *[other] { $count } requests
    }
import-dry-run = { $count ->
    [1] 1 request is valid
   *[other] { $count } requests are valid
}; nothing was written (--dry-run)
import-id-taken = { $name }: line { $line }: request id { $id } already exists (in the ledger or earlier in the file); nothing was imported
import-id-taken-dry-run = { $name }: line { $line }: request id { $id } already exists (in the ledger or earlier in the file); nothing would be imported
import-case-taken = { $name }: line { $line }: case number { $case } is already request { $id } in tenant '{ $tenant }'; a case number is unique per tenant; nothing was imported
import-case-taken-dry-run = { $name }: line { $line }: case number { $case } is already request { $id } in tenant '{ $tenant }'; a case number is unique per tenant; nothing would be imported
import-case-repeated-dry-run = { $name }: line { $line }: case number { $case } is also on line { $first } in tenant '{ $tenant }'; a case number is unique per tenant; nothing would be imported
export-bom-csv-only = --bom is for --format csv (spreadsheets); JSON lines are written without one
error-no-case-in-tenant = no request has case number { $case } in tenant '{ $tenant }'; check the number, or look for it with `svcreq list --status all --search { $case }`
error-no-case-in-tenants = no request has case number { $case } in any of the { $count } tenants { $tenants }; check the number, or look for it with `svcreq list --status all --search { $case }`
error-no-case-anywhere = no request has case number { $case }; check the number, or look for it with `svcreq list --status all --search { $case }`
note-name-the-request = name the request: give its ID or --case CASE, then the note
note-too-many-arguments = too many arguments: with --case, give only the note's text (quote it)
note-text-and-file = give the note as TEXT or --file, not both
note-what = the note
note-no-text = give the note's text, --file F, or - for stdin
redact-nothing = say what to redact: --contact, --notes, --description, --resolution or --all
import-spool-write = cannot write the import's spool file: { $reason }; nothing was imported
import-spool-row = cannot spool an import row: { $error }
import-spool-read = cannot read back an import row: { $error }
man-commands = COMMANDS
man-more = `svcreq COMMAND --help` shows a command's options; `svcreq man --dir DIR` writes one page per command.
man-exit-status = EXIT STATUS
man-heading-name = NAME
man-heading-synopsis = SYNOPSIS
man-heading-description = DESCRIPTION
man-heading-options = OPTIONS
man-heading-arguments = ARGUMENTS
man-heading-commands = SUBCOMMANDS
man-heading-version = VERSION
man-exit-success = success
man-exit-failure = internal or I/O failure (database unreadable, disk full, ...)
man-exit-usage = usage or invalid input (unknown flag, bad value, bad time, malformed config or rules file)
man-exit-sla = sla: at least one request is in a state named by --fail-on (default breached)
man-exit-refused = refused by a support rule (reopen not eligible, out of scope without --force, actor not an admin)
man-exit-not-found = no such request
man-cannot-write = cannot write { $path }: { $reason }

## The ledger file (SQLite): opening, checking and reading it

store-unreadable-value = the ledger { $path } holds a value svcreq cannot read ({ $what }); it was changed outside svcreq — fix that row with sqlite3, or restore the ledger from a backup
store-busy = the ledger { $path } is busy; another svcreq is writing — try again
store-read-only = the ledger { $path } is read-only; check its permissions
store-not-sqlite = { $path } is not an svcreq database (not an SQLite file)
store-not-sqlite-check = { $path } is not an svcreq database (not an SQLite file); check --db
store-damaged = the ledger { $path } is damaged; restore it from a backup (SQLite reports: { $error })
store-disk-full = cannot write the ledger { $path }: the disk is full
store-io-error = cannot write the ledger { $path }: the disk reported an I/O error; check that it has space and is working
store-cannot-open = cannot open the ledger { $path }; check the path and its permissions
store-other-error = the ledger { $path } could not be used (SQLite reports: { $error })
store-column = column { $column }
store-column-type = { $column }: a value of type { $found } where svcreq keeps another type
store-column-range = { $column }: { $value } is out of range
store-column-unexpected = { $column }: unexpected value '{ $value }'
store-column-real-or-blob = { $column }: a number or blob where svcreq keeps text or whole numbers
store-column-inconsistent = { $column }: { $why }
store-why-before = { $value } is before { $other } { $other_value }
store-why-closed-without-time = the request is closed but has no close time
store-why-open-with-close-time = the request is open but has a close time
store-why-reopen-count = { $value }, but the ledger holds { $cycles } earlier cycles of it
store-why-cycle-seq = earlier cycle { $position } is numbered { $value }; earlier cycles are numbered from 0 in order
store-why-responded-without-time = a response is recorded in the current cycle but no first response time
store-why-event-kind = event { $n } of its history is of kind '{ $kind }', which svcreq never records
store-why-event-no-actor = event { $n } of its history names no one who acted
store-why-event-out-of-place = event { $n } of its history, '{ $kind }', { $why }
store-why-events-disagree = the request records { $row }, but its history says { $events }
store-why-no-opening = its history does not begin with the request's opening or the import that brought it in
store-why-seal-other = the row is not as svcreq last wrote it, and its history does not show which value was changed
store-why-cycle-events-disagree = earlier cycle { $cycle } records { $row }, but its history says { $events }
store-why-due-not-its-target = the request is due at { $due }, but its target { $target } round the clock, counted from { $start }, falls due at { $gives }
store-why-cycle-due-not-its-target = earlier cycle { $cycle } is due at { $due }, but its target { $target } round the clock, counted from a time within the cycle, falls due between { $earliest } and { $latest }
store-why-empty = the value is empty or blank, which svcreq never writes there
store-why-committed-without-due = the target '{ $target }' commits to a response time, but no due time is recorded
store-why-due-without-commitment = a due time is recorded, but the target '{ $target }' commits to no response time
store-why-out-of-scope-commitment = the request is out of scope ({ $scope }), which has no response commitment, but its target is '{ $target }'
store-why-blank-end = '{ $value }' begins or ends with a blank, which svcreq never writes there
store-why-comma = '{ $value }' holds a comma, which no tenant name holds (a comma separates tenants on the command line)
store-why-control = '{ $value }' holds a control or invisible character ({ $char }), which svcreq never writes there
store-why-case-number = '{ $value }' is no case number svcreq keeps (1 to { $max } ASCII letters, digits or -)
store-why-technical-without-severity = the request is technical but has no severity
store-why-severity-outside-technical = the request is { $category } but has severity { $severity }, and only a technical request has a severity
store-value = a value svcreq cannot read ({ $what })
store-not-a-path = --db '{ $value }' is not a file path; give the path of the ledger file (SQLite special names are not accepted)
store-dangling-link = --db { $path } is a symbolic link to a missing file; refusing to create a ledger through it
store-cannot-read = cannot read the ledger { $path }: { $reason }
store-is-dir = --db { $path } is a directory; give the path of the ledger file
store-file-kind = { $kind ->
    [fifo] a named pipe (FIFO)
    [char] a character device
    [block] a block device
    [socket] a socket
    [symlink] a symbolic link
   *[other] a special file
}
store-not-regular = --db { $path } is { store-file-kind }, not a regular file; give the path of the ledger file
store-companion-not-regular = { $path } beside the ledger is { store-file-kind }, not a regular file; remove it
store-hard-links = the ledger { $path } has { $links } hard links; SQLite damages a database written through more than one name, so keep one name (remove the other links) or copy the file
store-other-owner = the ledger { $path } belongs to another user (uid { $uid }, you are uid { $me }); refusing a ledger someone else may have planted — if you trust it, make it yours (chown) or copy it
store-writable-by-others = the ledger { $path } is writable by other users (mode { $mode }); make it private with `chmod 600 { $path }`
store-busy-timeout = SVCREQ_BUSY_TIMEOUT_MS is '{ $value }'; set it to a whole number of milliseconds (0 to { $max }), or unset it for the 10 s default
store-busy-timeout-not-text = SVCREQ_BUSY_TIMEOUT_MS is not text; set it to a whole number of milliseconds
store-other-application = { $path } is not an svcreq database (it belongs to another application); check --db
store-newer-schema = the ledger { $path } was written by a newer svcreq (schema { $version }; this svcreq knows up to { $known }); upgrade svcreq
store-impossible-schema = the ledger { $path } has schema version { $version }, which no svcreq writes (it was changed outside svcreq); restore the ledger from a backup
store-object-kind = { $kind ->
    [table] table
    [index] index
    [trigger] trigger
    [view] view
   *[other] { $kind }
}
# The kind with its article ("an index").
store-object-a-kind = { $kind ->
    [table] a table
    [index] an index
    [trigger] a trigger
    [view] a view
   *[other] a { $kind }
}
store-object-changed = the ledger { $path } has { store-object-a-kind } '{ $name }' that was changed outside svcreq; refusing to use it — restore the ledger from a backup
store-object-foreign = the ledger { $path } holds { store-object-a-kind } '{ $name }' that svcreq did not create for its schema { $version }{ $kind ->
    [trigger] {" "}(a trigger runs whenever svcreq writes)
    [view] {" "}(a view can stand in for svcreq's data)
   *[other] {""}
}; refusing to use it — drop it with sqlite3, or restore the ledger from a backup
store-object-missing = the ledger { $path } lacks its { store-object-kind } '{ $name }' (schema { $version }); it was changed outside svcreq — restore it from a backup
store-cannot-create-dir = cannot create the ledger's directory { $path }: { $reason }
store-cannot-create = cannot create the ledger { $path }: { $reason }
store-no-wal = the ledger { $path } cannot switch to WAL journaling (it stays { $mode }); another program may hold it open
store-upgrade-failed = the ledger { $path } has schema { $version } and this svcreq reads schema { $current }; upgrading it failed: { $error }
store-wal-unreadable = cannot read the ledger { $path }: its directory is not writable, and SQLite needs to create { $path }-shm there to read the commits still in { $path }-wal; make the directory writable for a moment, or copy the ledger with its -wal somewhere writable
db-copy-nul = request { $id }: its { $column } holds a NUL character (U+0000), which a team ledger cannot keep; remove it in the source ledger and copy again
db-copy-not-empty = the ledger { $ledger } already holds requests; copy into a new, empty ledger
db-copy-confined = '{ $actor }' may read only { $tenants }, and db copy copies every tenant of a ledger: use export --tenant and import to move your tenants' requests

## The team ledger (PostgreSQL): its URL, connecting, and its errors

pg-url-part = { $part ->
    [user] user
    [host] host
    [dbname] database name
   *[other] { $part }
}
pg-url-bad-percent = the ledger URL's { $part } has a '%' not followed by two hex digits; write a literal % as %25
pg-url-not-utf8 = the ledger URL's { $part } is not UTF-8 text
pg-url-password = the ledger URL carries a password; svcreq never takes one on the command line or in a config — remove it from the URL and set PGPASSWORD or put it in ~/.pgpass (mode 600)
pg-url-scheme = the ledger URL must start with postgres:// or postgresql://
pg-url-several-hosts = the ledger URL names several hosts; svcreq connects to one: give one host
pg-url-bracket = the ledger URL's host has a '[' without its ']'
pg-url-parameter = the ledger URL has a parameter '{ $name }' svcreq does not take; use host, port, dbname, user, sslmode, sslrootcert, connect_timeout or application_name
pg-url-port = the ledger URL's port '{ $port }' is not a port number (1 to 65535)
pg-url-no-user = the ledger URL names no user; add one (postgres://USER@host/db)
pg-sslmode = sslmode '{ $value }' is not one of disable, allow, prefer, require, verify-ca, verify-full
pg-sslmode-env = PGSSLMODE '{ $value }' is not one of disable, allow, prefer, require, verify-ca, verify-full; correct or unset the PGSSLMODE environment variable
pg-url-timeout = the ledger URL's connect_timeout must be a whole number of seconds
pg-pgpass-readable = warning: { $path } can be read by other users (mode { $mode }); ignoring it — make it private with `chmod 600 { $path }`
pg-tls-setup = cannot set up TLS for the team ledger
pg-needs-root-cert = sslmode={ $mode } needs the CA that signed the server's certificate: give sslrootcert=FILE in the URL, or put it at ~/.postgresql/root.crt
pg-root-cert-unreadable = cannot read the CA certificates in { $path } (sslrootcert); give a PEM file
pg-root-cert-file = the CA certificates (sslrootcert)
pg-login-refused = the team ledger { $label } refused the login of role '{ $role }'; check the password (PGPASSWORD or ~/.pgpass) and that the role may connect
pg-no-database = the team ledger { $label } has no database '{ $name }'; create it (createdb) and run `svcreq db init` as its owner
pg-too-many-connections = the team ledger { $label } has too many connections; try again shortly
pg-connection-refused = the team ledger { $label } refused the connection: { $message }
pg-no-tls = the team ledger { $label } does not offer TLS, and sslmode asks for it; ask its administrator, or use sslmode=prefer on a trusted network
pg-tls-required = the team ledger { $label } accepts only TLS connections, and sslmode=disable turns TLS off; use sslmode=require, or verify-full with the server's CA (sslrootcert)
pg-tls-untrusted = cannot set up TLS with the team ledger { $label }: the server's certificate is not trusted for sslmode={ $mode } (check sslrootcert and the host name)
pg-password-missing = the team ledger { $label } asks for a password; set PGPASSWORD or add a line for it to ~/.pgpass (mode 600)
pg-timeout = cannot connect to the team ledger { $label }: it did not answer in time; check the host and the network
pg-no-server = cannot connect to the team ledger { $label }: no server answered there; check the host and port, and that PostgreSQL is running
pg-bad-version = the team ledger { $label } has a schema version '{ $version }' svcreq cannot read; it was changed outside svcreq
pg-not-a-ledger = the database { $label } is not an svcreq team ledger (it has no svcreq_meta table); its owner runs `svcreq db init --db URL` once
pg-not-a-ledger-init = the database { $label } is not an svcreq team ledger (it has no svcreq_meta table); run `svcreq db init` first
pg-older-schema = the team ledger { $label } has schema { $version } and this svcreq needs schema { $current }; its owner runs `svcreq db migrate --db URL`
pg-newer-schema = the team ledger { $label } was written by a newer svcreq (schema { $version }; this svcreq knows up to { $current }); upgrade svcreq
pg-no-version = the team ledger { $label } has no schema version; restore it from a backup
pg-version-not-a-number = column value: not a schema version
pg-unreadable-value = the team ledger { $label } holds a value svcreq cannot read ({ $what }); it was changed outside svcreq — fix that row with psql, or restore the ledger from a backup
pg-busy = the team ledger { $label } is busy with other writers; svcreq tried several times — try again
pg-read-only = the team ledger { $label } is read-only for this command or this server: { $message }
pg-disk-full = cannot write the team ledger { $label }: the server's disk is full
pg-server-error = the team ledger { $label }: { $message }
pg-connection-lost = the connection to the team ledger { $label } was lost; try again
pg-connection-failed = the connection to the team ledger { $label } failed; try again
pg-access-rows = the admins or the team's configuration: rows svcreq cannot read
pg-older-access = the team ledger { $label } has the access rules of an earlier svcreq, which let a role do more than svcreq allows; its owner runs `svcreq db migrate --db URL`
pg-row-refused = the team ledger { $label } refused the write: request { $request }, column { $column }, would hold a value svcreq refuses to read
pg-value-refused = the team ledger { $label } refused the write: column { $column } would hold a value svcreq refuses to read
pg-migrate-row-refused = the team ledger { $label } was not migrated: request { $request }, column { $column }, holds a value svcreq refuses to read; correct that row with psql, then run `svcreq db migrate` again

## Why a file or a record could not be read (the forms of serde, TOML and JSON errors)

reason-at-column = { $reason } (column { $column })
reason-list-separator = {", "}
reason-quoted = `{ $name }`
reason-found-value = { $kind } { $value }
reason-value-missing = { $key } has no value; give one in quotes, for example { $key } = "…"
reason-datetime-unquoted = the value of { $key } must be in quotes: "{ $value }" (svcreq reads dates and times as text)
reason-value-unquoted = the value of { $key } must be in quotes: { $key } = "{ $value }"
reason-kind = { $kind ->
    [boolean] boolean
    [integer] integer
    [number] number
    [char] a single character
    [string] string
    [bytes] bytes
    [null] nothing
    [list] list
    [table] table
    [datetime] date and time
   *[other] value of another kind
}
reason-expect-kind = { $kind ->
    [boolean] true or false
    [integer] a whole number
    [number] a number
    [char] a single character
    [string] a string
    [list] a list
    [table] a table
    [datetime] a date and time
   *[other] a value of another kind
}
reason-invalid-type = the value must be { $expected }, not { $found }
reason-invalid-type-of-key = the value of { $key } must be { $expected }, not { $found }
reason-invalid-value = invalid value { $found }; expected { $expected }
reason-invalid-length = { $length } items where { $expected } was expected
reason-missing-field = the required key { $field } is missing; add it
reason-missing-field-in-tier = tier { $tier } is missing the required key { $field }; add it
reason-missing-field-in-tier-severity = severity { $severity } of tier { $tier } is missing the required key { $field }; add it
reason-missing-field-in = [{ $table }] is missing the required key { $field }; add it
reason-duplicate-field = the key { $field } is given twice; keep one
reason-unknown-field = { $name } is not a key svcreq knows here; the keys allowed here are { $valid }
reason-unknown-variant = { $name } is not an accepted value; use one of { $valid }
reason-duplicate-key = this key is given twice
reason-expected = { $count ->
    [1] { $items } is expected here
   *[other] one of { $items } is expected here
}
reason-problem-expected = { $problem }; { $expected }
reason-not-well-formed = this is not valid { $format } here
reason-eof = the text ends inside { $what ->
    [a-list] a list
    [an-object] an object
    [a-string] a string
   *[other] a value
}
reason-token-newline = newline
reason-token-key = key
reason-token-value = a value
reason-token-digits = digits
reason-token-letters = letters
reason-token-numbers = numbers
reason-token-characters = characters
reason-token-basic-string = basic string
reason-token-literal-string = literal string
reason-token-multi-line-basic-string = multi-line basic string
reason-token-printable-characters = printable characters
reason-token-unicode-hexadecimal-value = unicode hexadecimal value
reason-token-non-single-quote-characters = non-single-quote characters
reason-token-non-single-quote-visible-characters = non-single-quote visible characters
reason-token-non-double-quote-visible-characters = non-double-quote visible characters
reason-token-ident = a word (true, false or null)
reason-syntax-may-only-go-between-digits = `_` may only go between digits
reason-syntax-cannot-recurse-further-max-recursion-depth-met = nested too deeply
reason-syntax-carriage-return-must-be-followed-by-newline = carriage return must be followed by newline
reason-syntax-extra = extra `=`
reason-syntax-extra-assignment-between-key-value-pairs = extra assignment between key-value pairs
reason-syntax-extra-comma-in-array = extra comma in array
reason-syntax-extra-comma-in-inline-table = extra comma in inline table
reason-syntax-integers-with-a-radix-cannot-be-signed = integers with a radix cannot be signed
reason-syntax-invalid-comment-character = invalid comment character
reason-syntax-invalid-inline-table-element = invalid inline table element
reason-syntax-invalid-key-value-pair = invalid key-value pair
reason-syntax-invalid-unquoted-key = invalid unquoted key
reason-syntax-invalid-value = invalid value
reason-syntax-invalid-basic-string = invalid basic string
reason-syntax-invalid-multi-line-basic-string = invalid multi-line basic string
reason-syntax-key-with-no-value = key with no value
reason-syntax-keys-cannot-be-multi-line-basic-strings = keys cannot be multi-line basic strings
reason-syntax-keys-cannot-be-multi-line-literal-strings = keys cannot be multi-line literal strings
reason-syntax-missing-array-opening = missing array opening
reason-syntax-missing-assignment-between-key-value-pairs = missing assignment between key-value pairs
reason-syntax-missing-comma-between-array-elements = missing comma between array elements
reason-syntax-missing-comma-between-key-value-pairs = missing comma between key-value pairs
reason-syntax-missing-comment-start = missing comment start
reason-syntax-missing-escaped-value = missing escaped value
reason-syntax-missing-inline-table-opening = missing inline table opening
reason-syntax-missing-key-for-inline-table-element = missing key for inline table element
reason-syntax-missing-opening-quote = missing opening quote
reason-syntax-missing-table-open = missing table open
reason-syntax-missing-value-for-key = missing value for key
reason-syntax-missing-value = missing value
reason-syntax-radix-must-be-lowercase = radix must be lowercase
reason-syntax-redundant-integer-number-prefix = redundant integer number prefix
reason-syntax-redundant-numeric-sign = redundant numeric sign
reason-syntax-string-values-must-be-quoted = string values must be quoted
reason-syntax-too-few-unicode-value-digits = too few unicode value digits
reason-syntax-unclosed-array-table = unclosed array table
reason-syntax-unclosed-array = unclosed array
reason-syntax-unclosed-inline-table = unclosed inline table
reason-syntax-unclosed-table = unclosed table
reason-syntax-unexpected-in-array = unexpected `=` in array
reason-syntax-unexpected-content-between-comment-and-newline = unexpected content between comment and newline
reason-syntax-unexpected-content = unexpected content
reason-syntax-unexpected-key-or-value = unexpected key or value
reason-syntax-unexpected-leading-zero = unexpected leading zero
reason-syntax-unexpected-sign = unexpected sign
reason-syntax-unquoted-keys-cannot-be-empty = unquoted keys cannot be empty
reason-syntax-trailing-characters = more text after the value
reason-syntax-trailing-comma = a comma with nothing after it
reason-syntax-key-must-be-a-string = a key must be a string
reason-syntax-invalid-escape = a backslash that starts no known escape (write \\ for a backslash)
reason-syntax-invalid-number = a number written in a form that cannot be read
reason-syntax-number-out-of-range = a number too large (or too small) to be stored
reason-syntax-control-character-u0000-u001f-found-while-parsing-a-string = a control character inside a string
reason-syntax-invalid-unicode-code-point = a \u escape that names no character
reason-syntax-lone-leading-surrogate-in-hex-escape = a \u escape that is half of a character pair, without its second half
reason-syntax-unexpected-end-of-hex-escape = a \u escape that is cut short, or half of a character pair without its second half
reason-syntax-recursion-limit-exceeded = nested too deeply
file-error-at = { $file }:{ $line }:{ $column }: { $message }
file-error = { $file }: { $message }
reason-syntax = not valid { $format }: { $detail }
reason-missing-field-in-admin = admin entry { $n } is missing the required key { $field }; add it
reason-missing-field-in-entry = entry { $n } of [[{ $table }]] is missing the required key { $field }; add it
error-ids-exhausted = the ledger has no request id left: the highest, { $max }, is taken, and a larger one would not survive JSON readers (JavaScript, jq); file new requests in another ledger
import-out-of-scope-commitment = field response_target: a request out of scope ({ $scope }) has no response commitment; give response_target none and no response_due, or leave them out
error-report-over-database = { $path } is an SQLite database or one of its files (a ledger?); a report never writes over it: choose another file
error-report-not-a-file = --output { $path } is { store-file-kind }, not a regular file; a report replaces a file whole, so it never writes there: name a file, or leave out --output and redirect standard output
error-name-blank-end = a name that begins or ends with a blank is one no config holds; remove the blank
error-name-empty = an empty name is one no config holds; give the name
store-open-set-other = the set of open requests is not the one svcreq last wrote: an open request was deleted, or a request closed or opened, outside svcreq
store-request-set-other = the set of requests is not the one svcreq last wrote: a request was deleted, added or renumbered outside svcreq
import-due-not-filed = field response_due: { $given } is not when the target svcreq gives this row ({ $target }) falls due ({ $due }); give the availability and response_target it was recorded under, or leave response_due out to have it decided as open would
import-due-not-its-target = field response_due: { $given } is not when the target { $target } round the clock, counted from { $start }, falls due ({ $due }); a duration round the clock depends on no calendar
import-due-beyond-bound = field { $field }: { $given } is after the latest a { $target } target counted from { $start } can fall due ({ $bound }: { $latest } under the rules in force, with { $margin } more for a calendar since changed); check the date
store-why-seal-missing = the row has no check value, though svcreq left none without one in this ledger
import-due-without-commitment = field response_due: response_target none commits to no response, so the row has no due time; leave response_due out, or give the target it was due under
