import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvaluationEvent,
  type Conclusion,
  type Evaluation,
  type EvaluationActor,
  type EvaluationEvent,
  EvaluationEventError,
  type EvaluationEventType,
  type EvaluationState,
  EvaluationTransitionError,
  maySendAsSelfCorrection,
  openEvaluation,
  opensEvaluation,
} from './evaluation.js';

const AT = '2026-03-02T10:00:00+08:00';
const liaison: EvaluationActor = { id: 'L1', role: 'court_liaison' };
const coordinator: EvaluationActor = { id: 'C1', role: 'coordinator' };
const expertA: EvaluationActor = { id: 'E1', role: 'expert' };
const expertB: EvaluationActor = { id: 'E2', role: 'expert' };
const discipline: EvaluationActor = { id: 'D1', role: 'discipline_liaison' };

const step = (e: Evaluation, event: EvaluationEvent, actor: EvaluationActor) =>
  applyEvaluationEvent(e, event, actor, AT);
const initial: EvaluationEvent = { type: 'recordInitial', reasons: ['insufficient_evidence'], faultAppears: true };
const assign: EvaluationEvent = { type: 'assignExperts', expertIds: ['E1', 'E2'] };
const review: EvaluationEvent = {
  type: 'submitReview',
  faultFound: true,
  recommendReferral: true,
  opinion: '证据不足',
};

const opened = openEvaluation();
const initialEvaluated = step(opened, initial, liaison);
const inReview = step(initialEvaluated, assign, coordinator);
const oneReview = step(inReview, review, expertA);
const allReviews = step(oneReview, review, expertB);
const concludedAs = (conclusion: Conclusion) => step(allReviews, { type: 'conclude', conclusion }, coordinator);
const concludedFault = concludedAs('fault');
const referred = step(concludedFault, { type: 'refer' }, coordinator);
const outcomeRecorded = step(referred, { type: 'recordOutcome', code: 'admonishment' }, discipline);

/** A well-formed event of each type, with the actor whose role may make it. */
const EVENTS: Record<EvaluationEventType, [EvaluationEvent, EvaluationActor]> = {
  recordInitial: [initial, liaison],
  assignExperts: [{ type: 'assignExperts', expertIds: ['E3'] }, coordinator],
  submitReview: [review, expertB],
  conclude: [{ type: 'conclude', conclusion: 'fault' }, coordinator],
  refer: [{ type: 'refer' }, coordinator],
  recordOutcome: [{ type: 'recordOutcome', code: 'criticism' }, discipline],
};

// Every state × every step: the state reached, or null when refused. "in_review (one review in)" has E2 pending;
// "in_review (all in)" has both reviews.
const TABLE: [string, Evaluation, Record<EvaluationEventType, EvaluationState | null>][] = [
  [
    'opened',
    opened,
    {
      recordInitial: 'initial_evaluated',
      assignExperts: null,
      submitReview: null,
      conclude: null,
      refer: null,
      recordOutcome: null,
    },
  ],
  [
    'initial_evaluated',
    initialEvaluated,
    {
      recordInitial: 'initial_evaluated',
      assignExperts: 'in_review',
      submitReview: null,
      conclude: null,
      refer: null,
      recordOutcome: null,
    },
  ],
  [
    'in_review (one review in)',
    oneReview,
    {
      recordInitial: null,
      assignExperts: 'in_review',
      submitReview: 'in_review',
      conclude: null,
      refer: null,
      recordOutcome: null,
    },
  ],
  [
    'in_review (all in)',
    allReviews,
    {
      recordInitial: null,
      assignExperts: 'in_review',
      submitReview: null, // E2 has submitted already
      conclude: 'concluded',
      refer: null,
      recordOutcome: null,
    },
  ],
  [
    'concluded (fault)',
    concludedFault,
    {
      recordInitial: null,
      assignExperts: null,
      submitReview: null,
      conclude: null,
      refer: 'referred',
      recordOutcome: null,
    },
  ],
  [
    'concluded (no fault)',
    concludedAs('no_fault'),
    {
      recordInitial: null,
      assignExperts: null,
      submitReview: null,
      conclude: null,
      refer: null,
      recordOutcome: null,
    },
  ],
  [
    'concluded (self-corrected)',
    concludedAs('self_corrected'),
    {
      recordInitial: null,
      assignExperts: null,
      submitReview: null,
      conclude: null,
      refer: null,
      recordOutcome: null,
    },
  ],
  [
    'referred',
    referred,
    {
      recordInitial: null,
      assignExperts: null,
      submitReview: null,
      conclude: null,
      refer: null,
      recordOutcome: 'outcome_recorded',
    },
  ],
  [
    'outcome_recorded',
    outcomeRecorded,
    {
      recordInitial: null,
      assignExperts: null,
      submitReview: null,
      conclude: null,
      refer: null,
      recordOutcome: null,
    },
  ],
];

