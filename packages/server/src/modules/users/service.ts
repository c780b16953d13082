import { and, asc, count, eq, gt, ilike, inArray, isNotNull, ne, or, type SQL } from 'drizzle-orm';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import { maskPhone } from '../../platform/auth/masking.js';
import { generatePassword, hashPassword } from '../../platform/auth/password.js';
import { type Principal, ROLE_NAMES_ZH, ROLES, type Role } from '../../platform/auth/principal.js';
import { revokeUserSessions } from '../../platform/auth/sessionStore.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, type ErrorDetail, notFound, validationFailed, versionConflict } from '../../platform/errors.js';
import { agencies, regions } from '../org/schema.js';
import { normalizeUsername } from './repository.js';
import { type UserRow, users } from './schema.js';

/** Username: 2–40 lower-case letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;

/** Roles whose scope is an agency (their region is the agency's); court liaisons belong to a court. */
const AGENCY_ROLES: ReadonlySet<Role> = new Set<Role>(['agency_clerk', 'agency_head', 'court_liaison']);
/** Roles whose scope is a region. County coordinators need a county; the others any region. */
const REGION_ROLES: ReadonlySet<Role> = new Set<Role>([
  'city_coordinator',
  'county_coordinator',
  'expert',
  'discipline_liaison',
  'leader',
]);

export interface UserListItem {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleName: string;
  regionCode: string | null;
  regionName: string | null;
  agencyId: string | null;
  agencyName: string | null;
  /** Masked in lists (`139****5678`); the detail view shows it in full to the administrator. */
  phone: string | null;
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface UserFilter {
  q?: string;
  role?: Role;
  regionCode?: string;
  agencyId?: string;
  status?: 'active' | 'disabled' | 'locked';
  page: number;
  pageSize: number;
}

const listColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  regionCode: users.regionCode,
  regionName: regions.name,
  agencyId: users.agencyId,
  agencyName: agencies.name,
  phone: users.phone,
  disabled: users.disabled,
  lockedUntil: users.lockedUntil,
  failedLogins: users.failedLogins,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  version: users.version,
};
type ListRow = {
  [K in keyof typeof listColumns]: K extends 'regionName' | 'agencyName' ? string | null : UserRow[K & keyof UserRow];
};

function present(r: ListRow, now: Date, opts: { fullPhone?: boolean } = {}): UserListItem {
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    roleName: ROLE_NAMES_ZH[r.role],
    regionCode: r.regionCode,
    regionName: r.regionName,
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    phone: opts.fullPhone ? r.phone : maskPhone(r.phone),
    disabled: r.disabled,
    locked: !!r.lockedUntil && r.lockedUntil > now,
    lockedUntil: r.lockedUntil && r.lockedUntil > now ? r.lockedUntil.toISOString() : null,
    failedLogins: r.failedLogins,
    mustChangePassword: r.mustChangePassword,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

function selectUsers(db: DbOrTx) {
  return db
    .select(listColumns)
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(agencies, eq(agencies.id, users.agencyId));
}

export async function listUsers(db: Db, f: UserFilter, now = new Date()) {
  const where: SQL[] = [];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
  }
  if (f.role) where.push(eq(users.role, f.role));
  if (f.regionCode) where.push(eq(users.regionCode, f.regionCode));
  if (f.agencyId) where.push(eq(users.agencyId, f.agencyId));
  if (f.status === 'disabled') where.push(eq(users.disabled, true));
  if (f.status === 'active') where.push(eq(users.disabled, false));
  if (f.status === 'locked') where.push(and(isNotNull(users.lockedUntil), gt(users.lockedUntil, now))!);
  const cond = where.length ? and(...where) : undefined;
  const [total] = await db.select({ n: count() }).from(users).where(cond);
  const rows = await selectUsers(db)
    .where(cond)
    .orderBy(asc(users.role), asc(users.username))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { items: rows.map((r) => present(r as ListRow, now)), total: Number(total?.n ?? 0) };
}

export async function getUser(db: DbOrTx, id: string, now = new Date()): Promise<UserListItem> {
  const [row] = await selectUsers(db).where(eq(users.id, id)).limit(1);
  if (!row) throw notFound('用户');
  return present(row as ListRow, now, { fullPhone: true });
}

export interface UserInput {
  displayName: string;
  role: Role;
  regionCode?: string | null;
  agencyId?: string | null;
  phone?: string | null;
}

