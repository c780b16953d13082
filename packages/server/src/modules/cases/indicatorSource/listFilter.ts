/**
 * The case list's indicator filter (click-through: a figure's numerator or denominator as the exact list of its cases).
 * The membership is the indicators module's (its summary and predicates); it registers the condition here, so the
 * registry never imports it — as the hearings register the case detail's reader (hearingsPort.ts).
 */
import type { SQL } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { validationFailed } from '../../../platform/errors.js';

export interface IndicatorListFilter {
  /** The definition's id in the set. */
  indicator: string;
  part: 'numerator' | 'denominator';
  from: string;
  to: string;
  /** The settings version of the definition set (default: in force). */
  version?: number;
  /** One agency's cases under the definition's co-defendant rule (a ranking's unit: GET /indicators/rankings). */
  agencyId?: string;
}

/** A condition on `cases.id` (the figure's cases in the caller's indicator scope). */
export type IndicatorListCondition = (db: DbOrTx, principal: Principal, filter: IndicatorListFilter) => Promise<SQL>;

let provider: IndicatorListCondition | undefined;

export function registerIndicatorListFilter(condition: IndicatorListCondition): void {
  provider = condition;
}

export async function indicatorListCondition(
  db: DbOrTx,
  principal: Principal,
  filter: IndicatorListFilter,
): Promise<SQL> {
  if (!provider) throw validationFailed([{ field: 'indicator', message: '指标筛选不可用' }]);
  return provider(db, principal, filter);
}
