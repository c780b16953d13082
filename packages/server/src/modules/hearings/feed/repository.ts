/** Statements on `hearing_feed_tokens` (the hearings module's table of iCalendar feed tokens, by hash). */
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { type FeedTokenRow, hearingFeedTokens } from '../schema.js';

/** The user's token (a new one replaces the old: the old URL stops working at once). */
export async function saveFeedToken(db: DbOrTx, userId: string, tokenHash: string, now: Date): Promise<FeedTokenRow> {
  const [row] = await db
    .insert(hearingFeedTokens)
    .values({ userId, tokenHash, createdAt: now, lastUsedAt: null })
    .onConflictDoUpdate({ target: hearingFeedTokens.userId, set: { tokenHash, createdAt: now, lastUsedAt: null } })
    .returning();
  return row!;
}

export async function deleteFeedToken(db: DbOrTx, userId: string): Promise<boolean> {
  const rows = await db.delete(hearingFeedTokens).where(eq(hearingFeedTokens.userId, userId)).returning();
  return rows.length > 0;
}

export async function feedTokenOfUser(db: DbOrTx, userId: string): Promise<FeedTokenRow | null> {
  const [row] = await db.select().from(hearingFeedTokens).where(eq(hearingFeedTokens.userId, userId));
  return row ?? null;
}

export async function feedTokenByHash(db: DbOrTx, tokenHash: string): Promise<FeedTokenRow | null> {
  const [row] = await db.select().from(hearingFeedTokens).where(eq(hearingFeedTokens.tokenHash, tokenHash));
  return row ?? null;
}

/** Notes a fetch; at most once a minute per token (a calendar may poll often). */
export async function touchFeedToken(db: DbOrTx, userId: string, now: Date): Promise<void> {
  await db
    .update(hearingFeedTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(hearingFeedTokens.userId, userId),
        or(isNull(hearingFeedTokens.lastUsedAt), lt(hearingFeedTokens.lastUsedAt, new Date(now.getTime() - 60_000))),
      ),
    );
}
