/**
 * Use case: the administrator changes an account (name, role, scope, phone) at the version seen. One's own role
 * cannot change; the last active administrator stays one; a new role or scope ends the account's open sessions.
 */
import { type AuditActor, writeAudit } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { revokeUserSessions } from '../../../platform/auth/sessionStore.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, validationFailed, versionConflict } from '../../../platform/errors.js';
import { updateUserRow } from '../repository.js';
import { accountForChange, assertAnotherAdmin } from './accountForChange.js';
import { getUser } from './listUsers.js';
import { auditView, type UserListItem } from './present.js';
import { resolveScope, type UserInput } from './scope.js';

export async function updateUser(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  input: Partial<UserInput> & { version: number },
): Promise<UserListItem> {
  return db.transaction(async (tx) => {
    const before = await accountForChange(tx, id);
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
    const after = await updateUserRow(tx, id, {
      displayName: input.displayName?.trim() ?? before.displayName,
      role,
      regionCode: scope.regionCode,
      agencyId: scope.agencyId,
      phone: input.phone !== undefined ? input.phone?.trim() || null : before.phone,
      version: before.version + 1,
      updatedAt: new Date(),
    });
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
      after: auditView(after),
    });
    return getUser(tx, id);
  });
}
