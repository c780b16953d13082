/** 挂牌督办 rows → API JSON (dto.ts supervisionOut), overdue as of today (China). */
import type { DbOrTx } from '../../platform/db/client.js';
import { supervisionsOf } from './repository.js';
import type { RiskSupervisionRow } from './schema.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentSupervision(s: RiskSupervisionRow, today: string) {
  return {
    id: s.id,
    itemId: s.itemId,
    reason: s.reason,
    dueDate: s.dueDate,
    overdue: s.liftedAt === null && s.dueDate < today,
    setByName: s.setByName,
    setAt: s.setAt.toISOString(),
    liftedAt: iso(s.liftedAt),
    liftedByName: s.liftedByName,
    liftSummary: s.liftSummary,
  };
}

/** An item's supervisions for its page: the open one and all of them, newest first. */
export async function supervisionView(db: DbOrTx, itemId: string, today: string) {
  const all = (await supervisionsOf(db, itemId)).map((s) => presentSupervision(s, today));
  return { supervision: all.find((s) => s.liftedAt === null) ?? null, supervisions: all };
}
