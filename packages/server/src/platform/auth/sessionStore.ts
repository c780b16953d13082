import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { regions } from '../../modules/org/schema.js';
import { sessions } from '../../modules/sessions/schema.js';
import { users } from '../../modules/users/schema.js';
import type { DbOrTx } from '../db/client.js';
import type { Principal, Role } from './principal.js';

/** Session lifetimes (OWASP session management): 30 minutes idle, 12 hours absolute. */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;
/** `lastSeenAt` is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

export const SESSION_COOKIE = 'sj_session';

export type RevokeReason = 'logout' | 'revoked' | 'password_changed' | 'admin' | 'expired' | 'disabled' | 'login';

/** SHA-256 of the cookie token, the only form stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

export interface NewSession {
  id: string;
  /** The cookie value; never stored. */
  token: string;
  expiresAt: Date;
}

export async function createSession(
  db: DbOrTx,
  userId: string,
  client: { ip?: string | null; userAgent?: string | null },
  now = new Date(),
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: client.ip ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    })
    .returning({ id: sessions.id });
  return { id: row!.id, token, expiresAt };
}

export type ResolvedSession =
  | { ok: true; principal: Principal; mustChangePassword: boolean }
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired' | 'idle' | 'disabled' };

/**
 * The session and its user for a cookie token, in one query; enforces the absolute and idle timeouts and disabled
 * accounts (an ended session is marked revoked). Touches `lastSeenAt` on success.
 */
/** A user's principal fields (without the session), to select from `users` left-joined to `regions`. */
export const principalColumns = {
  userId: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  regionCode: users.regionCode,
  regionPath: regions.path,
  agencyId: users.agencyId,
};

export async function resolveSession(db: DbOrTx, token: string, now = new Date()): Promise<ResolvedSession> {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      ...principalColumns,
      disabled: users.disabled,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(eq(sessions.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.revokedAt) return { ok: false, reason: 'revoked' };
  const t = now.getTime();
  const ended: 'expired' | 'idle' | 'disabled' | null =
    t >= row.expiresAt.getTime()
      ? 'expired'
      : t - row.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS
        ? 'idle'
        : row.disabled
          ? 'disabled'
          : null;
  if (ended) {
    await revokeSession(db, row.sessionId, ended === 'disabled' ? 'disabled' : 'expired', now);
    return { ok: false, reason: ended };
  }
  if (t - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
  }
  return {
    ok: true,
    mustChangePassword: row.mustChangePassword,
    principal: {
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      role: row.role as Role,
      regionCode: row.regionCode,
      regionPath: row.regionPath,
      agencyId: row.agencyId,
      sessionId: row.sessionId,
    },
  };
}

export async function revokeSession(db: DbOrTx, sessionId: string, reason: RevokeReason, now = new Date()) {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every live session of a user, except `keepSessionId` if given. Returns how many ended. */
export async function revokeUserSessions(
  db: DbOrTx,
  userId: string,
  reason: RevokeReason,
  opts: { keepSessionId?: string; now?: Date } = {},
): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: opts.now ?? new Date(), revokedReason: reason })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        opts.keepSessionId ? ne(sessions.id, opts.keepSessionId) : sql`true`,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}
