/**
 * Use case: change a case at the version the writer saw (a stale version is VERSION_CONFLICT with the current
 * record). One transaction: the row, its parties when given, the scope check, automatic entries and deadlines, the
 * appeals that follow this case's 败诉 (appeals.ts), the audit row with before and after.
 */
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound, versionConflict } from '../../../platform/errors.js';
import type { CaseContext } from '../context.js';
import { loadCalendar } from '../deadlines.js';
import type { UpdateCaseInput } from '../dto.js';
import { presentDetail } from '../presenter.js';
import { findCaseInScope, loadCaseDetail, partiesOf, replaceParties, updateCaseAtVersion } from '../repository.js';
import { caseWritten } from '../riskPort.js';
import { assertStillInScope } from '../writeScope.js';
import { propagateToAppeals } from './appeals.js';
import { getCaseDetail } from './caseDetail.js';
import { syncDerived } from './derived.js';
import { resolveValues } from './resolveValues.js';
import { snapshot, withUniqueNumber } from './writeSupport.js';

export async function updateCase(db: Db, ctx: CaseContext, id: string, input: UpdateCaseInput) {
  let number: string | null = null;
  await withUniqueNumber(
    () =>
      db.transaction(async (tx) => {
        const current = await findCaseInScope(tx, ctx.principal, id, { forUpdate: true });
        if (!current) throw notFound('案件');
        if (current.version !== input.version) {
          throw versionConflict(presentDetail(current, await loadCaseDetail(tx, current), ctx.principal));
        }
        const currentParties = await partiesOf(tx, id);
        const { values, parties } = await resolveValues(tx, input, current, currentParties);
        number = values.caseNumber ?? null;
        const row = await updateCaseAtVersion(tx, id, input.version, { ...values, updatedBy: ctx.principal.userId });
        if (!row) throw versionConflict(null);
        if (parties) await replaceParties(tx, id, parties);
        await assertStillInScope(tx, ctx.principal, row, current);
        const calendar = await loadCalendar(tx);
        await syncDerived(tx, row, ctx.principal.userId, calendar);
        if (row.governmentLost !== current.governmentLost) {
          await propagateToAppeals(tx, row, ctx.principal.userId, calendar);
        }
        await caseWritten(tx, id, ctx.actor);
        await writeAudit(tx, {
          actor: ctx.actor,
          action: 'update',
          entityType: 'case',
          entityId: id,
          before: snapshot(current, currentParties),
          after: snapshot(row, parties ?? currentParties),
        });
      }),
    () => number,
  );
  return getCaseDetail(db, ctx.principal, id);
}
