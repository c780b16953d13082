/**
 * Which cases each indicator counts (docs/rules/indicators-and-sanctions.md#definitions): for a rate the cases of its
 * denominator and those of its numerator, for a count the cases counted. Outcomes are read with the outcomes' rules
 * (`governmentLostOf`, `outcomeForKind`, `isJudgment`, `isAppealableRuling`); head appearances with the hearings' rates.
 */
import {
  appearanceRate,
  type CaseAppearanceRow,
  principalAppearanceRate,
  type Rate,
  spokeRate,
} from '../hearings/rates.js';
import { outcomeForKind } from '../outcomes/byKind.js';
import { governmentLostOf } from '../outcomes/caseLoss.js';
import { isAppealableRuling, isJudgment } from '../outcomes/judgments.js';
import type {
  AppealRateDefinition,
  CountDefinition,
  HearingRateDefinition,
  IndicatorDefinition,
  MediationWithdrawalRateDefinition,
} from './definitions.js';
import { type CaseFacts, checkUniqueIds, instanceOf, isFirstInstance } from './facts.js';
import { lossRateMembership } from './lossRate.js';
import { inPeriod, type Period } from './periods.js';

/** The cases behind a figure: `denominator` null for a count (its cases are the numerator). */
export interface Membership {
  readonly denominator: readonly CaseFacts[] | null;
  readonly numerator: readonly CaseFacts[];
}

export interface MembershipOptions {
  /**
   * Today, for figures of a period not yet over: a defence due on or after it and not yet filed is still open and left
   * out of 答辩按期率. Without it every defence due in the period counts.
   */
  readonly asOf?: string;
}

const concludedIn = (c: CaseFacts, period: Period) => inPeriod(c.concludedOn, period);

function counted(def: CountDefinition, cases: readonly CaseFacts[], period: Period): Membership {
  const date = (c: CaseFacts) => (def.kind === 'new_cases' ? c.filedOn : c.concludedOn);
  const numerator = cases.filter(
    (c) =>
      def.caseKinds.includes(c.kind) &&
      (def.instances === 'all' || c.kind !== 'litigation' || isFirstInstance(c)) &&
      inPeriod(date(c), period),
  );
  return { denominator: null, numerator };
}

const LITIGATION_MEDIATED_OR_WITHDRAWN: ReadonlySet<string> = new Set([
  'MEDIATED',
  'WITHDRAWN',
  'WITHDRAWN_AFTER_CHANGE',
]);
const RECONSIDERATION_MEDIATED_OR_WITHDRAWN: ReadonlySet<string> = new Set(['RECON_MEDIATED', 'RECON_WITHDRAWN']);

/** The reconsideration outcome of a 复议 case, reading a court's code recorded on it as its 复议 counterpart. */
const reconsiderationOutcome = (c: CaseFacts) => (c.outcome ? outcomeForKind('reconsideration', c.outcome) : null);

/** 调撤率: 调解 and 撤诉 (撤诉 after a changed act included) / concluded (行政诉讼法第60条、第62条; 行政复议法第73条、第74条). */
function mediatedOrWithdrawn(def: MediationWithdrawalRateDefinition, cases: readonly CaseFacts[], period: Period) {
  const denominator = cases.filter(
    (c) =>
      c.kind === def.caseKind &&
      (def.caseKind !== 'litigation' || def.instances === 'all' || isFirstInstance(c)) &&
      concludedIn(c, period),
  );
  const numerator = denominator.filter((c) =>
    def.caseKind === 'litigation'
      ? LITIGATION_MEDIATED_OR_WITHDRAWN.has(c.outcome ?? '')
      : RECONSIDERATION_MEDIATED_OR_WITHDRAWN.has(reconsiderationOutcome(c) ?? ''),
  );
  return { denominator, numerator };
}

const reconsiderationsConcluded = (cases: readonly CaseFacts[], period: Period) =>
  cases.filter((c) => c.kind === 'reconsideration' && concludedIn(c, period));

/** 复议纠错率: corrected (行政复议法第63条至第67条、第71条) / reconsiderations concluded. */
function corrected(cases: readonly CaseFacts[], period: Period): Membership {
  const denominator = reconsiderationsConcluded(cases, period);
  return { denominator, numerator: denominator.filter((c) => governmentLostOf(reconsiderationOutcome(c)) === true) };
}

