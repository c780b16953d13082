/**
 * 败诉 (纠错 for a reconsideration) of a recorded case: the one function the registry, the imports and the demo data
 * call. The rules themselves: loss.ts for litigation (行政诉讼法第六十九条至第七十八条、第八十九条), reconsideration.ts
 * for 复议 (行政复议法第六十三条至第六十七条、第七十一条), byKind.ts for pre-litigation disputes.
 */
import { classifyOutcomeForKind, nonLitigationOutcomeLost, type OutcomeCaseKind } from './byKind.js';
import { classifyOutcome } from './classify.js';
import { type LossOptions, litigationGovernmentLost } from './loss.js';

/** 败诉 of an outcome code of any kind: true, false, or null when undecided here (see `litigationGovernmentLost`). */
export function governmentLostOf(outcome: string | null | undefined, options: LossOptions = {}): boolean | null {
  if (!outcome) return null;
  const other = nonLitigationOutcomeLost(outcome);
  return other !== undefined ? other : litigationGovernmentLost(outcome, options);
}

/** What the registry records about a case's outcome. */
export interface RecordedOutcome {
  readonly kind?: OutcomeCaseKind | null;
  readonly outcome: string | null | undefined;
  /** The operative text (判决主文 …), when recorded. */
  readonly outcomeText?: string | null;
  /** 审级 (first, appeal, retrial …). */
  readonly instance?: string | null;
}

/**
 * 败诉 of a case from its recorded outcome. When the operative text states that same outcome, the text decides (it
 * tells a withdrawn suit from a withdrawn appeal, a reversal that revokes the act from one that rejects the claims);
 * otherwise the code does (`governmentLostOf`, with the case's instance). Whether an appeal then takes the result of
 * the judgment it reviewed is `followsReviewedJudgment` (loss.ts).
 */
export function caseGovernmentLost(c: RecordedOutcome, options: LossOptions = {}): boolean | null {
  if (!c.outcome) return null;
  const own = governmentLostOf(c.outcome, { ...options, instance: c.instance ?? options.instance });
  const text = c.outcomeText?.trim();
  if (!text) return own;
  const stated =
    !c.kind || c.kind === 'litigation' ? classifyOutcome(text, options) : classifyOutcomeForKind(c.kind, text);
  return stated.primary === c.outcome ? stated.governmentLost : own;
}
