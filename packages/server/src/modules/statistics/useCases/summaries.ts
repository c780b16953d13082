/** The city's summary (汇总) of the accepted filings: created, or summed again while open. */
import { type AuditActor, writeAudit } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/client.js';
import { forbidden } from '../../../platform/errors.js';
import { summaryCells } from '../compute.js';
import type { FilingOut, SummaryBody } from '../dto.js';
import { filingByKey, insertEvent, insertFiling } from '../repository.js';
import { ENTITY, periodOf, unitRegion } from './access.js';
import { recountFiling } from './create.js';
import { present } from './present.js';

/** POST /statistics/summaries: the city's summary of the accepted filings (created, or summed again while open). */
export async function summarise(db: Db, principal: Principal, actor: AuditActor, b: SummaryBody): Promise<FilingOut> {
  if (principal.role !== 'city_coordinator' || !principal.regionCode) throw forbidden('汇总由市级协调员进行');
  const region = await unitRegion(db, principal.regionCode);
  const period = periodOf(b.form, b.period);
  const key = { form: b.form, period: period.key, regionCode: region.code, scope: 'summary' as const };
  const existing = await filingByKey(db, key);
  if (existing) return recountFiling(db, principal, actor, existing.id, existing.version);
  const row = await db.transaction(async (tx) => {
    const set = await summaryCells(tx, { form: b.form, period: period.key, regionPath: region.path });
    const inserted = await insertFiling(tx, {
      ...key,
      periodFrom: period.from,
      periodTo: period.to,
      regionName: region.name,
      regionPath: region.path,
      cells: set.cells,
      units: set.units,
      adjustments: {},
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    await insertEvent(tx, { filingId: inserted.id, kind: 'summarised', byUserId: actor.userId, byName: actor.name });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: inserted.id,
      after: { form: b.form, period: period.key, region: region.code, scope: 'summary', units: set.units },
    });
    return inserted;
  });
  return present(db, principal, row);
}
