/**
 * Which outcomes a case can have, by its kind: a lawsuit ends in a court's judgment or ruling (行政诉讼法), a
 * reconsideration in a 复议决定 (行政复议法 2023, reconsideration.ts), a pre-litigation dispute at a resolution centre in
 * mediation, withdrawal or a failed mediation that goes on to 复议 or court. Codes are disjoint between kinds, so a
 * stored code alone tells its kind and wording.
 */

import { OUTCOME_CATEGORIES, OUTCOME_LABELS, OUTCOME_STATUTE_BASIS, type OutcomeCategory } from './categories.js';
import { classifyOutcome } from './classify.js';
import { classifyReconsideration } from './classifyReconsideration.js';
import {
  isReconsiderationOutcome,
  RECONSIDERATION_OF_LITIGATION,
  RECONSIDERATION_OUTCOME_BASIS,
  RECONSIDERATION_OUTCOME_LABELS,
  RECONSIDERATION_OUTCOMES,
  type ReconsiderationOutcome,
  reconsiderationCorrected,
} from './reconsideration.js';

/** The case kinds, as the registry names them. */
export type OutcomeCaseKind = 'litigation' | 'reconsideration' | 'dispute';

/** Outcomes of a pre-litigation dispute (行政争议化解中心: 收案 → 受理 → 分案 → 调解 → 结果). */
export const DISPUTE_OUTCOMES = ['DISPUTE_MEDIATED', 'DISPUTE_WITHDRAWN', 'DISPUTE_UNRESOLVED'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

export const DISPUTE_OUTCOME_LABELS: Readonly<Record<DisputeOutcome, string>> = {
  DISPUTE_MEDIATED: '调解成功',
  DISPUTE_WITHDRAWN: '申请人撤回',
  DISPUTE_UNRESOLVED: '调解不成（转复议或诉讼）',
};

const DISPUTE_SET: ReadonlySet<string> = new Set(DISPUTE_OUTCOMES);
export function isDisputeOutcome(code: string | null | undefined): code is DisputeOutcome {
  return !!code && DISPUTE_SET.has(code);
}

/** Any recorded outcome: a litigation category, a reconsideration outcome or a dispute outcome. */
export type CaseOutcome = OutcomeCategory | ReconsiderationOutcome | DisputeOutcome;

/** Litigation outcomes a user can record ('UNKNOWN' is only the classifier's answer). */
const LITIGATION_OUTCOMES: readonly OutcomeCategory[] = OUTCOME_CATEGORIES.filter((c) => c !== 'UNKNOWN');

/** The outcomes a case of this kind can record, in the order forms list them. */
export function outcomesForKind(kind: OutcomeCaseKind): readonly CaseOutcome[] {
  if (kind === 'reconsideration') return RECONSIDERATION_OUTCOMES;
  if (kind === 'dispute') return DISPUTE_OUTCOMES;
  return LITIGATION_OUTCOMES;
}

/** Every code a case can record, all kinds together (for validating a stored or typed code before its kind is known). */
export const ALL_CASE_OUTCOMES: readonly CaseOutcome[] = [
  ...LITIGATION_OUTCOMES,
  ...RECONSIDERATION_OUTCOMES,
  ...DISPUTE_OUTCOMES,
];

/** The kind whose outcome this code is, or null for a code that is no outcome at all. */
export function kindOfOutcome(code: string): OutcomeCaseKind | null {
  if (isReconsiderationOutcome(code)) return 'reconsideration';
  if (isDisputeOutcome(code)) return 'dispute';
  return (LITIGATION_OUTCOMES as readonly string[]).includes(code) ? 'litigation' : null;
}

/** Whether a case of `kind` can record `code`. */
export function outcomeFitsKind(kind: OutcomeCaseKind, code: string): boolean {
  return kindOfOutcome(code) === kind;
}

/** The Chinese label of any outcome code in its own kind's wording; the code itself when unknown. */
export function caseOutcomeLabel(code: string): string {
  if (isReconsiderationOutcome(code)) return RECONSIDERATION_OUTCOME_LABELS[code];
  if (isDisputeOutcome(code)) return DISPUTE_OUTCOME_LABELS[code];
  return OUTCOME_LABELS[code as OutcomeCategory] ?? code;
}

/** The statute an outcome comes from ('' for a dispute: a resolution centre decides by agreement, not by statute). */
export function caseOutcomeBasis(code: string): string {
  if (isReconsiderationOutcome(code)) return RECONSIDERATION_OUTCOME_BASIS[code];
  if (isDisputeOutcome(code)) return '';
  return OUTCOME_STATUTE_BASIS[code as OutcomeCategory] ?? '';
}

/**
 * 败诉/纠错 of a reconsideration or dispute outcome: a reconsideration by `reconsiderationCorrected`; a dispute is never
 * lost (mediation or withdrawal end it, false), and a failed mediation goes on to another case (null). Undefined for a
 * litigation category, whose rule is the court's (行政诉讼法 arts. 69–78).
 */
export function nonLitigationOutcomeLost(code: string): boolean | null | undefined {
  if (isReconsiderationOutcome(code)) return reconsiderationCorrected(code);
  if (isDisputeOutcome(code)) return code === 'DISPUTE_UNRESOLVED' ? null : false;
  return undefined;
}

/**
 * The outcome of another kind that says the same thing on a case of `kind`, for records that used the court's wording
 * on a 复议 or dispute case; null when there is none.
 */
export function outcomeForKind(kind: OutcomeCaseKind, code: string): CaseOutcome | null {
  if (outcomeFitsKind(kind, code)) return code as CaseOutcome;
  if (kind === 'reconsideration') {
    return RECONSIDERATION_OF_ANY[code] ?? null;
  }
  if (kind === 'dispute') return DISPUTE_OF_ANY[code] ?? null;
  return LITIGATION_OF_ANY[code] ?? null;
}

const RECONSIDERATION_OF_ANY: Readonly<Record<string, ReconsiderationOutcome>> = {
  ...RECONSIDERATION_OF_LITIGATION,
  DISPUTE_MEDIATED: 'RECON_MEDIATED',
  DISPUTE_WITHDRAWN: 'RECON_WITHDRAWN',
};

const DISPUTE_OF_ANY: Readonly<Record<string, DisputeOutcome>> = {
  MEDIATED: 'DISPUTE_MEDIATED',
  WITHDRAWN: 'DISPUTE_WITHDRAWN',
  TERMINATED: 'DISPUTE_UNRESOLVED',
  RECON_MEDIATED: 'DISPUTE_MEDIATED',
  RECON_WITHDRAWN: 'DISPUTE_WITHDRAWN',
  RECON_TERMINATED: 'DISPUTE_UNRESOLVED',
};

const LITIGATION_OF_ANY: Readonly<Record<string, OutcomeCategory>> = {
  ...Object.fromEntries(
    Object.entries(RECONSIDERATION_OF_LITIGATION)
      .filter(([lit]) => !['ORDERED_TO_PAY', 'WITHDRAWN_AFTER_CHANGE'].includes(lit))
      .map(([lit, recon]) => [recon, lit as OutcomeCategory]),
  ),
  RECON_CLAIM_REJECTED: 'CLAIMS_REJECTED',
  DISPUTE_MEDIATED: 'MEDIATED',
  DISPUTE_WITHDRAWN: 'WITHDRAWN',
};

/** What `classifyOutcomeForKind` found: the categories of the case's own kind, 'UNKNOWN' when none. */
export interface KindOutcomeResult {
  readonly categories: (CaseOutcome | 'UNKNOWN')[];
  readonly primary: CaseOutcome | 'UNKNOWN';
  readonly governmentLost: boolean | null;
  readonly evidence: string[];
}

/**
 * Classifies a decision text with the classifier of the case's kind: a court's judgment or ruling (`classifyOutcome`),
 * a 复议决定 (`classifyReconsideration`); a resolution centre's agreement or record is read with the court's verbs
 * (调解、撤回、终止) and given in the dispute's own outcomes.
 */
export function classifyOutcomeForKind(kind: OutcomeCaseKind, text: string): KindOutcomeResult {
  if (kind === 'reconsideration') return classifyReconsideration(text);
  const r = classifyOutcome(text);
  if (kind === 'litigation') return r;
  const categories = [...new Set(r.categories.map((c) => DISPUTE_OF_ANY[c]).filter((c) => c !== undefined))];
  const primary = DISPUTE_OUTCOMES.find((c) => categories.includes(c));
  if (!primary) return { categories: ['UNKNOWN'], primary: 'UNKNOWN', governmentLost: null, evidence: [] };
  return { categories, primary, governmentLost: nonLitigationOutcomeLost(primary) ?? null, evidence: r.evidence };
}
