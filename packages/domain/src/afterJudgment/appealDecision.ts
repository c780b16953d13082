/**
 * The agency's decision to appeal a judgment or not, and its approval (docs/rules/after-judgment.md#appeal-decision).
 * The clerk drafts it (appeal or not, with the reason); the agency's head — an account linked to a head of a defendant
 * in the heads list — or a coordinator approves or rejects it. A rejected decision is redrafted as a new one; an
 * approved one is final and records on the case whether the agency appealed (行政诉讼法第八十五条: the window is the
 * agency's right, closed once recorded).
 *
 * | from | action | by | to |
 * |---|---|---|---|
 * | drafted | revise | drafter side (clerk, coordinator) | drafted |
 * | drafted | approve | head of a defendant, coordinator | approved |
 * | drafted | reject | head of a defendant, coordinator | rejected |
 * | approved, rejected | any | — | refused: final |
 */

export const APPEAL_DECISION_STATES = ['drafted', 'approved', 'rejected'] as const;
export type AppealDecisionState = (typeof APPEAL_DECISION_STATES)[number];
export type AppealDecisionAction = 'revise' | 'approve' | 'reject';

/** Who acts, as the server establishes it: the head of a defendant (linked account), a coordinator, or anyone else. */
export type AppealDecisionActor = 'defendant_head' | 'coordinator' | 'drafter' | 'other';

export const APPEAL_DECISION_STATE_LABELS: Readonly<Record<AppealDecisionState, string>> = {
  drafted: '待审批',
  approved: '已批准',
  rejected: '已退回',
};

export type AppealDecisionStep =
  | { ok: true; to: AppealDecisionState }
  | { ok: false; code: 'FINAL' | 'NOT_APPROVER' | 'NOT_DRAFTER' | 'NOTE_REQUIRED'; message: string };

const APPROVERS: readonly AppealDecisionActor[] = ['defendant_head', 'coordinator'];
const DRAFTERS: readonly AppealDecisionActor[] = ['drafter', 'coordinator'];

/**
 * The next state of a decision, or why the step is refused. A rejection must say why (`note`), so the clerk knows what
 * to change before drafting again.
 */
export function appealDecisionStep(
  from: AppealDecisionState,
  action: AppealDecisionAction,
  actor: AppealDecisionActor,
  note?: string | null,
): AppealDecisionStep {
  if (from !== 'drafted')
    return { ok: false, code: 'FINAL', message: `上诉决定已${APPEAL_DECISION_STATE_LABELS[from]}，不能再更改` };
  if (action === 'revise') {
    if (!DRAFTERS.includes(actor))
      return { ok: false, code: 'NOT_DRAFTER', message: '只有承办人或协调员可以修改上诉决定' };
    return { ok: true, to: 'drafted' };
  }
  if (!APPROVERS.includes(actor))
    return { ok: false, code: 'NOT_APPROVER', message: '上诉决定须由被告机关负责人或协调员审批' };
  if (action === 'reject') {
    if (!note?.trim()) return { ok: false, code: 'NOTE_REQUIRED', message: '退回时请填写退回理由' };
    return { ok: true, to: 'rejected' };
  }
  return { ok: true, to: 'approved' };
}
