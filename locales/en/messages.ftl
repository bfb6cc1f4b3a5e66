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
