/**
 * The risk item's workflow (docs/rules/risk.md#workflow): 预警 → 已明确包案领导 → 化解中（一案一策） → (挂牌督办) → 已销号,
 * and an appeal or a new turn reopens a closed item. One table of (state, action) → state; anything else is refused
 * with a Chinese message naming the current state and the actions it allows.
 */

export const RISK_STATES = ['warning', 'lead_assigned', 'planned', 'supervised', 'closed'] as const;
export type RiskState = (typeof RISK_STATES)[number];
export const RISK_STATE_LABELS: Record<RiskState, string> = {
  warning: '预警',
  lead_assigned: '已明确包案领导',
  planned: '化解中（一案一策）',
  supervised: '挂牌督办',
  closed: '已销号',
};

export const RISK_ACTIONS = [
  'assign_lead',
  'plan',
  'record_progress',
  'supervise',
  'lift_supervision',
  'close',
  'reopen',
] as const;
export type RiskAction = (typeof RISK_ACTIONS)[number];
export const RISK_ACTION_LABELS: Record<RiskAction, string> = {
  assign_lead: '明确（更换）包案领导',
  plan: '制定（修改）一案一策',
  record_progress: '记录化解进展',
  supervise: '挂牌督办',
  lift_supervision: '解除督办',
  close: '销号',
  reopen: '重新启动（上诉等）',
};

/**
 * Where each action leads from each state. A leader may be replaced and a plan revised while the item is open; a
 * plan needs a leader; closing (销号) needs a plan (the resolution went through 一案一策), and a supervised item is
 * closed by the city once its supervision is lifted or with it; reopening puts the item back in 化解 with its plan.
 */
export const RISK_TRANSITIONS: Readonly<Record<RiskState, Partial<Record<RiskAction, RiskState>>>> = {
  warning: { assign_lead: 'lead_assigned' },
  lead_assigned: { assign_lead: 'lead_assigned', plan: 'planned', supervise: 'supervised' },
  planned: {
    assign_lead: 'planned',
    plan: 'planned',
    record_progress: 'planned',
    supervise: 'supervised',
    close: 'closed',
  },
  supervised: {
    assign_lead: 'supervised',
    plan: 'supervised',
    record_progress: 'supervised',
    lift_supervision: 'planned',
    close: 'closed',
  },
  closed: { reopen: 'planned' },
};

/** The actions allowed in `state`, in the order of RISK_ACTIONS. */
export function allowedRiskActions(state: RiskState): RiskAction[] {
  return RISK_ACTIONS.filter((a) => RISK_TRANSITIONS[state][a] !== undefined);
}

export class RiskTransitionError extends Error {
  readonly code = 'RISK_TRANSITION_REFUSED' as const;
  constructor(
    readonly state: RiskState,
    readonly action: RiskAction,
    readonly allowed: RiskAction[],
  ) {
    const list = allowed.map((a) => `“${RISK_ACTION_LABELS[a]}”`).join('、');
    super(
      `风险事项当前状态为“${RISK_STATE_LABELS[state]}”，不能“${RISK_ACTION_LABELS[action]}”；` +
        (allowed.length ? `当前可以：${list}` : '当前没有可进行的操作'),
    );
    this.name = 'RiskTransitionError';
  }
}

/** The state after `action`, or RiskTransitionError. */
export function nextRiskState(state: RiskState, action: RiskAction): RiskState {
  const to = RISK_TRANSITIONS[state][action];
  if (to === undefined) throw new RiskTransitionError(state, action, allowedRiskActions(state));
  return to;
}

/** How a closed item ended (销号 needs one, with a short summary). */
export const RISK_OUTCOMES = ['withdrawn_after_settlement', 'mediated', 'judgment', 'other'] as const;
export type RiskOutcome = (typeof RISK_OUTCOMES)[number];
export const RISK_OUTCOME_LABELS: Record<RiskOutcome, string> = {
  withdrawn_after_settlement: '协调后撤诉',
  mediated: '调解结案',
  judgment: '判决结案',
  other: '其他（已化解）',
};
