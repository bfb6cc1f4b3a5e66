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
