/**
 * Indicator definitions as data (docs/rules/indicators-and-sanctions.md#definitions): which cases each figure counts
 * and how it is shown. A city's set is configuration (versioned settings on the server, exported and imported as
 * JSON); every figure names the definition it was computed with. Validation: validate.ts.
 */
import type { OutcomeCaseKind } from '../outcomes/byKind.js';
import type { RateFormat } from './format.js';

/** The indicators the platform computes. */
export const INDICATOR_KINDS = [
  'new_cases',
  'concluded',
  'loss_rate',
  'mediation_withdrawal_rate',
  'reconsideration_correction_rate',
  'litigation_after_reconsideration_rate',
  'appeal_rate',
  'defence_on_time_rate',
  'head_appearance_rate',
  'principal_appearance_rate',
  'head_spoke_rate',
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_KIND_LABELS: Readonly<Record<IndicatorKind, string>> = {
  new_cases: '新收案件数',
  concluded: '审结案件数',
  loss_rate: '败诉率',
  mediation_withdrawal_rate: '调撤率',
  reconsideration_correction_rate: '复议纠错率',
  litigation_after_reconsideration_rate: '复议后起诉率',
  appeal_rate: '上诉率',
  defence_on_time_rate: '答辩按期率',
  head_appearance_rate: '负责人出庭应诉率',
  principal_appearance_rate: '主要负责人出庭率',
  head_spoke_rate: '出声率',
};

/** Case kinds as the registry names them (the outcomes' `OutcomeCaseKind`). */
export type CaseKind = OutcomeCaseKind;
export const CASE_KINDS: readonly CaseKind[] = ['litigation', 'reconsideration', 'dispute'];

/** Which litigation instances a count takes: first instance only (一审) or every instance (一审、二审、再审 …). */
export type InstanceFilter = 'first' | 'all';
export const INSTANCE_FILTERS: readonly InstanceFilter[] = ['first', 'all'];

/**
 * Whose case a case with several defendants is, when figures are broken down by agency
 * (docs/rules/indicators-and-sanctions.md#co-defendants): `original-agency` every defendant except a 复议机关 that is a
 * co-defendant only because it upheld the act (行政诉讼法第26条第2款) — the national practice; `first-defendant` the
 * 第一被告 only; `every-defendant` each defendant agency once. Totals count each case once whatever the rule.
 */
export type CoDefendantRule = 'original-agency' | 'first-defendant' | 'every-defendant';
export const CO_DEFENDANT_RULES: readonly CoDefendantRule[] = ['original-agency', 'first-defendant', 'every-defendant'];

/** 败诉率's numerator: the loss outcomes, optionally with 撤诉 after the agency changed its act (hidden loss). */
export type LossNumerator = 'losses' | 'losses-and-withdrawals-after-change';
export const LOSS_NUMERATORS: readonly LossNumerator[] = ['losses', 'losses-and-withdrawals-after-change'];

/**
 * 败诉率's denominator: `concluded` every litigation case concluded in the period, any instance (审结);
 * `first-instance-concluded` first-instance cases concluded (一审审结); `judgments` first-instance cases concluded by a
 * judgment (判决结案, 行政诉讼法第69条至第78条); `effective` each dispute once, at the decision that ended it (生效).
 */
export type LossDenominator = 'concluded' | 'first-instance-concluded' | 'judgments' | 'effective';
export const LOSS_DENOMINATORS: readonly LossDenominator[] = [
  'concluded',
  'first-instance-concluded',
  'judgments',
  'effective',
];

/**
 * Which result counts: `first-instance` each case's own decision at its instance; `effective` the final result of the
 * case's dispute once appeals and retrials are decided (行政诉讼法第89条: an appeal dismissed keeps the first
 * instance's result, a reversal replaces it; undecided while one is pending).
 */
export type LossScope = 'first-instance' | 'effective';
export const LOSS_SCOPES: readonly LossScope[] = ['first-instance', 'effective'];

interface Common {
  /** Unique within a set, e.g. "loss_rate" or "loss_rate_hidden". Lower-case letters, digits, '_' and '-'. */
  readonly id: string;
  readonly kind: IndicatorKind;
  /** The label shown beside the figure, e.g. "一审败诉率". */
  readonly label: string;
  readonly coDefendants: CoDefendantRule;
}

export interface CountDefinition extends Common {
  readonly kind: 'new_cases' | 'concluded';
  readonly caseKinds: readonly CaseKind[];
  readonly instances: InstanceFilter;
}

interface RateCommon extends Common {
  readonly format: RateFormat;
}

export interface LossRateDefinition extends RateCommon {
  readonly kind: 'loss_rate';
  readonly numerator: LossNumerator;
  readonly denominator: LossDenominator;
  readonly scope: LossScope;
}

export interface MediationWithdrawalRateDefinition extends RateCommon {
  readonly kind: 'mediation_withdrawal_rate';
  /** Litigation (调解、撤诉 / 行政诉讼法第60条、第62条) or reconsideration (调解、和解撤回 / 行政复议法第73条、第74条). */
  readonly caseKind: 'litigation' | 'reconsideration';
  readonly instances: InstanceFilter;
}

export interface ReconsiderationRateDefinition extends RateCommon {
  readonly kind: 'reconsideration_correction_rate' | 'litigation_after_reconsideration_rate';
}

export interface AppealRateDefinition extends RateCommon {
  readonly kind: 'appeal_rate';
  /** `concluded`: every concluded first instance; `appealable`: those ended by a judgment or an appealable ruling. */
  readonly denominator: 'concluded' | 'appealable';
}

export interface DefenceOnTimeRateDefinition extends RateCommon {
  readonly kind: 'defence_on_time_rate';
}

export interface HearingRateDefinition extends RateCommon {
  readonly kind: 'head_appearance_rate' | 'principal_appearance_rate' | 'head_spoke_rate';
}

export type IndicatorDefinition =
  | CountDefinition
  | LossRateDefinition
  | MediationWithdrawalRateDefinition
  | ReconsiderationRateDefinition
  | AppealRateDefinition
  | DefenceOnTimeRateDefinition
  | HearingRateDefinition;

/** A city's definition set: the unit a settings version holds and the JSON export carries. */
export interface DefinitionSet {
  /** e.g. "demo-city". */
  readonly id: string;
  readonly name: string;
  readonly definitions: readonly IndicatorDefinition[];
}

const pct = { rounding: 'half-up', decimals: 2 } as const;
const owner = 'original-agency' as const;

/**
 * The demo city's set: the local default 一审败诉率 (loss outcomes / first instances concluded, half-up, 2 decimals)
 * beside the hidden-loss and effective variants, so the screen shows how much the definition matters.
 */
export const DEMO_CITY_DEFINITIONS: DefinitionSet = {
  id: 'demo-city',
  name: '示范市指标口径',
  definitions: [
    {
      id: 'new_cases',
      kind: 'new_cases',
      label: '新收一审行政诉讼案件',
      caseKinds: ['litigation'],
      instances: 'first',
      coDefendants: owner,
    },
    {
      id: 'new_reconsiderations',
      kind: 'new_cases',
      label: '新收行政复议案件',
      caseKinds: ['reconsideration'],
      instances: 'all',
      coDefendants: owner,
    },
    {
      id: 'concluded',
      kind: 'concluded',
      label: '审结一审行政诉讼案件',
      caseKinds: ['litigation'],
      instances: 'first',
      coDefendants: owner,
    },
    {
      id: 'loss_rate',
      kind: 'loss_rate',
      label: '一审败诉率',
      numerator: 'losses',
      denominator: 'first-instance-concluded',
      scope: 'first-instance',
      format: pct,
      coDefendants: owner,
    },
    {
      id: 'loss_rate_hidden',
      kind: 'loss_rate',
      label: '一审败诉率（含被告改变行为后撤诉）',
      numerator: 'losses-and-withdrawals-after-change',
      denominator: 'first-instance-concluded',
      scope: 'first-instance',
      format: pct,
      coDefendants: owner,
    },
    {
      id: 'loss_rate_effective',
      kind: 'loss_rate',
      label: '生效败诉率',
      numerator: 'losses',
      denominator: 'effective',
      scope: 'effective',
      format: pct,
      coDefendants: owner,
    },
    {
      id: 'mediation_withdrawal_rate',
      kind: 'mediation_withdrawal_rate',
      label: '一审调撤率',
      caseKind: 'litigation',
      instances: 'first',
      format: pct,
      coDefendants: owner,
    },
    {
      id: 'reconsideration_mediation_withdrawal_rate',
      kind: 'mediation_withdrawal_rate',
      label: '复议调撤率',
      caseKind: 'reconsideration',
      instances: 'all',
      format: pct,
      coDefendants: owner,
    },
    {
      id: 'reconsideration_correction_rate',
      kind: 'reconsideration_correction_rate',
      label: '复议纠错率',
      format: pct,
      coDefendants: owner,
    },
    {
      id: 'litigation_after_reconsideration_rate',
      kind: 'litigation_after_reconsideration_rate',
      label: '复议后起诉率',
      format: pct,
      coDefendants: owner,
    },
    {
      id: 'appeal_rate',
      kind: 'appeal_rate',
      label: '上诉率',
      denominator: 'concluded',
      format: pct,
      coDefendants: owner,
    },
    { id: 'defence_on_time_rate', kind: 'defence_on_time_rate', label: '答辩按期率', format: pct, coDefendants: owner },
    {
      id: 'head_appearance_rate',
      kind: 'head_appearance_rate',
      label: '负责人出庭应诉率',
      format: pct,
      coDefendants: owner,
    },
    {
      id: 'principal_appearance_rate',
      kind: 'principal_appearance_rate',
      label: '主要负责人出庭率',
      format: pct,
      coDefendants: owner,
    },
    { id: 'head_spoke_rate', kind: 'head_spoke_rate', label: '出声率', format: pct, coDefendants: owner },
  ],
};
