/**
 * The filing's workflow (填报 → 上报 → 退回/接收 → 汇总; docs/rules/statistics.md#workflow): who may take which step
 * from which status. A county's filing is filled by its county coordinator and reviewed by the city coordinator; the
 * city's own filing is filled and confirmed by the city coordinator; the city's summary (汇总) is filled from the
 * accepted filings and submitted upward (outside the system).
 */

export const FILING_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_STATUS_LABELS: Readonly<Record<FilingStatus, string>> = {
  draft: '填报中',
  submitted: '已上报',
  returned: '已退回',
  accepted: '已接收',
};

export const FILING_ACTIONS = ['adjust', 'recompute', 'submit', 'return', 'accept'] as const;
export type FilingAction = (typeof FILING_ACTIONS)[number];

/** Who acts: the unit that fills the form, or the level above that reviews it. */
export type FilingActor = 'filler' | 'reviewer';

/** The filing's scope: a county's or the city's own cases, or the city's summary of the accepted ones. */
export type FilingScope = 'own' | 'summary';

interface Transition {
  readonly from: readonly FilingStatus[];
  readonly to: FilingStatus | null;
  readonly by: FilingActor;
}

/** `to: null`: the status stays. */
export const FILING_TRANSITIONS: Readonly<Record<FilingAction, Transition>> = {
  adjust: { from: ['draft', 'returned'], to: null, by: 'filler' },
  recompute: { from: ['draft', 'returned'], to: null, by: 'filler' },
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'filler' },
  return: { from: ['submitted'], to: 'returned', by: 'reviewer' },
  accept: { from: ['submitted'], to: 'accepted', by: 'reviewer' },
};

export type TransitionResult =
  | { readonly ok: true; readonly status: FilingStatus }
  | { readonly ok: false; readonly reason: 'status' | 'actor' | 'scope'; readonly message: string };

/**
 * Whether `actor` may take `action` on a filing in `status`. A summary is never reviewed in the system (it goes to the
 * province): it is submitted and stays so.
 */
export function filingTransition(
  status: FilingStatus,
  action: FilingAction,
  actor: FilingActor,
  scope: FilingScope = 'own',
): TransitionResult {
  const t = FILING_TRANSITIONS[action];
  if (scope === 'summary' && (action === 'return' || action === 'accept')) {
    return { ok: false, reason: 'scope', message: '汇总表向上级报送，不在本系统审核' };
  }
  if (t.by !== actor) {
    return {
      ok: false,
      reason: 'actor',
      message: t.by === 'filler' ? '只有填报单位可以填报、调整和上报' : '只有上级审核单位可以退回或接收',
    };
  }
  if (!t.from.includes(status)) {
    return {
      ok: false,
      reason: 'status',
      message: `${FILING_STATUS_LABELS[status]}的报表不能${ACTION_LABELS[action]}`,
    };
  }
  return { ok: true, status: t.to ?? status };
}

export const ACTION_LABELS: Readonly<Record<FilingAction, string>> = {
  adjust: '调整',
  recompute: '重新取数',
  submit: '上报',
  return: '退回',
  accept: '接收',
};
