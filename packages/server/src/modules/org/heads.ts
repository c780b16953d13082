/**
 * Agency heads maintained (负责人名录): list, add, edit, deactivate and reactivate, for 负责人出庭应诉
 * (docs/rules/head-appearance.md#who-counts). Coordinators and administrators maintain the heads of the agencies in
 * their region ('org.manage'; scope in service.ts orgManageScope); everyone signed in reads them, phones masked for
 * roles without need (docs/rules/personal-data.md#agency-heads). Every change is audited in its own transaction and
 * checked against the row's version (a stale edit is refused with the current row).
 */
import type { AuditActor } from '../../platform/audit.js';
import { writeAudit } from '../../platform/audit.js';
import { canSeeAgencyHeadPhone, maskPhone } from '../../platform/auth/masking.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, notFound, validationFailed, versionConflict } from '../../platform/errors.js';
import { accountSummary } from '../users/public.js';
import type { CreateHeadInput, HeadDto, UpdateHeadInput } from './dto.js';
import {
  type AgencyView,
  activeHeadOfUser,
  agenciesByIds,
  type HeadRow,
  headForUpdate,
  insertHead,
  listHeads,
  updateHead,
} from './repository.js';
import { inManageScope, listAgencies, orgManageScope, requireAgency } from './service.js';

const HEAD = '负责人';

/** A head as the caller may see it: the phone masked unless canSeeAgencyHeadPhone. */
function present(
  principal: Principal,
  h: HeadRow,
  agency: Pick<AgencyView, 'id' | 'regionPath'>,
  userNames: Map<string, string>,
): HeadDto {
  const full = canSeeAgencyHeadPhone(principal, agency.id, inManageScope(principal, agency));
  return {
    id: h.id,
    agencyId: h.agencyId,
    name: h.name,
    title: h.title,
    headRole: h.headRole,
    active: h.active,
    matters: h.matters,
    phone: full ? h.phone : maskPhone(h.phone),
    phoneMasked: !full && h.phone !== null,
    userId: h.userId,
    userDisplayName: h.userId ? (userNames.get(h.userId) ?? null) : null,
    version: h.version,
    updatedAt: h.updatedAt.toISOString(),
  };
}

async function namesOfUsers(db: DbOrTx, rows: HeadRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((h) => h.userId).filter((v): v is string => !!v))];
  const out = new Map<string, string>();
  for (const id of ids) {
    const a = await accountSummary(db, id);
    if (a) out.set(id, `${a.displayName}（${a.username}）`);
  }
  return out;
}

/** The heads of one agency (GET /agencies/:id/heads). Unknown agency: 404. */
export async function headsOfAgency(db: DbOrTx, principal: Principal, agencyId: string, includeInactive: boolean) {
  const agency = await requireAgency(db, agencyId);
  const rows = await listHeads(db, [agencyId], includeInactive);
  const names = await namesOfUsers(db, rows);
  return rows.map((h) => present(principal, h, agency, names));
}

/**
 * The heads of every agency of a region and below (GET /agency-heads), for the maintenance screen: with the
 * agency's name. Without a region: the caller's maintenance scope (or nothing for a role that maintains none).
 */
export async function headsOfRegion(
  db: DbOrTx,
  principal: Principal,
  q: { regionCode?: string; includeInactive?: boolean },
) {
  let agencies: AgencyView[];
  if (q.regionCode) agencies = await listAgencies(db, { regionCode: q.regionCode, includeInactive: true });
  else {
    const scope = orgManageScope(principal);
    if (scope === null) return [];
    agencies = (await listAgencies(db, { includeInactive: true })).filter(
      (a) => scope === 'all' || a.regionPath.startsWith(scope),
    );
  }
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const rows = await listHeads(db, [...byId.keys()], q.includeInactive ?? false);
  const names = await namesOfUsers(db, rows);
  return rows.map((h) => {
    const a = byId.get(h.agencyId)!;
    return { ...present(principal, h, a, names), agencyName: a.name };
  });
}

/** The agency, if the principal may maintain its heads; otherwise 404 (out of scope is not found). */
async function agencyToManage(db: DbOrTx, principal: Principal, agencyId: string): Promise<AgencyView> {
  const [agency] = await agenciesByIds(db, [agencyId]);
  if (!agency || !inManageScope(principal, agency)) throw notFound('机关');
  return agency;
}