const STATE_ZH: Record<EvaluationState, string> = {
  opened: '待初评',
  initial_evaluated: '已初评',
  in_review: '专家复评中',
  concluded: '已作出结论',
  referred: '已移送纪委监委',
  outcome_recorded: '已记录处理结果',
};

describe('every step in every state', () => {
  const rows = TABLE.flatMap(([name, e, expected]) =>
    (Object.keys(EVENTS) as EvaluationEventType[]).map((type) => [name, type, e, expected[type]] as const),
  );
  it.each(rows)('%s + %s', (_name, type, e, expected) => {
    const [event, actor] = EVENTS[type];
    if (expected) {
      const next = applyEvaluationEvent(e, event, actor, AT);
      expect(next.state).toBe(expected);
      expect(next).not.toBe(e);
    } else {
      let error: unknown;
      try {
        applyEvaluationEvent(e, event, actor, AT);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(EvaluationTransitionError);
      const message = (error as Error).message;
      expect(message).toContain(`当前状态为“${STATE_ZH[e.state]}”`);
      expect(message).toMatch(/此状态下(允许：|不允许任何操作)/);
    }
  });
});

describe('allowed steps named in the refusal', () => {
  it.each([
    [opened, ['recordInitial'], '此状态下允许：录入初评（法院联络员）'],
    [initialEvaluated, ['recordInitial', 'assignExperts'], '此状态下允许：录入初评（法院联络员）、指派专家（协调员）'],
    [concludedFault, ['refer'], '此状态下允许：移送纪委监委（协调员）'],
    [concludedAs('no_fault'), [], '此状态下不允许任何操作（流程已结束）'],
    [outcomeRecorded, [], '此状态下不允许任何操作（流程已结束）'],
  ] as const)('%#', (e, allowed, text) => {
    expect(allowedEvents(e)).toEqual(allowed);
    expect(() => step(e, { type: 'conclude', conclusion: 'fault' }, coordinator)).toThrow(text);
  });

  it('names the current state and the step refused', () => {
    expect(() => step(opened, { type: 'refer' }, coordinator)).toThrow(
      '败诉评价当前状态为“待初评”，不能移送纪委监委；此状态下允许：录入初评（法院联络员）',
    );
  });
});

describe('roles', () => {
  const wrongRoles: [string, Evaluation, EvaluationEvent, EvaluationActor][] = [
    ['coordinator records the initial evaluation', opened, initial, coordinator],
    ['expert records the initial evaluation', opened, initial, expertA],
    ['liaison assigns experts', initialEvaluated, assign, liaison],
    ['coordinator submits a review', inReview, review, coordinator],
    ['liaison submits a review', inReview, review, liaison],
    ['expert concludes', allReviews, { type: 'conclude', conclusion: 'fault' }, expertA],
    ['discipline liaison refers', concludedFault, { type: 'refer' }, discipline],
    ['coordinator records the outcome', referred, { type: 'recordOutcome', code: 'criticism' }, coordinator],
    ['other user', opened, initial, { id: 'X', role: 'other' }],
  ];
  it.each(wrongRoles)('%s is refused', (_name, e, event, actor) => {
    expect(() => step(e, event, actor)).toThrow(EvaluationTransitionError);
    expect(() => step(e, event, actor)).toThrow(/不能.*应由/);
  });
});

describe('the steps themselves', () => {
  it('records who did what, when', () => {
    expect(initialEvaluated.initial).toEqual({
      by: 'L1',
      at: AT,
      reasons: ['insufficient_evidence'],
      faultAppears: true,
    });
    expect(allReviews.reviews.map((r) => r.expertId)).toEqual(['E1', 'E2']);
    expect(concludedFault.conclusion).toEqual({ by: 'C1', at: AT, conclusion: 'fault' });
    expect(referred.referral).toEqual({ by: 'C1', at: AT });
    expect(outcomeRecorded.outcome).toEqual({ by: 'D1', at: AT, code: 'admonishment' });
    expect(opened.state).toBe('opened'); // never changed in place
  });

  it('refuses a review by an expert not assigned, or a second one', () => {
    expect(() => step(inReview, review, { id: 'E9', role: 'expert' })).toThrow('该专家未被指派复评此案');
    expect(() => step(oneReview, review, expertA)).toThrow('该专家已提交复评，不能重复提交');
  });

  it('refuses a conclusion while an assigned expert has not submitted', () => {
    expect(() => step(oneReview, { type: 'conclude', conclusion: 'no_fault' }, coordinator)).toThrow(
      '尚有1位指派专家未提交复评',
    );
    const more = step(allReviews, { type: 'assignExperts', expertIds: ['E3'] }, coordinator);
    expect(() => step(more, { type: 'conclude', conclusion: 'no_fault' }, coordinator)).toThrow('尚有1位');
  });

  it('refuses a referral without fault, naming the conclusion', () => {
    expect(() => step(concludedAs('self_corrected'), { type: 'refer' }, coordinator)).toThrow(
      '结论为“已自我纠错”，只有存在主观过错的案件才能移送',
    );
  });

  const bad: [string, Evaluation, EvaluationEvent, EvaluationActor, string, string][] = [
    [
      'no reason',
      opened,
      { type: 'recordInitial', reasons: [], faultAppears: false },
      liaison,
      'reasons',
      '至少选择一项',
    ],
    [
      'unknown reason',
      opened,
      { type: 'recordInitial', reasons: ['wrong_law', 'made_up'], faultAppears: false },
      liaison,
      'reasons',
      '不在配置的清单中：made_up',
    ],
    [
      'duplicate reason',
      opened,
      { type: 'recordInitial', reasons: ['wrong_law', 'wrong_law'], faultAppears: false },
      liaison,
      'reasons',
      '重复',
    ],
    ['no expert', initialEvaluated, { type: 'assignExperts', expertIds: [] }, coordinator, 'expertIds', '至少一人'],
    [
      'expert twice',
      inReview,
      { type: 'assignExperts', expertIds: ['E1'] },
      coordinator,
      'expertIds',
      '专家已指派：E1',
    ],
    [
      'empty opinion',
      inReview,
      { type: 'submitReview', faultFound: false, recommendReferral: false, opinion: '  ' },
      expertA,
      'opinion',
      '不能为空',
    ],
    [
      'unknown outcome',
      referred,
      { type: 'recordOutcome', code: 'fine' },
      discipline,
      'code',
      '不在配置的清单中：fine',
    ],
    [
      'unknown 一案四查 line',
      referred,
      { type: 'recordOutcome', code: 'criticism', checks: [{ code: 'mayor', responsible: true }] },
      discipline,
      'checks',
      '一案四查事项（checks）不在配置的清单中：mayor',
    ],
    [
      '一案四查 line twice',
      referred,
      {
        type: 'recordOutcome',
        code: 'criticism',
        checks: [
          { code: 'losing_unit', responsible: true },
          { code: 'losing_unit', responsible: false },
        ],
      },
      discipline,
      'checks',
      '重复',
    ],
  ];
  it.each(bad)('refuses %s by field', (_name, e, event, actor, field, text) => {
    let error: unknown;
    try {
      step(e, event, actor);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EvaluationEventError);
    expect((error as EvaluationEventError).field).toBe(field);
    expect((error as Error).message).toContain(text);
  });

  it('records the 一案四查 findings with the outcome', () => {
    const checks = [
      { code: 'supervising_department', responsible: false },
      { code: 'losing_unit', responsible: true, note: '未履行法制审核' },
      { code: 'business_deputy', responsible: true },
      { code: 'litigation_deputy', responsible: false },
    ];
    const e = step(referred, { type: 'recordOutcome', code: 'admonishment', checks }, discipline);
    expect(e.outcome?.checks).toEqual(checks);
    expect(outcomeRecorded.outcome?.checks).toBeUndefined();
  });

  it('checks against a configured list', () => {
    const lists = { reasons: [{ code: 'local_only', label: '本地理由' }] };
    const e = applyEvaluationEvent(
      opened,
      { type: 'recordInitial', reasons: ['local_only'], faultAppears: false },
      liaison,
      AT,
      lists,
    );
    expect(e.initial?.reasons).toEqual(['local_only']);
    expect(() => applyEvaluationEvent(opened, initial, liaison, AT, lists)).toThrow(EvaluationEventError);
  });
});

describe('what opens an evaluation', () => {
  it.each([
    ['revoked: a loss', { kind: 'litigation', outcome: 'REVOKED', instance: 'first' }, undefined, true],
    ['claims rejected', { kind: 'litigation', outcome: 'CLAIMS_REJECTED', instance: 'first' }, undefined, false],
    ['undecided', { kind: 'litigation', outcome: null }, undefined, false],
    [
      'appeal dismissed takes the first instance loss',
      { kind: 'litigation', outcome: 'APPEAL_DISMISSED', instance: 'appeal' },
      { governmentLost: true },
      true,
    ],
    [
      'appeal dismissed after a win',
      { kind: 'litigation', outcome: 'APPEAL_DISMISSED', instance: 'appeal' },
      { governmentLost: false },
      false,
    ],
    ['withdrawn after change', { kind: 'litigation', outcome: 'WITHDRAWN_AFTER_CHANGE' }, undefined, false],
  ] as const)('%s', (_name, c, reviewed, expected) => {
    expect(opensEvaluation(c, reviewed)).toBe(expected);
  });

  it('a withdrawal after the agency changed its act may be sent by hand as self-correction', () => {
    expect(maySendAsSelfCorrection({ outcome: 'WITHDRAWN_AFTER_CHANGE' })).toBe(true);
    expect(maySendAsSelfCorrection({ outcome: 'WITHDRAWN' })).toBe(false);
    expect(openEvaluation('self_correction').trigger).toBe('self_correction');
  });
});
