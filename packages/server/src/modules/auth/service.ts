import { type AuditActor, writeAudit } from '../../platform/audit.js';
import {
  hashPassword,
  passwordPolicyProblems,
  verifyAgainstDummy,
  verifyPassword,
} from '../../platform/auth/password.js';
import type { Principal } from '../../platform/auth/principal.js';
import { createSession, type NewSession, revokeSession, revokeUserSessions } from '../../platform/auth/sessionStore.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, validationFailed } from '../../platform/errors.js';
import {
  findUserById,
  findUserByUsername,
  normalizeUsername,
  recordFailedLogin,
  recordLogin,
  type SessionUser,
  sessionUserOf,
  setOwnPassword,
} from '../users/public.js';
import { FREE_FAILURES_PER_NAME, type LoginThrottle } from './throttle.js';

/** `zhangsan` → `zh******(8)`: enough to tell attempts apart, not enough to leak a mistyped password. */
export function maskAttempt(name: string): string {
  const chars = [...name];
  return `${chars.slice(0, 2).join('')}${'*'.repeat(Math.min(Math.max(chars.length - 2, 0), 8))}(${chars.length})`;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

const invalidCredentials = () => new AppError('AUTH_INVALID_CREDENTIALS', '用户名或密码错误');
const throttled = (waitMs: number) => {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError('AUTH_THROTTLED', `登录失败次数过多，请 ${seconds} 秒后再试`, { retryAfterSeconds: seconds });
};

function actorOf(u: { id: string; displayName: string; username: string } | null, name: string, c: ClientInfo) {
  return {
    userId: u?.id ?? null,
    name: u ? `${u.displayName}（${u.username}）` : name,
    ip: c.ip,
    requestId: c.requestId,
  } satisfies AuditActor;
}

/**
 * Signs in: checks the password (argon2id) and opens a new server-side session. Every attempt is audited.
 * Unknown, disabled and wrong-password attempts answer the same AUTH_INVALID_CREDENTIALS after the same work (an
 * unknown name is checked against a dummy hash); repeated failures slow down that name from that address and that
 * address (throttle.ts: AUTH_THROTTLED with the seconds to wait, decided before the name is looked up, so the
 * answer is the same whether the account exists). No account is ever locked by failures: a stranger could
 * otherwise keep the administrator out. A known account's consecutive failures are counted for the administrator
 * (user list) and the start of a slow-down is audited (login_throttled).
 */
export async function login(
  db: Db,
  input: { username: string; password: string },
  client: ClientInfo,
  throttle: LoginThrottle,
  now = new Date(),
): Promise<{ user: SessionUser; session: NewSession }> {
  const username = normalizeUsername(input.username);
  // An unknown name is kept only masked (people sometimes type their password into the name field).
  const attempted = maskAttempt(username);
  const wait = throttle.waitMs(username, client.ip, now.getTime());
  if (wait > 0) throw throttled(wait);
  const user = await findUserByUsername(db, username);
  const actor = actorOf(user ?? null, attempted, client);
  const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : false;
  if (!user) await verifyAgainstDummy(input.password);
  if (!user || !passwordOk || user.disabled) {
    const { failures, delayMs } = throttle.fail(username, client.ip, now.getTime());
    await db.transaction(async (tx) => {
      let count = failures;
      if (user && !passwordOk) {
        const row = await recordFailedLogin(tx, user.id);
        count = row ?? failures;
      }
      const reason = !user ? 'unknown_user' : passwordOk ? 'disabled' : 'wrong_password';
      await writeAudit(tx, {
        actor,
        action: 'login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        after: user ? { reason } : { username: attempted, reason },
      });
      // The first failure that imposes a delay is recorded once more, so that the administrator sees a run of
      // failures in the audit log as one entry (the count of a known account is also in the user list).
      if (failures === FREE_FAILURES_PER_NAME) {
        await writeAudit(tx, {
          actor,
          action: 'login_throttled',
          entityType: 'user',
          entityId: user?.id ?? null,
          after: { username: attempted, failedLogins: count, delaySeconds: Math.ceil(delayMs / 1000) },
        });
      }
    });
    throw invalidCredentials();
  }
  throttle.succeed(username, client.ip);
  const session = await db.transaction(async (tx) => {
    await recordLogin(tx, user.id, now);
    const s = await createSession(tx, user.id, client, now);
    await writeAudit(tx, {
      actor,
      action: 'login',
      entityType: 'session',
      entityId: s.id,
      after: { userId: user.id, ip: client.ip, userAgent: client.userAgent },
    });
    return s;
  });
  return { user: (await sessionUserOf(db, user.id))!, session };
}

export async function logout(db: Db, principal: Principal, actor: AuditActor): Promise<void> {
  await db.transaction(async (tx) => {
    await revokeSession(tx, principal.sessionId, 'logout');
    await writeAudit(tx, { actor, action: 'logout', entityType: 'session', entityId: principal.sessionId });
  });
}

export async function currentUser(db: Db, principal: Principal): Promise<SessionUser> {
  const user = await sessionUserOf(db, principal.userId);
  if (!user) throw new AppError('AUTH_SESSION_EXPIRED', '登录已过期，请重新登录');
  return user;
}

/**
 * Changes one's own password (policy in platform/auth/password.ts). Every session of the user ends, and a new
 * one is opened for this browser (session rotation after a change of credentials).
 */
export async function changePassword(
  db: Db,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
  client: ClientInfo & { actor: AuditActor },
  now = new Date(),
): Promise<{ user: SessionUser; session: NewSession }> {
  const user = await findUserById(db, principal.userId);
  if (!user) throw new AppError('AUTH_SESSION_EXPIRED', '登录已过期，请重新登录');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw validationFailed([{ field: 'currentPassword', message: '当前密码不正确' }], '当前密码不正确');
  }
  const problems = passwordPolicyProblems(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) {
    problems.push({ field: 'newPassword', message: '新密码不能与当前密码相同' });
  }
  if (problems.length > 0) throw validationFailed(problems, problems[0]!.message);
  const passwordHash = await hashPassword(input.newPassword);
  const session = await db.transaction(async (tx) => {
    const updated = await setOwnPassword(tx, user.id, user.version, passwordHash, now);
    if (!updated) throw new AppError('VERSION_CONFLICT', '账户已被修改，请重试');
    await revokeUserSessions(tx, user.id, 'password_changed', { now });
    const s = await createSession(tx, user.id, client, now);
    await writeAudit(tx, {
      actor: client.actor,
      action: 'password_change',
      entityType: 'user',
      entityId: user.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false },
    });
    return s;
  });
  return { user: (await sessionUserOf(db, user.id))!, session };
}
