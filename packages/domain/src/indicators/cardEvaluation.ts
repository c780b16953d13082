/**
 * Evaluates card rules (cards.ts) over consecutive quarters, in order (docs/rules/indicators-and-sanctions.md#sanctions).
 * Rates are compared as exact fractions; every proposal carries its reasons with stable codes and Chinese text.
 */
import {
  type CardNoteCode,
  type CardProposal,
  type CardReason,
  type CardRule,
  type CardRuleSet,
  type EvaluateOptions,
  type QuarterCards,
  type QuarterFigures,
  SANCTION_LABELS,
  type Sanction,
  type UnitQuarter,
} from './cards.js';
import { DEFAULT_RATE_FORMAT, formatRate, type RateFormat } from './format.js';
import { isNextQuarter, periodLabel } from './periods.js';
import { compareFractions } from './ranking.js';

type Note = QuarterCards['notes'][number];

const rateText = (u: UnitQuarter, format: RateFormat) =>
  `${formatRate(u.losses, u.concluded, format)}（${u.losses}/${u.concluded}）`;

function checkQuarters(quarters: readonly QuarterFigures[]): void {
  quarters.forEach((q, i) => {
    if (q.period.kind !== 'quarter')
      throw new RangeError(`第 ${i + 1} 个期间不是季度：${q.period.from}至${q.period.to}`);
    const prev = quarters[i - 1];
    if (prev && q.period.from <= prev.period.from) {
      throw new RangeError(
        `季度应按时间先后排列且不重复：${periodLabel(q.period)} 排在 ${periodLabel(prev.period)} 之后`,
      );
    }
    const seen = new Set<string>();
    for (const u of q.units) {
      if (seen.has(u.unitId)) throw new RangeError(`${periodLabel(q.period)}：单位 ${u.label} 重复出现`);
      seen.add(u.unitId);
      if (!Number.isInteger(u.losses) || !Number.isInteger(u.concluded) || u.losses < 0 || u.losses > u.concluded) {
        throw new RangeError(
          `${periodLabel(q.period)}：单位 ${u.label} 的败诉数、审结数应为整数且 0 ≤ 败诉数 ≤ 审结数`,
        );
      }
    }
  });
}

/** Units at or above the rule's minimum; the others noted. */
function eligibleUnits(rule: CardRule & { minConcluded: number }, q: QuarterFigures, notes: Note[]): UnitQuarter[] {
  const out: UnitQuarter[] = [];
  for (const u of q.units) {
    if (u.concluded >= rule.minConcluded) out.push(u);
    else
      notes.push({
        ruleId: rule.id,
        code: 'BELOW_MINIMUM',
        unitId: u.unitId,
        text: `${u.label} 审结 ${u.concluded} 件，少于 ${rule.minConcluded} 件，不参与${SANCTION_LABELS[rule.kind === 'loss-rate-above' ? rule.steps[0]! : rule.sanction]}评定`,
      });
  }
  return out;
}

/** The units with the highest rate (all of them when tied); empty when the highest rate is 0. */
function highestByRate(units: readonly UnitQuarter[]): UnitQuarter[] {
  let top: UnitQuarter[] = [];
  for (const u of units) {
    const c = top[0] ? compareFractions(u.losses, u.concluded, top[0].losses, top[0].concluded) : 1;
    if (c > 0) top = [u];
    else if (c === 0) top.push(u);
  }
  return top.length > 0 && top[0]!.losses > 0 ? top : [];
}

function note(rule: CardRule, code: CardNoteCode, text: string): Note {
  return { ruleId: rule.id, code, text };
}

/**
 * Evaluates the rule set quarter by quarter. `quarters` in time order (gaps allowed: a gap breaks a run of consecutive
 * cards). A proposal listed in `options.rejected` does not count toward a later rule (red card, the n-th time).
 */
