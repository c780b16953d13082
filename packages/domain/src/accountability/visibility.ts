/**
 * Blind expert review (docs/rules/accountability.md#blind-review): which submitted reviews a viewer may see. Each
 * assigned expert sees their own at once and the others' only when every assigned expert has submitted, so no review
 * is written knowing another; the coordinator sees all (they assign and conclude); the court liaison once the
 * coordinator has concluded; the discipline liaison once the case is referred. Every read path (detail, list, export,
 * audit view) filters through this one function.
 */
import { allReviewsIn, type Evaluation, type EvaluationRole, type ExpertReview } from './evaluation.js';

export interface ReviewViewer {
  readonly id: string;
  readonly role: EvaluationRole;
}

export interface VisibleReviews {
  readonly reviews: readonly ExpertReview[];
  /** Experts assigned, and how many have submitted: shown to everyone who sees the evaluation. */
  readonly assigned: number;
  readonly submitted: number;
  /** Submitted reviews withheld from this viewer. */
  readonly hidden: number;
}

const AFTER_CONCLUSION: ReadonlySet<Evaluation['state']> = new Set(['concluded', 'referred', 'outcome_recorded']);
const AFTER_REFERRAL: ReadonlySet<Evaluation['state']> = new Set(['referred', 'outcome_recorded']);

function mayRead(e: Evaluation, viewer: ReviewViewer, review: ExpertReview): boolean {
  switch (viewer.role) {
    case 'coordinator':
      return true;
    case 'expert':
      if (!e.expertIds.includes(viewer.id)) return false;
      return review.expertId === viewer.id || allReviewsIn(e);
    case 'court_liaison':
      return AFTER_CONCLUSION.has(e.state);
    case 'discipline_liaison':
      return AFTER_REFERRAL.has(e.state);
    case 'other':
      return false;
  }
}

export function visibleReviews(
  e: Pick<Evaluation, 'state' | 'expertIds' | 'reviews'>,
  viewer: ReviewViewer,
): VisibleReviews {
  const reviews = e.reviews.filter((r) => mayRead(e as Evaluation, viewer, r));
  return {
    reviews,
    assigned: e.expertIds.length,
    submitted: e.reviews.length,
    hidden: e.reviews.length - reviews.length,
  };
}
