/**
 * The iCalendar feed (订阅到手机日历): a secret URL per user, /api/v1/hearings/feed/{token}.ics, that a phone calendar
 * polls. The token is 32 random bytes; only its SHA-256 is kept (platform/auth/sessionStore.ts hashToken, as sessions
 * keep theirs), so it is shown once when made; making a new one replaces it, revoking deletes it. Both are the user's
 * own, audited (entity `hearing_feed`, without the token).
 *
 * What the feed lists: the hearings the user should attend or follows, 30 days back and a year ahead (cancelled and
 * postponed ones included, so the phone updates them). A head (agency_head): hearings of the cases in their scope where
 * they are designated or their agency is a defendant. Clerks, court liaisons, coordinators and any role that reads
 * cases: the hearings of the cases in their scope. The scope is the user's as it is when the calendar polls.
 */
import { randomBytes } from 'node:crypto';
import { writeAudit } from '../../../platform/audit.js';
import { can } from '../../../platform/auth/permissions.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { hashToken } from '../../../platform/auth/sessionStore.js';
import type { Db, DbOrTx } from '../../../platform/db/client.js';
import { caseRefsByIds } from '../../cases/public.js';
import { activeHeadOfUser, agenciesByIds } from '../../org/public.js';
import { loadPrincipal } from '../../users/public.js';
import { HEARING_STATUSES } from '../constants.js';
import type { HearingContext } from '../context.js';
import { type FeedHearing, hearingCalendar } from '../feed/calendar.js';
import {
  deleteFeedToken,
  feedTokenByHash,
  feedTokenOfUser,
  saveFeedToken,
  touchFeedToken,
} from '../feed/repository.js';
import { appearancesOf, hearingsInScope } from '../repository.js';
import type { HearingRow } from '../schema.js';

const DAY_MS = 86_400_000;
const BACK_DAYS = 30;
const AHEAD_DAYS = 366;
const MAX_EVENTS = 1000;
/** base64url of 32 bytes, and the suffix the calendar asks for. */
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

export const feedPath = (token: string) => `/api/v1/hearings/feed/${token}.ics`;

/** GET /hearings/feed-token: whether the user has a feed, since when, last fetched when (never the URL: not kept). */
export async function feedTokenStatus(db: DbOrTx, principal: Principal) {
  const row = await feedTokenOfUser(db, principal.userId);
  return {
    active: row !== null,
    createdAt: row?.createdAt.toISOString() ?? null,
    lastUsedAt: row?.lastUsedAt?.toISOString() ?? null,
  };
}

/** POST /hearings/feed-token: a new secret URL (the previous one, if any, stops working). Shown this once. */
export async function createFeedToken(db: Db, ctx: HearingContext, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  const row = await db.transaction(async (tx) => {
    const before = await feedTokenOfUser(tx, ctx.principal.userId);
    const saved = await saveFeedToken(tx, ctx.principal.userId, hashToken(token), now);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: before ? 'update' : 'create',
      entityType: 'hearing_feed',
      entityId: ctx.principal.userId,
      after: { createdAt: saved.createdAt.toISOString(), replaced: before !== null },
    });
    return saved;
  });
  return {
    active: true,
    path: feedPath(token),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: null,
  };
}

/** DELETE /hearings/feed-token: the URL stops working at once. */
export async function revokeFeedToken(db: Db, ctx: HearingContext) {
  await db.transaction(async (tx) => {
    if (await deleteFeedToken(tx, ctx.principal.userId)) {
      await writeAudit(tx, {
        actor: ctx.actor,
        action: 'delete',
        entityType: 'hearing_feed',
        entityId: ctx.principal.userId,
      });
    }
  });
  return { active: false, createdAt: null, lastUsedAt: null };
}

/**
 * GET /hearings/feed/{token}.ics: the calendar, or null for anything else — a malformed name, an unknown or revoked
 * token, a disabled account — which the route answers with the same 404.
 */
export async function feedCalendar(db: DbOrTx, file: string, origin: string, now = new Date()): Promise<string | null> {
  const m = FEED_FILE.exec(file);
  if (!m) return null;
  const row = await feedTokenByHash(db, hashToken(m[1]!));
  if (!row) return null;
  const user = await loadPrincipal(db, row.userId);
  if (!user || user.disabled) return null;
  const { disabled: _d, mustChangePassword: _m, ...rest } = user;
  const principal: Principal = { ...rest, sessionId: 'feed' };
  await touchFeedToken(db, row.userId, now);
  const items = await feedHearings(db, principal, now);
  return hearingCalendar(principal.displayName, items, origin);
}

/** The hearings of the user's feed (see the file's comment), with what an event shows of their case. */
export async function feedHearings(db: DbOrTx, principal: Principal, now: Date): Promise<FeedHearing[]> {
  if (!can(principal, 'case.read')) return [];
  let rows = await hearingsInScope(db, principal, {
    from: new Date(now.getTime() - BACK_DAYS * DAY_MS),
    to: new Date(now.getTime() + AHEAD_DAYS * DAY_MS),
    statuses: HEARING_STATUSES,
    limit: MAX_EVENTS,
  });
  const refs = await caseRefsByIds(
    db,
    rows.map((h) => h.caseId),
  );
  if (principal.role === 'agency_head') rows = await concerningHead(db, principal, rows, refs);
  const courts = new Map(
    (
      await agenciesByIds(db, [...new Set([...refs.values()].map((r) => r.courtAgencyId).filter((id) => id !== null))])
    ).map((a) => [a.id, a.name]),
  );
  return rows.map((hearing) => {
    const ref = refs.get(hearing.caseId);
    return {
      hearing,
      caseNumber: ref?.caseNumber ?? null,
      causeOfAction: ref?.causeOfAction ?? null,
      courtName: ref?.courtAgencyId ? (courts.get(ref.courtAgencyId) ?? null) : null,
    };
  });
}

/** A head's hearings: designated on them, or of a case the agency they head defends. */
async function concerningHead(
  db: DbOrTx,
  principal: Principal,
  rows: HearingRow[],
  refs: Awaited<ReturnType<typeof caseRefsByIds>>,
): Promise<HearingRow[]> {
  const head = await activeHeadOfUser(db, principal.userId);
  const agencyId = head?.agencyId ?? principal.agencyId;
  const designated = new Set(
    head
      ? (
          await appearancesOf(
            db,
            rows.map((h) => h.id),
          )
        )
          .filter((a) => a.headId === head.id && a.designated)
          .map((a) => a.hearingId)
      : [],
  );
  return rows.filter(
    (h) =>
      designated.has(h.id) ||
      (agencyId !== null && (refs.get(h.caseId)?.defendantAgencyIds.includes(agencyId) ?? false)),
  );
}
