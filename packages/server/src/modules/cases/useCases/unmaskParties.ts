/** Use case: the parties with ID numbers and phones in full; every use is audited as 'unmask' (without the values). */
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import type { CaseContext } from '../context.js';
import { presentParty } from '../presenter.js';
import { findCaseInScope, loadCaseDetail } from '../repository.js';

export async function unmaskParties(db: Db, ctx: CaseContext, id: string, reason?: string) {
  return db.transaction(async (tx) => {
    const row = await findCaseInScope(tx, ctx.principal, id);
    if (!row) throw notFound('案件');
    const parts = await loadCaseDetail(tx, row);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'unmask',
      entityType: 'case',
      entityId: id,
      after: { reason: reason ?? null, partyIds: parts.parties.map((p) => p.id) },
    });
    return { parties: parts.parties.map((p) => presentParty(p, ctx.principal, { unmasked: true })) };
  });
}
