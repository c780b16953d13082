/**
 * Use cases of the users module (the administrator's account management), one file each in useCases/; the SQL is in
 * repository.ts. This file is the module's public index.
 */
import { ROLE_NAMES_ZH, ROLES } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/client.js';
import { scopeOptionRows } from './repository.js';

export {
  accountSummary,
  activeCaseHandlerPool,
  activeUsersOfRole,
  type CaseHandlerPlace,
  caseHandlerAccounts,
  displayNamesOf,
  existingUsernames,
  type UserFilter,
} from './repository.js';
export { resetPassword, setDisabled, unlockUser } from './useCases/accountAccess.js';
export { createUser, USERNAME_PATTERN } from './useCases/createUser.js';
export { getUser, listUsers } from './useCases/listUsers.js';
export type { UserListItem } from './useCases/present.js';
export { resolveScope, type UserInput } from './useCases/scope.js';
export { updateUser } from './useCases/updateUser.js';

/** Regions and active agencies to choose a user's scope from. */
export async function scopeOptions(db: Db) {
  return scopeOptionRows(db);
}

export function roleList() {
  return ROLES.map((r) => ({ code: r, name: ROLE_NAMES_ZH[r] }));
}
