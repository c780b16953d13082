/**
 * The loss-evaluation workflow as a state machine (docs/rules/accountability.md#evaluation-workflow): opened → initial
 * evaluation by the court liaison → blind expert reviews → the coordinator's conclusion → referral to the discipline
 * commission (fault only) → the outcome it recorded. `applyEvaluationEvent` returns the next evaluation or throws
 * EvaluationTransitionError (the state or the role does not allow the step; the message names the state and what it
 * allows) or EvaluationEventError (the step's content is wrong). Pure: the caller stores the result.
 */
import { effectiveGovernmentLost, type RecordedOutcome, type ReviewedJudgment } from '../outcomes/index.js';
import { DEFAULT_LOSS_REASONS, DEFAULT_REFERRAL_OUTCOMES, FOUR_CHECKS, type ListEntry } from './reasons.js';

export const EVALUATION_STATES = [
  'opened',
  'initial_evaluated',
  'in_review',
  'concluded',
  'referred',
  'outcome_recorded',
] as const;
export type EvaluationState = (typeof EVALUATION_STATES)[number];

export const EVALUATION_STATE_LABELS: Readonly<Record<EvaluationState, string>> = {
  opened: '待初评',
  initial_evaluated: '已初评',
  in_review: '专家复评中',
  concluded: '已作出结论',
  referred: '已移送纪委监委',
  outcome_recorded: '已记录处理结果',
};

/** The roles of the workflow; the server maps its roles (city/county coordinator → coordinator). */
export type EvaluationRole = 'court_liaison' | 'expert' | 'coordinator' | 'discipline_liaison' | 'other';

export const EVALUATION_ROLE_LABELS: Readonly<Record<EvaluationRole, string>> = {
  court_liaison: '法院联络员',
  expert: '专家',
  coordinator: '协调员',
  discipline_liaison: '纪委监委联络员',
  other: '其他用户',
};

export const CONCLUSIONS = ['fault', 'no_fault', 'self_corrected'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];
export const CONCLUSION_LABELS: Readonly<Record<Conclusion, string>> = {
  fault: '存在主观过错',
  no_fault: '无主观过错',
  self_corrected: '已自我纠错',
};

export interface EvaluationActor {
  readonly id: string;
  readonly role: EvaluationRole;
}

export interface InitialEvaluation {
  readonly by: string;
  readonly at: string;
  readonly reasons: readonly string[];
  readonly faultAppears: boolean;
  readonly opinion?: string;
}

export interface ExpertReview {
  readonly expertId: string;
  readonly at: string;
  readonly faultFound: boolean;
  /** Whether the expert proposes referral to the discipline commission. */
  readonly recommendReferral: boolean;
  readonly opinion: string;
}

export interface EvaluationConclusion {
  readonly by: string;
  readonly at: string;
  readonly conclusion: Conclusion;
  readonly note?: string;
}

export interface Evaluation {
  readonly state: EvaluationState;
  /** Why it was opened: an effective loss, or a 撤诉 after the agency changed its act sent by a coordinator. */
  readonly trigger: 'loss' | 'self_correction';
  readonly initial: InitialEvaluation | null;
  readonly expertIds: readonly string[];
  readonly reviews: readonly ExpertReview[];
  readonly conclusion: EvaluationConclusion | null;
  readonly referral: { readonly by: string; readonly at: string } | null;
  readonly outcome: {
    readonly by: string;
    readonly at: string;
    readonly code: string;
    readonly note?: string;
    readonly checks?: readonly FourCheckFinding[];
  } | null;
}

/** One line of 一案四查 (FOUR_CHECKS) as the discipline commission found it. */
export interface FourCheckFinding {
  readonly code: string;
  readonly responsible: boolean;
  readonly note?: string;
}

export type EvaluationEvent =
  | { type: 'recordInitial'; reasons: readonly string[]; faultAppears: boolean; opinion?: string }
  | { type: 'assignExperts'; expertIds: readonly string[] }
  | { type: 'submitReview'; faultFound: boolean; recommendReferral: boolean; opinion: string }
  | { type: 'conclude'; conclusion: Conclusion; note?: string }
  | { type: 'refer' }
  | { type: 'recordOutcome'; code: string; note?: string; checks?: readonly FourCheckFinding[] };
export type EvaluationEventType = EvaluationEvent['type'];

