/**
 * Where notifications reach a user (modules/notifications): work phone, e-mail, 企业微信 userid, 钉钉 userId. Read in
 * bulk for a delivery run; the user edits their own e-mail and robot ids (the phone stays with the administrator).
 */
import { and, eq, inArray, not, type SQL } from 'drizzle-orm';
import type { Role } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { users } from './schema.js';

export interface UserContacts {
  id: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  phone: string | null;
  email: string | null;
  wecomUserId: string | null;
  dingtalkUserId: string | null;
}

const contactColumns = {
  id: users.id,
  displayName: users.displayName,
  role: users.role,
  disabled: users.disabled,
  phone: users.phone,
  email: users.email,
  wecomUserId: users.wecomUserId,
  dingtalkUserId: users.dingtalkUserId,
};

/** The contacts of the given accounts (unknown ids are left out). */
export async function contactsOf(db: DbOrTx, ids: readonly string[]): Promise<UserContacts[]> {
  if (ids.length === 0) return [];
  return db
    .select(contactColumns)
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
}

/** Active accounts with one of the roles, optionally only those of the given agencies: the recipients of a notice. */
export async function activeUserIds(
  db: DbOrTx,
  filter: { roles: readonly Role[]; agencyIds?: readonly string[]; regionCodes?: readonly string[] },
): Promise<string[]> {
  if (filter.roles.length === 0) return [];
  if (filter.agencyIds && filter.agencyIds.length === 0) return [];
  if (filter.regionCodes && filter.regionCodes.length === 0) return [];
  const where: SQL[] = [not(users.disabled), inArray(users.role, [...filter.roles])];
  if (filter.agencyIds) where.push(inArray(users.agencyId, [...filter.agencyIds]));
  // Coordinators of a region (the county's, the city's): their account's region code.
  if (filter.regionCodes) where.push(inArray(users.regionCode, [...filter.regionCodes]));
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(...where))
    .orderBy(users.id);
  return rows.map((r) => r.id);
}

/** A user's own notification addresses (e-mail, robot ids); null clears one. Call inside the caller's transaction. */
export async function updateOwnContacts(
  tx: DbOrTx,
  userId: string,
  input: { email: string | null; wecomUserId: string | null; dingtalkUserId: string | null },
): Promise<void> {
  await tx
    .update(users)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(users.id, userId));
}
