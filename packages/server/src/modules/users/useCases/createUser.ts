/**
 * Use case: the administrator opens an account. The username is normalised and unique; the scope fits the role;
 * a first password is generated (shown once) and must be changed at the first sign-in. Audited.
 */
import { type AuditActor, writeAudit } from '../../../platform/audit.js';
import { generatePassword, hashPassword } from '../../../platform/auth/password.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, validationFailed } from '../../../platform/errors.js';
import { insertUser, normalizeUsername, usernameTaken } from '../repository.js';
import { getUser } from './listUsers.js';
import { auditView, type UserListItem } from './present.js';
import { resolveScope, type UserInput } from './scope.js';

/** Username: 2–40 lower-case letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;

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
    if (await usernameTaken(tx, username))
      throw new AppError('DUPLICATE', `用户名“${username}”已存在`, [{ field: 'username', message: '用户名已存在' }]);
    const row = await insertUser(tx, {
      username,
      displayName: input.displayName.trim(),
      passwordHash,
      role: input.role,
      regionCode: scope.regionCode,
      agencyId: scope.agencyId,
      phone: input.phone?.trim() || null,
      mustChangePassword: true,
    });
    await writeAudit(tx, { actor, action: 'create', entityType: 'user', entityId: row.id, after: auditView(row) });
    return { user: await getUser(tx, row.id), initialPassword };
  });
}