export function evaluateCards(
  set: CardRuleSet,
  quarters: readonly QuarterFigures[],
  options: EvaluateOptions = {},
): QuarterCards[] {
  checkQuarters(quarters);
  const format = options.format ?? DEFAULT_RATE_FORMAT;
  const rejected = new Set((options.rejected ?? []).map((r) => `${r.periodFrom}|${r.unitId}|${r.sanction}`));
  const counts = (p: CardProposal) => !rejected.has(`${p.period.from}|${p.unitId}|${p.sanction}`);
  const history: QuarterCards[] = [];
  const aboveTimes = new Map<string, number>(); // `${ruleId}|${unitId}` → times above so far

  for (const q of quarters) {
    const proposals: CardProposal[] = [];
    const notes: Note[] = [];
    const label = periodLabel(q.period);
    /** One proposal per unit and sanction: a second rule or reason for the same adds its reasons. */
    const propose = (
      rule: CardRule,
      u: Pick<UnitQuarter, 'unitId' | 'label'>,
      sanction: Sanction,
      reasons: CardReason[],
    ) => {
      const at = proposals.findIndex((p) => p.unitId === u.unitId && p.sanction === sanction);
      const existing = proposals[at];
      if (existing) proposals[at] = { ...existing, reasons: [...existing.reasons, ...reasons] };
      else proposals.push({ period: q.period, unitId: u.unitId, label: u.label, sanction, ruleId: rule.id, reasons });
    };

    for (const rule of set.rules) {
      switch (rule.kind) {
        case 'highest-loss-rate': {
          const eligible = eligibleUnits(rule, q, notes);
          const top = highestByRate(eligible);
          if (top.length === 0 && eligible.length > 0)
            notes.push(note(rule, 'NO_LOSSES', `${label}参评单位均无败诉案件，不评${SANCTION_LABELS[rule.sanction]}`));
          for (const u of top) {
            const tied = top.length > 1;
            propose(rule, u, rule.sanction, [
              {
                code: tied ? 'TIED_HIGHEST_LOSS_RATE' : 'HIGHEST_LOSS_RATE',
                text: `${label}败诉率 ${rateText(u, format)}，在审结 ${rule.minConcluded} 件以上的 ${eligible.length} 个单位中${
                  tied
                    ? `并列最高（与${top
                        .filter((o) => o !== u)
                        .map((o) => o.label)
                        .join('、')}并列）`
                    : '最高'
                }`,
              },
            ]);
          }
          break;
        }
        case 'top-loss-count-and-rate': {
          const eligible = eligibleUnits(rule, q, notes);
          const maxCount = Math.max(0, ...eligible.map((u) => u.losses));
          if (maxCount === 0 && eligible.length > 0)
            notes.push(note(rule, 'NO_LOSSES', `${label}参评单位均无败诉案件，不提级约谈`));
          for (const u of eligible.filter((e) => maxCount > 0 && e.losses === maxCount)) {
            propose(rule, u, rule.sanction, [
              { code: 'TOP_LOSS_COUNT', text: `${label}败诉 ${u.losses} 件，居全市首位` },
            ]);
          }
          for (const u of highestByRate(eligible)) {
            propose(rule, u, rule.sanction, [
              { code: 'TOP_LOSS_RATE', text: `${label}败诉率 ${rateText(u, format)}，居全市首位` },
            ]);
          }
          break;
        }
        case 'loss-rate-above': {
          for (const u of eligibleUnits(rule, q, notes)) {
            if (!(u.losses * 100 > rule.abovePercent * u.concluded)) continue;
            const key = `${rule.id}|${u.unitId}`;
            const time = (aboveTimes.get(key) ?? 0) + 1;
            const sanction = rule.steps[Math.min(time, rule.steps.length) - 1]!;
            // A rejected proposal is not a time: the next one is again this time's step.
            if (!rejected.has(`${q.period.from}|${u.unitId}|${sanction}`)) aboveTimes.set(key, time);
            propose(rule, u, sanction, [
              {
                code: 'LOSS_RATE_ABOVE',
                text: `${label}败诉率 ${rateText(u, format)}，高于 ${rule.abovePercent}%，为第 ${time} 次`,
              },
            ]);
          }
          break;
        }
        case 'consecutive': {
          const run = [...history.slice(-(rule.quarters - 1))];
          // Consecutive means calendar-consecutive quarters ending with this one.
          const chain = [...run.map((h) => h.period), q.period];
          const adjacent =
            run.length === rule.quarters - 1 && chain.every((p, i) => i === 0 || isNextQuarter(chain[i - 1]!, p));
          if (!adjacent) break;
          for (const p of proposals.filter((x) => x.sanction === rule.of && counts(x))) {
            const all = run.every((h) =>
              h.proposals.some((x) => x.unitId === p.unitId && x.sanction === rule.of && counts(x)),
            );
            if (!all) continue;
            propose(rule, p, rule.sanction, [
              {
                code: 'CONSECUTIVE',
                text: `连续 ${rule.quarters} 个季度被列为${SANCTION_LABELS[rule.of]}（${chain.map(periodLabel).join('、')}）`,
              },
            ]);
          }
          break;
        }
      }
    }
    history.push({ period: q.period, proposals, notes });
  }
  return history;
}
