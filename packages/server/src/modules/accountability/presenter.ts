/**
 * Rows → API JSON. Every evaluation read (list, detail, the referral's package, the figures) goes through
 * `viewOf`, which passes the reviews through the domain's `visibleReviews` (docs/rules/accountability.md#blind-review):
 * an expert sees no other expert's review until they have submitted their own and every assigned expert has; an
 * unsubmitted review does not exist server-side (a review is stored only when submitted).
 */
import {
  allowedEvents,
  allReviewsIn,
  EVENT_ROLES,
  type Evaluation,
  type EvaluationEventType,
  visibleReviews,
} from '@shuangjiang/domain';
import type { Principal } from '../../platform/auth/principal.js';
import type { LossCaseFacts } from '../cases/public.js';
import { evaluationRole } from './policy.js';
import type { AccountabilityReferralRow, LossEvaluationRow } from './schema.js';

/** The domain's evaluation from the stored row and its referral. */
export function toDomain(row: LossEvaluationRow, ref: AccountabilityReferralRow | null | undefined): Evaluation {
  return {
    state: row.state,
    trigger: row.trigger,
    initial: row.initial ?? null,
    expertIds: row.expertIds,
    reviews: row.reviews,
    conclusion: row.conclusion ?? null,
    referral: ref ? { by: ref.sentBy, at: ref.createdAt.toISOString() } : null,
    outcome:
      ref?.outcomeCode && ref.outcomeAt
        ? {
            by: ref.outcomeBy ?? '',
            at: ref.outcomeAt.toISOString(),
            code: ref.outcomeCode,
            ...(ref.outcomeNote ? { note: ref.outcomeNote } : {}),
            ...(ref.checks?.length ? { checks: ref.checks } : {}),
          }
        : null,
  };
}

export function presentCase(f: LossCaseFacts | undefined) {
  return f
    ? {
        id: f.id,
        kind: f.kind,
        caseNumber: f.caseNumber,
        causeOfAction: f.causeOfAction,
        outcome: f.outcome,
        outcomeDate: f.outcomeDate,
        courtName: f.courtName,
        defendantName: f.defendantName,
      }
    : null;
}

export function presentReferral(r: AccountabilityReferralRow, names: Map<string, string>) {
  return {
    id: r.id,
    evaluationId: r.evaluationId,
    caseId: r.caseId,
    disciplineUserId: r.disciplineUserId,
    disciplineUserName: names.get(r.disciplineUserId) ?? null,
    batch: r.batch,
    dueDate: r.dueDate,
    sentOn: r.sentOn,
    onTime: r.onTime,
    outcomeCode: r.outcomeCode,
    outcomeNote: r.outcomeNote,
    checks: (r.checks ?? []).map((c) => ({ ...c })),
    outcomeAt: r.outcomeAt?.toISOString() ?? null,
    version: r.version,
  };
}

/** What the viewer may see of an evaluation: the summary, the reviews they may read, the steps open to them. */
export function viewOf(row: LossEvaluationRow, ref: AccountabilityReferralRow | null | undefined, viewer: Principal) {
  const e = toDomain(row, ref);
  const role = evaluationRole(viewer);
  const seen = visibleReviews(e, { id: viewer.userId, role });
  const mine = e.reviews.find((r) => r.expertId === viewer.userId) ?? null;
  let actions: EvaluationEventType[] = allowedEvents(e).filter((s) => EVENT_ROLES[s] === role);
  if (role === 'expert' && (mine || !e.expertIds.includes(viewer.userId)))
    actions = actions.filter((a) => a !== 'submitReview');
  // The conclusion waits for every assigned expert (法院初评和专家复评): not offered before.
  if (!allReviewsIn(e)) actions = actions.filter((a) => a !== 'conclude');
  return {
    e,
    out: {
      id: row.id,
      caseId: row.caseId,
      trigger: row.trigger,
      state: row.state,
      effectiveOn: row.effectiveOn,
      initial: row.initial ? { ...row.initial, reasons: [...row.initial.reasons] } : null,
      expertIds: row.expertIds,
      reviewsAssigned: seen.assigned,
      reviewsSubmitted: seen.submitted,
      reviewsHidden: seen.hidden,
      myReviewSubmitted: mine !== null,
      conclusion: row.conclusion ?? null,
      actions,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
    },
    reviews: seen.reviews,
  };
}
