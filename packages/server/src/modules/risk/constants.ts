/** The risk module's closed lists (the states, actions, outcomes and levels are the domain's, docs/rules/risk.md). */
export {
  RISK_ACTION_LABELS,
  RISK_ACTIONS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  RISK_OUTCOME_LABELS,
  RISK_OUTCOMES,
  RISK_STATE_LABELS,
  RISK_STATES,
} from '@shuangjiang/domain';

/** Where a level came from: the screening on a case's write, the monthly screening, or a coordinator's override. */
export const LEVEL_SOURCES = ['screening', 'monthly', 'override'] as const;
export type LevelSource = (typeof LEVEL_SOURCES)[number];
export const LEVEL_SOURCE_LABELS: Record<LevelSource, string> = {
  screening: '案件登记或修改时筛查',
  monthly: '月度排查',
  override: '协调员调整',
};

/** The deadline the risk item owns on its case (docs/rules/deadlines.md#owners). */
export const RISK_OWNER = 'risk_item';
export const LEAD_RULE = 'risk.lead-assignment';
export const MONTHLY_JOB = 'risk.monthly-screening';
