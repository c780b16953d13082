/**
 * 败诉率: which cases are in its numerator and denominator under a definition
 * (docs/rules/indicators-and-sanctions.md#loss-rate). The loss itself is the outcomes' rule — `caseGovernmentLost` for a
 * case's own decision, `effectiveGovernmentLost` for the result an appeal leaves in force (docs/rules/outcomes-and-loss.md)
 * — with the hidden-loss option (撤诉规定第3条、第4条) set from the definition's numerator.
 */
import { effectiveGovernmentLost } from '../outcomes/appeal.js';
import { caseGovernmentLost, type RecordedOutcome } from '../outcomes/caseLoss.js';
import { isJudgment } from '../outcomes/judgments.js';
import type { LossOptions } from '../outcomes/loss.js';
import type { LossRateDefinition } from './definitions.js';
import { type CaseFacts, instanceOf, isFirstInstance } from './facts.js';
import type { Membership } from './membership.js';
import { inPeriod, type Period } from './periods.js';

/** The instances that decide a dispute on the act; jurisdiction, 非诉执行审查 and other matters do not. */
const DECIDING_INSTANCES: ReadonlySet<string> = new Set([
  'first',
  'appeal',
  'retrial-review',
  'retrial',
  'compensation',
]);

/** Outcomes after which the dispute goes on (发回重审, 裁定再审): the decision is not the final one. */
const NOT_FINAL: ReadonlySet<string> = new Set(['REMANDED', 'RETRIAL_ORDERED']);

/** Order of later instances: by filing, then conclusion date (the last one decides). */
const key = (c: CaseFacts) => `${c.filedOn ?? ''}|${c.concludedOn ?? '9999'}`;

const recorded = (c: CaseFacts): RecordedOutcome => ({
  kind: c.kind,
  outcome: c.outcome,
  outcomeText: c.outcomeText ?? null,
  instance: instanceOf(c),
});

/** The loss reading of every case under one set of options, with the links between instances. */
export class LossReader {
  private readonly byId: ReadonlyMap<string, CaseFacts>;
  private readonly reviewedBy = new Map<string, CaseFacts[]>();
  private readonly effectiveMemo = new Map<string, boolean | null>();

  constructor(
    cases: readonly CaseFacts[],
    private readonly options: LossOptions,
  ) {
    this.byId = new Map(cases.map((c) => [c.id, c]));
    for (const c of cases) {
      if (!c.reviewsCaseId) continue;
      const list = this.reviewedBy.get(c.reviewsCaseId);
      if (list) list.push(c);
      else this.reviewedBy.set(c.reviewsCaseId, [c]);
    }
  }

  /** The case's own decision at its instance: true lost, false not, null undecided here. */
  own(c: CaseFacts): boolean | null {
    return caseGovernmentLost(recorded(c), this.options);
  }

  /**
   * The result the case leaves in force: an appeal dismissed (or withdrawn, or a retrial application dismissed) takes
   * the effective result of the case it reviewed, recursively; anything else keeps its own.
   */
  effective(c: CaseFacts, seen: ReadonlySet<string> = new Set()): boolean | null {
    const memo = this.effectiveMemo.get(c.id);
    if (memo !== undefined) return memo;
    const reviewed = c.reviewsCaseId ? this.byId.get(c.reviewsCaseId) : undefined;
    const cyclic = reviewed !== undefined && seen.has(reviewed.id);
    const reviewedLost =
      reviewed && !cyclic ? { governmentLost: this.effective(reviewed, new Set([...seen, c.id])) } : null;
    const result = effectiveGovernmentLost(recorded(c), reviewedLost, this.options);
    this.effectiveMemo.set(c.id, result);
    return result;
  }

  /**
   * The final result of the case's dispute as far as the registry knows it: the effective result of the last decision
   * (following the appeals and retrials that reviewed this case forward, `effective` backward); null while a later
   * instance is pending, an appeal is recorded as lodged without its case, or the dispute went back (发回重审).
   */
  final(c: CaseFacts, seen: ReadonlySet<string> = new Set()): boolean | null {
    const later = (this.reviewedBy.get(c.id) ?? []).filter((r) => !seen.has(r.id));
    if (later.length === 0) return c.appealed === true ? null : this.effective(c);
    const last = [...later].sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id)).at(-1)!;
    return last.concludedOn ? this.final(last, new Set([...seen, c.id])) : null;
  }

  /**
   * Whether the case's decision ended its dispute: nothing reviews it in the registry, no appeal is recorded as lodged,
   * and its outcome sends the case on to no further decision.
   */
  isFinal(c: CaseFacts): boolean {
    if (this.reviewedBy.has(c.id)) return false;
    if (c.appealed === true) return false;
    return !!c.outcome && !NOT_FINAL.has(c.outcome);
  }
}

/** The loss options a definition stands for: the hidden-loss numerator counts 撤诉-因被告改变 as a loss. */
export function lossOptionsOf(def: Pick<LossRateDefinition, 'numerator'>): LossOptions {
  return { countWithdrawalAfterChangeAsLoss: def.numerator === 'losses-and-withdrawals-after-change' };
}

/** Whether a case is in the definition's denominator for the period. */
function inDenominator(def: LossRateDefinition, c: CaseFacts, period: Period, reader: LossReader): boolean {
  if (c.kind !== 'litigation' || !DECIDING_INSTANCES.has(instanceOf(c)) || !inPeriod(c.concludedOn, period)) {
    return false;
  }
  switch (def.denominator) {
    case 'concluded':
      return true;
    case 'first-instance-concluded':
      return isFirstInstance(c);
    case 'judgments':
      return isFirstInstance(c) && isJudgment(c.outcome);
    case 'effective':
      return reader.isFinal(c);
  }
}

/**
 * 败诉率's cases: the denominator by `def.denominator` (each case concluded in the period, by its 结案日期), the
 * numerator those of them lost — by their own decision (`first-instance` scope) or by the final result of their dispute
 * (`effective` scope: an appeal dismissed keeps the first instance's loss, a reversal replaces it). `cases` holds every case the links may reach, not only the period's.
 */
export function lossRateMembership(def: LossRateDefinition, cases: readonly CaseFacts[], period: Period): Membership {
  const reader = new LossReader(cases, lossOptionsOf(def));
  const denominator = cases.filter((c) => inDenominator(def, c, period, reader));
  const lost = (c: CaseFacts) => (def.scope === 'effective' ? reader.final(c) : reader.own(c)) === true;
  return { denominator, numerator: denominator.filter(lost) };
}
