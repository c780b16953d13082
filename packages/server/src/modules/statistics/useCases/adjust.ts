/** A cell adjusted with a reason (docs/rules/statistics.md#workflow), or cleared back to the count. */
import { round2 } from '@shuangjiang/domain';
import type { AuditActor } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/client.js';
import { validationFailed } from '../../../platform/errors.js';
import type { AdjustBody } from '../dto.js';
import type { StoredAdjustment } from '../schema.js';
import { change } from './change.js';

/** PUT /statistics/filings/{id}/cells: adjust a cell with a reason, or (value null) go back to the count. */
export function adjustCell(db: Db, principal: Principal, actor: AuditActor, id: string, b: AdjustBody) {
  return change(db, principal, actor, id, b.version, 'adjust', async (_tx, before) => {
    if (!(b.cell in before.cells)) {
      throw validationFailed([{ field: 'cell', message: `表中没有单元格 ${b.cell}` }], `表中没有单元格 ${b.cell}`);
    }
    const adjustments = { ...before.adjustments };
    const old = adjustments[b.cell]?.value ?? null;
    if (b.value === null) delete adjustments[b.cell];
    else {
      const reason = b.reason?.trim() ?? '';
      if (reason.length < 2) {
        throw validationFailed([{ field: 'reason', message: '调整须说明理由' }], '调整须说明理由');
      }
      const adj: StoredAdjustment = {
        value: round2(b.value),
        reason,
        byName: actor.name,
        at: new Date().toISOString(),
      };
      adjustments[b.cell] = adj;
    }
    return {
      set: { adjustments },
      event: 'adjusted',
      cell: b.cell,
      comment: b.value === null ? '恢复为登记数据' : b.reason!.trim(),
      eventBefore: old ?? before.cells[b.cell]!.value,
      eventAfter: b.value ?? before.cells[b.cell]!.value,
    };
  });
}