export const EVENT_LABELS: Readonly<Record<EvaluationEventType, string>> = {
  recordInitial: '录入初评',
  assignExperts: '指派专家',
  submitReview: '提交专家复评',
  conclude: '作出结论',
  refer: '移送纪委监委',
  recordOutcome: '记录处理结果',
};

/** Who may make each step. */
export const EVENT_ROLES: Readonly<Record<EvaluationEventType, EvaluationRole>> = {
  recordInitial: 'court_liaison',
  assignExperts: 'coordinator',
  submitReview: 'expert',
  conclude: 'coordinator',
  refer: 'coordinator',
  recordOutcome: 'discipline_liaison',
};

/** The transition table: in each state, the steps allowed and the state each leads to. */
const TRANSITIONS: Readonly<Record<EvaluationState, Partial<Record<EvaluationEventType, EvaluationState>>>> = {
  opened: { recordInitial: 'initial_evaluated' },
  initial_evaluated: { recordInitial: 'initial_evaluated', assignExperts: 'in_review' },
  in_review: { assignExperts: 'in_review', submitReview: 'in_review', conclude: 'concluded' },
  concluded: { refer: 'referred' },
  referred: { recordOutcome: 'outcome_recorded' },
  outcome_recorded: {},
};

export class EvaluationTransitionError extends Error {
  readonly code = 'EVALUATION_TRANSITION_INVALID' as const;
  constructor(
    message: string,
    readonly state: EvaluationState,
    readonly event: EvaluationEventType,
  ) {
    super(message);
    this.name = 'EvaluationTransitionError';
  }
}

export class EvaluationEventError extends Error {
  readonly code = 'EVALUATION_EVENT_INVALID' as const;
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'EvaluationEventError';
  }
}

export interface EvaluationLists {
  readonly reasons?: readonly ListEntry[];
  readonly outcomes?: readonly ListEntry[];
}

/** Whether a case's effective outcome opens an evaluation (docs/rules/accountability.md#evaluation-workflow). */
export function opensEvaluation(c: RecordedOutcome, reviewed?: ReviewedJudgment | null): boolean {
  return effectiveGovernmentLost(c, reviewed) === true;
}

/** Whether a coordinator may send the case to evaluation by hand: a 撤诉 after the agency changed its act (自我纠错). */
export function maySendAsSelfCorrection(c: RecordedOutcome): boolean {
  return c.outcome === 'WITHDRAWN_AFTER_CHANGE';
}

export function openEvaluation(trigger: Evaluation['trigger'] = 'loss'): Evaluation {
  return {
    state: 'opened',
    trigger,
    initial: null,
    expertIds: [],
    reviews: [],
    conclusion: null,
    referral: null,
    outcome: null,
  };
}

/** Every assigned expert has submitted (and there is at least one). */
export function allReviewsIn(e: Pick<Evaluation, 'expertIds' | 'reviews'>): boolean {
  return e.expertIds.length > 0 && e.expertIds.every((id) => e.reviews.some((r) => r.expertId === id));
}

/** The steps the evaluation's state allows (whatever the role), in table order. */
export function allowedEvents(e: Pick<Evaluation, 'state' | 'conclusion'>): EvaluationEventType[] {
  const steps = Object.keys(TRANSITIONS[e.state]) as EvaluationEventType[];
  return e.state === 'concluded' && e.conclusion?.conclusion !== 'fault' ? [] : steps;
}

function allowedText(e: Evaluation): string {
  const steps = allowedEvents(e);
  if (steps.length === 0) return '此状态下不允许任何操作（流程已结束）';
  return `此状态下允许：${steps.map((s) => `${EVENT_LABELS[s]}（${EVALUATION_ROLE_LABELS[EVENT_ROLES[s]]}）`).join('、')}`;
}

function refuse(e: Evaluation, event: EvaluationEventType, why: string): never {
  throw new EvaluationTransitionError(
    `败诉评价当前状态为“${EVALUATION_STATE_LABELS[e.state]}”，${why}；${allowedText(e)}`,
    e.state,
    event,
  );
}

