/** A unit's filing created pre-filled from the registry (the existing one if there is one), and counted again. */
import { type AuditActor, writeAudit } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/client.js';
import { forbidden } from '../../../platform/errors.js';
import { countyPath } from '../../cases/public.js';
import { countUnit, summaryCells } from '../compute.js';
import type { CreateBody, FilingOut } from '../dto.js';
import { filingByKey, insertEvent, insertFiling } from '../repository.js';
import { ENTITY, isFiller, periodOf, readScope, unitRegion } from './access.js';
import { change } from './change.js';
import { present } from './present.js';

/** POST /statistics/filings: the unit's filing of a form and period, pre-filled; the existing one if there is one. */
export async function createFiling(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  b: CreateBody,
): Promise<{ created: boolean; filing: FilingOut }> {
  const scope = readScope(principal);
  const own =
    principal.role === 'county_coordinator'
      ? countyPath(principal.regionPath)?.split('/').filter(Boolean).pop()
      : principal.regionCode;
  const code = b.region ?? own;
  if (!code) throw forbidden('账号未设置所属地区');
  const region = await unitRegion(db, code);
  if (!region.path.startsWith(scope)) throw forbidden('无权填报该地区的统计报表');
  if (!isFiller(principal, { regionPath: region.path })) {
    throw forbidden(region.level === 'county' ? '县级报表由该县（区）协调员填报' : '市本级报表由市级协调员填报');
  }
  const period = periodOf(b.form, b.period);
  const key = { form: b.form, period: period.key, regionCode: region.code, scope: 'own' as const };
  const existing = await filingByKey(db, key);
  if (existing) return { created: false, filing: await present(db, principal, existing) };
  const cells = await countUnit(db, principal, b.form, region, period);
  const row = await db.transaction(async (tx) => {
    const again = await filingByKey(tx, key);
    if (again) return again;
    const inserted = await insertFiling(tx, {
      ...key,
      periodFrom: period.from,
      periodTo: period.to,
      regionName: region.name,
      regionPath: region.path,
      cells,
      adjustments: {},
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    await insertEvent(tx, { filingId: inserted.id, kind: 'created', byUserId: actor.userId, byName: actor.name });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: inserted.id,
      after: { form: b.form, period: period.key, region: region.code, scope: 'own' },
    });
    return inserted;
  });
  return { created: true, filing: await present(db, principal, row) };
}

/** POST /statistics/filings/{id}/recount: count again from the registry; adjustments stay. */
export function recountFiling(db: Db, principal: Principal, actor: AuditActor, id: string, version: number) {
  return change(db, principal, actor, id, version, 'recompute', async (tx, before) => {
    if (before.scope === 'summary') return { set: await summaryCells(tx, before), event: 'summarised' };
    const region = await unitRegion(tx, before.regionCode);
    const cells = await countUnit(tx, principal, before.form, region, periodOf(before.form, before.period));
    return { set: { cells, countedAt: new Date() }, event: 'recounted' };
  });
}
