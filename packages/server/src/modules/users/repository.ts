/** SQL of the users module: sign-in lookups (auth), the administrator's account management, other modules' questions. */
import { and, asc, count, eq, gt, ilike, inArray, isNotNull, isNull, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { agencies, regions } from '../org/schema.js';
import type { UserWithNames } from './presenter.js';
import { type UserRow, users } from './schema.js';

/** Usernames are case-insensitive: stored and looked up lower-case. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.username, normalizeUsername(username)))
    .limit(1);
  return row;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** A user with the names of their region and agency. */
export async function findUserWithNames(db: DbOrTx, id: string): Promise<UserWithNames | undefined> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      regionCode: users.regionCode,
      regionName: regions.name,
      agencyId: users.agencyId,
      agencyName: agencies.name,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, id))
    .limit(1);
  return row;
}

// ---- sign-in (the auth module through public.ts) ----------------------------------------------------------------

/** One more failed sign-in of a known account; returns the account's consecutive failures. */
export async function recordFailedLogin(db: DbOrTx, id: string): Promise<number | null> {
  const [row] = await db
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1` })
    .where(eq(users.id, id))
    .returning({ failedLogins: users.failedLogins });
  return row?.failedLogins ?? null;
}

/** A successful sign-in: failures reset, the time kept. */
export async function recordLogin(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, id));
}

/** One's own new password, if the account is still at `version`; false when it moved on. */
export async function setOwnPassword(
  db: DbOrTx,
  id: string,
  version: number,
  passwordHash: string,
  now: Date,
): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: now,
      updatedAt: now,
      version: sql`${users.version} + 1`,
    })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return updated.length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Account management (the administrator's user list and changes)

/** The columns of the administrator's user list (region and agency names joined). */
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
export type UserListRow = {
  [K in keyof typeof listColumns]: K extends 'regionName' | 'agencyName' ? string | null : UserRow[K & keyof UserRow];
};

export interface UserFilter {
  q?: string;
  role?: Role;
  regionCode?: string;
  agencyId?: string;
  status?: 'active' | 'disabled' | 'locked';
  page: number;
  pageSize: number;
}

function selectUsers(db: DbOrTx) {
  return db
    .select(listColumns)
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(agencies, eq(agencies.id, users.agencyId));
}

/** A page of users matching the filter (by role, then username) and how many match. */
export async function listUserRows(
  db: DbOrTx,
  f: UserFilter,
  now: Date,
): Promise<{ rows: UserListRow[]; total: number }> {
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
  return { rows: rows as UserListRow[], total: Number(total?.n ?? 0) };
}

export async function userListRow(db: DbOrTx, id: string): Promise<UserListRow | null> {
  const [row] = await selectUsers(db).where(eq(users.id, id)).limit(1);
  return (row as UserListRow | undefined) ?? null;
}

/** The agency a user's scope names (active or not), for the scope check. */
export async function scopeAgency(db: DbOrTx, id: string) {
  const [a] = await db.select().from(agencies).where(eq(agencies.id, id)).limit(1);
  return a ?? null;
}

/** The region a user's scope names, for the scope check. */
export async function scopeRegion(db: DbOrTx, code: string) {
  const [r] = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  return r ?? null;
}

export async function usernameTaken(tx: DbOrTx, username: string): Promise<boolean> {
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  return !!existing;
}

export async function insertUser(tx: DbOrTx, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await tx.insert(users).values(values).returning();
  return row!;
}

/** The user's row, locked for the transaction's change; null when there is none. */
export async function lockUserRow(tx: DbOrTx, id: string): Promise<UserRow | null> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return row ?? null;
}

/** How many active administrators there are besides `exceptId`. */
export async function otherActiveAdmins(tx: DbOrTx, exceptId: string): Promise<number> {
  const [n] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, exceptId)));
  return Number(n?.n ?? 0);
}

/** Changes a user's row. */
export async function setUserRow(tx: DbOrTx, id: string, set: Partial<typeof users.$inferInsert>): Promise<void> {
  await tx.update(users).set(set).where(eq(users.id, id));
}

/** Changes a user's row; returns it as it is now. */
export async function updateUserRow(tx: DbOrTx, id: string, set: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [after] = await tx.update(users).set(set).where(eq(users.id, id)).returning();
  return after!;
}

/** Regions and active agencies to choose a user's scope from. */
export async function scopeOptionRows(db: DbOrTx) {
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

/** Existing usernames among the given ones (lower-case). */
export async function existingUsernames(db: DbOrTx, names: string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db.select({ u: users.username }).from(users).where(inArray(users.username, names));
  return new Set(rows.map((r) => r.u));
}

// ---------------------------------------------------------------------------------------------------------------
// Other modules' questions about accounts (through users/service.ts)

/**
 * Active accounts of a role, of the city with path `cityPath` (or without a region; any city when null), by name:
 * whom a case can be assigned to. Minimal fields.
 */
export async function activeUsersOfRole(db: DbOrTx, role: Role, cityPath: string | null) {
  return db
    .select({ id: users.id, displayName: users.displayName, regionName: regions.name })
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(
      and(
        eq(users.role, role),
        eq(users.disabled, false),
        cityPath ? or(isNull(users.regionCode), like(regions.path, `${cityPath}%`)) : undefined,
      ),
    )
    .orderBy(asc(users.displayName))
    .limit(500);
}

/** An account's name, role and whether it is disabled; null when there is none. */
export async function accountSummary(db: DbOrTx, id: string) {
  const [user] = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, id));
  return user ?? null;
}

/** The display names of accounts, by id (unknown ids left out). */
export async function displayNamesOf(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** Where a case belongs, as the accounts that may handle it are chosen (docs/rules/cases.md#handler). */
export interface CaseHandlerPlace {
  /** The case's defendant agencies: their clerks may handle it. */
  agencyIds: readonly string[];
  /** The case's city (`/329900/`) and county (`/329900/329902/`, null for a city-level case) paths. */
  cityPath: string | null;
  countyPath: string | null;
}

/**
 * Active accounts that may be named 承办人 of a case at `place`: clerks of its defendant agencies, the coordinators of
 * its county (a town-level county account included) and of its city. By role (clerks first), then name.
 */
export async function caseHandlerAccounts(db: DbOrTx, place: CaseHandlerPlace) {
  const who: SQL[] = [];
  if (place.agencyIds.length) {
    who.push(and(eq(users.role, 'agency_clerk'), inArray(users.agencyId, [...place.agencyIds]))!);
  }
  if (place.countyPath) {
    who.push(and(eq(users.role, 'county_coordinator'), like(regions.path, `${place.countyPath}%`))!);
  }
  if (place.cityPath) who.push(and(eq(users.role, 'city_coordinator'), eq(regions.path, place.cityPath))!);
  if (!who.length) return [];
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      agencyName: agencies.name,
      regionName: regions.name,
    })
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(users.disabled, false), or(...who)))
    .orderBy(
      sql`case ${users.role} when 'agency_clerk' then 0 when 'county_coordinator' then 1 else 2 end`,
      asc(users.displayName),
      asc(users.username),
    )
    .limit(500);
}

/**
 * Every active account that may be named 承办人 somewhere (clerks, county and city coordinators), with its agency and
 * region path: the import matches a row's 承办人 among those its case may have (docs/rules/cases.md#handler).
 */
export async function activeCaseHandlerPool(db: DbOrTx) {
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      agencyId: users.agencyId,
      regionPath: regions.path,
    })
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(
      and(eq(users.disabled, false), inArray(users.role, ['agency_clerk', 'county_coordinator', 'city_coordinator'])),
    );
}
