// What other modules and the command line use of the accounts module.

import type { Role } from '../../platform/auth/principal.js';
import type { PrincipalRecord } from '../../platform/auth/sessionStore.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { cachedRead } from '../../platform/db/readCache.js';
import { regionPathOf } from '../org/public.js';
import { presentSessionUser, type SessionUser } from './presenter.js';
import { findUserById, findUserByUsername, findUserWithNames } from './repository.js';

export { createFirstAdminIfNone, demoAccountsInUse, FIRST_ADMIN_USERNAME } from './firstStart.js';

/**
 * An account as another module may see it: who, which role and agency, whether usable; null for an unknown id.
 * The org module asks it when a head is linked to a login (org/heads.ts).
 */
export async function accountSummary(db: DbOrTx, id: string) {
  const u = await findUserById(db, id);
  if (!u) return null;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    agencyId: u.agencyId,
    disabled: u.disabled,
  };
}

/** Notification addresses (modules/notifications). */
export { activeUserIds, contactsOf, type UserContacts, updateOwnContacts } from './contacts.js';

/** The demo accounts step of the demo data set (modules/demo). */
export { seedDemoUsers } from './demo.js';

// ---- sign-in and sessions (the auth module; platform/auth/sessionStore.ts through platform/http/modules.ts) ----

export { type SessionUser, sessionUserSchema } from './presenter.js';
export {
  findUserById,
  findUserByUsername,
  normalizeUsername,
  recordFailedLogin,
  recordLogin,
  setOwnPassword,
} from './repository.js';

/** The signed-in user as /auth/me presents it; null when the account no longer exists. */
export async function sessionUserOf(db: DbOrTx, id: string): Promise<SessionUser | null> {
  const view = await findUserWithNames(db, id);
  return view ? presentSessionUser(view) : null;
}

type UserRowLike = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

async function principalRecord(db: DbOrTx, u: UserRowLike): Promise<PrincipalRecord> {
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    regionCode: u.regionCode,
    regionPath: u.regionCode ? await regionPathOf(db, u.regionCode) : null,
    agencyId: u.agencyId,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
  };
}

/** At most this stale should a change reach the table outside a transaction (a convention breach, not a product path). */
const PRINCIPAL_TTL_MS = 5_000;

/**
 * Who a session's user is (registered with platform/auth/sessionStore.ts at app build); null for no account. Asked on
 * every request, so it is a cached read (platform/db/readCache.ts): any transaction's end — disabling an account, a
 * role or agency changed, a password set — empties the cache, on other servers of the same PostgreSQL too (NOTIFY),
 * so a change applies from the next request. Measured (bench/profile.ts, strace): without it a list request made one
 * more database round trip than before the structure work, the list's Node CPU +10–15% of issue 11.
 */
export async function loadPrincipal(db: DbOrTx, userId: string): Promise<PrincipalRecord | null> {
  return cachedRead(
    db,
    `principal:${userId}`,
    async () => {
      const u = await findUserById(db, userId);
      return u ? principalRecord(db, u) : null;
    },
    PRINCIPAL_TTL_MS,
  );
}

/** The same by user name (tests and tools that act as a named demo user). */
export async function principalOfUsername(db: DbOrTx, username: string): Promise<PrincipalRecord | null> {
  const u = await findUserByUsername(db, username);
  return u ? principalRecord(db, u) : null;
}
