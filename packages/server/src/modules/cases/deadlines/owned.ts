/**
 * Deadlines of owners other than the case's own fields (docs/rules/deadlines.md#owners): a hearing, a risk item, a
 * plan step … writes its deadlines here, inside its own transaction (it writes its audit row there too); a case's
 * save never touches them (cases/deadlines.ts `syncCaseDeadlines` keeps to owner 'case'), and a calendar change
 * recomputes them with the case's own (cases/deadlines.ts `recomputeOpenDeadlines`, by owners.ts).
 */
import type { WorkCalendar } from '@shuangjiang/domain';
import { and, asc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { validationFailed } from '../../../platform/errors.js';
import type { DeadlineStatus } from '../constants.js';
import { caseDeadlines, cases } from '../schema.js';
import { CASE_OWNER } from './caseOwner.js';
import { computeOwned } from './owners.js';

/** Who owns a set of deadlines: its type and id, and the case they are on. */
export interface DeadlineOwner {
  type: string;
  id: string;
  caseId: string;
}

/** One deadline an owner states: its rule and start date; `key` tells apart several of one rule ('' by default). */
export interface OwnedDeadlineInput {
  ruleId: string;
  fromDate: string;
  key?: string;
}

export type DeadlineRow = typeof caseDeadlines.$inferSelect;

export interface UpsertResult {
  /** `ruleId` or `ruleId#key` of the deadlines added, changed and removed. */
  added: string[];
  changed: string[];
  removed: string[];
}

const label = (ruleId: string, key: string) => (key ? `${ruleId}#${key}` : ruleId);

/**
 * Makes the owner's deadlines exactly `deadlines` (an owner states all of its deadlines each time, as a case's fields
 * do; an empty list removes them, e.g. a cancelled hearing): new ones are added open, a moved start recomputes the due
 * date, the others go. A custom due date and a closed status survive a recomputation. Computed on `calendar` (the
 * provisional one in force: cases/deadlines.ts `loadCalendar`) the way the owner registered (owners.ts).
 */
export async function upsertOwnedDeadlines(
  tx: DbOrTx,
  owner: DeadlineOwner,
  deadlines: readonly OwnedDeadlineInput[],
  calendar: WorkCalendar,
): Promise<UpsertResult> {
  if (owner.type === CASE_OWNER) {
    throw new Error("owner 'case' deadlines are the case's own fields: use syncCaseDeadlines");
  }
  const seen = new Set<string>();
  deadlines.forEach((d, i) => {
    const k = label(d.ruleId, d.key ?? '');
    if (seen.has(k)) {
      throw validationFailed([{ field: `deadlines.${i}`, message: `期限重复：${k}` }], `期限重复：${k}`);
    }
    seen.add(k);
  });
  const existing = await tx
    .select()
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.ownerType, owner.type), eq(caseDeadlines.ownerId, owner.id)));
  const byKey = new Map(existing.map((r) => [label(r.ruleId, r.ownerKey), r]));
  const out: UpsertResult = { added: [], changed: [], removed: [] };
  for (const d of deadlines) {
    const key = d.key ?? '';
    const k = label(d.ruleId, key);
    const row = byKey.get(k);
    byKey.delete(k);
    const computed = computeOwned(
      owner.type,
      { ruleId: d.ruleId, fromDate: d.fromDate, ownerId: owner.id, ownerKey: key },
      calendar,
    );
    if (!row) {
      await tx.insert(caseDeadlines).values({
        caseId: owner.caseId,
        ownerType: owner.type,
        ownerId: owner.id,
        ownerKey: key,
        ruleId: d.ruleId,
        fromDate: d.fromDate,
        ...computed,
      });
      out.added.push(k);
    } else if (
      row.caseId !== owner.caseId ||
      row.fromDate !== d.fromDate ||
      row.dueDate !== computed.dueDate ||
      row.provisional !== computed.provisional ||
      row.explanation !== computed.explanation
    ) {
      await tx
        .update(caseDeadlines)
        .set({ caseId: owner.caseId, fromDate: d.fromDate, ...computed, updatedAt: new Date() })
        .where(eq(caseDeadlines.id, row.id));
      out.changed.push(k);
    }
  }
  const stale = [...byKey.values()];
  if (stale.length) {
    await tx.delete(caseDeadlines).where(
      inArray(
        caseDeadlines.id,
        stale.map((r) => r.id),
      ),
    );
    out.removed.push(...stale.map((r) => label(r.ruleId, r.ownerKey)));
  }
  return out;
}

