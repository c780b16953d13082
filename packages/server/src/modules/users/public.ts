// What other modules and the command line use of the accounts module.
import type { DbOrTx } from '../../platform/db/client.js';
import { findUserById } from './repository.js';

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
