# svcreq: output (en)

## Names of the ids shown in tables and sentences (the ids themselves never change).

name-sla-breached = breached
name-sla-at-risk = at-risk
name-sla-pending = pending
name-sla-met = met
name-sla-withdrawn = withdrawn
name-sla-no-target = no-target
name-status-open = open
name-status-closed = closed
name-category-technical = technical
name-category-presales = presales
name-category-billing = billing
name-service-exchange-online = exchange-online
name-service-sharepoint-online = sharepoint-online
name-service-onedrive = onedrive
name-service-teams = teams
name-service-skype-for-business = skype-for-business
name-service-microsoft-365-apps = microsoft-365-apps
name-service-identity = identity
name-service-other = other
name-tier-business = business
name-tier-enterprise = enterprise
name-tier-frontline = frontline
name-tier-elevated = elevated
name-scope-in-scope = in-scope
name-scope-customer-network = customer-network
name-scope-third-party = third-party
name-scope-scripting = scripting
name-scope-development = development
name-scope-office-apps = office-apps
name-scope-volume-licensing = volume-licensing
name-channel-online = online
name-channel-phone = phone
name-availability-24x7 = 24x7
name-availability-business-hours = business-hours
name-clock-24x7 = 24x7
name-clock-business = business
name-response-next-day = next-day
name-response-none = none
duration-hours = { $hours }h
duration-days-hours = { $days }d { $hours }h
duration-hours-minutes = { $hours }h { $minutes }m
duration-minutes-seconds = { $minutes }m { $seconds }s
duration-seconds = { $seconds }s
cell-none = —
redacted-mark = [redacted]
word-yes = yes
word-no = no
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
time-local-long = { $weekday } { $date } { $time }

## Table headers.

header-id = ID
header-tenant = Tenant
header-sev = Sev
header-status = Status
header-sla = SLA
header-due-local = Due (local)
header-reopen-until-local = Reopen until (local)
header-title = Title
header-left = Left
header-field = Field
header-value = Value
header-when-local = When (local)
header-actor = Actor
header-event = Event
header-detail = Detail
name-event-opened = opened
name-event-responded = responded
name-event-closed = closed
name-event-reopened = reopened
name-event-corrected = corrected
name-event-redacted = redacted
name-event-severity-changed = severity changed
name-event-updated = updated
name-event-note = note
name-event-note-microsoft = Microsoft note
name-event-note-admin = admin note
name-source-manual = manual
name-source-classified = classified
name-source-microsoft = microsoft
name-contact-email = email
name-contact-phone = phone
# A title cell led by what the other columns do not say: a category, a response cycle.
title-labelled = ({ $label }) { $title }

## show

field-id = id
field-title = title
field-tenant = tenant
field-category = category
field-service = service
field-severity = severity
field-scope = scope
field-plan-tier = tier (plan)
field-channel = channel
field-status = status
field-opened = opened
field-response-target = response target
field-cycle-started = cycle started
field-response-due = response due
field-first-response = first response
field-closed = closed
field-reopened = reopened
field-reopen-deadline = reopen deadline
field-case-number = case number
field-contact = contact
field-available-24x7 = available 24x7
field-engineer = engineer
field-owner = owner
field-incidents = incidents
field-resolution = resolution
field-due-because = due because
show-severity-source = { $severity } ({ $source })
show-opened-by = { $at } by { $by }
show-response-target = { $clock_id ->
    [business] { $target } on a business clock ({ $availability })
    [counted] { $target }
    [wall] { $target } on a 24x7 clock ({ $availability })
   *[implied] { $target } ({ $availability })
}
show-due-retargeted = { $due } (re-targeted at { $at })
show-reopened-times = { $count ->
        [0] never
        [one] once
       *[other] { $count } times
    }
show-note-tier-changed = note: tenant '{ $tenant }' is now in the { $current } tier; this request keeps the { $filed } tier it was filed under
show-description = Description
show-history = History
date-with-weekday = { $weekday } { $date }
time-span = { $open }–{ $close }
weekday-separator = ,
weekday-range = { $from }–{ $to }
list-separator = {", "}
# Two nouns in a list (Japanese joins them with its word for "and").
list-pair-separator = {", "}
list-separator-strong = {"; "}
choice-quoted = { $value }
# A choice of one of the values a reader may type (already quoted).
choice-one-of = { $count ->
    [2] { $first }, { $last }
   *[other] { $items }
}
header-plan = Plan
header-tier = Tier
header-time-zone = Time zone
header-business-hours = Business hours
tenants-target = { $response }{ $mark }
tenants-default = { $tenant } (default)
tenants-targets-by-tier = Response targets by tier

## rules

header-severity = Severity
header-selected-by = Selected by
rules-business-clock = {" "}(business clock)
rules-no-commitment = no commitment
rules-target = { $implied ->
    [yes] { $response }{ $clock }
   *[no] { $availability }, { $response }{ $clock }
}
rules-source-embedded = embedded default rules
rules-source-file-of = rules_file of { $path }
rules-targets-heading = Initial-response targets ({ $source })
rules-by-plans = plans: { $plans }
rules-by-support-options = support options: { $options }
rules-holidays = , holidays { $holidays }
rules-target-cell = { $response }{ $clock }{ $mark }
# Under a table of targets: the intake said once, the cells taking the other one marked.
targets-intake-all = Intake: { $common }.
targets-intake-note = *: { $marked } intake (unmarked: { $common })
# Under the tenants table: business hours every tenant shares, said once.
tenants-hours-all = Business hours (every tenant): { $hours }
rules-summary =
    presales: { $presales }
    billing: { $billing }
    business hours ({ $tenant }, { $zone }): { $hours }{ $holidays }
    reopen window: { $reopen_window } after closing (requests filed online only)
    at risk: { $at_risk_share ->
        [yes] { $at_risk } or less of the target left
       *[no] { $at_risk } or less left before due
    }