/**
 * Marks a deadline met or missed (or open again): the owner's act that fulfils it (a hearing held, a report filed).
 * A closed deadline is no longer recomputed or reminded of. Returns the row, or null when there is none.
 */
export async function closeDeadline(tx: DbOrTx, id: string, status: DeadlineStatus): Promise<DeadlineRow | null> {
  const [row] = await tx
    .update(caseDeadlines)
    .set({ status, updatedAt: new Date() })
    .where(eq(caseDeadlines.id, id))
    .returning();
  return row ?? null;
}

export interface DeadlineFilter {
  caseId?: string;
  /** One owner ({ type: 'case', id: caseId } for the case's own), or every deadline of an owner type. */
  owner?: { type: string; id?: string };
  status?: DeadlineStatus;
  ruleIds?: readonly string[];
  /** The binding date (the custom date when set, else the computed one) within [dueFrom, dueTo]. */
  dueFrom?: string;
  dueTo?: string;
  provisional?: boolean;
  /** Also the deadlines of deleted cases (default: live cases only). */
  includeDeleted?: boolean;
  limit?: number;
}

/** The deadline is on a case that is not (soft-)deleted. */
export const onLiveCase = sql`exists (select 1 from ${cases} where ${cases.id} = ${caseDeadlines.caseId} and ${cases.deletedAt} is null)`;

/** The binding due date: the custom one when set, else the computed one. */
export const effectiveDue = sql<string | null>`coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate})`;

/** Deadlines by case, owner, status, rule and binding date, soonest first (no due date last). */
export async function listDeadlines(
  db: DbOrTx,
  filter: DeadlineFilter = {},
): Promise<(DeadlineRow & { effectiveDueDate: string | null })[]> {
  const where: SQL[] = filter.includeDeleted ? [] : [onLiveCase];
  if (filter.caseId) where.push(eq(caseDeadlines.caseId, filter.caseId));
  if (filter.owner) {
    where.push(eq(caseDeadlines.ownerType, filter.owner.type));
    if (filter.owner.id) {
      where.push(
        filter.owner.type === CASE_OWNER
          ? and(eq(caseDeadlines.caseId, filter.owner.id), isNull(caseDeadlines.ownerId))!
          : eq(caseDeadlines.ownerId, filter.owner.id),
      );
    }
  }
  if (filter.status) where.push(eq(caseDeadlines.status, filter.status));
  if (filter.ruleIds) where.push(inArray(caseDeadlines.ruleId, [...filter.ruleIds]));
  if (filter.dueFrom) where.push(gte(effectiveDue, filter.dueFrom));
  if (filter.dueTo) where.push(lte(effectiveDue, filter.dueTo));
  if (filter.provisional !== undefined) where.push(eq(caseDeadlines.provisional, filter.provisional));
  const rows = await db
    .select({ row: caseDeadlines, effectiveDueDate: sql<string | null>`(${effectiveDue})::text` })
    .from(caseDeadlines)
    .where(and(...where))
    .orderBy(sql`${effectiveDue} asc nulls last`, asc(caseDeadlines.id))
    .limit(filter.limit ?? 10_000);
  return rows.map((r) => ({ ...r.row, effectiveDueDate: r.effectiveDueDate }));
}
