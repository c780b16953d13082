import { createHash, randomBytes } from 'node:crypto';
import type { DbOrTx } from '../db/client.js';
import type { Principal, Role } from './principal.js';

/**
 * Server-side sessions: the rules (token, timeouts, what ends a session) live here; where sessions are kept and who a
 * session's user is are provided by modules at app build (platform imports no module): the sessions module keeps
 * the rows, the users module loads the principal. `platform/http/modules.ts` (authProviders) hands them over and
 * `buildApp` registers them before any route runs.
 */

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

/** A stored session as the rules need it. */
export interface StoredSession {
  id: string;
  userId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Where sessions are kept (the sessions module's table). */
export interface SessionRows {
  insert(
    db: DbOrTx,
    row: {
      tokenHash: string;
      userId: string;
      createdAt: Date;
      expiresAt: Date;
      ip: string | null;
      userAgent: string | null;
    },
  ): Promise<string>;
  byTokenHash(db: DbOrTx, tokenHash: string): Promise<StoredSession | null>;
  touch(db: DbOrTx, id: string, now: Date): Promise<void>;
  revoke(db: DbOrTx, id: string, reason: RevokeReason, now: Date): Promise<void>;
  /** Ends every live session of a user except `keepSessionId`; returns how many ended. */
  revokeUser(db: DbOrTx, userId: string, reason: RevokeReason, now: Date, keepSessionId?: string): Promise<number>;
}

/** A user as a session needs it: the principal's fields, whether disabled, whether a password change is due. */
export type PrincipalRecord = Omit<Principal, 'sessionId'> & { disabled: boolean; mustChangePassword: boolean };

export interface AuthProviders {
  sessions: SessionRows;
  /** The user of a session (the users module), null when the account no longer exists. */
  loadPrincipal(db: DbOrTx, userId: string): Promise<PrincipalRecord | null>;
}

let providers: AuthProviders | null = null;

/** Called by buildApp with what the modules provide (platform/http/modules.ts authProviders). */
export function registerAuthProviders(p: AuthProviders): void {
  providers = p;
}

function need(): AuthProviders {
  if (!providers) throw new Error('No session store registered: build the app (platform/http/app.ts) first');
  return providers;
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
  const id = await need().sessions.insert(db, {
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    expiresAt,
    ip: client.ip ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { id, token, expiresAt };
}

export type ResolvedSession =
  | { ok: true; principal: Principal; mustChangePassword: boolean }
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired' | 'idle' | 'disabled' };

/**
 * The session and its user for a cookie token; enforces the absolute and idle timeouts and disabled accounts (an
 * ended session is marked revoked). Touches `lastSeenAt` on success.
 */
export async function resolveSession(db: DbOrTx, token: string, now = new Date()): Promise<ResolvedSession> {
  const { sessions, loadPrincipal } = need();
  const s = await sessions.byTokenHash(db, hashToken(token));
  if (!s) return { ok: false, reason: 'unknown' };
  if (s.revokedAt) return { ok: false, reason: 'revoked' };
  const user = await loadPrincipal(db, s.userId);
  if (!user) return { ok: false, reason: 'unknown' };
  const t = now.getTime();
  const ended: 'expired' | 'idle' | 'disabled' | null =
    t >= s.expiresAt.getTime()
      ? 'expired'
      : t - s.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS
        ? 'idle'
        : user.disabled
          ? 'disabled'
          : null;
  if (ended) {
    await sessions.revoke(db, s.id, ended === 'disabled' ? 'disabled' : 'expired', now);
    return { ok: false, reason: ended };
  }
  if (t - s.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) await sessions.touch(db, s.id, now);
  return {
    ok: true,
    mustChangePassword: user.mustChangePassword,
    principal: {
      userId: user.userId,
      username: user.username,
      displayName: user.displayName,
      role: user.role as Role,
      regionCode: user.regionCode,
      regionPath: user.regionPath,
      agencyId: user.agencyId,
      sessionId: s.id,
    },
  };
}

export async function revokeSession(db: DbOrTx, sessionId: string, reason: RevokeReason, now = new Date()) {
  await need().sessions.revoke(db, sessionId, reason, now);
}

/** Ends every live session of a user, except `keepSessionId` if given. Returns how many ended. */
export async function revokeUserSessions(
  db: DbOrTx,
  userId: string,
  reason: RevokeReason,
  opts: { keepSessionId?: string; now?: Date } = {},
): Promise<number> {
  return need().sessions.revokeUser(db, userId, reason, opts.now ?? new Date(), opts.keepSessionId);
}