/** 复议后起诉率: reconsiderations concluded that a lawsuit followed (link follows_reconsideration) / concluded. */
function litigatedAfter(cases: readonly CaseFacts[], period: Period): Membership {
  const sued = new Set(
    cases
      .filter((c) => c.kind === 'litigation' && c.afterReconsiderationCaseId)
      .map((c) => c.afterReconsiderationCaseId),
  );
  const denominator = reconsiderationsConcluded(cases, period);
  return { denominator, numerator: denominator.filter((c) => sued.has(c.id)) };
}

/** 上诉率: first instances concluded (or those ended appealably) that were appealed, recorded or linked. */
function appealed(def: AppealRateDefinition, cases: readonly CaseFacts[], period: Period): Membership {
  const linked = new Set(
    cases
      .filter((c) => c.kind === 'litigation' && instanceOf(c) === 'appeal' && c.reviewsCaseId)
      .map((c) => c.reviewsCaseId),
  );
  const denominator = cases.filter(
    (c) =>
      isFirstInstance(c) &&
      concludedIn(c, period) &&
      (def.denominator === 'concluded' || isJudgment(c.outcome) || isAppealableRuling(c.outcome)),
  );
  return { denominator, numerator: denominator.filter((c) => c.appealed === true || linked.has(c.id)) };
}

/** 答辩按期率: defences filed by their due date / defences due in the period (行政诉讼法第67条; 行政复议法第48条). */
function defenceOnTime(cases: readonly CaseFacts[], period: Period, options: MembershipOptions): Membership {
  const filed = (c: CaseFacts) => c.defenceFiledOn?.slice(0, 10) ?? null;
  const denominator = cases.filter(
    (c) =>
      inPeriod(c.defenceDueOn, period) &&
      !(options.asOf && !filed(c) && (c.defenceDueOn ?? '').slice(0, 10) >= options.asOf),
  );
  return {
    denominator,
    numerator: denominator.filter((c) => {
      const f = filed(c);
      return f !== null && f <= (c.defenceDueOn ?? '').slice(0, 10);
    }),
  };
}

const HEARING_RATES: Readonly<Record<HearingRateDefinition['kind'], (rows: readonly CaseAppearanceRow[]) => Rate>> = {
  head_appearance_rate: appearanceRate,
  principal_appearance_rate: principalAppearanceRate,
  head_spoke_rate: spokeRate,
};

/** The hearings' rates (docs/rules/head-appearance.md#rates) over the cases first heard in the period. */
function hearingRate(def: HearingRateDefinition, cases: readonly CaseFacts[], period: Period): Membership {
  const inScope = cases.filter((c) => c.appearance && inPeriod(c.appearance.heardOn, period));
  const rate = HEARING_RATES[def.kind](inScope.map((c) => ({ caseId: c.id, result: c.appearance! })));
  const byId = new Map(inScope.map((c) => [c.id, c]));
  const pick = (ids: readonly string[]) => ids.map((id) => byId.get(id)!);
  return { denominator: pick(rate.denominatorCaseIds), numerator: pick(rate.numeratorCaseIds) };
}

/** The cases behind the definition's figure for the period. `cases` may hold cases of any period (links reach them). */
export function membership(
  def: IndicatorDefinition,
  cases: readonly CaseFacts[],
  period: Period,
  options: MembershipOptions = {},
): Membership {
  checkUniqueIds(cases);
  switch (def.kind) {
    case 'new_cases':
    case 'concluded':
      return counted(def, cases, period);
    case 'loss_rate':
      return lossRateMembership(def, cases, period);
    case 'mediation_withdrawal_rate':
      return mediatedOrWithdrawn(def, cases, period);
    case 'reconsideration_correction_rate':
      return corrected(cases, period);
    case 'litigation_after_reconsideration_rate':
      return litigatedAfter(cases, period);
    case 'appeal_rate':
      return appealed(def, cases, period);
    case 'defence_on_time_rate':
      return defenceOnTime(cases, period, options);
    case 'head_appearance_rate':
    case 'principal_appearance_rate':
    case 'head_spoke_rate':
      return hearingRate(def, cases, period);
  }
}
