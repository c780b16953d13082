import { and, eq, sql } from 'drizzle-orm';
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
import { presentSessionUser, type SessionUser } from '../users/presenter.js';
import { findUserById, findUserByUsername, findUserWithNames, normalizeUsername } from '../users/repository.js';
import { users } from '../users/schema.js';

/** Lockout (OWASP authentication cheat sheet): 5 failed sign-ins lock the account for 15 minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_DURATION_MS = 15 * 60_000;

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
const locked = (until: Date) =>
  new AppError('AUTH_LOCKED', '账户因多次登录失败已被临时锁定，请稍后再试或联系管理员', {
    lockedUntil: until.toISOString(),
  });

function actorOf(u: { id: string; displayName: string; username: string } | null, name: string, c: ClientInfo) {
  return {
    userId: u?.id ?? null,
    name: u ? `${u.displayName}（${u.username}）` : name,
    ip: c.ip,
    requestId: c.requestId,
  } satisfies AuditActor;
}

/**
 * Signs in: checks the password (argon2id), counts failures, locks after 5 for 15 minutes (the lock lifts by
 * itself, or an administrator unlocks), and opens a new server-side session. Every attempt is audited.
 * Unknown, disabled and wrong-password attempts all answer the same AUTH_INVALID_CREDENTIALS.
 */
export async function login(
  db: Db,
  input: { username: string; password: string },
  client: ClientInfo,
  now = new Date(),
): Promise<{ user: SessionUser; session: NewSession }> {
  const username = normalizeUsername(input.username);
  const user = await findUserByUsername(db, username);
  // An unknown name is kept only masked (people sometimes type their password into the name field).
  const attempted = maskAttempt(username);
  if (!user) {
    await verifyAgainstDummy(input.password);
    await writeAudit(db, {
      actor: actorOf(null, attempted, client),
      action: 'login_failed',
      entityType: 'user',
      after: { username: attempted, reason: 'unknown_user' },
    });
    throw invalidCredentials();
  }
  const actor = actorOf(user, attempted, client);
  if (user.lockedUntil && user.lockedUntil > now) {
    await writeAudit(db, {
      actor,
      action: 'login_failed',
      entityType: 'user',
      entityId: user.id,
      after: { reason: 'locked' },
    });
    throw locked(user.lockedUntil);
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk || user.disabled) {
    const lockedUntil = await db.transaction(async (tx) => {
      let until: Date | null = null;
      if (!passwordOk) {
        // A lock that has run out starts a fresh count.
        const expired = user.lockedUntil !== null && user.lockedUntil <= now;
        const [row] = await tx
          .update(users)
          .set(expired ? { failedLogins: 1, lockedUntil: null } : { failedLogins: sql`${users.failedLogins} + 1` })
          .where(eq(users.id, user.id))
          .returning({ failedLogins: users.failedLogins });
        if ((row?.failedLogins ?? 0) >= MAX_FAILED_LOGINS) {
          until = new Date(now.getTime() + LOCK_DURATION_MS);
          await tx.update(users).set({ lockedUntil: until }).where(eq(users.id, user.id));
          await writeAudit(tx, {
            actor,
            action: 'lock',
            entityType: 'user',
            entityId: user.id,
            after: { failedLogins: row?.failedLogins, lockedUntil: until },
          });
        }
      }
      await writeAudit(tx, {
        actor,
        action: 'login_failed',
        entityType: 'user',
        entityId: user.id,
        after: { reason: passwordOk ? 'disabled' : 'wrong_password' },
      });
      return until;
    });
    if (lockedUntil) throw locked(lockedUntil);
    throw invalidCredentials();
  }
  const session = await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
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
  const view = await findUserWithNames(db, user.id);
  return { user: presentSessionUser(view!), session };
}

export async function logout(db: Db, principal: Principal, actor: AuditActor): Promise<void> {
  await db.transaction(async (tx) => {
    await revokeSession(tx, principal.sessionId, 'logout');
    await writeAudit(tx, { actor, action: 'logout', entityType: 'session', entityId: principal.sessionId });
  });
}

export async function currentUser(db: Db, principal: Principal): Promise<SessionUser> {
  const view = await findUserWithNames(db, principal.userId);
  if (!view) throw new AppError('AUTH_SESSION_EXPIRED', '登录已过期，请重新登录');
  return presentSessionUser(view);
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
    const updated = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: now,
        updatedAt: now,
        version: sql`${users.version} + 1`,
      })
      .where(and(eq(users.id, user.id), eq(users.version, user.version)))
      .returning({ id: users.id });
    if (updated.length === 0) throw new AppError('VERSION_CONFLICT', '账户已被修改，请重试');
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
  const view = await findUserWithNames(db, user.id);
  return { user: presentSessionUser(view!), session };
}
