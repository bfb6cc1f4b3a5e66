# svcreq: rules (en)

## How a due time was reached (SPEC 1.4): `sla --explain`, `show`.

explain-label-severity = severity { $severity } · { $tier } tier
explain-label-severity-kept-breached = severity { $severity } (it became { $current } at { $at }, after this target's due time had passed, and a breach that has happened stands) · { $tier } tier
explain-label-severity-kept-answered = severity { $severity } (it became { $current } at { $at }, after this cycle's first response or close, which keeps the target it had) · { $tier } tier
explain-label-category = { $category } request
explain-head = { $label } · { $availability }
explain-none = { $head } · no commitment → no due time
explain-next-day-end = 23:59:59 of the day after { $date }
explain-next-day-24h = { $start } + 24h
explain-next-day-business = the close of the first business day after { $date }
# The rules' `next_day` reading said in words, as the Japanese says it (SPEC 10: a setting's
# name is for the rules table, not for an explanation).
explain-next-day = { $head } · next day ({ $reading ->
    [end-of-next-day] by 23:59:59 of the next day
    [end-of-next-business-day] by the close of the next business day
   *[other] within 24 hours of the start
}) → { $how }: { $due }
explain-next-day-no-due = { $head } · next day ({ $reading ->
    [end-of-next-day] by 23:59:59 of the next day
    [end-of-next-business-day] by the close of the next business day
   *[other] within 24 hours of the start
}) → no due time
explain-wall = { $clock_id ->
    [wall] { $head } · { $duration } on a 24x7 clock → { $start } + { $duration } = { $due }
   *[implied] { $head } · { $duration } → { $start } + { $duration } = { $due }
}
explain-window = { $date } { $open }–{ $close } ({ $duration })
explain-business-none = { $head } · { $duration } on a business clock → no business window in the next ten years
explain-holiday = { $count ->
    [one] holiday
   *[other] holidays
} ({ $date })
explain-day-off = { $count ->
    [one] day off
   *[other] days off
} ({ $date })
explain-business = { $head } · { $duration } ({ $zone } { $hours }{ $minus }) → counted { $windows }
explain-minus-holidays = {" "}minus holidays
explain-skipped-nights = { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
}
# What a business clock passed over: the nights, then the days off and holidays.
explain-skipped = ; skipped { $what }
explain-due = { $line } → due { $due }
explain-changed-since = due { $recorded } as recorded when the target was set; the calendar or rules have changed since, and today's give: { $line }
explain-recorded-no-due = no due time

## Classification (SPEC 1.1-1.3): rationale lines, referrals, refusals.

rationale-line = { $fact } = { $value } ({ $why })
rationale-phrase = phrase "{ $phrase }"
rationale-flag = flag { $flag }
rationale-assumed = assumed
rationale-corpus = as the labelled corpus reads { $phrases }
rationale-corpus-phrase = "{ $phrase }"
rationale-column = column { $column }
name-fact-service_state = service_state
name-fact-affected = affected
name-fact-workaround = workaround
name-fact-business_critical = business_critical
name-fact-category = category
name-fact-service = service
name-fact-scope = scope
name-value-down = down
name-value-degraded = degraded
name-value-working = working
name-value-single = single
name-value-multiple = multiple
name-value-all = all
name-value-true = true
name-value-false = false
# The workaround stated is another admin tool's way only (PowerShell): not the user's (SPEC 1.3).
name-value-admin-only = admin tool only
referral-customer-network = the customer's own network team, or Microsoft's networking support
referral-third-party = the Microsoft Community (answers.microsoft.com)
referral-scripting = Microsoft's general help site (support.microsoft.com)
referral-development = developer channels (Microsoft developer docs, community forums, Premier/partner support)
referral-office-apps = the support options for Microsoft Office application issues for Office 365 subscribers (support.office.com)
referral-volume-licensing = the Volume Licensing Service Center (microsoft.com/licensing/servicecenter) for licences and product keys
refusal-out-of-scope = this request is outside Microsoft's support boundary ({ $scope }: { $why }); go to { $referral }, or record it anyway with --force
refusal-no-severity = --severity applies to technical requests only; { $category } requests have no severity
refusal-fact-flag-no-severity = { $flag } describes the impact a severity is classified from, and { $category } requests have no severity; leave { $flag } out
refusal-fact-flag-severity-given = { $flag } describes the impact a severity is classified from, and --severity { $severity } already states the severity; give one of them
note-business = Business plans include business-hours support for all non-critical issues, and 24x7 phone support from Microsoft.
note-enterprise = Enterprise plans include 24x7 phone support from Microsoft for all issues.
note-around-the-clock = Calls and service requests are handled 24x7 in most countries and regions.
note-language = Depending on location and language, support engineers are available during business hours in most regions, and 24x7 in some; a translator can be brought into a call.
note-plans = The enterprise column's bare "Office 365" is Office 365 for education (a1, a3, a5); government G2 is gov-g2; paid standalone plans get the enterprise family's support (standalone).
note-elevated = Elevated support (support_option = premier or unified for large enterprises, professional-direct for small businesses in the US, Canada and the UK; set a tenant's country to be warned) gives shorter response times.
note-revision = A June 2021 revision of the service description puts Business Premium in the business column and merges enterprise, frontline, government and education into one column with the same targets; the plan ids stay as they are typed.

## The history a request keeps: stored in English, shown in the reader's language (SPEC 10)

history-severity-classified = severity { $severity } classified: { $why }
history-severity-set = severity { $severity } (set with --severity)
history-no-severity = { $category } request (no severity)
history-forced = { $basis } · recorded with --force although out of scope ({ $scope }); no response commitment
history-with-note = { $detail }: { $note }
history-corrected-response = corrected the first response: { $from } → { $to } · { $state }
history-responded = first response · { $state }
history-corrected-close = corrected the close: { $from } → { $to } · { $state }
history-closed = closed · { $state }
history-closed-with-resolution = { $detail }: { $resolution }
history-reopened = reopen #{ $count } · new response cycle
history-reopened-with-reason = { $detail }: { $reason }
history-severity-change = {" "}· severity { $from } → { $to }
history-target = {" "}· { $response }
history-target-none = {" "}· none
history-due = {" "}→ due { $due }
history-reason = {" "}· reason: { $reason }
history-redacted = redacted { $what }
history-opened = { $basis } · plan { $plan } · { $tier } tier · { $availability }{ $target }
history-field-change = { $field }: { $from } → { $to }
history-field-changed = { $field } changed
history-separator = {" · "}
history-reason-alone = reason: { $reason }
history-field-set = { $field } set to { $to }
history-field-cleared = { $field } { $from } cleared
history-severity-changed = severity { $from } → { $to }
history-severity-now = severity set to { $to }
history-severity-removed = severity { $from } → none
history-severity-same = severity unchanged
history-severity-by = {" "}({ $source })
history-retarget = first response target: { $response }
history-retarget-none = no first response target
history-retarget-no-due = no due time
history-retarget-due = , due { $due }
history-retarget-due-alone = due { $due }
history-retarget-from = {" "}(re-targeted at { $start })
history-retarget-start = response cycle start: { $start }
# A reopen's target after its own sentence (the English history keeps one line).
history-target-sentence = {" "}· { $response }
history-target-none-sentence = {" "}· none
name-field-tenant = tenant
name-field-plan = plan
name-field-tier = tier
name-field-timezone = time zone
name-field-category = category
name-field-severity = severity
name-field-severity_source = severity source
name-field-availability = availability
name-field-response_target = response target
name-field-response_clock = response clock
name-field-response_due = response due
name-field-target_started_at = target started
name-field-title = title
name-field-description = description
name-field-service = service
name-field-case_number = case number
name-field-contact = contact
name-field-contact_method = contact method
name-field-available_24x7 = available 24x7
name-field-engineer = engineer
name-field-owner = owner
name-field-incidents = incidents
name-field-first_response_at = first response
name-field-closed_at = closed
name-field-notes = notes
name-field-resolution = resolution
name-field-status = status
name-field-reopen_count = reopen count
name-field-cycle_started_at = cycle started
