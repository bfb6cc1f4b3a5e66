# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_svcreq_global_optspecs
    string join \n db= config= now= as= format= json q/quiet color= lang= h/help V/version
end

function __fish_svcreq_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_svcreq_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_svcreq_using_subcommand
    set -l cmd (__fish_svcreq_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c svcreq -n "__fish_svcreq_needs_command" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_needs_command" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_needs_command" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_needs_command" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_needs_command" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_needs_command" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_needs_command" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_needs_command" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_needs_command" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_needs_command" -s V -l version -d 'Print version'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "open" -d 'Record a new service request and print its id, severity, tier and due time'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "list" -d 'List requests (default: open ones, soonest due first)'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "show" -d 'Show one request with its whole history'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "respond" -d 'Record Microsoft\'s first response in the current response cycle'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "close" -d 'Close a request'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "reopen" -d 'Reopen a closed request (online requests, within 14 days of closing)'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "update" -d 'Change a request\'s case record, severity, category or tenant (each change an event)'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "note" -d 'Add Microsoft\'s update or your reply to the case timeline'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "redact" -d 'Replace personal data with [redacted] in a request and its whole history'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "classify" -d 'Decide severity, category, service and scope from a description (English or Japanese)'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "sla" -d 'Report SLA states: breached and at-risk requests, for terminals and CI jobs'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "report" -d 'Review a period per tenant and severity (--format md, html with charts, json or csv)'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "import" -d 'Import requests from CSV or JSON lines, all or nothing'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "export" -d 'Export every request as JSON lines or CSV'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "tenants" -d 'List the tenants of the config with their plan, tier, time zone and targets'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "rules" -d 'Show the effective rules, or check a rules file'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "man" -d 'Print the manual page (roff), or write one page per command with --dir'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "db" -d 'Create, upgrade or copy a ledger (SQLite file or PostgreSQL team ledger)'
complete -c svcreq -n "__fish_svcreq_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l title -d 'A short title' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l description -d 'What is wrong, in your words' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l description-file -d 'Read the description from a file (- reads stdin)' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l category -d 'The kind of request [default: technical]' -r -f -a "technical\t''
presales\t''
billing\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l service -d 'The service concerned' -r -f -a "exchange-online\t''
sharepoint-online\t''
onedrive\t''
teams\t''
skype-for-business\t''
microsoft-365-apps\t''
identity\t''
other\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l severity -d 'Set the severity yourself instead of deriving it from the impact' -r -f -a "A\t''
B\t''
C\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l impact -d 'Is the service down, degraded or working (a question)?' -r -f -a "down\t''
degraded\t''
working\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l users -d 'How many users are affected: single, multiple or all' -r -f -a "single\t''
multiple\t''
all\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l tenant -d 'The tenant [default: the config\'s]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l plan -d 'File under this plan instead of the tenant\'s' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l channel -d 'How it was filed: online (admin center) or phone' -r -f -a "online\t''
phone\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l opened-at -d 'When it was filed [default: now]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l case-number -d 'Microsoft\'s service request number (1-64 letters, digits or -)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l contact -d 'Who Microsoft should contact (name, mail, phone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l contact-method -d 'How to contact them: email or phone' -r -f -a "email\t''
phone\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l engineer -d 'Microsoft\'s support engineer on the case' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l owner -d 'The admin working the case on the customer\'s side' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l incident -d 'A linked service-health incident id (EX123456); may be repeated' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l workaround -d 'The affected users can get the work done another way'
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l business-critical -d 'Production, revenue or a deadline is at stake'
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l force -d 'Record it even when it is outside the support boundary'
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l available-24x7 -d 'The customer stays reachable around the clock (expected for severity A)'
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l status -d 'Which requests [default: open; all with --case or --incident; closed with --reopen-ends-within]' -r -f -a "open\t''
closed\t''
all\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l severity -d 'Only these severities, comma separated (A,B)' -r -f -a "A\t''
B\t''
C\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l category -d 'Only these categories' -r -f -a "technical\t''
presales\t''
billing\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l tenant -d 'Only these tenants' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l plan -d 'Only these plans' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l sla -d 'Only requests in these SLA states, comma separated' -r -f -a "breached\t''
at-risk\t''
pending\t''
met\t''
withdrawn\t''
no-target\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l since -d 'Only requests opened at or after TIME' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l until -d 'Only requests opened at or before TIME' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l search -d 'Only requests whose text contains TEXT (title, description, notes, resolution, case number, engineer, owner, contact, incidents), ignoring case and character width' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l case -d 'Only the request with Microsoft\'s case number CASE' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l incident -d 'Only requests linked to this service-health incident (EX123456)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l reopen-ends-within -d 'Only closed requests whose reopen window ends within this time (3d, 12h)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l sort -d 'Order' -r -f -a "due\t''
opened\t''
severity\t''
id\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l limit -d 'At most N requests' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l case -d 'Name the request by Microsoft\'s case number instead of its ID' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l tenant -d 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l case -d 'Name the request by Microsoft\'s case number instead of its ID' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l tenant -d 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l at -d 'When Microsoft responded [default: now]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l note -d 'A note for the history' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l correct -d 'Replace the time of this cycle\'s recorded response with --at (a correction)'
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand respond" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l case -d 'Name the request by Microsoft\'s case number instead of its ID' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l tenant -d 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l at -d 'When it was closed [default: now]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l resolution -d 'How it was resolved' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l correct -d 'Replace the time of the recorded close with --at (a correction)'
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l case -d 'Name the request by Microsoft\'s case number instead of its ID' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l tenant -d 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l reason -d 'Why it is reopened' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l severity -d 'A new severity for the new response cycle' -r -f -a "A\t''
B\t''
C\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l at -d 'When it was reopened [default: now]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l check -d 'Only report whether it may be reopened, and until when (exit 0 eligible, 4 not)'
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand reopen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l case -d 'Name the request by Microsoft\'s case number instead of its ID' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l tenant -d 'With --case: the tenant that has the case number (a comma-separated list looks in each); with an ID: move the request to this tenant (a correction: its unanswered cycle is re-targeted)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l title -d 'A new title' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l description -d 'A new description' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l description-file -d 'Read the new description from a file (- reads stdin)' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l service -d 'The service concerned' -r -f -a "exchange-online\t''
sharepoint-online\t''
onedrive\t''
teams\t''
skype-for-business\t''
microsoft-365-apps\t''
identity\t''
other\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l case-number -d 'Microsoft\'s service request number' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l contact -d 'Who Microsoft should contact ("" clears it)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l contact-method -d 'How to contact them' -r -f -a "email\t''
phone\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l available-24x7 -d 'Whether the customer stays reachable around the clock' -r -f -a "true\t''
false\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l engineer -d 'Microsoft\'s support engineer ("" clears it)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l owner -d 'The admin working the case ("" clears it)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l incident -d 'Link a service-health incident (EX123456); may be repeated' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l remove-incident -d 'Unlink a service-health incident; may be repeated' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l severity -d 'A new severity (technical requests): re-targets an unanswered cycle from --at' -r -f -a "A\t''
B\t''
C\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l reason -d 'Why the severity changed' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l by -d 'Who assigned the severity: microsoft (Microsoft rated the case) or admin (the admin chose it) [default: admin]' -r -f -a "microsoft\t''
admin\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l category -d 'A corrected category (a correction: its unanswered cycle is re-targeted)' -r -f -a "technical\t''
presales\t''
billing\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l at -d 'When the change happened [default: now]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l case -d 'Name the request by Microsoft\'s case number instead of its ID' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l tenant -d 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l file -d 'Read the note from a file (- reads stdin)' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l from -d 'Who wrote it: Microsoft\'s update or the admin\'s own reply' -r -f -a "microsoft\t''
admin\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l at -d 'When it was written [default: now]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l case -d 'Name the request by Microsoft\'s case number instead of its ID' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l tenant -d 'With --case: the tenant, when two tenants share the number (a comma-separated list looks in each of them)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l contact -d 'The contact'
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l notes -d 'Every note'
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l description -d 'The description'
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l resolution -d 'The resolution, of every cycle'
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l all -d 'Every field of personal data: contact, engineer, owner, notes, description, resolution'
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand redact" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l file -d 'Read the text from a file' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l impact -d 'Is the service down, degraded or working (a question)?' -r -f -a "down\t''
degraded\t''
working\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l users -d 'How many users are affected: single, multiple or all' -r -f -a "single\t''
multiple\t''
all\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l tenant -d 'The tenant whose response target to show [default: the config\'s]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l plan -d 'Show the target under this plan instead of the tenant\'s' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l workaround -d 'The affected users can get the work done another way'
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l business-critical -d 'Production, revenue or a deadline is at stake'
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand classify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l tenant -d 'Only these tenants' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l at-risk -d 'At-risk threshold: a share of the target (25%) or a time before due (30m)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l fail-on -d 'When to exit 3: breached (a breached cycle), at-risk (breached or at risk), never' -r -f -a "breached\t''
at-risk\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l all -d 'Closed requests too, with every response cycle of reopened ones'
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l explain -d 'Say how each due time was reached'
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand sla" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l month -d 'The calendar month to review [default: the current month]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l from -d 'First day of the period (YYYY-MM-DD, each tenant\'s local date)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l to -d 'Last day of the period, included' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l tenant -d 'Only these tenants' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -s o -l output -d 'Write the report to FILE instead of standard output (required for html)' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l encoding -d 'The file\'s text encoding: utf-8 (with or without a BOM) or cp932 (Shift_JIS, as Excel saves CSV files in Japan)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l dry-run -d 'Validate only; write nothing'
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l force -d 'Import rows outside Microsoft\'s support boundary too (they get no response commitment)'
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l tenant -d 'Only these tenants' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l events -d 'Include each request\'s history (in CSV, as a JSON text column)'
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l bom -d 'Begin the CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8 (without one it reads the local code page, and Japanese text turns to mojibake)'
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand tenants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l check -d 'Validate this rules file instead of showing the effective rules' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l tenant -d 'Show the business hours of this tenant [default: the config\'s]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l from -d 'With --calendar: start at TIME [default: now]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l next -d 'With --calendar: how many business windows' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l calendar -d 'List the next business windows, with days off and holidays marked'
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -l dir -d 'Write svcreq.1 and one page per command (svcreq-open.1, …) into DIR, created if needed' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -f -a "init" -d 'Create the schema of the ledger named by --db (a team ledger: run once, as the database\'s owner)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -f -a "migrate" -d 'Upgrade the ledger\'s schema to this svcreq\'s (a team ledger: as its owner, in one transaction)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -f -a "copy" -d 'Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or nothing, with its ids, histories and cycles'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -f -a "admins" -d 'The admins of a team ledger: who may act, for which tenants, until when (its owner manages them)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -f -a "config" -d 'The team\'s configuration (tenants, rules, admins), stored in the team ledger'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and not __fish_seen_subcommand_from init migrate copy admins config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -l print -d 'Print the SQL instead of running it (for a DBA who applies it by hand)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l from -d 'The ledger to copy: a file path or a postgres:// URL' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The ledger to copy into (created if it is a file; a team ledger must be initialised and empty)' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -f -a "add" -d 'Add an admin (a database login role), or replace its role, tenants and end date'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -f -a "remove" -d 'Remove an admin: its login keeps no access to the ledger'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -f -a "list" -d 'List the admins, their roles, tenants and delegation end dates'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from admins" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -l db -d 'The ledger: an SQLite file, or a postgres:// URL (team ledger) [default: config `db`, else <data dir>/svcreq.db]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -l config -d 'The TOML config [default: <config dir>/config.toml; absent = defaults]' -r -F
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -l now -d 'Evaluate as if it were TIME (RFC 3339, or YYYY-MM-DD [HH:MM[:SS]] in the tenant\'s zone)' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -l as -d 'The acting admin [default: config `admin`, else the login name]' -r
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -l format -d 'Output format where a command prints records' -r -f -a "table\t''
json\t''
csv\t''
ids\t''
junit\t''
jsonl\t''
md\t''
html\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -l color -d 'When to colour tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -l lang -d 'The language of messages, tables, reports and help [default: from LC_ALL, LC_MESSAGES or LANG, else en]' -r -f -a "en\t''
ja\t''"
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -l json -d 'Shorthand for --format json'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Print only ids (or nothing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -f -a "push" -d 'Store the team\'s configuration (tenants, rules, admins) from a TOML file in the ledger'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the configuration stored in the ledger'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from config" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the schema of the ledger named by --db (a team ledger: run once, as the database\'s owner)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Upgrade the ledger\'s schema to this svcreq\'s (a team ledger: as its owner, in one transaction)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or nothing, with its ids, histories and cycles'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "admins" -d 'The admins of a team ledger: who may act, for which tenants, until when (its owner manages them)'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "config" -d 'The team\'s configuration (tenants, rules, admins), stored in the team ledger'
complete -c svcreq -n "__fish_svcreq_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "open" -d 'Record a new service request and print its id, severity, tier and due time'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "list" -d 'List requests (default: open ones, soonest due first)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "show" -d 'Show one request with its whole history'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "respond" -d 'Record Microsoft\'s first response in the current response cycle'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "close" -d 'Close a request'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "reopen" -d 'Reopen a closed request (online requests, within 14 days of closing)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "update" -d 'Change a request\'s case record, severity, category or tenant (each change an event)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "note" -d 'Add Microsoft\'s update or your reply to the case timeline'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "redact" -d 'Replace personal data with [redacted] in a request and its whole history'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "classify" -d 'Decide severity, category, service and scope from a description (English or Japanese)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "sla" -d 'Report SLA states: breached and at-risk requests, for terminals and CI jobs'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "report" -d 'Review a period per tenant and severity (--format md, html with charts, json or csv)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "import" -d 'Import requests from CSV or JSON lines, all or nothing'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "export" -d 'Export every request as JSON lines or CSV'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "tenants" -d 'List the tenants of the config with their plan, tier, time zone and targets'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "rules" -d 'Show the effective rules, or check a rules file'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "completions" -d 'Print a shell completion script'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "man" -d 'Print the manual page (roff), or write one page per command with --dir'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "db" -d 'Create, upgrade or copy a ledger (SQLite file or PostgreSQL team ledger)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and not __fish_seen_subcommand_from open list show respond close reopen update note redact classify sla report import export tenants rules completions man db help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "init" -d 'Create the schema of the ledger named by --db (a team ledger: run once, as the database\'s owner)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Upgrade the ledger\'s schema to this svcreq\'s (a team ledger: as its owner, in one transaction)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy a whole ledger into a new, empty one (SQLite file ↔ PostgreSQL), all or nothing, with its ids, histories and cycles'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "admins" -d 'The admins of a team ledger: who may act, for which tenants, until when (its owner manages them)'
complete -c svcreq -n "__fish_svcreq_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "config" -d 'The team\'s configuration (tenants, rules, admins), stored in the team ledger'
