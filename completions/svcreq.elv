
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
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
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
            cand classify 'Decide severity, category, service and scope from a description (English or Japanese)'
            cand sla 'Report SLA states: breached and at-risk requests, for terminals and CI jobs'
            cand report 'Review a period per tenant and severity (--format md, html with charts, json or csv)'
            cand import 'Import requests from CSV or JSON lines, all or nothing'
            cand export 'Export every request as JSON lines or CSV'
            cand tenants 'List the tenants of the config with their plan, tier, time zone and targets'
            cand rules 'Show the effective rules, or check a rules file'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svcreq;open'= {
            cand --title 'A short title'
            cand --description 'What is wrong, in your words'
            cand --description-file 'Read the description from a file, or stdin with -'
            cand --category 'technical, presales or billing [default: technical]'
            cand --service 'The service concerned (exchange-online, sharepoint-online, onedrive, teams, ...)'
            cand --severity 'Set the severity yourself instead of deriving it from the impact'
            cand --impact 'Is the service down, degraded or working (a question)?'
            cand --users 'How many users are affected: single, multiple or all'
            cand --tenant 'The tenant [default: the config''s]'
            cand --plan 'File under this plan instead of the tenant''s'
            cand --channel 'How it was filed: online (admin center) or phone'
            cand --opened-at 'When it was filed [default: now]'
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --workaround 'The affected users can get the work done another way'
            cand --business-critical 'Production, revenue or a deadline is at stake'
            cand --force 'Record it even when it is outside the support boundary'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;list'= {
            cand --status 'Which requests'
            cand --severity 'Only these severities (A,B)'
            cand --category 'Only these categories'
            cand --tenant 'Only these tenants'
            cand --plan 'Only these plans'
            cand --sla 'Only requests in these SLA states (breached,at-risk,pending,met,withdrawn,no-target)'
            cand --since 'Only requests opened at or after TIME'
            cand --until 'Only requests opened at or before TIME'
            cand --search 'Only requests whose title or description contains TEXT'
            cand --sort 'Order'
            cand --limit 'At most N requests'
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;show'= {
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;respond'= {
            cand --at 'When Microsoft responded [default: now]'
            cand --note 'A note for the history'
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;close'= {
            cand --at 'When it was closed [default: now]'
            cand --resolution 'How it was resolved'
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;reopen'= {
            cand --reason 'Why it is reopened'
            cand --severity 'A new severity for the new response cycle'
            cand --at 'When it was reopened [default: now]'
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --check 'Only report whether it may be reopened, and until when (exit 0 eligible, 4 not)'
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
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
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
            cand --fail-on 'Exit 3 when a cycle is breached (default), at risk or breached, or never'
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
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
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;import'= {
            cand --encoding 'The file''s text encoding: utf-8 (with or without a BOM) or cp932 (Shift_JIS, as Excel saves CSV files in Japan)'
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
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
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --events 'Include each request''s history (JSON lines only)'
            cand --bom 'Begin the CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8 (without one it reads the local code page, and Japanese text turns to mojibake)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;tenants'= {
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
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
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --calendar 'List the next business windows, with days off and holidays marked'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;completions'= {
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;man'= {
            cand --db 'The ledger (SQLite file) [default: <data dir>/svcreq.db]'
            cand --config 'The TOML config [default: <config dir>/config.toml; absent = defaults]'
            cand --now 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)'
            cand --as 'The acting admin [default: config `admin`, else the login name]'
            cand --format 'Output format where a command prints records'
            cand --color 'When to colour tables'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (or nothing)'
            cand --quiet 'Print only ids (or nothing)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svcreq;help'= {
            cand open 'Record a new service request and print its id, severity, tier and due time'
            cand list 'List requests (default: open ones, soonest due first)'
            cand show 'Show one request with its whole history'
            cand respond 'Record Microsoft''s first response in the current response cycle'
            cand close 'Close a request'
            cand reopen 'Reopen a closed request (online requests, within 14 days of closing)'
            cand classify 'Decide severity, category, service and scope from a description (English or Japanese)'
            cand sla 'Report SLA states: breached and at-risk requests, for terminals and CI jobs'
            cand report 'Review a period per tenant and severity (--format md, html with charts, json or csv)'
            cand import 'Import requests from CSV or JSON lines, all or nothing'
            cand export 'Export every request as JSON lines or CSV'
            cand tenants 'List the tenants of the config with their plan, tier, time zone and targets'
            cand rules 'Show the effective rules, or check a rules file'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff)'
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
        &'svcreq;help;help'= {
        }
    ]
    $completions[$command]
}
