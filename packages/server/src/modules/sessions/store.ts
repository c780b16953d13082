/** The sessions table's statements for platform/auth/sessionStore.ts (registered at app build as authProviders). */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { SessionRows } from '../../platform/auth/sessionStore.js';
import { sessions } from './schema.js';

export const sessionRows: SessionRows = {
  async insert(db, row) {
    const [r] = await db
      .insert(sessions)
      .values({ ...row, lastSeenAt: row.createdAt })
      .returning({ id: sessions.id });
    return r!.id;
  },
  async byTokenHash(db, tokenHash) {
    const [r] = await db
      .select({
        id: sessions.id,
        userId: sessions.userId,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        revokedAt: sessions.revokedAt,
      })
      .from(sessions)
      .where(eq(sessions.tokenHash, tokenHash))
      .limit(1);
    return r ?? null;
  },
  async touch(db, id, now) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  },
  async revoke(db, id, reason, now) {
    await db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
  },
  async revokeUser(db, userId, reason, now, keepSessionId) {
    const rows = await db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(
        and(
          eq(sessions.userId, userId),
          isNull(sessions.revokedAt),
          keepSessionId ? ne(sessions.id, keepSessionId) : sql`true`,
        ),
      )
      .returning({ id: sessions.id });
    return rows.length;
  },
};
