
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
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
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Decide severity, category, service and scope from a description (English or Japanese)')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'Report SLA states: breached and at-risk requests, for terminals and CI jobs')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Review a period per tenant and severity (--format md, html with charts, json or csv)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import requests from CSV or JSON lines, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every request as JSON lines or CSV')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'List the tenants of the config with their plan, tier, time zone and targets')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Show the effective rules, or check a rules file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svcreq;open' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A short title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What is wrong, in your words')
            [CompletionResult]::new('--description-file', '--description-file', [CompletionResultType]::ParameterName, 'Read the description from a file, or stdin with -')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'technical, presales or billing [default: technical]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service concerned (exchange-online, sharepoint-online, onedrive, teams, ...)')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Set the severity yourself instead of deriving it from the impact')
            [CompletionResult]::new('--impact', '--impact', [CompletionResultType]::ParameterName, 'Is the service down, degraded or working (a question)?')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'How many users are affected: single, multiple or all')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant [default: the config''s]')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'File under this plan instead of the tenant''s')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How it was filed: online (admin center) or phone')
            [CompletionResult]::new('--opened-at', '--opened-at', [CompletionResultType]::ParameterName, 'When it was filed [default: now]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--workaround', '--workaround', [CompletionResultType]::ParameterName, 'The affected users can get the work done another way')
            [CompletionResult]::new('--business-critical', '--business-critical', [CompletionResultType]::ParameterName, 'Production, revenue or a deadline is at stake')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Record it even when it is outside the support boundary')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which requests')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only these severities (A,B)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only these categories')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only these tenants')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only these plans')
            [CompletionResult]::new('--sla', '--sla', [CompletionResultType]::ParameterName, 'Only requests in these SLA states (breached,at-risk,pending,met,withdrawn,no-target)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only requests opened at or after TIME')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only requests opened at or before TIME')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only requests whose title or description contains TEXT')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N requests')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;respond' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When Microsoft responded [default: now]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the history')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;close' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it was closed [default: now]')
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'How it was resolved')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;reopen' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it is reopened')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'A new severity for the new response cycle')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it was reopened [default: now]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Only report whether it may be reopened, and until when (exit 0 eligible, 4 not)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
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
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 3 when a cycle is breached (default), at risk or breached, or never')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s text encoding: utf-8 (with or without a BOM) or cp932 (Shift_JIS, as Excel saves CSV files in Japan)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Include each request''s history (JSON lines only)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Begin the CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8 (without one it reads the local code page, and Japanese text turns to mojibake)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;tenants' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'List the next business windows, with days off and holidays marked')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger (SQLite file) [default: <data dir>/svcreq.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The TOML config [default: <config dir>/config.toml; absent = defaults]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant''s zone)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting admin [default: config `admin`, else the login name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format where a command prints records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (or nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svcreq;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Record a new service request and print its id, severity, tier and due time')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests (default: open ones, soonest due first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one request with its whole history')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Record Microsoft''s first response in the current response cycle')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed request (online requests, within 14 days of closing)')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Decide severity, category, service and scope from a description (English or Japanese)')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'Report SLA states: breached and at-risk requests, for terminals and CI jobs')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Review a period per tenant and severity (--format md, html with charts, json or csv)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import requests from CSV or JSON lines, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every request as JSON lines or CSV')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'List the tenants of the config with their plan, tier, time zone and targets')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Show the effective rules, or check a rules file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
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
        'svcreq;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
