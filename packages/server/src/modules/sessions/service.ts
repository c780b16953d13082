import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { IDLE_TIMEOUT_MS, revokeSession, revokeUserSessions } from '../../platform/auth/sessionStore.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { sessions } from './schema.js';

export interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

/** The signed-in user's live sessions (not revoked, not past their absolute or idle end), newest first. */
export async function listMySessions(db: Db, principal: Principal, now = new Date()): Promise<SessionView[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, principal.userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - IDLE_TIMEOUT_MS)),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    ip: s.ip,
    userAgent: s.userAgent,
    current: s.id === principal.sessionId,
  }));
}

/** Signs out one of one's own sessions; another user's session id is "not found". */
export async function revokeMySession(db: Db, principal: Principal, actor: AuditActor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [s] = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.id, id), eq(sessions.userId, principal.userId), isNull(sessions.revokedAt)));
    if (!s) throw notFound('会话');
    await revokeSession(tx, id, id === principal.sessionId ? 'logout' : 'revoked');
    await writeAudit(tx, { actor, action: 'session_revoke', entityType: 'session', entityId: id });
  });
}

/** Signs out everywhere else; returns how many sessions ended. */
export async function revokeMyOtherSessions(db: Db, principal: Principal, actor: AuditActor): Promise<number> {
  return db.transaction(async (tx) => {
    const n = await revokeUserSessions(tx, principal.userId, 'revoked', { keepSessionId: principal.sessionId });
    if (n > 0) {
      await writeAudit(tx, {
        actor,
        action: 'session_revoke',
        entityType: 'session',
        after: { scope: 'others', count: n },
      });
    }
    return n;
  });
}