function checkCodes(codes: readonly string[], list: readonly ListEntry[], field: string, name: string): void {
  const known = new Set(list.map((r) => r.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw new EvaluationEventError(`${name}不在配置的清单中：${unknown.join('、')}`, field);
}

/**
 * Applies one step by `actor` at `at` (ISO 8601). Throws EvaluationTransitionError or EvaluationEventError; never
 * changes `e`.
 */
export function applyEvaluationEvent(
  e: Evaluation,
  event: EvaluationEvent,
  actor: EvaluationActor,
  at: string,
  lists: EvaluationLists = {},
): Evaluation {
  const next = TRANSITIONS[e.state][event.type];
  const label = EVENT_LABELS[event.type];
  if (!next) refuse(e, event.type, `不能${label}`);
  if (actor.role !== EVENT_ROLES[event.type])
    refuse(
      e,
      event.type,
      `${EVALUATION_ROLE_LABELS[actor.role]}不能${label}，应由${EVALUATION_ROLE_LABELS[EVENT_ROLES[event.type]]}操作`,
    );

  switch (event.type) {
    case 'recordInitial': {
      if (event.reasons.length === 0) throw new EvaluationEventError('初评理由（reasons）至少选择一项', 'reasons');
      if (new Set(event.reasons).size !== event.reasons.length)
        throw new EvaluationEventError('初评理由（reasons）有重复项', 'reasons');
      checkCodes(event.reasons, lists.reasons ?? DEFAULT_LOSS_REASONS, 'reasons', '初评理由（reasons）');
      const initial: InitialEvaluation = {
        by: actor.id,
        at,
        reasons: [...event.reasons],
        faultAppears: event.faultAppears,
        ...(event.opinion ? { opinion: event.opinion } : {}),
      };
      return { ...e, state: next, initial };
    }
    case 'assignExperts': {
      if (event.expertIds.length === 0) throw new EvaluationEventError('指派专家（expertIds）至少一人', 'expertIds');
      const again = event.expertIds.filter((id) => e.expertIds.includes(id));
      if (again.length) throw new EvaluationEventError(`专家已指派：${again.join('、')}`, 'expertIds');
      if (new Set(event.expertIds).size !== event.expertIds.length)
        throw new EvaluationEventError('指派专家（expertIds）有重复项', 'expertIds');
      return { ...e, state: next, expertIds: [...e.expertIds, ...event.expertIds] };
    }
    case 'submitReview': {
      if (!e.expertIds.includes(actor.id)) refuse(e, event.type, '该专家未被指派复评此案');
      if (e.reviews.some((r) => r.expertId === actor.id)) refuse(e, event.type, '该专家已提交复评，不能重复提交');
      if (!event.opinion.trim()) throw new EvaluationEventError('复评意见（opinion）不能为空', 'opinion');
      const review: ExpertReview = {
        expertId: actor.id,
        at,
        faultFound: event.faultFound,
        recommendReferral: event.recommendReferral,
        opinion: event.opinion,
      };
      return { ...e, state: next, reviews: [...e.reviews, review] };
    }
    case 'conclude': {
      if (!allReviewsIn(e)) {
        const pending = e.expertIds.filter((id) => !e.reviews.some((r) => r.expertId === id));
        refuse(e, event.type, `尚有${pending.length}位指派专家未提交复评，不能作出结论`);
      }
      return { ...e, state: next, conclusion: { by: actor.id, at, conclusion: event.conclusion, ...note(event.note) } };
    }
    case 'refer': {
      if (e.conclusion?.conclusion !== 'fault')
        refuse(
          e,
          event.type,
          `结论为“${CONCLUSION_LABELS[e.conclusion?.conclusion ?? 'no_fault']}”，只有存在主观过错的案件才能移送`,
        );
      return { ...e, state: next, referral: { by: actor.id, at } };
    }
    case 'recordOutcome': {
      checkCodes([event.code], lists.outcomes ?? DEFAULT_REFERRAL_OUTCOMES, 'code', '处理结果（code）');
      const checks = event.checks ?? [];
      checkCodes(
        checks.map((c) => c.code),
        FOUR_CHECKS,
        'checks',
        '一案四查事项（checks）',
      );
      const codes = checks.map((c) => c.code);
      if (new Set(codes).size !== codes.length)
        throw new EvaluationEventError('一案四查事项（checks）有重复项', 'checks');
      return {
        ...e,
        state: next,
        outcome: {
          by: actor.id,
          at,
          code: event.code,
          ...note(event.note),
          ...(checks.length ? { checks: checks.map((c) => ({ ...c })) } : {}),
        },
      };
    }
  }
}

function note(text: string | undefined): { note?: string } {
  return text ? { note: text } : {};
}
