
use builtin;
use str;

set edit:completion:arg-completer[svcreq] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'svcreq'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'svcreq'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand open 'Record a new service request and print its id, severity, tier and due time'
            cand list 'List requests (default: open ones, soonest due first)'
            cand show 'Show one request with its whole history'
            cand respond 'Record Microsoft''s first response in the current response cycle'
            cand close 'Close a request'
            cand reopen 'Reopen a closed request (online requests, within 14 days of closing)'
            cand update 'Change a request''s case record, severity, category or tenant (each change an event)'
            cand note 'Add Microsoft''s update or your reply to the case timeline'
            cand redact 'Replace personal data with [redacted] in a request and its whole history'
            cand classify 'Decide severity, category, service and scope from a description (English or Japanese)'
            cand sla 'Report SLA states: breached and at-risk requests, for terminals and CI jobs'
            cand report 'Review a period per tenant and severity (--format md, html with charts, json or csv)'
            cand import 'Import requests from CSV or JSON lines, all or nothing'
            cand export 'Export every request as JSON lines or CSV'
            cand tenants 'List the tenants of the config with their plan, tier, time zone and targets'
            cand rules 'Show the effective rules, or check a rules file'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff), or write one page per command with --dir'
            cand db 'Create, upgrade or copy a ledger (SQLite file or PostgreSQL team ledger)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svcreq;open'= {
            cand --title 'A short title'
            cand --description 'What is wrong, in your words'
            cand --description-file 'Read the description from a file (- reads stdin)'
            cand --category 'The kind of request [default: technical]'
            cand --service 'The service concerned'
            cand --severity 'Set the severity yourself instead of deriving it from the impact'
            cand --impact 'Is the service down, degraded or working (a question)?'
            cand --users 'How many users are affected: single, multiple or all'
            cand --tenant 'The tenant [default: the config''s]'
            cand --plan 'File under this plan instead of the tenant''s'
            cand --channel 'How it was filed: online (admin center) or phone'
            cand --opened-at 'When it was filed [default: now]'
            cand --case-number 'Microsoft''s service request number (1-64 letters, digits or -)'
            cand --contact 'Who Microsoft should contact (name, mail, phone)'
            cand --contact-method 'How to contact them: email or phone'
            cand --engineer 'Microsoft''s support engineer on the case'
            cand --owner 'The admin working the case on the customer''s side'
            cand --incident 'A linked service-health incident id (EX123456); may be repeated'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --workaround 'The affected users can get the work done another way'
            cand --business-critical 'Production, revenue or a deadline is at stake'
            cand --force 'Record it even when it is outside the support boundary'
            cand --available-24x7 'The customer stays reachable around the clock (expected for severity A)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;list'= {
            cand --status 'Which requests [default: open; all with --case or --incident; closed with --reopen-ends-within]'
            cand --severity 'Only these severities, comma separated (A,B)'
            cand --category 'Only these categories'
            cand --tenant 'Only these tenants'
            cand --plan 'Only these plans'
            cand --sla 'Only requests in these SLA states, comma separated'
            cand --since 'Only requests opened at or after TIME'
            cand --until 'Only requests opened at or before TIME'
            cand --search 'Only requests whose text contains TEXT (title, description, notes, resolution, case number, engineer, owner, contact, incidents), ignoring case and character width'
            cand --case 'Only the request with Microsoft''s case number CASE'
            cand --incident 'Only requests linked to this service-health incident (EX123456)'
            cand --reopen-ends-within 'Only closed requests whose reopen window ends within this time (3d, 12h)'
            cand --sort 'Order'
            cand --limit 'At most N requests'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;show'= {
            cand --case 'Name the request by Microsoft''s case number instead of its ID'
            cand --tenant 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;respond'= {
            cand --case 'Name the request by Microsoft''s case number instead of its ID'
            cand --tenant 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)'
            cand --at 'When Microsoft responded [default: now]'
            cand --note 'A note for the history'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --correct 'Replace the time of this cycle''s recorded response with --at (a correction)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;close'= {
            cand --case 'Name the request by Microsoft''s case number instead of its ID'
            cand --tenant 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)'
            cand --at 'When it was closed [default: now]'
            cand --resolution 'How it was resolved'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --correct 'Replace the time of the recorded close with --at (a correction)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;reopen'= {
            cand --case 'Name the request by Microsoft''s case number instead of its ID'
            cand --tenant 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)'
            cand --reason 'Why it is reopened'
            cand --severity 'A new severity for the new response cycle'
            cand --at 'When it was reopened [default: now]'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --check 'Only report whether it may be reopened, and until when (exit 0 eligible, 4 not)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;update'= {
            cand --case 'Name the request by Microsoft''s case number instead of its ID'
            cand --tenant 'With --case: the tenant that has the case number (a comma-separated list looks in each); with an ID: move the request to this tenant (a correction: its unanswered cycle is re-targeted)'
            cand --title 'A new title'
            cand --description 'A new description'
            cand --description-file 'Read the new description from a file (- reads stdin)'
            cand --service 'The service concerned'
            cand --case-number 'Microsoft''s service request number'
            cand --contact 'Who Microsoft should contact ("" clears it)'
            cand --contact-method 'How to contact them'
            cand --available-24x7 'Whether the customer stays reachable around the clock'
            cand --engineer 'Microsoft''s support engineer ("" clears it)'
            cand --owner 'The admin working the case ("" clears it)'
            cand --incident 'Link a service-health incident (EX123456); may be repeated'
            cand --remove-incident 'Unlink a service-health incident; may be repeated'
            cand --severity 'A new severity (technical requests): re-targets an unanswered cycle from --at'
            cand --reason 'Why the severity changed'
            cand --by 'Who assigned the severity: microsoft (Microsoft rated the case) or admin (the admin chose it) [default: admin]'
            cand --category 'A corrected category (a correction: its unanswered cycle is re-targeted)'
            cand --at 'When the change happened [default: now]'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;note'= {
            cand --case 'Name the request by Microsoft''s case number instead of its ID'
            cand --tenant 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)'
            cand --file 'Read the note from a file (- reads stdin)'
            cand --from 'Who wrote it: Microsoft''s update or the admin''s own reply'
            cand --at 'When it was written [default: now]'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;redact'= {
            cand --case 'Name the request by Microsoft''s case number instead of its ID'
            cand --tenant 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --contact 'The contact'
            cand --notes 'Every note'
            cand --description 'The description'
            cand --resolution 'The resolution, of every cycle'
            cand --all 'Every field of personal data: contact, engineer, owner, notes, description, resolution'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;classify'= {
            cand --file 'Read the text from a file'
            cand --impact 'Is the service down, degraded or working (a question)?'
            cand --users 'How many users are affected: single, multiple or all'
            cand --tenant 'The tenant whose response target to show [default: the config''s]'
            cand --plan 'Show the target under this plan instead of the tenant''s'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --workaround 'The affected users can get the work done another way'
            cand --business-critical 'Production, revenue or a deadline is at stake'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;sla'= {
            cand --tenant 'Only these tenants'
            cand --at-risk 'At-risk threshold: a share of the target (25%) or a time before due (30m)'
            cand --fail-on 'When to exit 3: breached (a breached cycle), at-risk (breached or at risk), never'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --all 'Closed requests too, with every response cycle of reopened ones'
            cand --explain 'Say how each due time was reached'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;report'= {
            cand --month 'The calendar month to review [default: the current month]'
            cand --from 'First day of the period (YYYY-MM-DD, each tenant''s local date)'
            cand --to 'Last day of the period, included'
            cand --tenant 'Only these tenants'
            cand -o 'Write the report to FILE instead of standard output (required for html)'
            cand --output 'Write the report to FILE instead of standard output (required for html)'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;import'= {
            cand --encoding 'The file''s text encoding: utf-8 (with or without a BOM) or cp932 (Shift_JIS, as Excel saves CSV files in Japan)'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --dry-run 'Validate only; write nothing'
            cand --force 'Import rows outside Microsoft''s support boundary too (they get no response commitment)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;export'= {
            cand --tenant 'Only these tenants'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --events 'Include each request''s history (in CSV, as a JSON text column)'
            cand --bom 'Begin the CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8 (without one it reads the local code page, and Japanese text turns to mojibake)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;tenants'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;rules'= {
            cand --check 'Validate this rules file instead of showing the effective rules'
            cand --tenant 'Show the business hours of this tenant [default: the config''s]'
            cand --from 'With --calendar: start at TIME [default: now]'
            cand --next 'With --calendar: how many business windows'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --calendar 'List the next business windows, with days off and holidays marked'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;completions'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;man'= {
            cand --dir 'Write svcreq.1 and one page per command (svcreq-open.1, …) into DIR, created if needed'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;db'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand init 'Create the schema of the ledger named by --db (a team ledger: run once, as the database''s owner)'
            cand migrate 'Upgrade the ledger''s schema to this svcreq''s (a team ledger: as its owner, in one transaction)'
            cand copy 'Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or nothing, with its ids, histories and cycles'
            cand admins 'The admins of a team ledger: who may act, for which tenants, until when (its owner manages them)'
            cand config 'The team''s configuration (tenants, rules, admins), stored in the team ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svcreq;db;init'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --print 'Print the SQL instead of running it (for a DBA who applies it by hand)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;db;migrate'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;db;copy'= {
            cand --from 'The ledger to copy: a file path or a postgres:// URL'
            cand --to 'The ledger to copy into (created if it is a file; a team ledger must be initialised and empty)'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;db;admins'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an admin (a database login role), or replace its role, tenants and end date'
            cand remove 'Remove an admin: its login keeps no access to the ledger'
            cand list 'List the admins, their roles, tenants and delegation end dates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svcreq;db;admins;add'= {
            cand --role 'The admin''s role'
            cand --tenant 'A tenant it serves (required for a partner); may be repeated; none: every tenant'
            cand --until 'The last day of a partner''s delegation (YYYY-MM-DD, in each tenant''s zone)'
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;db;admins;remove'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;db;admins;list'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;db;admins;help'= {
            cand add 'Add an admin (a database login role), or replace its role, tenants and end date'
            cand remove 'Remove an admin: its login keeps no access to the ledger'
            cand list 'List the admins, their roles, tenants and delegation end dates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svcreq;db;admins;help;add'= {
        }
        &'svcreq;db;admins;help;remove'= {
        }
        &'svcreq;db;admins;help;list'= {
        }
        &'svcreq;db;admins;help;help'= {
        }
        &'svcreq;db;config'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand push 'Store the team''s configuration (tenants, rules, admins) from a TOML file in the ledger'
            cand show 'Print the configuration stored in the ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svcreq;db;config;push'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;db;config;show'= {
            cand --db 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --lang 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;db;config;help'= {
            cand push 'Store the team''s configuration (tenants, rules, admins) from a TOML file in the ledger'
            cand show 'Print the configuration stored in the ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svcreq;db;config;help;push'= {
        }
        &'svcreq;db;config;help;show'= {
        }
        &'svcreq;db;config;help;help'= {
        }
        &'svcreq;db;help'= {
            cand init 'Create the schema of the ledger named by --db (a team ledger: run once, as the database''s owner)'
            cand migrate 'Upgrade the ledger''s schema to this svcreq''s (a team ledger: as its owner, in one transaction)'
            cand copy 'Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or nothing, with its ids, histories and cycles'
            cand admins 'The admins of a team ledger: who may act, for which tenants, until when (its owner manages them)'
            cand config 'The team''s configuration (tenants, rules, admins), stored in the team ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svcreq;db;help;init'= {
        }
        &'svcreq;db;help;migrate'= {
        }
        &'svcreq;db;help;copy'= {
        }
        &'svcreq;db;help;admins'= {
            cand add 'Add an admin (a database login role), or replace its role, tenants and end date'
            cand remove 'Remove an admin: its login keeps no access to the ledger'
            cand list 'List the admins, their roles, tenants and delegation end dates'
        }
        &'svcreq;db;help;admins;add'= {
        }
        &'svcreq;db;help;admins;remove'= {
        }
        &'svcreq;db;help;admins;list'= {
        }
        &'svcreq;db;help;config'= {
            cand push 'Store the team''s configuration (tenants, rules, admins) from a TOML file in the ledger'
            cand show 'Print the configuration stored in the ledger'
        }
        &'svcreq;db;help;config;push'= {
        }
        &'svcreq;db;help;config;show'= {
        }
        &'svcreq;db;help;help'= {
        }
        &'svcreq;help'= {
            cand open 'Record a new service request and print its id, severity, tier and due time'
            cand list 'List requests (default: open ones, soonest due first)'
            cand show 'Show one request with its whole history'
            cand respond 'Record Microsoft''s first response in the current response cycle'
            cand close 'Close a request'
            cand reopen 'Reopen a closed request (online requests, within 14 days of closing)'
            cand update 'Change a request''s case record, severity, category or tenant (each change an event)'
            cand note 'Add Microsoft''s update or your reply to the case timeline'
            cand redact 'Replace personal data with [redacted] in a request and its whole history'
            cand classify 'Decide severity, category, service and scope from a description (English or Japanese)'
            cand sla 'Report SLA states: breached and at-risk requests, for terminals and CI jobs'
            cand report 'Review a period per tenant and severity (--format md, html with charts, json or csv)'
            cand import 'Import requests from CSV or JSON lines, all or nothing'
            cand export 'Export every request as JSON lines or CSV'
            cand tenants 'List the tenants of the config with their plan, tier, time zone and targets'
            cand rules 'Show the effective rules, or check a rules file'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff), or write one page per command with --dir'
            cand db 'Create, upgrade or copy a ledger (SQLite file or PostgreSQL team ledger)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svcreq;help;open'= {
        }
        &'svcreq;help;list'= {
        }
        &'svcreq;help;show'= {
        }
        &'svcreq;help;respond'= {
        }
        &'svcreq;help;close'= {
        }
        &'svcreq;help;reopen'= {
        }
        &'svcreq;help;update'= {
        }
        &'svcreq;help;note'= {
        }
        &'svcreq;help;redact'= {
        }
        &'svcreq;help;classify'= {
        }
        &'svcreq;help;sla'= {
        }
        &'svcreq;help;report'= {
        }
        &'svcreq;help;import'= {
        }
        &'svcreq;help;export'= {
        }
        &'svcreq;help;tenants'= {
        }
        &'svcreq;help;rules'= {
        }
        &'svcreq;help;completions'= {
        }
        &'svcreq;help;man'= {
        }
        &'svcreq;help;db'= {
            cand init 'Create the schema of the ledger named by --db (a team ledger: run once, as the database''s owner)'
            cand migrate 'Upgrade the ledger''s schema to this svcreq''s (a team ledger: as its owner, in one transaction)'
            cand copy 'Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or nothing, with its ids, histories and cycles'
            cand admins 'The admins of a team ledger: who may act, for which tenants, until when (its owner manages them)'
            cand config 'The team''s configuration (tenants, rules, admins), stored in the team ledger'
        }
        &'svcreq;help;db;init'= {
        }
        &'svcreq;help;db;migrate'= {
        }
        &'svcreq;help;db;copy'= {
        }
        &'svcreq;help;db;admins'= {
            cand add 'Add an admin (a database login role), or replace its role, tenants and end date'
            cand remove 'Remove an admin: its login keeps no access to the ledger'
            cand list 'List the admins, their roles, tenants and delegation end dates'
        }
        &'svcreq;help;db;admins;add'= {
        }
        &'svcreq;help;db;admins;remove'= {
        }
        &'svcreq;help;db;admins;list'= {
        }
        &'svcreq;help;db;config'= {
            cand push 'Store the team''s configuration (tenants, rules, admins) from a TOML file in the ledger'
            cand show 'Print the configuration stored in the ledger'
        }
        &'svcreq;help;db;config;push'= {
        }
        &'svcreq;help;db;config;show'= {
        }
        &'svcreq;help;help'= {
        }
    ]
    $completions[$command]
}
