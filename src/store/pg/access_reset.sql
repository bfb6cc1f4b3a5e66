-- svcreq team ledger: take away the access model of an earlier svcreq (`db migrate`, in its
-- transaction), so that access.sql can be run again: its policies, helpers, triggers and
-- grants, and the checks at the write. The first model granted this ledger's privileges to
-- group roles of the cluster (svcreq_admin, svcreq_reader, svcreq_partner): they keep their
-- members, which are the cluster's, but no privilege in this database. The access data (svcreq_admins,
-- svcreq_config) stays; the configuration gains its tenant column when it lacks it.
DO $reset$
DECLARE
    p RECORD;
    g TEXT;
BEGIN
    FOR p IN SELECT policyname, tablename FROM pg_policies
             WHERE schemaname = 'public'
               AND tablename IN ('requests', 'cycles', 'events', 'imports', 'svcreq_admins',
                                 'svcreq_config') LOOP
        EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, p.tablename);
    END LOOP;
    FOREACH g IN ARRAY ARRAY['svcreq_admin', 'svcreq_reader', 'svcreq_partner'] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', g);
            EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', g);
            EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM %I', g);
        END IF;
    END LOOP;
END
$reset$;
-- The checks at the write (access versions 6 to 8): the column checks by their names
-- (TABLE_COLUMN_ok[_N] in versions 6 and 7; the rule in words, which no name the schema
-- gives has, from version 8), then the history's triggers and functions.
DO $checks$
DECLARE
    k RECORD;
BEGIN
    FOR k IN SELECT conname, conrelid::regclass::text AS tbl FROM pg_constraint
             WHERE contype = 'c'
               AND (conname ~ '^(requests|cycles|events)_.+_ok(_[0-9]+)?$' OR conname ~ ' ')
               AND conrelid IN ('public.requests'::regclass, 'public.cycles'::regclass,
                                'public.events'::regclass) LOOP
        EXECUTE format('ALTER TABLE public.%I DROP CONSTRAINT %I', k.tbl, k.conname);
    END LOOP;
END
$checks$;
DROP TRIGGER IF EXISTS requests_history_filed ON requests;
DROP TRIGGER IF EXISTS requests_history_opened ON requests;
DROP TRIGGER IF EXISTS requests_history_changed ON requests;
DROP TRIGGER IF EXISTS cycles_history ON cycles;
DROP TRIGGER IF EXISTS events_history_responded ON events;
DROP TRIGGER IF EXISTS events_history_appended ON events;
DROP TRIGGER IF EXISTS events_history_begun ON events;
DROP TRIGGER IF EXISTS events_history_changed ON events;
DROP TRIGGER IF EXISTS events_in_order ON events;
DROP TRIGGER IF EXISTS requests_history_fresh ON requests;
DROP TRIGGER IF EXISTS cycles_history_fresh ON cycles;
DROP TRIGGER IF EXISTS events_history_fresh ON events;
DROP FUNCTION IF EXISTS svcreq_history_ok();
DROP FUNCTION IF EXISTS svcreq_history_opened();
DROP FUNCTION IF EXISTS svcreq_history_check(BIGINT[], TEXT, BOOLEAN);
DROP FUNCTION IF EXISTS svcreq_events_in_order();
DROP FUNCTION IF EXISTS svcreq_history_fresh();
DROP FUNCTION IF EXISTS svcreq_history_fault(BIGINT);
DROP FUNCTION IF EXISTS svcreq_events_fault(BIGINT);
DROP FUNCTION IF EXISTS svcreq_recorded_fault(BIGINT);
DROP FUNCTION IF EXISTS svcreq_olds_fault(BIGINT);
DROP FUNCTION IF EXISTS svcreq_told(TEXT, JSONB, TEXT);
DROP FUNCTION IF EXISTS svcreq_corrected_from(TEXT, TEXT);
DROP FUNCTION IF EXISTS svcreq_row_needs_history(BIGINT);
DROP FUNCTION IF EXISTS svcreq_history_untold(BIGINT);
DROP FUNCTION IF EXISTS svcreq_corrected_time(TEXT, TEXT);
DROP FUNCTION IF EXISTS svcreq_shown(NUMERIC);
DROP FUNCTION IF EXISTS svcreq_in_timeline(BIGINT, BIGINT, TEXT, TEXT);
DROP FUNCTION IF EXISTS svcreq_is_audit(TEXT, TEXT);
DROP FUNCTION IF EXISTS svcreq_zone_known(TEXT);
DROP TABLE IF EXISTS svcreq_zones;
DROP FUNCTION IF EXISTS svcreq_json_ok(TEXT);
DROP FUNCTION IF EXISTS svcreq_unreadable_data(TEXT);
DROP FUNCTION IF EXISTS svcreq_time_reads(TEXT);
DROP FUNCTION IF EXISTS svcreq_target_ok(TEXT);
DROP TRIGGER IF EXISTS requests_row_ok ON requests;
DROP TRIGGER IF EXISTS events_ok ON events;
DROP TRIGGER IF EXISTS cycles_ok ON cycles;
DROP TRIGGER IF EXISTS requests_change_has_event ON requests;
DROP TRIGGER IF EXISTS requests_change_agrees ON requests;
DROP TRIGGER IF EXISTS cycles_change_has_event ON cycles;
DROP TRIGGER IF EXISTS svcreq_admins_helpers ON svcreq_admins;
DROP FUNCTION IF EXISTS svcreq_may(TEXT, TEXT, NAME, BOOLEAN);
DROP FUNCTION IF EXISTS svcreq_serves(TEXT, NAME);
DROP FUNCTION IF EXISTS svcreq_latest_allowed();
DROP FUNCTION IF EXISTS svcreq_zone_ok(TEXT);
DROP FUNCTION IF EXISTS svcreq_request_row_ok();
DROP FUNCTION IF EXISTS svcreq_event_ok();
DROP FUNCTION IF EXISTS svcreq_cycle_ok();
DROP FUNCTION IF EXISTS svcreq_change_has_event();
DROP FUNCTION IF EXISTS svcreq_change_agrees();
DROP FUNCTION IF EXISTS svcreq_admin_helpers();
DROP INDEX IF EXISTS requests_import;
REVOKE ALL ON svcreq_meta, svcreq_config, svcreq_admins, requests, cycles, events, imports
    FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
ALTER TABLE svcreq_config ADD COLUMN IF NOT EXISTS tenant TEXT COLLATE "C";
