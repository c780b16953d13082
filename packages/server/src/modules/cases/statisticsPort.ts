/**
 * What the statistics module (统计报表, docs/rules/statistics.md) reads of the registry: for every live 行政诉讼 and
 * 行政复议 case of a region (path prefix) that could count in a period — received or accepted (whichever came first) by its end, not concluded
 * before its start — the recorded facts the forms count by. Agencies come as ids: their kind and level are the org
 * module's. Other modules never read the case tables; they ask here.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';

export interface StatisticsCaseRow {
  id: string;
  kind: 'litigation' | 'reconsideration';
  caseNumber: string | null;
  instance: string | null;
  courtCode: string | null;
  receivedOn: string | null;
  filedOn: string | null;
  concludedOn: string | null;
  outcome: string | null;
  outcomeText: string | null;
  governmentLost: boolean | null;
  actKind: string | null;
  domain: string | null;
  causeOfAction: string | null;
  contestedAct: string | null;
  plaintiffCount: number;
  amountClaimed: number | null;
  regionCode: string;
  regionPath: string;
  firstDefendantAgencyId: string | null;
  /** The court (litigation) or the 复议机关 (reconsideration). */
  courtAgencyId: string | null;
  /** 复议后起诉: linked to the reconsideration it followed, or a 复议机关 among the defendants. */
  afterReconsideration: boolean;
}

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const day = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

export async function statisticsCaseRows(
  db: DbOrTx,
  q: { regionPath: string; from: string; to: string },
): Promise<StatisticsCaseRow[]> {
  const result = await db.execute(sql`
    select c.id, c.kind, c.case_number, c.instance, c.court_code, c.received_date::text as received_on,
      c.filed_date::text as filed_on, c.outcome_date::text as concluded_on, c.outcome, c.outcome_text,
      c.government_lost, c.act_kind, c.domain, c.cause_of_action, c.contested_act, c.plaintiff_count,
      c.amount_claimed::float8 as amount_claimed, c.region_code, c.region_path, c.first_defendant_agency_id,
      c.court_agency_id,
      (exists (select 1 from case_links l where l.from_case_id = c.id and l.link_type = 'follows_reconsideration')
        or exists (select 1 from case_parties p where p.case_id = c.id and p.side = 'defendant'
          and p.defendant_role = 'reconsideration_body')) as after_reconsideration
    from cases c
    where c.deleted_at is null and c.kind in ('litigation', 'reconsideration')
      and c.region_path like ${`${q.regionPath}%`}
      and least(c.received_date, c.filed_date) <= ${q.to}::date
      and (c.outcome_date is null or c.outcome_date >= ${q.from}::date)
    order by c.id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: String(r.id),
    kind: r.kind as StatisticsCaseRow['kind'],
    caseNumber: (r.case_number as string | null) ?? null,
    instance: (r.instance as string | null) ?? null,
    courtCode: (r.court_code as string | null) ?? null,
    receivedOn: day(r.received_on),
    filedOn: day(r.filed_on),
    concludedOn: day(r.concluded_on),
    outcome: (r.outcome as string | null) ?? null,
    outcomeText: (r.outcome_text as string | null) ?? null,
    governmentLost: (r.government_lost as boolean | null) ?? null,
    actKind: (r.act_kind as string | null) ?? null,
    domain: (r.domain as string | null) ?? null,
    causeOfAction: (r.cause_of_action as string | null) ?? null,
    contestedAct: (r.contested_act as string | null) ?? null,
    plaintiffCount: Number(r.plaintiff_count ?? 1),
    amountClaimed: r.amount_claimed === null || r.amount_claimed === undefined ? null : Number(r.amount_claimed),
    regionCode: String(r.region_code),
    regionPath: String(r.region_path),
    firstDefendantAgencyId: (r.first_defendant_agency_id as string | null) ?? null,
    courtAgencyId: (r.court_agency_id as string | null) ?? null,
    afterReconsideration: r.after_reconsideration === true || r.after_reconsideration === 't',
  }));
}
