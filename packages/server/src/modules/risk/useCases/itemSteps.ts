/** The steps every change of a risk item shares: the state machine's verdict, the locked item at its version, the save. */
import { nextRiskState, type RiskAction, type RiskState, RiskTransitionError } from '@shuangjiang/domain';
import type { Db, Tx } from '../../../platform/db/client.js';
import { AppError, notFound, versionConflict } from '../../../platform/errors.js';
import type { RiskContext } from '../context.js';
import { itemInScope, updateItemAtVersion } from '../repository.js';
import type { RiskItemRow } from '../schema.js';
import { readItem } from './readItems.js';

/** The domain's refusal as a stable error: 422 UNPROCESSABLE with the state and the allowed actions. */
export function step(state: RiskState, action: RiskAction): RiskState {
  try {
    return nextRiskState(state, action);
  } catch (e) {
    if (e instanceof RiskTransitionError) {
      throw new AppError('UNPROCESSABLE', e.message, { state: e.state, action: e.action, allowed: e.allowed });
    }
    throw e;
  }
}

/** The item in scope, locked, at the version the writer read (stale: 409 with the current item). */
export async function locked(tx: Tx, ctx: RiskContext, id: string, version: number): Promise<RiskItemRow> {
  const row = await itemInScope(tx, ctx.principal, id, { forUpdate: true });
  if (!row) throw notFound('风险事项');
  if (row.version !== version) throw versionConflict(await readItem(tx, ctx.principal, row));
  return row;
}

export async function save(tx: Tx, row: RiskItemRow, set: Partial<RiskItemRow>): Promise<RiskItemRow> {
  const next = await updateItemAtVersion(tx, row.id, row.version, set);
  if (!next) throw versionConflict(null);
  return next;
}

export async function done(db: Db, ctx: RiskContext, id: string) {
  const row = await itemInScope(db, ctx.principal, id);
  if (!row) throw notFound('风险事项');
  return readItem(db, ctx.principal, row);
}
