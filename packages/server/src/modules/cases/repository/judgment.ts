/** Case rows by id for the after-judgment job (no scope: a system read; live cases only). */
import { and, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { cases } from '../schema.js';
import type { CaseRow } from './rows.js';

export async function liveCaseRowsByIds(db: DbOrTx, ids: readonly string[]): Promise<CaseRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(cases)
    .where(and(inArray(cases.id, [...ids]), isNull(cases.deletedAt)));
}
