
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'svcreq' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'svcreq'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'svcreq' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Record a new service request and print its id, severity, tier and due time')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests (default: open ones, soonest due first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one request with its whole history')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Record Microsoft''s first response in the current response cycle')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed request (online requests, within 14 days of closing)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a request''s case record, severity, category or tenant (each change an event)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add Microsoft''s update or your reply to the case timeline')
            [CompletionResult]::new('redact', 'redact', [CompletionResultType]::ParameterValue, 'Replace personal data with [redacted] in a request and its whole history')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Decide severity, category, service and scope from a description (English or Japanese)')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'Report SLA states: breached and at-risk requests, for terminals and CI jobs')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Review a period per tenant and severity (--format md, html with charts, json or csv)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import requests from CSV or JSON lines, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every request as JSON lines or CSV')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'List the tenants of the config with their plan, tier, time zone and targets')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Show the effective rules, or check a rules file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff), or write one page per command with --dir')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Create, upgrade or copy a ledger (SQLite file or PostgreSQL team ledger)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svcreq;open' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A short title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What is wrong, in your words')
            [CompletionResult]::new('--description-file', '--description-file', [CompletionResultType]::ParameterName, 'Read the description from a file (- reads stdin)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'The kind of request [default: technical]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service concerned')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Set the severity yourself instead of deriving it from the impact')
            [CompletionResult]::new('--impact', '--impact', [CompletionResultType]::ParameterName, 'Is the service down, degraded or working (a question)?')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'How many users are affected: single, multiple or all')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant [default: the config''s]')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'File under this plan instead of the tenant''s')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How it was filed: online (admin center) or phone')
            [CompletionResult]::new('--opened-at', '--opened-at', [CompletionResultType]::ParameterName, 'When it was filed [default: now]')
            [CompletionResult]::new('--case-number', '--case-number', [CompletionResultType]::ParameterName, 'Microsoft''s service request number (1-64 letters, digits or -)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Who Microsoft should contact (name, mail, phone)')
            [CompletionResult]::new('--contact-method', '--contact-method', [CompletionResultType]::ParameterName, 'How to contact them: email or phone')
            [CompletionResult]::new('--engineer', '--engineer', [CompletionResultType]::ParameterName, 'Microsoft''s support engineer on the case')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The admin working the case on the customer''s side')
            [CompletionResult]::new('--incident', '--incident', [CompletionResultType]::ParameterName, 'A linked service-health incident id (EX123456); may be repeated')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--workaround', '--workaround', [CompletionResultType]::ParameterName, 'The affected users can get the work done another way')
            [CompletionResult]::new('--business-critical', '--business-critical', [CompletionResultType]::ParameterName, 'Production, revenue or a deadline is at stake')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Record it even when it is outside the support boundary')
            [CompletionResult]::new('--available-24x7', '--available-24x7', [CompletionResultType]::ParameterName, 'The customer stays reachable around the clock (expected for severity A)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which requests [default: open; all with --case or --incident; closed with --reopen-ends-within]')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only these severities, comma separated (A,B)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only these categories')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only these tenants')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only these plans')
            [CompletionResult]::new('--sla', '--sla', [CompletionResultType]::ParameterName, 'Only requests in these SLA states, comma separated')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only requests opened at or after TIME')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only requests opened at or before TIME')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only requests whose text contains TEXT (title, description, notes, resolution, case number, engineer, owner, contact, incidents), ignoring case and character width')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only the request with Microsoft''s case number CASE')
            [CompletionResult]::new('--incident', '--incident', [CompletionResultType]::ParameterName, 'Only requests linked to this service-health incident (EX123456)')
            [CompletionResult]::new('--reopen-ends-within', '--reopen-ends-within', [CompletionResultType]::ParameterName, 'Only closed requests whose reopen window ends within this time (3d, 12h)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N requests')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;show' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Name the request by Microsoft''s case number instead of its ID')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;respond' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Name the request by Microsoft''s case number instead of its ID')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When Microsoft responded [default: now]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the history')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--correct', '--correct', [CompletionResultType]::ParameterName, 'Replace the time of this cycle''s recorded response with --at (a correction)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;close' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Name the request by Microsoft''s case number instead of its ID')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it was closed [default: now]')
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'How it was resolved')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--correct', '--correct', [CompletionResultType]::ParameterName, 'Replace the time of the recorded close with --at (a correction)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;reopen' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Name the request by Microsoft''s case number instead of its ID')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it is reopened')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'A new severity for the new response cycle')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it was reopened [default: now]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Only report whether it may be reopened, and until when (exit 0 eligible, 4 not)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;update' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Name the request by Microsoft''s case number instead of its ID')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'With --case: the tenant that has the case number (a comma-separated list looks in each); with an ID: move the request to this tenant (a correction: its unanswered cycle is re-targeted)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A new title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A new description')
            [CompletionResult]::new('--description-file', '--description-file', [CompletionResultType]::ParameterName, 'Read the new description from a file (- reads stdin)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service concerned')
            [CompletionResult]::new('--case-number', '--case-number', [CompletionResultType]::ParameterName, 'Microsoft''s service request number')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Who Microsoft should contact ("" clears it)')
            [CompletionResult]::new('--contact-method', '--contact-method', [CompletionResultType]::ParameterName, 'How to contact them')
            [CompletionResult]::new('--available-24x7', '--available-24x7', [CompletionResultType]::ParameterName, 'Whether the customer stays reachable around the clock')
            [CompletionResult]::new('--engineer', '--engineer', [CompletionResultType]::ParameterName, 'Microsoft''s support engineer ("" clears it)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The admin working the case ("" clears it)')
            [CompletionResult]::new('--incident', '--incident', [CompletionResultType]::ParameterName, 'Link a service-health incident (EX123456); may be repeated')
            [CompletionResult]::new('--remove-incident', '--remove-incident', [CompletionResultType]::ParameterName, 'Unlink a service-health incident; may be repeated')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'A new severity (technical requests): re-targets an unanswered cycle from --at')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the severity changed')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who assigned the severity: microsoft (Microsoft rated the case) or admin (the admin chose it) [default: admin]')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A corrected category (a correction: its unanswered cycle is re-targeted)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the change happened [default: now]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;note' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Name the request by Microsoft''s case number instead of its ID')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the note from a file (- reads stdin)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Who wrote it: Microsoft''s update or the admin''s own reply')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it was written [default: now]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;redact' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Name the request by Microsoft''s case number instead of its ID')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'The contact')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Every note')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The description')
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'The resolution, of every cycle')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every field of personal data: contact, engineer, owner, notes, description, resolution')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;classify' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the text from a file')
            [CompletionResult]::new('--impact', '--impact', [CompletionResultType]::ParameterName, 'Is the service down, degraded or working (a question)?')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'How many users are affected: single, multiple or all')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant whose response target to show [default: the config''s]')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Show the target under this plan instead of the tenant''s')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--workaround', '--workaround', [CompletionResultType]::ParameterName, 'The affected users can get the work done another way')
            [CompletionResult]::new('--business-critical', '--business-critical', [CompletionResultType]::ParameterName, 'Production, revenue or a deadline is at stake')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;sla' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only these tenants')
            [CompletionResult]::new('--at-risk', '--at-risk', [CompletionResultType]::ParameterName, 'At-risk threshold: a share of the target (25%) or a time before due (30m)')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'When to exit 3: breached (a breached cycle), at-risk (breached or at risk), never')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Closed requests too, with every response cycle of reopened ones')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Say how each due time was reached')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;report' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The calendar month to review [default: the current month]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the period (YYYY-MM-DD, each tenant''s local date)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day of the period, included')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only these tenants')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output (required for html)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output (required for html)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s text encoding: utf-8 (with or without a BOM) or cp932 (Shift_JIS, as Excel saves CSV files in Japan)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate only; write nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Import rows outside Microsoft''s support boundary too (they get no response commitment)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;export' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only these tenants')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Include each request''s history (in CSV, as a JSON text column)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Begin the CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8 (without one it reads the local code page, and Japanese text turns to mojibake)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;tenants' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;rules' {
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Validate this rules file instead of showing the effective rules')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Show the business hours of this tenant [default: the config''s]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'With --calendar: start at TIME [default: now]')
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'With --calendar: how many business windows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'List the next business windows, with days off and holidays marked')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write svcreq.1 and one page per command (svcreq-open.1, …) into DIR, created if needed')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the schema of the ledger named by --db (a team ledger: run once, as the database''s owner)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Upgrade the ledger''s schema to this svcreq''s (a team ledger: as its owner, in one transaction)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or nothing, with its ids, histories and cycles')
            [CompletionResult]::new('admins', 'admins', [CompletionResultType]::ParameterValue, 'The admins of a team ledger: who may act, for which tenants, until when (its owner manages them)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The team''s configuration (tenants, rules, admins), stored in the team ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svcreq;db;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the SQL instead of running it (for a DBA who applies it by hand)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;db;migrate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;db;copy' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The ledger to copy: a file path or a postgres:// URL')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The ledger to copy into (created if it is a file; a team ledger must be initialised and empty)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;db;admins' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an admin (a database login role), or replace its role, tenants and end date')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an admin: its login keeps no access to the ledger')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the admins, their roles, tenants and delegation end dates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svcreq;db;admins;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The admin''s role')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'A tenant it serves (required for a partner); may be repeated; none: every tenant')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of a partner''s delegation (YYYY-MM-DD, in each tenant''s zone)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;db;admins;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;db;admins;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;db;admins;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an admin (a database login role), or replace its role, tenants and end date')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an admin: its login keeps no access to the ledger')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the admins, their roles, tenants and delegation end dates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svcreq;db;admins;help;add' {
            break
        }
        'svcreq;db;admins;help;remove' {
            break
        }
        'svcreq;db;admins;help;list' {
            break
        }
        'svcreq;db;admins;help;help' {
            break
        }
        'svcreq;db;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Store the team''s configuration (tenants, rules, admins) from a TOML file in the ledger')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the configuration stored in the ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svcreq;db;config;push' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;db;config;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;db;config;help' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Store the team''s configuration (tenants, rules, admins) from a TOML file in the ledger')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the configuration stored in the ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svcreq;db;config;help;push' {
            break
        }
        'svcreq;db;config;help;show' {
            break
        }
        'svcreq;db;config;help;help' {
            break
        }
        'svcreq;db;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the schema of the ledger named by --db (a team ledger: run once, as the database''s owner)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Upgrade the ledger''s schema to this svcreq''s (a team ledger: as its owner, in one transaction)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or nothing, with its ids, histories and cycles')
            [CompletionResult]::new('admins', 'admins', [CompletionResultType]::ParameterValue, 'The admins of a team ledger: who may act, for which tenants, until when (its owner manages them)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The team''s configuration (tenants, rules, admins), stored in the team ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svcreq;db;help;init' {
            break
        }
        'svcreq;db;help;migrate' {
            break
        }
        'svcreq;db;help;copy' {
            break
        }
        'svcreq;db;help;admins' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an admin (a database login role), or replace its role, tenants and end date')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an admin: its login keeps no access to the ledger')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the admins, their roles, tenants and delegation end dates')
            break
        }
        'svcreq;db;help;admins;add' {
            break
        }
        'svcreq;db;help;admins;remove' {
            break
        }
        'svcreq;db;help;admins;list' {
            break
        }
        'svcreq;db;help;config' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Store the team''s configuration (tenants, rules, admins) from a TOML file in the ledger')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the configuration stored in the ledger')
            break
        }
        'svcreq;db;help;config;push' {
            break
        }
        'svcreq;db;help;config;show' {
            break
        }
        'svcreq;db;help;help' {
            break
        }
        'svcreq;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Record a new service request and print its id, severity, tier and due time')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests (default: open ones, soonest due first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one request with its whole history')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Record Microsoft''s first response in the current response cycle')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed request (online requests, within 14 days of closing)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a request''s case record, severity, category or tenant (each change an event)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add Microsoft''s update or your reply to the case timeline')
            [CompletionResult]::new('redact', 'redact', [CompletionResultType]::ParameterValue, 'Replace personal data with [redacted] in a request and its whole history')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Decide severity, category, service and scope from a description (English or Japanese)')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'Report SLA states: breached and at-risk requests, for terminals and CI jobs')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Review a period per tenant and severity (--format md, html with charts, json or csv)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import requests from CSV or JSON lines, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every request as JSON lines or CSV')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'List the tenants of the config with their plan, tier, time zone and targets')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Show the effective rules, or check a rules file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff), or write one page per command with --dir')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Create, upgrade or copy a ledger (SQLite file or PostgreSQL team ledger)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svcreq;help;open' {
            break
        }
        'svcreq;help;list' {
            break
        }
        'svcreq;help;show' {
            break
        }
        'svcreq;help;respond' {
            break
        }
        'svcreq;help;close' {
            break
        }
        'svcreq;help;reopen' {
            break
        }
        'svcreq;help;update' {
            break
        }
        'svcreq;help;note' {
            break
        }
        'svcreq;help;redact' {
            break
        }
        'svcreq;help;classify' {
            break
        }
        'svcreq;help;sla' {
            break
        }
        'svcreq;help;report' {
            break
        }
        'svcreq;help;import' {
            break
        }
        'svcreq;help;export' {
            break
        }
        'svcreq;help;tenants' {
            break
        }
        'svcreq;help;rules' {
            break
        }
        'svcreq;help;completions' {
            break
        }
        'svcreq;help;man' {
            break
        }
        'svcreq;help;db' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the schema of the ledger named by --db (a team ledger: run once, as the database''s owner)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Upgrade the ledger''s schema to this svcreq''s (a team ledger: as its owner, in one transaction)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or nothing, with its ids, histories and cycles')
            [CompletionResult]::new('admins', 'admins', [CompletionResultType]::ParameterValue, 'The admins of a team ledger: who may act, for which tenants, until when (its owner manages them)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The team''s configuration (tenants, rules, admins), stored in the team ledger')
            break
        }
        'svcreq;help;db;init' {
            break
        }
        'svcreq;help;db;migrate' {
            break
        }
        'svcreq;help;db;copy' {
            break
        }
        'svcreq;help;db;admins' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an admin (a database login role), or replace its role, tenants and end date')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an admin: its login keeps no access to the ledger')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the admins, their roles, tenants and delegation end dates')
            break
        }
        'svcreq;help;db;admins;add' {
            break
        }
        'svcreq;help;db;admins;remove' {
            break
        }
        'svcreq;help;db;admins;list' {
            break
        }
        'svcreq;help;db;config' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Store the team''s configuration (tenants, rules, admins) from a TOML file in the ledger')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the configuration stored in the ledger')
            break
        }
        'svcreq;help;db;config;push' {
            break
        }
        'svcreq;help;db;config;show' {
            break
        }
        'svcreq;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
