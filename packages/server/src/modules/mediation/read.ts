/** Reads of the mediations: the list and the detail with its sessions, the allowed steps and the assignable mediators. */
import { allowedMediationActions } from '@shuangjiang/domain';
import { can } from '../../platform/auth/permissions.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { agenciesByIds, regionPathOf } from '../org/public.js';
import { activeUserIds, findUserById } from '../users/public.js';
import type { ListQuery, MediationDetail } from './dto.js';
import { agreementFilesOf, listMediations, mediationInScope, sessionsOf } from './repository.js';
import type { MediationRow } from './schema.js';
import { mediationScopePath } from './scope.js';

async function agencyNames(db: DbOrTx, rows: MediationRow[]): Promise<Map<string, string>> {
  const list = await agenciesByIds(db, [...new Set(rows.map((r) => r.agencyId))]);
  return new Map(list.map((a) => [a.id, a.name]));
}

function present(r: MediationRow, names: Map<string, string>) {
  return {
    id: r.id,
    stage: r.stage,
    state: r.state,
    applicants: r.applicants,
    agencyId: r.agencyId,
    agencyName: names.get(r.agencyId) ?? null,
    subject: r.subject,
    receivedOn: r.receivedOn,
    linkedCaseNumber: r.linkedCaseNumber,
    mediatorName: r.mediatorName,
    resultOn: r.resultOn,
    countsAsSettlement: r.countsAsSettlement,
    becameCaseNumber: r.becameCaseNumber,
    version: r.version,
  };
}

export async function listInScope(db: DbOrTx, principal: Principal, q: ListQuery) {
  const path = mediationScopePath(principal);
  if (!path) return { items: [], total: 0 };
  const { rows, total } = await listMediations(db, path, q);
  const names = await agencyNames(db, rows);
  return { items: rows.map((r) => present(r, names)), total };
}

/**
 * Mediators who may take this mediation: active accounts of the role whose region contains the mediation's region
 * (the city's centre serves its counties).
 */
export async function mediatorsFor(db: DbOrTx, regionPath: string): Promise<{ id: string; displayName: string }[]> {
  const out: { id: string; displayName: string }[] = [];
  const paths = new Map<string, string | null>();
  for (const id of await activeUserIds(db, { roles: ['mediator'] })) {
    const u = await findUserById(db, id);
    if (!u?.regionCode) continue;
    if (!paths.has(u.regionCode)) paths.set(u.regionCode, await regionPathOf(db, u.regionCode));
    const path = paths.get(u.regionCode);
    if (path && regionPath.startsWith(path)) out.push({ id: u.id, displayName: u.displayName });
  }
  return out.sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
}

export async function getMediation(db: DbOrTx, principal: Principal, id: string): Promise<MediationDetail> {
  const path = mediationScopePath(principal);
  const row = path ? await mediationInScope(db, path, id) : null;
  if (!row) throw notFound('调解案件');
  const [names, sessions] = await Promise.all([agencyNames(db, [row]), sessionsOf(db, row.id)]);
  const actions = can(principal, 'mediation.manage') ? allowedMediationActions(row.state) : [];
  return {
    ...present(row, names),
    request: row.request,
    refusalReason: row.refusalReason,
    mediatorUserId: row.mediatorUserId,
    assignedAt: row.assignedAt?.toISOString() ?? null,
    resultSummary: row.resultSummary,
    sessions: sessions.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      participants: s.participants,
      notes: s.notes,
      recordedByName: s.recordedByName,
    })),
    // A failed mediation records its case once.
    allowedActions: row.becameCaseId ? actions.filter((a) => a !== 'record_case') : actions,
    mediators: actions.includes('assign') ? await mediatorsFor(db, row.regionPath) : [],
    agreementFiles: await agreementFilesOf(db, row.id),
  };
}
