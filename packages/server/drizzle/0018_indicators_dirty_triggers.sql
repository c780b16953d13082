-- The indicators' summary is kept right on every write path (README.md#summary): each statement that writes a case, its
-- parties, links, timeline or deadlines queues the cases it touched in indicator_dirty, in the writer's transaction.
-- Statement-level triggers with transition tables: a batch of 10,000 cases (an import, the demo seed, the benchmark
-- generator) costs one INSERT … SELECT, not 10,000 trigger calls. The refresh (refresh.ts) recomputes the queued cases'
-- rows with the domain's rules before any figure is read.
CREATE FUNCTION indicator_dirty_from_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'cases' THEN
    INSERT INTO indicator_dirty (case_id) SELECT DISTINCT id FROM new_rows ON CONFLICT DO NOTHING;
  ELSIF TG_TABLE_NAME = 'case_links' THEN
    INSERT INTO indicator_dirty (case_id)
      SELECT from_case_id FROM new_rows UNION SELECT to_case_id FROM new_rows ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO indicator_dirty (case_id) SELECT DISTINCT case_id FROM new_rows ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION indicator_dirty_from_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'cases' THEN
    INSERT INTO indicator_dirty (case_id) SELECT DISTINCT id FROM old_rows ON CONFLICT DO NOTHING;
  ELSIF TG_TABLE_NAME = 'case_links' THEN
    INSERT INTO indicator_dirty (case_id)
      SELECT from_case_id FROM old_rows UNION SELECT to_case_id FROM old_rows ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO indicator_dirty (case_id) SELECT DISTINCT case_id FROM old_rows ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER cases_indicator_ins AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER cases_indicator_upd AFTER UPDATE ON cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER cases_indicator_del AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_old();
--> statement-breakpoint
CREATE TRIGGER case_parties_indicator_ins AFTER INSERT ON case_parties REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER case_parties_indicator_upd AFTER UPDATE ON case_parties REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER case_parties_indicator_del AFTER DELETE ON case_parties REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_old();
--> statement-breakpoint
CREATE TRIGGER case_links_indicator_ins AFTER INSERT ON case_links REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER case_links_indicator_upd AFTER UPDATE ON case_links REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER case_links_indicator_del AFTER DELETE ON case_links REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_old();
--> statement-breakpoint
CREATE TRIGGER case_events_indicator_ins AFTER INSERT ON case_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER case_events_indicator_upd AFTER UPDATE ON case_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER case_events_indicator_del AFTER DELETE ON case_events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_old();
--> statement-breakpoint
CREATE TRIGGER case_deadlines_indicator_ins AFTER INSERT ON case_deadlines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER case_deadlines_indicator_upd AFTER UPDATE ON case_deadlines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_new();
--> statement-breakpoint
CREATE TRIGGER case_deadlines_indicator_del AFTER DELETE ON case_deadlines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_dirty_from_old();
--> statement-breakpoint
-- Existing installations: every live case is computed on the first read of figures.
INSERT INTO indicator_dirty (case_id) SELECT id FROM cases WHERE deleted_at IS NULL;
