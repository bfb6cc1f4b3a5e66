# svcreq: clap's own words in help (Usage, Options, [default: …]), in English.

help-clap-default = [default: { $value }]
help-clap-possible-values = [possible values: { $values }]
help-clap-list-separator = {", "}
help-clap-heading-usage = Usage:
help-clap-heading-options = Options:
help-clap-heading-arguments = Arguments:
help-clap-heading-commands = Commands:
help-clap-help-flag = Print help
help-clap-help-flag-more = Print help (see more with '--help')
help-clap-help-flag-summary = Print help (see a summary with '-h')
help-clap-version-flag = Print version
help-clap-help-command = Print this message or the help of the given subcommand(s)
help-clap-help-command-arg = Print help for the subcommand(s)
help-clap-env = [env: { $name }]
help-clap-usage-options = [OPTIONS]
