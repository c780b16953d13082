/**
 * The 包案领导 deadline owned by a risk item (docs/rules/risk.md#lead-assignment, docs/rules/deadlines.md#owners):
 * rule `risk.lead-assignment` counted from the warning day, on the case's deadlines (owner `risk_item`); met when a
 * leader is named; removed when the item is closed before one was.
 */
import type { DbOrTx } from '../../platform/db/client.js';
import {
  closeDeadline,
  listDeadlines,
  loadCalendar,
  registerDeadlineOwner,
  upsertOwnedDeadlines,
} from '../cases/deadlines/public.js';
import { LEAD_RULE, RISK_OWNER } from './constants.js';
import type { RiskItemRow } from './schema.js';

// The rule is the domain's statutory-table entry: the default computation (computeRow from the warning day) applies.
registerDeadlineOwner({ type: RISK_OWNER });

const owner = (item: Pick<RiskItemRow, 'id' | 'caseId'>) => ({ type: RISK_OWNER, id: item.id, caseId: item.caseId });

/** The item's open lead deadline from its warning day. */
export async function openLeadDeadline(
  tx: DbOrTx,
  item: Pick<RiskItemRow, 'id' | 'caseId' | 'warnedOn'>,
): Promise<void> {
  await upsertOwnedDeadlines(tx, owner(item), [{ ruleId: LEAD_RULE, fromDate: item.warnedOn }], await loadCalendar(tx));
}

/** A leader named: the deadline is met (once; a replaced leader changes nothing). */
export async function meetLeadDeadline(tx: DbOrTx, item: Pick<RiskItemRow, 'id'>): Promise<void> {
  for (const d of await listDeadlines(tx, { owner: { type: RISK_OWNER, id: item.id }, status: 'open' })) {
    await closeDeadline(tx, d.id, 'met');
  }
}

/** The item's lead deadline as stored (due date, status), or null. */
export async function leadDeadlineOf(db: DbOrTx, itemId: string) {
  const [d] = await listDeadlines(db, { owner: { type: RISK_OWNER, id: itemId }, ruleIds: [LEAD_RULE] });
  return d ?? null;
}

/** The open lead deadlines of many items (the board's overdue ones). */
export async function openLeadDeadlines(db: DbOrTx) {
  return listDeadlines(db, { owner: { type: RISK_OWNER }, status: 'open', ruleIds: [LEAD_RULE] });
}
