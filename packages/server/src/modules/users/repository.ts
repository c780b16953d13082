import { and, eq, sql } from 'drizzle-orm';
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
