/**
 * The figures over evaluations (docs/rules/accountability.md#evaluation-workflow): how many in each state, the
 * conclusions (自我纠错 counted), the share concluded with fault, referrals sent on time against their deadline
 * (docs/rules/accountability.md#referral-deadline) and the outcomes recorded. Each count carries the ids behind it so
 * every number clicks through; a rate over nothing is null.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import { todayInChina } from '../calendar/today.js';
import {
  CONCLUSIONS,
  type Conclusion,
  EVALUATION_STATES,
  type Evaluation,
  type EvaluationState,
} from './evaluation.js';

export interface EvaluationRow {
  readonly id: string;
  readonly evaluation: Pick<Evaluation, 'state' | 'trigger' | 'conclusion' | 'referral' | 'outcome'>;
  /** The referral deadline (`referralDeadline(...).due`), for the on-time figures. */
  readonly referralDue?: IsoDate | null;
}

export interface IdRate {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number | null;
  readonly numeratorIds: readonly string[];
  readonly denominatorIds: readonly string[];
}

export interface EvaluationFigures {
  readonly total: number;
  readonly byState: Readonly<Record<EvaluationState, readonly string[]>>;
  readonly byConclusion: Readonly<Record<Conclusion, readonly string[]>>;
  /** Opened by hand for a withdrawal after the agency changed its act. */
  readonly openedForSelfCorrection: readonly string[];
  /** Concluded with fault / concluded. */
  readonly faultRate: IdRate;
  /** Referred on or before the deadline / referred with a known deadline. */
  readonly referralOnTime: IdRate;
  /** Concluded with fault, not yet referred, the deadline passed by `asOf` (only with `asOf`). */
  readonly referralOverdue: readonly string[];
  /** Outcome code → evaluations. */
  readonly outcomes: ReadonlyMap<string, readonly string[]>;
}

function rate(numeratorIds: string[], denominatorIds: string[]): IdRate {
  return {
    numerator: numeratorIds.length,
    denominator: denominatorIds.length,
    value: denominatorIds.length ? numeratorIds.length / denominatorIds.length : null,
    numeratorIds,
    denominatorIds,
  };
}

/** The China-time date of an ISO 8601 instant. */
function dateOf(instant: string): IsoDate {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) throw new RangeError(`无效的时间：${instant}`);
  return todayInChina(d);
}

export function evaluationFigures(rows: readonly EvaluationRow[], asOf?: IsoDate): EvaluationFigures {
  const byState = Object.fromEntries(EVALUATION_STATES.map((s) => [s, [] as string[]])) as Record<
    EvaluationState,
    string[]
  >;
  const byConclusion = Object.fromEntries(CONCLUSIONS.map((c) => [c, [] as string[]])) as Record<Conclusion, string[]>;
  const selfCorrectionOpened: string[] = [];
  const concluded: string[] = [];
  const fault: string[] = [];
  const referredWithDue: string[] = [];
  const referredOnTime: string[] = [];
  const overdue: string[] = [];
  const outcomes = new Map<string, string[]>();
  for (const { id, evaluation: e, referralDue } of rows) {
    byState[e.state].push(id);
    if (e.trigger === 'self_correction') selfCorrectionOpened.push(id);
    if (e.conclusion) {
      concluded.push(id);
      byConclusion[e.conclusion.conclusion].push(id);
      if (e.conclusion.conclusion === 'fault') fault.push(id);
    }
    if (e.referral && referralDue) {
      referredWithDue.push(id);
      if (dateOf(e.referral.at) <= referralDue) referredOnTime.push(id);
    }
    if (e.conclusion?.conclusion === 'fault' && !e.referral && referralDue && asOf && referralDue < asOf)
      overdue.push(id);
    if (e.outcome) {
      const list = outcomes.get(e.outcome.code);
      if (list) list.push(id);
      else outcomes.set(e.outcome.code, [id]);
    }
  }
  return {
    total: rows.length,
    byState,
    byConclusion,
    openedForSelfCorrection: selfCorrectionOpened,
    faultRate: rate(fault, concluded),
    referralOnTime: rate(referredOnTime, referredWithDue),
    referralOverdue: overdue,
    outcomes,
  };
}