/** The rules a head's values must meet together (each with the field it concerns). */
async function checkHead(
  tx: DbOrTx,
  agencyId: string,
  v: { name: string; headRole: HeadRow['headRole']; userId: string | null; active: boolean },
  selfId: string | null,
): Promise<void> {
  if (!v.active) return;
  const others = (await listHeads(tx, [agencyId])).filter((h) => h.id !== selfId);
  if (others.some((h) => h.name === v.name)) {
    throw new AppError('DUPLICATE', `该机关已有在任负责人「${v.name}」`, [
      { field: 'name', message: `该机关已有在任负责人「${v.name}」` },
    ]);
  }
  // One 正职 per agency: the 行政机关正职负责人 of 负责人出庭规定第2条 (a second one is a data error; the old one is
  // deactivated first when the office changes hands).
  const principalHead = others.find((h) => h.headRole === 'principal');
  if (v.headRole === 'principal' && principalHead) {
    const message = `该机关已有在任正职负责人「${principalHead.name}」，请先停用或改为副职`;
    throw new AppError('UNPROCESSABLE', message, [{ field: 'headRole', message }]);
  }
  if (v.userId) {
    const account = await accountSummary(tx, v.userId);
    const problem = !account
      ? '关联账户不存在'
      : account.role !== 'agency_head'
        ? '关联账户的角色应为「机关负责人」'
        : account.agencyId !== agencyId
          ? '关联账户不属于该机关'
          : null;
    if (problem) throw validationFailed([{ field: 'userId', message: problem }], problem);
    const linked = await activeHeadOfUser(tx, v.userId);
    if (linked && linked.id !== selfId) {
      const message = `该账户已关联负责人「${linked.name}」`;
      throw new AppError('DUPLICATE', message, [{ field: 'userId', message }]);
    }
  }
}

const auditView = (h: HeadRow) => ({
  agencyId: h.agencyId,
  name: h.name,
  title: h.title,
  headRole: h.headRole,
  matters: h.matters,
  phone: h.phone,
  userId: h.userId,
  active: h.active,
  version: h.version,
});

export async function createHead(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  agencyId: string,
  input: CreateHeadInput,
): Promise<HeadDto> {
  return db.transaction(async (tx) => {
    const agency = await agencyToManage(tx, principal, agencyId);
    if (!agency.active) throw new AppError('UNPROCESSABLE', '该机关已停用，不能添加负责人');
    await checkHead(tx, agencyId, { ...input, active: true }, null);
    const row = await insertHead(tx, agencyId, input);
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'agency_head',
      entityId: row.id,
      after: auditView(row),
    });
    return present(principal, row, agency, await namesOfUsers(tx, [row]));
  });
}

/** The head, locked, if the principal may maintain it (404 otherwise), and its version checked. */
async function headToChange(tx: DbOrTx, principal: Principal, id: string, version: number) {
  const before = await headForUpdate(tx, id);
  if (!before) throw notFound(HEAD);
  const agency = await agencyToManage(tx, principal, before.agencyId).catch(() => {
    throw notFound(HEAD);
  });
  if (before.version !== version) {
    throw versionConflict(present(principal, before, agency, await namesOfUsers(tx, [before])));
  }
  return { before, agency };
}

export async function editHead(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  input: UpdateHeadInput,
): Promise<HeadDto> {
  return db.transaction(async (tx) => {
    const { before, agency } = await headToChange(tx, principal, id, input.version);
    const { version, ...changes } = input;
    const next = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    await checkHead(tx, before.agencyId, next, id);
    const after = await updateHead(tx, id, version, {
      name: next.name,
      title: next.title,
      headRole: next.headRole,
      matters: next.matters,
      phone: next.phone,
      userId: next.userId,
    });
    if (!after) throw versionConflict(null);
    await writeAudit(tx, {
      actor,
      action: 'update',
      entityType: 'agency_head',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return present(principal, after, agency, await namesOfUsers(tx, [after]));
  });
}

/**
 * Deactivates (离任, no longer counts for appearances) or reactivates a head. Reactivating checks the same rules as
 * adding one (one 正职, no duplicate name, the login not linked elsewhere).
 */
export async function setHeadActive(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  version: number,
  active: boolean,
): Promise<HeadDto> {
  return db.transaction(async (tx) => {
    const { before, agency } = await headToChange(tx, principal, id, version);
    if (before.active === active) return present(principal, before, agency, await namesOfUsers(tx, [before]));
    if (active) await checkHead(tx, before.agencyId, { ...before, active }, id);
    const after = await updateHead(tx, id, version, { active });
    if (!after) throw versionConflict(null);
    await writeAudit(tx, {
      actor,
      action: active ? 'enable' : 'disable',
      entityType: 'agency_head',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return present(principal, after, agency, await namesOfUsers(tx, [after]));
  });
}