/**
 * Checks that the scope fits the role and completes it: agency roles take the agency's region; region roles have
 * no agency; the administrator has neither. Returns the problems in Chinese (with `row` when importing).
 */
export async function resolveScope(
  db: DbOrTx,
  input: Pick<UserInput, 'role' | 'regionCode' | 'agencyId'>,
  row?: number,
): Promise<{ regionCode: string | null; agencyId: string | null; problems: ErrorDetail[] }> {
  const problems: ErrorDetail[] = [];
  const at = (field: string, message: string) =>
    problems.push(row === undefined ? { field, message } : { row, field, message });
  const role = input.role;
  if (role === 'admin') return { regionCode: null, agencyId: null, problems };
  if (AGENCY_ROLES.has(role)) {
    if (!input.agencyId) {
      at('agencyId', `${ROLE_NAMES_ZH[role]}必须选择所属单位`);
      return { regionCode: null, agencyId: null, problems };
    }
    const [a] = await db.select().from(agencies).where(eq(agencies.id, input.agencyId)).limit(1);
    if (!a?.active) at('agencyId', '所属单位不存在或已停用');
    else if (role === 'court_liaison' && a.kind !== 'court') at('agencyId', '法院联络员的所属单位必须是法院');
    else if (role !== 'court_liaison' && a.kind === 'court') at('agencyId', '机关人员的所属单位不能是法院');
    return { regionCode: a?.regionCode ?? null, agencyId: input.agencyId, problems };
  }
  if (REGION_ROLES.has(role)) {
    if (!input.regionCode) {
      at('regionCode', `${ROLE_NAMES_ZH[role]}必须选择所属区划`);
      return { regionCode: null, agencyId: null, problems };
    }
    const [r] = await db.select().from(regions).where(eq(regions.code, input.regionCode)).limit(1);
    if (!r) at('regionCode', '所属区划不存在');
    else if (role === 'county_coordinator' && r.level !== 'county')
      at('regionCode', '县区协调员的所属区划必须是县（市、区）');
    else if (role === 'city_coordinator' && r.level !== 'city') at('regionCode', '市级协调员的所属区划必须是设区的市');
    return { regionCode: input.regionCode, agencyId: null, problems };
  }
  return { regionCode: null, agencyId: null, problems };
}

const auditView = (u: Partial<UserRow>) => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  regionCode: u.regionCode,
  agencyId: u.agencyId,
  phone: u.phone,
  disabled: u.disabled,
  mustChangePassword: u.mustChangePassword,
});

export async function createUser(
  db: Db,
  actor: AuditActor,
  input: UserInput & { username: string },
): Promise<{ user: UserListItem; initialPassword: string }> {
  const username = normalizeUsername(input.username);
  if (!USERNAME_PATTERN.test(username)) {
    throw validationFailed([{ field: 'username', message: '用户名须为 2–40 位小写字母、数字、点、下划线或连字符' }]);
  }
  const scope = await resolveScope(db, input);
  if (scope.problems.length) throw validationFailed(scope.problems, scope.problems[0]!.message);
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (existing)
      throw new AppError('DUPLICATE', `用户名“${username}”已存在`, [{ field: 'username', message: '用户名已存在' }]);
    const [row] = await tx
      .insert(users)
      .values({
        username,
        displayName: input.displayName.trim(),
        passwordHash,
        role: input.role,
        regionCode: scope.regionCode,
        agencyId: scope.agencyId,
        phone: input.phone?.trim() || null,
        mustChangePassword: true,
      })
      .returning();
    await writeAudit(tx, { actor, action: 'create', entityType: 'user', entityId: row!.id, after: auditView(row!) });
    return { user: await getUser(tx, row!.id), initialPassword };
  });
}

async function lockRow(tx: DbOrTx, id: string): Promise<UserRow> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) throw notFound('用户');
  return row;
}

/** There must always be an active administrator, or nobody could manage accounts any more. */
async function assertAnotherAdmin(tx: DbOrTx, exceptId: string): Promise<void> {
  const [n] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, exceptId)));
  if (Number(n?.n ?? 0) === 0) throw new AppError('UNPROCESSABLE', '至少需要保留一个可用的系统管理员账户');
}

