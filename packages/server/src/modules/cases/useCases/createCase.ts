/**
 * Use case: register a case. One transaction: the row, its parties, the writer's scope check, the 登记 timeline entry,
 * the automatic entries and deadlines, the audit row. A live duplicate 案号 is DUPLICATE.
 */
import { todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { CaseContext } from '../context.js';
import { loadCalendar } from '../deadlines.js';
import type { CreateCaseInput } from '../dto.js';
import { insertCase, insertEvent, replaceParties } from '../repository.js';
import { caseWritten } from '../riskPort.js';
import { assertStillInScope } from '../writeScope.js';
import { getCaseDetail } from './caseDetail.js';
import { syncDerived } from './derived.js';
import { resolveValues } from './resolveValues.js';
import { snapshot, withUniqueNumber } from './writeSupport.js';

export async function createCase(db: Db, ctx: CaseContext, input: CreateCaseInput) {
  let number: string | null = null;
  const id = await withUniqueNumber(
    () =>
      db.transaction(async (tx) => {
        const { values, parties } = await resolveValues(tx, input, null, []);
        number = values.caseNumber ?? null;
        const row = await insertCase(tx, {
          ...values,
          createdBy: ctx.principal.userId,
          updatedBy: ctx.principal.userId,
        });
        await replaceParties(tx, row.id, parties ?? []);
        await assertStillInScope(tx, ctx.principal, row, null);
        await insertEvent(tx, {
          caseId: row.id,
          at: todayInChina(),
          type: 'registered',
          title: '登记入台账',
          createdBy: ctx.principal.userId,
        });
        await syncDerived(tx, row, ctx.principal.userId, await loadCalendar(tx));
        await caseWritten(tx, row.id, ctx.actor);
        await writeAudit(tx, {
          actor: ctx.actor,
          action: 'create',
          entityType: 'case',
          entityId: row.id,
          after: snapshot(row, parties ?? []),
        });
        return row.id;
      }),
    () => number,
  );
  return getCaseDetail(db, ctx.principal, id);
}
