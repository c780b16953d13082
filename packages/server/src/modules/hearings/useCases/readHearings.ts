/** Reads: a case's hearings, one hearing with its status history, the hearings ahead in the caller's scope. */
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { caseRefInScope } from '../../cases/public.js';
import type { HearingStatus } from '../constants.js';
import type { UpcomingQuery } from '../dto.js';
import { presentCaseHearings, presentHearingDetail, presentHearings } from '../presenter.js';
import { hearingInScope, hearingsInScope, hearingsOfCase, statusHistory } from '../repository.js';

/** GET /cases/:id/hearings: 404 when the case is outside the caller's scope. */
export async function listCaseHearings(db: DbOrTx, principal: Principal, caseId: string) {
  const ref = await caseRefInScope(db, principal, caseId);
  if (!ref) throw notFound('案件');
  return presentCaseHearings(db, await hearingsOfCase(db, caseId), ref.defendantAgencyIds);
}

/** GET /hearings/:id: with every status change; 404 when its case is outside the caller's scope. */
export async function getHearing(db: DbOrTx, principal: Principal, id: string) {
  const row = await hearingInScope(db, principal, id);
  if (!row) throw notFound('庭审');
  return presentHearingDetail(db, row, await statusHistory(db, id));
}

const DAY_MS = 86_400_000;
const UPCOMING: readonly HearingStatus[] = ['scheduled'];

/** GET /hearings/upcoming: hearings from `from` (default now) for `days`, of the cases the caller sees. */
export async function upcomingHearings(db: DbOrTx, principal: Principal, q: UpcomingQuery, now = new Date()) {
  const from = q.from ? new Date(q.from) : now;
  const rows = await hearingsInScope(db, principal, {
    from,
    to: new Date(from.getTime() + q.days * DAY_MS),
    statuses: q.status?.length ? q.status : UPCOMING,
    limit: q.limit,
  });
  return { items: await presentHearings(db, rows) };
}