rules-next-day-end = 23:59:59 of the next local calendar day
rules-next-day-24h = 24 hours after the clock starts
rules-next-day-business = the close of the next business day
rules-next-day = next day: next_day = "{ $reading }" ({ $meaning })
rules-from-description = From the service description:
rules-check-ok = { $path }: ok — { $tiers ->
        [one] { $tiers } tier
       *[other] { $tiers } tiers
    }, { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }, reopen window { $reopen_window }
rules-check-needs-file = --check needs a file
rules-file = rules file
# The rules file in effect, named in the targets heading.
rules-source-rules-file = rules file { $path }

## report charts (SPEC 9)

chart-unavailable = chart unavailable
chart-no-answered-cycle = No answered cycle with a target
chart-no-cycle-started = No response cycle started in this period
chart-no-case-open = No case open at the end of the period
chart-target = target
chart-median = median
chart-p90 = 90th percentile
chart-met = met
chart-breached = breached
chart-other = other

## report (SPEC 9): the review in Markdown

report-title = Service request review: { $period }
report-period = { $sections ->
    [0] Period { $from } to { $to } (inclusive), evaluated at { $at }.
   *[other] Period { $from } to { $to } (inclusive).
}
report-about = Counts are those of `svcreq sla --all` over the response cycles started in the period (each reopened cycle on its own), in each tenant's local time, with states as of the end of the period or now if earlier. Response times run from the start of a cycle to Microsoft's first response: median and 90th percentile by nearest rank over answered cycles, and as a share of each cycle's own target. Open cases are the requests open at that instant, by the age of their current cycle.
report-no-tenant = No tenant to report.
report-tenant-heading = { $tenant } ({ $zone }, as of { $as_of })
report-nothing = No response cycles started in this period, and no case is open.
report-no-severity = { $category } (no severity)
report-all = All
report-open-by-age = Open cases by age:
report-age-under-1-day = under 1 day
report-age-1-3-days = 1-3 days
report-age-3-7-days = 3-7 days
report-age-7-30-days = 7-30 days
report-age-30-days-or-more = 30 days or more
report-trend-by-week = Met and breached by ISO week of the cycle's start:
report-trend-by-month = Met and breached by month of the cycle's start:
report-no-breaches = No breaches.
report-breaches = Breaches: { $total } in all{ $latest }.
report-breaches-latest = , the latest { $shown } listed
report-none = none
report-closed-unanswered = none (closed { $at })
report-col-severity = Severity
report-col-target = Target
report-col-cycles = Cycles
report-col-met = Met
report-col-breached = Breached
report-col-at-risk = At risk
report-col-pending = Pending
report-col-withdrawn = Withdrawn
report-col-no-target = No target
report-col-answered = Answered
report-col-median-response = Median response
report-col-p90-response = P90 response
report-col-reopens = Reopens
report-col-resolved = Resolved
report-col-median-resolution = Median resolution
report-col-open = Open
report-col-week = Week (Monday)
report-col-month = Month
report-col-other = Other
report-col-request = Request
report-col-cycle = Cycle
report-col-title = Title
report-col-started = Started
report-col-due = Due
report-col-first-response = First response
report-col-late-by = Late by
report-col-tenant = Tenant
report-col-met-on-time = Met on time
report-col-median-first-response = Median first response
report-col-p90 = P90
report-month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
report-month-title = { report-month-name } { $year }
report-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
report-period-title = { $from } to { $to }
chart-age = { $bucket ->
    [0] < 1 day
    [1] 1-3 days
    [2] 3-7 days
    [3] 7-30 days
   *[4] 30+ days
}
chart-no-target = no target
chart-none-answered = none answered
duration-minutes = { $minutes }m
report-html-subtitle = { $tenants ->
    [0] { $from } to { $to } (inclusive) · evaluated at { $at } · no tenants
    [one] { $from } to { $to } (inclusive) · { $tenants } tenant
   *[other] { $from } to { $to } (inclusive) · { $tenants } tenants
}
report-html-written-by = Written by svcreq.
report-html-all-tenants = All tenants
report-html-tenant-times = times in { $zone } · states as of { $as_of }
report-html-breaches = Breaches
report-html-breaches-count = { $total } in all{ $latest }
report-card-cycles = response cycles started
report-card-met-on-time = met on time (of met + breached)
report-card-breached = breached
report-card-median-response = median first response
report-card-open = open at the end
report-figure-response = Time to first response against target, per severity (median and 90th percentile, % of each cycle's target)
report-figure-trend-by-week = Met and breached by ISO week of the cycle's start
report-figure-trend-by-month = Met and breached by month of the cycle's start
report-figure-open-by-age = Open cases by age of their current cycle

## Units in sentences, the business calendar

unit-days = { $n }d
unit-hours = { $n }h
unit-minutes = { $n }m
unit-seconds = { $n }s
unit-percent = { $n }%
unit-business-hours = { $n ->
    [one] { $n } business hour
   *[other] { $n } business hours
}
unit-business-minutes = { $n ->
    [one] { $n } business minute
   *[other] { $n } business minutes
}
unit-business-seconds = { $n ->
    [one] { $n } business second
   *[other] { $n } business seconds
}
name-event-first-response = first response
header-date = Date
header-day = Day
header-business-window = Business window (local)
calendar-holiday = holiday
calendar-window-over = window already over
calendar-heading = Next { $count } business windows for tenant { $tenant } ({ $zone }), from { $from }: { $days ->
    [one] { $days } day
   *[other] { $days } days
  }, { $off } of them off
calendar-day-off = day off
rules-footnote = footnote { $n }:
