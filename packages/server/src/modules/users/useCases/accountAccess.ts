/**
 * Use cases of an account's access: disable / enable (not one's own, not the last active administrator; disabling
 * ends its sessions), a new first password (shown once; sessions end, the lock lifts), lifting a sign-in lock early.
 * Each audited.
 */
import { type AuditActor, writeAudit } from '../../../platform/audit.js';
import { generatePassword, hashPassword } from '../../../platform/auth/password.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { revokeUserSessions } from '../../../platform/auth/sessionStore.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import { setUserRow } from '../repository.js';
import { accountForChange, assertAnotherAdmin } from './accountForChange.js';
import { getUser } from './listUsers.js';
import type { UserListItem } from './present.js';

export async function setDisabled(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  disabled: boolean,
): Promise<UserListItem> {
  return db.transaction(async (tx) => {
    const before = await accountForChange(tx, id);
    if (disabled && id === principal.userId) throw new AppError('UNPROCESSABLE', '不能停用自己的账户');
    if (disabled && before.role === 'admin') await assertAnotherAdmin(tx, id);
    if (before.disabled !== disabled) {
      await setUserRow(tx, id, { disabled, version: before.version + 1, updatedAt: new Date() });
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
    const before = await accountForChange(tx, id);
    await setUserRow(tx, id, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      version: before.version + 1,
      updatedAt: new Date(),
    });
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
    const before = await accountForChange(tx, id);
    await setUserRow(tx, id, { failedLogins: 0, lockedUntil: null });
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
