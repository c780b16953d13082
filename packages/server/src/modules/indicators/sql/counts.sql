-- The indicators' counts (README.md#counts): the rows every summary row contributes to indicator_counts, as a view the
-- refresh reads for the cases it replaces (their old rows subtracted, their new rows added) and the check recounts.
-- One row per date the case has (filed, concluded, defence due: that month's first day in its own column, the other two
-- null) × unit partition ('' the case itself; 'instance', 'outcome', 'domain', 'cause' with the unit in unit_key; the
-- agencies under each co-defendant rule, one row per agency). A flag is kept only where a definition dated by that
-- column reads it (predicates.ts: the outcome flags by the conclusion date, the defence's by its due date); elsewhere
-- false, so the rows of a month collapse into few counts.
CREATE VIEW indicator_count_contributions AS
SELECT x.*, md5(concat_ws('|', x.unit_by, x.unit_key, coalesce(x.filed_on::text, '-'), coalesce(x.concluded_on::text, '-'),
    coalesce(x.defence_due_on::text, '-'), coalesce(x.open_due_on::text, '-'), x.region_path, x.county_code, x.kind,
    x.first_instance::int::text || x.deciding::int::text || x.is_judgment::int::text || x.appealable_end::int::text
    || x.own_lost::int::text || x.own_lost_hidden::int::text || x.final_lost::int::text || x.final_lost_hidden::int::text
    || x.is_final::int::text || x.mediated_or_withdrawn::int::text || x.reconsideration_corrected::int::text
    || x.sued_after::int::text || x.appealed_any::int::text || x.defence_filed::int::text || x.defence_on_time::int::text
  )) AS key
FROM (
  SELECT f.case_id, u.unit_by, u.unit_key,
    CASE WHEN d.date_kind = 'filed' THEN d.on_date - (extract(day FROM d.on_date)::int - 1) END AS filed_on,
    CASE WHEN d.date_kind = 'concluded' THEN d.on_date - (extract(day FROM d.on_date)::int - 1) END AS concluded_on,
    CASE WHEN d.date_kind = 'defence_due' THEN d.on_date - (extract(day FROM d.on_date)::int - 1) END AS defence_due_on,
    CASE WHEN d.date_kind = 'defence_due' AND f.defence_filed_on IS NULL THEN f.defence_due_on END AS open_due_on,
    f.region_path, f.county_code, f.kind, f.first_instance,
    d.date_kind = 'concluded' AND f.deciding AS deciding,
    d.date_kind = 'concluded' AND f.is_judgment AS is_judgment,
    d.date_kind = 'concluded' AND f.appealable_end AS appealable_end,
    d.date_kind = 'concluded' AND f.own_lost AS own_lost,
    d.date_kind = 'concluded' AND f.own_lost_hidden AS own_lost_hidden,
    d.date_kind = 'concluded' AND f.final_lost AS final_lost,
    d.date_kind = 'concluded' AND f.final_lost_hidden AS final_lost_hidden,
    d.date_kind = 'concluded' AND f.is_final AS is_final,
    d.date_kind = 'concluded' AND f.mediated_or_withdrawn AS mediated_or_withdrawn,
    d.date_kind = 'concluded' AND f.reconsideration_corrected AS reconsideration_corrected,
    d.date_kind = 'concluded' AND f.sued_after AS sued_after,
    d.date_kind = 'concluded' AND f.appealed_any AS appealed_any,
    d.date_kind = 'defence_due' AND f.defence_filed_on IS NOT NULL AS defence_filed,
    d.date_kind = 'defence_due' AND f.defence_filed_on IS NOT NULL AND f.defence_filed_on <= f.defence_due_on
      AS defence_on_time
  FROM indicator_case_facts f
  CROSS JOIN LATERAL (VALUES ('filed', f.filed_on), ('concluded', f.concluded_on), ('defence_due', f.defence_due_on))
    AS d(date_kind, on_date)
  CROSS JOIN LATERAL (
    VALUES ('', ''),
      ('instance', CASE WHEN f.kind = 'litigation' THEN coalesce(f.instance, 'first') ELSE coalesce(f.instance, '') END),
      ('outcome', coalesce(f.outcome, '')),
      ('domain', coalesce(f.domain, '')),
      ('cause', coalesce(f.cause_of_action, ''))
    UNION ALL SELECT 'agencies_original', a::text FROM unnest(f.agencies_original) AS a
    UNION ALL SELECT 'agencies_first', a::text FROM unnest(f.agencies_first) AS a
    UNION ALL SELECT 'agencies_every', a::text FROM unnest(f.agencies_every) AS a
  ) AS u(unit_by, unit_key)
  WHERE d.on_date IS NOT NULL
) x;
--> statement-breakpoint
-- Existing installations: the counts of the summary as it stands (one set-based pass; cases still queued are corrected
-- by the refresh, which subtracts their old rows' contribution and adds the new).
INSERT INTO indicator_counts (key, unit_by, unit_key, filed_on, concluded_on, defence_due_on, open_due_on, region_path,
  county_code, kind, first_instance, deciding, is_judgment, appealable_end, own_lost, own_lost_hidden, final_lost,
  final_lost_hidden, is_final, mediated_or_withdrawn, reconsideration_corrected, sued_after, appealed_any, defence_filed,
  defence_on_time, n)
SELECT key, min(unit_by), min(unit_key), min(filed_on), min(concluded_on), min(defence_due_on), min(open_due_on),
  min(region_path), min(county_code), min(kind), bool_or(first_instance), bool_or(deciding), bool_or(is_judgment),
  bool_or(appealable_end), bool_or(own_lost), bool_or(own_lost_hidden), bool_or(final_lost), bool_or(final_lost_hidden),
  bool_or(is_final), bool_or(mediated_or_withdrawn), bool_or(reconsideration_corrected), bool_or(sued_after),
  bool_or(appealed_any), bool_or(defence_filed), bool_or(defence_on_time), count(*)::int
FROM indicator_count_contributions GROUP BY key;
