/**
 * The quarter-end proposals (docs/rules/indicators-and-sanctions.md#card-proposals): on the first working day after a
 * quarter, the card rules in force (settings kind `cardRules`) are evaluated by the domain's `evaluateCards` over the
 * quarter just ended and the three before it (a rolling year: 红牌 needs the previous quarter's 黄牌, 检讨 the earlier
 * time above 10%), once for the counties and once for the city departments — each a pool of its own, as 淮安's
 * “县区（市直部门）”. The units' quarterly loss figures are the rankings' (indicators `rankingFor`, the loss-rate
 * definition the rule set names, definitions in force). Proposals the coordinator rejected do not count toward a later
 * step. Only the ended quarter's proposals are stored, once each (unique key): a second run adds nothing.
 */
import {
  type CardRuleSet,
  evaluateCards,
  formatRate,
  type Period,
  periodLabel,
  previousPeriod,
  type QuarterFigures,
  quarterPeriod,
  todayInChina,
} from '@shuangjiang/domain';
import type { AuditActor } from '../../platform/audit.js';
import { writeAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db/client.js';
import { definitionsOf, rankingFor, refreshIndicatorFacts } from '../indicators/public.js';
import { notifyRoles } from '../notifications/public.js';
import { regionsByCodes } from '../org/public.js';
import { getSetting } from '../settings/service.js';
import { CARD_LEVEL_LABELS, type CardLevel } from './constants.js';
import { insertProposals, type NewCardProposal, rejectedSince } from './repository.js';
import type { CardProposalRow } from './schema.js';

export const CARD_RULES_KIND = 'cardRules';
/** Quarters evaluated: the ended one and the three before it. */
const WINDOW = 4;
const SYSTEM: AuditActor = { userId: null, name: '系统（季度红黄牌评定）', ip: null, requestId: null };

/** `2025-Q3` → the quarter. */
export function quarterOfKey(key: string): Period {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!m) throw new RangeError(`季度应为 YYYY-Qn，收到 ${key}`);
  return quarterPeriod(Number(m[1]), Number(m[2]));
}

interface UnitFigures {
  figures: QuarterFigures;
  paths: Map<string, string>;
  display: Map<string, string>;
}

/** One quarter's loss figures of the level's units (every unit with a concluded case; the pool filtered by level). */
async function quarterFigures(
  tx: Tx,
  set: { def: Parameters<typeof rankingFor>[1] },
  period: Period,
  level: CardLevel,
  asOf: string,
): Promise<UnitFigures> {
  let units = await rankingFor(tx, set.def, { regionPath: null, agencyId: null }, period, {
    by: level === 'county' ? 'region' : 'agency',
    minCases: 1,
    asOf,
  });
  if (level === 'agency') {
    // City departments: agencies of a city-level region (the last code of the region path).
    const codes = [...new Set(units.map((u) => u.regionPath.split('/').filter(Boolean).pop()!))];
    const cityCodes = new Set((await regionsByCodes(tx, codes)).filter((r) => r.level === 'city').map((r) => r.code));
    units = units.filter((u) => cityCodes.has(u.regionPath.split('/').filter(Boolean).pop()!));
  }
  return {
    figures: {
      period,
      units: units.map((u) => ({ unitId: u.unitId, label: u.label, losses: u.numerator, concluded: u.denominator })),
    },
    paths: new Map(units.map((u) => [u.unitId, u.regionPath])),
    display: new Map(units.map((u) => [u.unitId, u.display])),
  };
}

export interface QuarterResult {
  quarter: string;
  inserted: CardProposalRow[];
  proposed: number;
}

/** Evaluates and stores the quarter's proposals (in the caller's transaction); audited and the city told when new. */
export async function proposeQuarter(tx: Tx, quarter: Period, now: Date): Promise<QuarterResult> {
  await refreshIndicatorFacts(tx as never);
  const rules = await getSetting(tx, CARD_RULES_KIND);
  const ruleSet = rules.value as CardRuleSet;
  const defs = await definitionsOf(tx);
  const def = defs.set.definitions.find((d) => d.id === ruleSet.lossRateDefinitionId);
  if (!def) throw new Error(`通报规则引用的败诉率口径 ${ruleSet.lossRateDefinitionId} 不在现行指标口径中`);
  const quarters: Period[] = [quarter];
  while (quarters.length < WINDOW) quarters.unshift(previousPeriod(quarters[0]!));
  const asOf = todayInChina(now);
  const rows: NewCardProposal[] = [];
  for (const level of ['county', 'agency'] as const) {
    const perQuarter = [];
    for (const q of quarters) perQuarter.push(await quarterFigures(tx, { def }, q, level, asOf));
    const rejected = (await rejectedSince(tx, quarters[0]!.from, level)).map((r) => ({
      periodFrom: r.periodFrom,
      unitId: r.unitId,
      sanction: r.sanction as never,
    }));
    const evaluated = evaluateCards(
      ruleSet,
      perQuarter.map((p) => p.figures),
      { rejected, format: 'format' in def ? def.format : undefined },
    );
    const last = evaluated[evaluated.length - 1]!;
    const figures = perQuarter[perQuarter.length - 1]!;
    for (const p of last.proposals) {
      const u = figures.figures.units.find((x) => x.unitId === p.unitId)!;
      rows.push({
        periodFrom: quarter.from,
        periodTo: quarter.to,
        level,
        unitId: p.unitId,
        unitLabel: p.label,
        regionPath: figures.paths.get(p.unitId)!,
        sanction: p.sanction,
        ruleId: p.ruleId,
        reasons: [...p.reasons],
        losses: u.losses,
        concluded: u.concluded,
        rateDisplay: figures.display.get(p.unitId) ?? formatRate(u.losses, u.concluded),
        rulesVersion: rules.version,
        definitionVersion: defs.version ?? 0,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  const inserted = await insertProposals(tx, rows);
  const label = periodLabel(quarter);
  for (const r of inserted) {
    await writeAudit(tx, {
      actor: SYSTEM,
      action: 'create',
      entityType: 'card_proposal',
      entityId: r.id,
      after: { quarter: label, level: r.level, unit: r.unitLabel, sanction: r.sanction, ruleId: r.ruleId },
    });
  }
  if (inserted.length > 0) {
    await notifyRoles(tx, ['city_coordinator'], {
      kind: 'general',
      title: `${label}红黄牌评定：${inserted.length}项待确认`,
      body: inserted
        .slice(0, 20)
        .map((r) => `${CARD_LEVEL_LABELS[r.level]}${r.unitLabel}：${r.sanction}（${r.rateDisplay}）`)
        .join('；'),
      link: '/',
      dedupeKey: `cards-proposed:${quarter.from}`,
      at: now,
    });
  }
  return { quarter: label, inserted, proposed: rows.length };
}
