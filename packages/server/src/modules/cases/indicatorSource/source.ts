/**
 * What the indicators read of the registry (modules/indicators keeps its per-case facts from these): for each live case
 * the recorded facts the domain's `CaseFacts` names (docs/rules/indicators-and-sanctions.md#case-facts) — kind, 审级,
 * 立案/结案日期, outcome and its text, the case it reviews (appeal_of / retrial_of), the reconsideration it followed, 是否上诉,
 * the defence's due date (the case's own litigation.defense / reconsideration.reply deadline, the custom date first)
 * and the day it was filed (the first `defence_submitted` entry), its defendants with their roles — and the keys the
 * figures are broken down by (region, domain, 案由). Soft-deleted cases are not in the registry's figures.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';

export interface CaseIndicatorSource {
  id: string;
  kind: 'litigation' | 'reconsideration' | 'dispute';
  instance: string | null;
  regionCode: string;
  regionPath: string;
  domain: string | null;
  causeOfAction: string | null;
  filedOn: string | null;
  concludedOn: string | null;
  outcome: string | null;
  outcomeText: string | null;
  appealed: boolean | null;
  reviewsCaseId: string | null;
  afterReconsiderationCaseId: string | null;
  defenceDueOn: string | null;
  defenceFiledOn: string | null;
  defendants: { agencyId: string; role: 'first' | 'co_defendant' | 'reconsideration_body' }[];
}

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const dateText = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

/** The facts of the live cases among `ids` (missing and deleted ids are left out). */
export async function caseIndicatorSources(db: DbOrTx, ids: readonly string[]): Promise<CaseIndicatorSource[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    select c.id, c.kind, c.instance, c.region_code, c.region_path, c.domain, c.cause_of_action,
      c.filed_date::text as filed_on, c.outcome_date::text as concluded_on, c.outcome, c.outcome_text, c.appealed,
      (select l.to_case_id from case_links l where l.from_case_id = c.id and l.link_type in ('appeal_of', 'retrial_of')
        order by l.created_at, l.id limit 1) as reviews_case_id,
      (select l.to_case_id from case_links l where l.from_case_id = c.id and l.link_type = 'follows_reconsideration'
        order by l.created_at, l.id limit 1) as after_reconsideration_case_id,
      (select min(coalesce(d.custom_due_date, d.due_date))::text from case_deadlines d where d.case_id = c.id
        and d.owner_type = 'case' and d.rule_id in ('litigation.defense', 'reconsideration.reply')) as defence_due_on,
      (select min(e.at)::text from case_events e where e.case_id = c.id and e.type = 'defence_submitted')
        as defence_filed_on,
      (select coalesce(json_agg(json_build_object('agencyId', p.agency_id, 'role', coalesce(p.defendant_role, 'co_defendant'))
        order by p.sort_order, p.id), '[]'::json) from case_parties p
        where p.case_id = c.id and p.side = 'defendant' and p.agency_id is not null) as defendants
    from cases c
    where c.id = any(${sql.param([...ids])}::uuid[]) and c.deleted_at is null`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: String(r.id),
    kind: r.kind as CaseIndicatorSource['kind'],
    instance: (r.instance as string | null) ?? null,
    regionCode: String(r.region_code),
    regionPath: String(r.region_path),
    domain: (r.domain as string | null) ?? null,
    causeOfAction: (r.cause_of_action as string | null) ?? null,
    filedOn: dateText(r.filed_on),
    concludedOn: dateText(r.concluded_on),
    outcome: (r.outcome as string | null) ?? null,
    outcomeText: (r.outcome_text as string | null) ?? null,
    appealed: (r.appealed as boolean | null) ?? null,
    reviewsCaseId: (r.reviews_case_id as string | null) ?? null,
    afterReconsiderationCaseId: (r.after_reconsideration_case_id as string | null) ?? null,
    defenceDueOn: dateText(r.defence_due_on),
    defenceFiledOn: dateText(r.defence_filed_on),
    defendants: (typeof r.defendants === 'string'
      ? JSON.parse(r.defendants)
      : r.defendants) as CaseIndicatorSource['defendants'],
  }));
}

/** The cases linked to any of `ids` (either end of a link, any link type), `ids` themselves excluded. */
export async function linkedCaseIds(db: DbOrTx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const param = sql`${sql.param([...ids])}::uuid[]`;
  const result = await db.execute(sql`
    select to_case_id as id from case_links where from_case_id = any(${param})
    union select from_case_id from case_links where to_case_id = any(${param})`);
  const given = new Set(ids);
  return rowsOf<{ id: string }>(result)
    .map((r) => String(r.id))
    .filter((id) => !given.has(id));
}

/** Live case ids in id order after `afterId`, at most `limit` (a rebuild walks the registry in pages). */
export async function liveCaseIdsPage(db: DbOrTx, afterId: string | null, limit: number): Promise<string[]> {
  const result = await db.execute(sql`
    select id from cases where deleted_at is null and (${afterId}::uuid is null or id > ${afterId}::uuid)
    order by id limit ${limit}`);
  return rowsOf<{ id: string }>(result).map((r) => String(r.id));
}
