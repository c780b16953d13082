/** Use case: the case list (filters, sort, keyset or offset pages, a capped count) in the caller's scope. */
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { forbidden, validationFailed } from '../../../platform/errors.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ListQuery } from '../dto.js';
import type { IndicatorListFilter } from '../indicatorSource/listFilter.js';
import { canSeeDeleted } from '../policy.js';
import { presentListItem } from '../presenter.js';
import { listCases } from '../repository.js';
import { handlerNames } from './handler.js';

/**
 * Counting stops at this many rows; above it the list reports "10000+" (`totalIsEstimate`). The cap keeps the broad
 * default list fast at 1,000,000 cases (a full count of a city is the costliest part of its first page); a list that
 * must show its exact size — an indicator's click-through, whose count must equal the figure's — asks `exactTotal`.
 */
export const LIST_COUNT_CAP = 10_000;
export const MAX_PAGE_SIZE = 200;

/** The indicator filter of a list query: all of indicator, part, from and to, or none (400 naming the missing one). */
function indicatorFilterOf(q: ListQuery): IndicatorListFilter | undefined {
  if (q.indicator === undefined) return undefined;
  const missing = (
    [
      ['indicatorPart', '指标分子或分母'],
      ['indicatorFrom', '指标起始日期'],
      ['indicatorTo', '指标截止日期'],
    ] as const
  ).filter(([k]) => q[k] === undefined);
  if (missing.length > 0) {
    throw validationFailed(missing.map(([field, label]) => ({ field, message: `按指标筛选时须填写${label}` })));
  }
  return {
    indicator: q.indicator,
    part: q.indicatorPart!,
    from: q.indicatorFrom!,
    to: q.indicatorTo!,
    version: q.indicatorVersion,
    agencyId: q.indicatorAgency,
  };
}

export async function listCasesFor(db: DbOrTx, principal: Principal, q: ListQuery) {
  if (q.includeDeleted && !canSeeDeleted(principal)) throw forbidden('仅协调员可查看已删除的案件');
  const cursor = q.cursor ? decodeCursor(q.cursor, q.sort, q.order) : undefined;
  const result = await listCases(db, principal, {
    filters: {
      kind: q.kind,
      status: q.status,
      outcome: q.outcome,
      riskLevel: q.riskLevel,
      instance: q.instance,
      regionCode: q.regionCode,
      regionExact: q.regionExact,
      agencyId: q.agencyId,
      courtAgencyId: q.courtAgencyId,
      domain: q.domain,
      governmentLost: q.governmentLost,
      year: q.year,
      q: q.q,
      includeDeleted: q.includeDeleted,
      dueBy: q.dueBy,
      filedFrom: q.filedFrom,
      filedTo: q.filedTo,
      concludedFrom: q.concludedFrom,
      concludedTo: q.concludedTo,
      indicator: indicatorFilterOf(q),
      handlerUserId:
        q.handler === undefined
          ? undefined
          : q.handler === 'me'
            ? principal.userId
            : q.handler === 'none'
              ? null
              : q.handler,
    },
    sort: q.sort,
    order: q.order,
    pageSize: Math.min(q.pageSize, MAX_PAGE_SIZE),
    page: q.page,
    cursor,
    countCap: q.exactTotal ? Number.POSITIVE_INFINITY : LIST_COUNT_CAP,
  });
  const names = await handlerNames(
    db,
    result.rows.map((r) => r.handlerUserId),
  );
  for (const r of result.rows) r.handlerName = r.handlerUserId ? (names.get(r.handlerUserId) ?? null) : null;
  const last = result.rows[result.rows.length - 1];
  return {
    items: result.rows.map(presentListItem),
    total: result.total,
    totalIsEstimate: result.totalIsEstimate,
    nextCursor:
      result.hasMore && last ? encodeCursor({ s: q.sort, o: q.order, v: last.sortValue, id: last.id! }) : null,
  };
}
