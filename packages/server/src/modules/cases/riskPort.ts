/**
 * What the risk module (风险预警与化解, docs/rules/risk.md) needs of the case registry. The risk module owns a case's
 * risk level; it depends on this module, so it registers here to hear of every case written (the dependent
 * registers, cases never imports it — docs/ARCHITECTURE.md) and reads the facts it screens through the functions
 * below. The case's `risk_level` column is the risk module's copy for lists and filters: written only by
 * `setCaseRiskLevel`, without moving the case's version (the level is not the clerk's edit).
 */
import { and, asc, eq, gt, gte, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { AuditActor } from '../../platform/audit.js';
import type { DbOrTx, Tx } from '../../platform/db/client.js';
import type { RiskEventType, RiskLevel } from './constants.js';
import { caseDeadlines, caseEvents, caseParties, cases } from './schema.js';

/** Called in the writing transaction after a case is registered or changed (the row and its parties are written). */
export type CaseWrittenListener = (tx: Tx, caseId: string, actor: AuditActor) => Promise<void>;

const listeners = new Set<CaseWrittenListener>();

/** The risk module's screening (registered when the module loads). */
export function registerCaseWritten(listener: CaseWrittenListener): void {
  listeners.add(listener);
}

/** Tells the registered modules that a case was written, in the writer's transaction. */
export async function caseWritten(tx: Tx, caseId: string, actor: AuditActor): Promise<void> {
  for (const l of listeners) await l(tx, caseId, actor);
}

/** The risk module's level on the case row (lists, filters, exports read it there). The case's version stays. */
export async function setCaseRiskLevel(tx: DbOrTx, caseId: string, level: RiskLevel): Promise<void> {
  await tx.update(cases).set({ riskLevel: level }).where(eq(cases.id, caseId));
}

export interface ScreeningParty {
  name: string;
  idNumber: string | null;
}

/** What the screening reads of a live case. Personal data (ID numbers) stays inside the server. */
export interface ScreeningFacts {
  id: string;
  caseNumber: string | null;
  regionPath: string;
  riskLevel: RiskLevel;
  status: string;
  outcome: string | null;
  domain: string | null;
  plaintiffCount: number;
  amountClaimed: number | null;
  causeOfAction: string | null;
  contestedAct: string | null;
  firstDefendantAgencyId: string | null;
  plaintiffs: ScreeningParty[];
  /** The defence deadline (litigation.defense) still open, its binding date; null when none or met. */
  defenceDue: string | null;
  /** A defence deadline met (答辩 filed). */
  defenceFiled: boolean;
  /** The recorded outcome is a government loss (the case's stored verdict of the loss rule). */
  governmentLost: boolean;
}

/** The facts of live cases by id (missing and deleted ones left out). */
export async function screeningFacts(db: DbOrTx, ids: readonly string[]): Promise<ScreeningFacts[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await db
    .select()
    .from(cases)
    .where(and(inArray(cases.id, wanted), isNull(cases.deletedAt)));
  if (rows.length === 0) return [];
  const found = rows.map((r) => r.id);
  const parties = await db
    .select({ caseId: caseParties.caseId, name: caseParties.name, idNumber: caseParties.idNumber })
    .from(caseParties)
    .where(and(inArray(caseParties.caseId, found), eq(caseParties.side, 'plaintiff')))
    .orderBy(caseParties.caseId, caseParties.sortOrder);
  const deadlines = await db
    .select({
      caseId: caseDeadlines.caseId,
      status: caseDeadlines.status,
      due: sql<string | null>`coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate})`,
    })
    .from(caseDeadlines)
    .where(
      and(
        inArray(caseDeadlines.caseId, found),
        eq(caseDeadlines.ruleId, 'litigation.defense'),
        eq(caseDeadlines.ownerType, 'case'),
      ),
    );
  return rows.map((r) => {
    const d = deadlines.filter((x) => x.caseId === r.id);
    const open = d.find((x) => x.status === 'open');
    return {
      id: r.id,
      caseNumber: r.caseNumber,
      regionPath: r.regionPath,
      riskLevel: r.riskLevel,
      status: r.status,
      outcome: r.outcome,
      domain: r.domain,
      plaintiffCount: r.plaintiffCount,
      amountClaimed: r.amountClaimed === null ? null : Number(r.amountClaimed),
      causeOfAction: r.causeOfAction,
      contestedAct: r.contestedAct,
      firstDefendantAgencyId: r.firstDefendantAgencyId,
      plaintiffs: parties.filter((p) => p.caseId === r.id).map((p) => ({ name: p.name, idNumber: p.idNumber })),
      defenceDue: open?.due ?? null,
      defenceFiled: d.some((x) => x.status === 'met'),
      governmentLost: r.governmentLost === true,
    };
  });
}

/**
 * Cases in id order after `afterId`, `limit` at a time (the monthly screening walks them): every case for the party
 * keys, or `live` ones only for the screening itself — not 结案, no outcome (docs/rules/risk.md#screening).
 */
export async function caseIdsForScreening(
  db: DbOrTx,
  afterId: string | null,
  limit: number,
  opts: { live?: boolean } = {},
): Promise<string[]> {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        isNull(cases.deletedAt),
        afterId ? gt(cases.id, afterId) : undefined,
        opts.live ? and(notInArray(cases.status, ['closed', 'concluded']), isNull(cases.outcome)) : undefined,
      ),
    )
    .orderBy(asc(cases.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * The agency's 败诉 as first defendant in the same 案由 with an outcome on or after `since` (docs/rules/risk.md#screening),
 * the case itself left out.
 */
export async function recentLossCount(
  db: DbOrTx,
  q: { agencyId: string; causeOfAction: string; since: string; excludeCaseId: string },
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(
      and(
        isNull(cases.deletedAt),
        eq(cases.firstDefendantAgencyId, q.agencyId),
        eq(cases.causeOfAction, q.causeOfAction),
        eq(cases.governmentLost, true),
        gte(cases.outcomeDate, q.since),
        ne(cases.id, q.excludeCaseId),
      ),
    );
  return row?.n ?? 0;
}

/** A risk step on the case's timeline (types RISK_EVENT_TYPES), in the caller's transaction. */
export async function addRiskTimelineEvent(
  tx: DbOrTx,
  e: { caseId: string; at: string; type: RiskEventType; title: string; detail?: string | null; by: string | null },
): Promise<void> {
  await tx
    .insert(caseEvents)
    .values({ caseId: e.caseId, at: e.at, type: e.type, title: e.title, detail: e.detail ?? null, createdBy: e.by });
}
