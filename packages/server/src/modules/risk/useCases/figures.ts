/**
 * GET /risk-items/figures (docs/rules/risk.md#figures): the period's items in the caller's scope, grouped by the
 * case's county (or 市本级) or by its first defendant, through the domain's `riskFigures`; each unit carries the
 * list filters that open exactly its items.
 */
import { type RiskFigureInput, riskFigures, todayInChina } from '@shuangjiang/domain';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { screeningFacts } from '../../cases/public.js';
import { agenciesByIds, regionsByCodes } from '../../org/public.js';
import type { FiguresQuery } from '../dto.js';
import { itemsWarnedBetween, plansOf } from '../repository.js';

/** The county code of a region path (/city/county/…), or the city's for 市本级 cases (`exact`). */
function countyOf(regionPath: string): { code: string; exact: boolean } {
  const codes = regionPath.split('/').filter(Boolean);
  return codes[1] ? { code: codes[1], exact: false } : { code: codes[0] ?? '', exact: true };
}

const dayOf = (d: Date) => todayInChina(d);

export async function riskFiguresFor(db: DbOrTx, principal: Principal, q: FiguresQuery, now = new Date()) {
  const today = todayInChina(now);
  const items = await itemsWarnedBetween(db, principal, q.from, q.to);
  const facts = new Map(
    (
      await screeningFacts(
        db,
        items.map((i) => i.caseId),
      )
    ).map((f) => [f.id, f]),
  );
  const plans = new Map(
    (
      await plansOf(
        db,
        items.map((i) => i.id),
      )
    ).map((p) => [p.itemId, p]),
  );
  const rows: RiskFigureInput[] = [];
  const cityUnits = new Set<string>();
  for (const i of items) {
    const f = facts.get(i.caseId);
    if (!f) continue;
    const unit = q.by === 'county' ? countyOf(f.regionPath).code : (f.firstDefendantAgencyId ?? '');
    if (q.by === 'county' && countyOf(f.regionPath).exact) cityUnits.add(unit);
    const plan = plans.get(i.id);
    rows.push({
      unit,
      level: i.level,
      closed: i.state === 'closed',
      outcome: i.outcome,
      caseLost: f.governmentLost,
      warnedOn: i.warnedOn,
      leadOn: i.leadAssignedAt ? dayOf(i.leadAssignedAt) : null,
      planOverdue: plan !== undefined && plan.dueDate < today,
    });
  }
  const { units, total } = riskFigures(rows);
  const keys = units.map((u) => u.unit).filter(Boolean);
  const names =
    q.by === 'county'
      ? new Map((await regionsByCodes(db, keys)).map((r) => [r.code, cityUnits.has(r.code) ? `${r.name}本级` : r.name]))
      : new Map((await agenciesByIds(db, keys)).map((a) => [a.id, a.name]));
  return {
    from: q.from,
    to: q.to,
    by: q.by,
    units: units
      .map(({ unit, ...f }) => ({
        key: unit,
        name: names.get(unit) ?? '（未知）',
        filter:
          q.by === 'agency'
            ? { agencyId: unit }
            : cityUnits.has(unit)
              ? { regionCode: unit, regionExact: true }
              : { regionCode: unit },
        ...f,
      }))
      .sort((a, b) => b.warnings - a.warnings || a.name.localeCompare(b.name, 'zh-CN')),
    total,
  };
}
