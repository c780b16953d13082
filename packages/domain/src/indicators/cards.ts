/**
 * Card and interview rules as data, and their evaluation over a sequence of quarters
 * (docs/rules/indicators-and-sanctions.md#sanctions). The rules are local mechanisms, not statute: 淮安's yellow and red
 * cards and 提级约谈, 湖州's interview at a loss rate above 10% and the 检讨 the second time. The evaluation only
 * proposes; the city coordinator confirms or rejects, and a rejected proposal does not count toward the next step.
 */
import type { RateFormat } from './format.js';
import type { Period } from './periods.js';

export const SANCTIONS = [
  'yellow_card',
  'red_card',
  'escalated_interview',
  'interview',
  'review_at_executive_meeting',
  'written_review',
] as const;
export type Sanction = (typeof SANCTIONS)[number];

export const SANCTION_LABELS: Readonly<Record<Sanction, string>> = {
  yellow_card: '黄牌',
  red_card: '红牌',
  escalated_interview: '提级约谈（提请市政府分管领导约谈分管负责同志）',
  interview: '约谈（市政府分管领导约谈）',
  review_at_executive_meeting: '主要负责人在市政府常务会议作检讨',
  written_review: '书面检讨',
};

/** The highest quarterly loss rate among units with at least `minConcluded` cases in its denominator. */
export interface HighestLossRateRule {
  readonly id: string;
  readonly kind: 'highest-loss-rate';
  readonly minConcluded: number;
  readonly sanction: Sanction;
}

/** `sanction` for a unit that got `of` in `quarters` consecutive quarters (this one included). */
export interface ConsecutiveRule {
  readonly id: string;
  readonly kind: 'consecutive';
  readonly of: Sanction;
  readonly quarters: number;
  readonly sanction: Sanction;
}

/** `sanction` for the unit first by loss count and the one first by loss rate (both when they differ). */
export interface TopLossCountAndRateRule {
  readonly id: string;
  readonly kind: 'top-loss-count-and-rate';
  readonly minConcluded: number;
  readonly sanction: Sanction;
}

/**
 * A quarterly loss rate strictly above `abovePercent`: the n-th time takes `steps[n−1]`; later times take the last step.
 * The times are counted over the quarters evaluated (not necessarily consecutive).
 */
export interface LossRateAboveRule {
  readonly id: string;
  readonly kind: 'loss-rate-above';
  readonly abovePercent: number;
  readonly minConcluded: number;
  readonly steps: readonly Sanction[];
}

export type CardRule = HighestLossRateRule | ConsecutiveRule | TopLossCountAndRateRule | LossRateAboveRule;

export interface CardRuleSet {
  readonly id: string;
  readonly name: string;
  /** The loss-rate definition whose per-unit figures the rules read. */
  readonly lossRateDefinitionId: string;
  readonly rules: readonly CardRule[];
}

/** 淮安 (yellow, red, 提级约谈) and 湖州 (约谈 above 10%, 检讨 the second time), as the demo city adopts them. */
export const DEMO_CITY_CARD_RULES: CardRuleSet = {
  id: 'demo-city',
  name: '示范市败诉通报规则',
  lossRateDefinitionId: 'loss_rate',
  rules: [
    { id: 'yellow', kind: 'highest-loss-rate', minConcluded: 5, sanction: 'yellow_card' },
    { id: 'red', kind: 'consecutive', of: 'yellow_card', quarters: 2, sanction: 'red_card' },
    { id: 'escalated-interview', kind: 'top-loss-count-and-rate', minConcluded: 5, sanction: 'escalated_interview' },
    {
      id: 'above-10',
      kind: 'loss-rate-above',
      abovePercent: 10,
      minConcluded: 5,
      steps: ['interview', 'review_at_executive_meeting'],
    },
  ],
};

/** One unit's loss-rate figure in a quarter: losses (numerator) over concluded cases (denominator). */
export interface UnitQuarter {
  readonly unitId: string;
  readonly label: string;
  readonly losses: number;
  readonly concluded: number;
}

export interface QuarterFigures {
  readonly period: Period;
  readonly units: readonly UnitQuarter[];
}

export type CardReasonCode =
  | 'HIGHEST_LOSS_RATE'
  | 'TIED_HIGHEST_LOSS_RATE'
  | 'CONSECUTIVE'
  | 'TOP_LOSS_COUNT'
  | 'TOP_LOSS_RATE'
  | 'LOSS_RATE_ABOVE';

export interface CardReason {
  readonly code: CardReasonCode;
  readonly text: string;
}

export interface CardProposal {
  readonly period: Period;
  readonly unitId: string;
  readonly label: string;
  readonly sanction: Sanction;
  readonly ruleId: string;
  readonly reasons: readonly CardReason[];
}

export type CardNoteCode = 'BELOW_MINIMUM' | 'NO_LOSSES';

export interface QuarterCards {
  readonly period: Period;
  readonly proposals: readonly CardProposal[];
  /** Why a rule proposed nothing or left a unit out (stable code, Chinese text, the unit when it is about one). */
  readonly notes: readonly {
    readonly ruleId: string;
    readonly code: CardNoteCode;
    readonly text: string;
    readonly unitId?: string;
  }[];
}

/** A proposal the coordinator rejected: it does not count toward a later step (red card, the second time). */
export interface RejectedProposal {
  readonly periodFrom: string;
  readonly unitId: string;
  readonly sanction: Sanction;
}

export interface EvaluateOptions {
  readonly rejected?: readonly RejectedProposal[];
  readonly format?: RateFormat;
}
