/**
 * The mediation's workflow at the 行政争议化解中心 (docs/rules/mediation.md#workflow): 收案 → 受理 (or 不予受理) → 分案
 * (a mediator assigned) → 调解 (sessions) → 结果 (达成调解协议 / 撤回 / 调解不成). One table of (state, action) → state;
 * anything else is refused with a Chinese message naming the current state and the actions it allows.
 */

export const MEDIATION_STATES = [
  'received',
  'accepted',
  'refused',
  'assigned',
  'mediating',
  'agreed',
  'withdrawn',
  'failed',
] as const;
export type MediationState = (typeof MEDIATION_STATES)[number];
export const MEDIATION_STATE_LABELS: Record<MediationState, string> = {
  received: '已收案',
  accepted: '已受理',
  refused: '不予受理',
  assigned: '已分案',
  mediating: '调解中',
  agreed: '达成调解协议',
  withdrawn: '申请人撤回',
  failed: '调解不成',
};

/** States that end the mediation (结果 recorded, or not accepted). */
export const MEDIATION_FINAL_STATES: readonly MediationState[] = ['refused', 'agreed', 'withdrawn', 'failed'];

export const MEDIATION_ACTIONS = [
  'accept',
  'refuse',
  'assign',
  'record_session',
  'agree',
  'withdraw',
  'fail',
  'record_case',
] as const;
export type MediationAction = (typeof MEDIATION_ACTIONS)[number];
export const MEDIATION_ACTION_LABELS: Record<MediationAction, string> = {
  accept: '受理',
  refuse: '不予受理',
  assign: '分案（指定、更换调解员）',
  record_session: '记录调解',
  agree: '记录结果：达成调解协议',
  withdraw: '记录结果：申请人撤回',
  fail: '记录结果：调解不成',
  record_case: '登记转入复议或诉讼的案件',
};

/**
 * Where each action leads from each state. The applicant may withdraw at any time before a result; a mediator can be
 * replaced until the result; an agreement or a failure needs at least one session (调解 happened); only a failed
 * mediation hands over to 复议 or court, so only it records the case that followed.
 */
export const MEDIATION_TRANSITIONS: Readonly<Record<MediationState, Partial<Record<MediationAction, MediationState>>>> =
  {
    received: { accept: 'accepted', refuse: 'refused', withdraw: 'withdrawn' },
    accepted: { assign: 'assigned', withdraw: 'withdrawn' },
    refused: {},
    assigned: { assign: 'assigned', record_session: 'mediating', withdraw: 'withdrawn' },
    mediating: {
      assign: 'mediating',
      record_session: 'mediating',
      agree: 'agreed',
      withdraw: 'withdrawn',
      fail: 'failed',
    },
    agreed: {},
    withdrawn: {},
    failed: { record_case: 'failed' },
  };

/** The actions allowed in `state`, in the order of MEDIATION_ACTIONS. */
export function allowedMediationActions(state: MediationState): MediationAction[] {
  return MEDIATION_ACTIONS.filter((a) => MEDIATION_TRANSITIONS[state][a] !== undefined);
}

export class MediationTransitionError extends Error {
  readonly code = 'MEDIATION_TRANSITION_REFUSED' as const;
  constructor(
    readonly state: MediationState,
    readonly action: MediationAction,
    readonly allowed: MediationAction[],
  ) {
    const list = allowed.map((a) => `“${MEDIATION_ACTION_LABELS[a]}”`).join('、');
    super(
      `调解案件当前状态为“${MEDIATION_STATE_LABELS[state]}”，不能“${MEDIATION_ACTION_LABELS[action]}”；` +
        (allowed.length ? `当前可以：${list}` : '当前没有可进行的操作'),
    );
    this.name = 'MediationTransitionError';
  }
}

/** The state after `action`, or MediationTransitionError. */
export function nextMediationState(state: MediationState, action: MediationAction): MediationState {
  const to = MEDIATION_TRANSITIONS[state][action];
  if (to === undefined) throw new MediationTransitionError(state, action, allowedMediationActions(state));
  return to;
}

/** 诉前 (before any case is filed) or 诉中 (during a 复议 or a lawsuit), docs/rules/mediation.md#stage. */
export const MEDIATION_STAGES = ['pre_litigation', 'in_litigation'] as const;
export type MediationStage = (typeof MEDIATION_STAGES)[number];
export const MEDIATION_STAGE_LABELS: Record<MediationStage, string> = {
  pre_litigation: '诉前',
  in_litigation: '诉中',
};

/** The result actions and the state each records (结果). */
export const MEDIATION_RESULTS = ['agree', 'withdraw', 'fail'] as const;
export type MediationResult = (typeof MEDIATION_RESULTS)[number];

/**
 * Whether the mediation counts in the 调撤 figures of its case (docs/rules/mediation.md#settlement): an agreement
 * reached in a 诉中 mediation linked to a case.
 */
export function countsAsSettlement(m: {
  state: MediationState;
  stage: MediationStage;
  linkedCaseId: string | null;
}): boolean {
  return m.state === 'agreed' && m.stage === 'in_litigation' && m.linkedCaseId !== null;
}
