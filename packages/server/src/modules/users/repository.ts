import { eq } from 'drizzle-orm';
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