export async function updateUser(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  input: Partial<UserInput> & { version: number },
): Promise<UserListItem> {
  return db.transaction(async (tx) => {
    const before = await lockRow(tx, id);
    if (before.version !== input.version) throw versionConflict(await getUser(tx, id));
    const role = input.role ?? before.role;
    if (id === principal.userId && role !== before.role) {
      throw new AppError('UNPROCESSABLE', '不能修改自己的角色');
    }
    if (before.role === 'admin' && role !== 'admin' && !before.disabled) await assertAnotherAdmin(tx, id);
    const scopeChanged = input.role !== undefined || input.regionCode !== undefined || input.agencyId !== undefined;
    const scope = scopeChanged
      ? await resolveScope(tx, {
          role,
          regionCode: input.regionCode !== undefined ? input.regionCode : before.regionCode,
          agencyId: input.agencyId !== undefined ? input.agencyId : before.agencyId,
        })
      : { regionCode: before.regionCode, agencyId: before.agencyId, problems: [] };
    if (scope.problems.length) throw validationFailed(scope.problems, scope.problems[0]!.message);
    const [after] = await tx
      .update(users)
      .set({
        displayName: input.displayName?.trim() ?? before.displayName,
        role,
        regionCode: scope.regionCode,
        agencyId: scope.agencyId,
        phone: input.phone !== undefined ? input.phone?.trim() || null : before.phone,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    // A new role or scope takes effect at once: open sessions carry the old one.
    if (role !== before.role || scope.regionCode !== before.regionCode || scope.agencyId !== before.agencyId) {
      await revokeUserSessions(tx, id, 'admin');
    }
    await writeAudit(tx, {
      actor,
      action: 'update',
      entityType: 'user',
      entityId: id,
      before: auditView(before),
      after: auditView(after!),
    });
    return getUser(tx, id);
  });
}

export async function setDisabled(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  disabled: boolean,
): Promise<UserListItem> {
  return db.transaction(async (tx) => {
    const before = await lockRow(tx, id);
    if (disabled && id === principal.userId) throw new AppError('UNPROCESSABLE', '不能停用自己的账户');
    if (disabled && before.role === 'admin') await assertAnotherAdmin(tx, id);
    if (before.disabled !== disabled) {
      await tx
        .update(users)
        .set({ disabled, version: before.version + 1, updatedAt: new Date() })
        .where(eq(users.id, id));
      if (disabled) await revokeUserSessions(tx, id, 'disabled');
      await writeAudit(tx, {
        actor,
        action: disabled ? 'disable' : 'enable',
        entityType: 'user',
        entityId: id,
        before: { disabled: before.disabled },
        after: { disabled },
      });
    }
    return getUser(tx, id);
  });
}

/** A new first password (shown once), to be changed at the next sign-in; open sessions end; the lock lifts. */
export async function resetPassword(db: Db, actor: AuditActor, id: string): Promise<{ initialPassword: string }> {
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  await db.transaction(async (tx) => {
    const before = await lockRow(tx, id);
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id));
    await revokeUserSessions(tx, id, 'admin');
    await writeAudit(tx, {
      actor,
      action: 'password_reset',
      entityType: 'user',
      entityId: id,
      before: { mustChangePassword: before.mustChangePassword },
      after: { mustChangePassword: true },
    });
  });
  return { initialPassword };
}

/** Lifts a sign-in lock before its 15 minutes are up. */
export async function unlockUser(db: Db, actor: AuditActor, id: string, now = new Date()): Promise<UserListItem> {
  return db.transaction(async (tx) => {
    const before = await lockRow(tx, id);
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id));
    await writeAudit(tx, {
      actor,
      action: 'unlock',
      entityType: 'user',
      entityId: id,
      before: { failedLogins: before.failedLogins, lockedUntil: before.lockedUntil },
      after: { failedLogins: 0, lockedUntil: null },
    });
    return getUser(tx, id, now);
  });
}

/** Regions and active agencies to choose a user's scope from. */
export async function scopeOptions(db: Db) {
  const regionRows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .orderBy(asc(regions.path), asc(regions.sortOrder));
  const agencyRows = await db
    .select({ id: agencies.id, name: agencies.name, kind: agencies.kind, regionCode: agencies.regionCode })
    .from(agencies)
    .where(eq(agencies.active, true))
    .orderBy(asc(agencies.regionCode), asc(agencies.name));
  return { regions: regionRows, agencies: agencyRows };
}

export function roleList() {
  return ROLES.map((r) => ({ code: r, name: ROLE_NAMES_ZH[r] }));
}

/** Existing usernames among the given ones (lower-case). */
export async function existingUsernames(db: DbOrTx, names: string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db.select({ u: users.username }).from(users).where(inArray(users.username, names));
  return new Set(rows.map((r) => r.u));
}
