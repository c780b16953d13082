/**
 * Indicators, rankings and cards (docs/rules/indicators-and-sanctions.md): definitions as data, figures from per-case
 * facts, periods, breakdowns, rankings with Wilson intervals, card rules and their evaluation. Pure: no I/O.
 */

export { type BreakdownRow, breakdown } from './breakdown.js';
export { evaluateCards } from './cardEvaluation.js';
export {
  type CardNoteCode,
  type CardProposal,
  type CardReason,
  type CardReasonCode,
  type CardRule,
  type CardRuleSet,
  type ConsecutiveRule,
  DEMO_CITY_CARD_RULES,
  type EvaluateOptions,
  type HighestLossRateRule,
  type LossRateAboveRule,
  type QuarterCards,
  type QuarterFigures,
  type RejectedProposal,
  SANCTION_LABELS,
  SANCTIONS,
  type Sanction,
  type TopLossCountAndRateRule,
  type UnitQuarter,
} from './cards.js';
export { type Change, type ComparedFigure, changeBetween, compareFigure, doubleDecline } from './compare.js';
export {
  type AppealRateDefinition,
  CASE_KINDS,
  type CaseKind,
  CO_DEFENDANT_RULES,
  type CoDefendantRule,
  type CountDefinition,
  DEMO_CITY_DEFINITIONS,
  type DefenceOnTimeRateDefinition,
  type DefinitionSet,
  type HearingRateDefinition,
  INDICATOR_KIND_LABELS,
  INDICATOR_KINDS,
  INSTANCE_FILTERS,
  type IndicatorDefinition,
  type IndicatorKind,
  type InstanceFilter,
  LOSS_DENOMINATORS,
  LOSS_NUMERATORS,
  LOSS_SCOPES,
  type LossDenominator,
  type LossNumerator,
  type LossRateDefinition,
  type LossScope,
  type MediationWithdrawalRateDefinition,
  type ReconsiderationRateDefinition,
} from './definitions.js';
export {
  type AppearanceFacts,
  attributedAgencies,
  type CaseFacts,
  type Defendant,
  instanceOf,
  isFirstInstance,
} from './facts.js';
export { agencyUnits, computeFigure, computeFigureBy, type Figure, figureOf } from './figure.js';
export {
  DEFAULT_RATE_FORMAT,
  formatChange,
  formatCount,
  formatPointChange,
  formatProportion,
  formatRate,
  NO_VALUE,
  type RateFormat,
  ROUNDING_LABELS,
  ROUNDINGS,
  type Rounding,
} from './format.js';
export { LossReader, lossOptionsOf, lossRateMembership } from './lossRate.js';
export { type Membership, type MembershipOptions, membership } from './membership.js';
export {
  inPeriod,
  isNextQuarter,
  monthPeriod,
  type Period,
  type PeriodKind,
  periodLabel,
  previousPeriod,
  quarterPeriod,
  quarterPeriodOf,
  rangePeriod,
  samePeriodLastYear,
  yearPeriod,
} from './periods.js';
export {
  compareFractions,
  type RankedUnit,
  type RankingNoteCode,
  type RankingOptions,
  type RankingRow,
  rankUnits,
} from './ranking.js';
export { type FieldError, validateCardRuleSet, validateDefinitionSet } from './validate.js';
export { type WilsonInterval, wilsonInterval, Z_95 } from './wilson.js';
