import { describe, expect, it } from 'vitest';
import { applyEvaluationEvent, type Evaluation, type EvaluationActor, openEvaluation } from './evaluation.js';
import { type ReviewViewer, visibleReviews } from './visibility.js';

const AT = '2026-03-02T10:00:00+08:00';
const coordinator: EvaluationActor = { id: 'C1', role: 'coordinator' };
const review = (opinion: string) =>
  ({ type: 'submitReview', faultFound: true, recommendReferral: false, opinion }) as const;
const step = (e: Evaluation, event: Parameters<typeof applyEvaluationEvent>[1], actor: EvaluationActor) =>
  applyEvaluationEvent(e, event, actor, AT);

const initial = step(
  openEvaluation(),
  { type: 'recordInitial', reasons: ['procedure_violated'], faultAppears: true },
  { id: 'L1', role: 'court_liaison' },
);
const assigned = step(initial, { type: 'assignExperts', expertIds: ['E1', 'E2', 'E3'] }, coordinator);
const oneIn = step(assigned, review('E1 意见'), { id: 'E1', role: 'expert' });
const twoIn = step(oneIn, review('E2 意见'), { id: 'E2', role: 'expert' });
const allIn = step(twoIn, review('E3 意见'), { id: 'E3', role: 'expert' });
const concluded = step(allIn, { type: 'conclude', conclusion: 'fault' }, coordinator);
const referred = step(concluded, { type: 'refer' }, coordinator);
const noFault = step(allIn, { type: 'conclude', conclusion: 'no_fault' }, coordinator);

const E1: ReviewViewer = { id: 'E1', role: 'expert' };
const E2: ReviewViewer = { id: 'E2', role: 'expert' };
const E3: ReviewViewer = { id: 'E3', role: 'expert' };
const E9: ReviewViewer = { id: 'E9', role: 'expert' };
const C: ReviewViewer = { id: 'C1', role: 'coordinator' };
const L: ReviewViewer = { id: 'L1', role: 'court_liaison' };
const D: ReviewViewer = { id: 'D1', role: 'discipline_liaison' };
const O: ReviewViewer = { id: 'U1', role: 'other' };

// Which experts' reviews each viewer sees, at each point of the workflow.
const TABLE: [string, Evaluation, ReviewViewer, string[]][] = [
  ['assigned, none in: expert', assigned, E1, []],
  ['assigned, none in: coordinator', assigned, C, []],
  ['E1 in: E1 sees own', oneIn, E1, ['E1']],
  ['E1 in: E2 (pending) sees nothing', oneIn, E2, []],
  ['E1 in: coordinator sees it', oneIn, C, ['E1']],
  ['E1 in: liaison sees nothing', oneIn, L, []],
  ['E1 in: discipline sees nothing', oneIn, D, []],
  ['E1, E2 in: E1 still only own (E3 pending)', twoIn, E1, ['E1']],
  ['E1, E2 in: E2 only own', twoIn, E2, ['E2']],
  ['E1, E2 in: E3 nothing', twoIn, E3, []],
  ['E1, E2 in: coordinator both', twoIn, C, ['E1', 'E2']],
  ['all in: E1 sees all', allIn, E1, ['E1', 'E2', 'E3']],
  ['all in: E3 sees all', allIn, E3, ['E1', 'E2', 'E3']],
  ['all in: an expert not assigned sees nothing', allIn, E9, []],
  ['all in: liaison still nothing (not concluded)', allIn, L, []],
  ['all in: discipline nothing', allIn, D, []],
  ['concluded: liaison sees all', concluded, L, ['E1', 'E2', 'E3']],
  ['concluded no fault: liaison sees all', noFault, L, ['E1', 'E2', 'E3']],
  ['concluded: discipline nothing (not referred)', concluded, D, []],
  ['concluded no fault: discipline nothing', noFault, D, []],
  ['referred: discipline sees all', referred, D, ['E1', 'E2', 'E3']],
  ['referred: other user nothing', referred, O, []],
  ['referred: expert not assigned nothing', referred, E9, []],
];

describe('visibleReviews', () => {
  it.each(TABLE)('%s', (_name, e, viewer, expected) => {
    const v = visibleReviews(e, viewer);
    expect(v.reviews.map((r) => r.expertId)).toEqual(expected);
    expect(v.submitted).toBe(e.reviews.length);
    expect(v.assigned).toBe(e.expertIds.length);
    expect(v.hidden).toBe(e.reviews.length - expected.length);
  });

  it('an expert added after all were in makes the others blind again until the new one submits', () => {
    const more = step(allIn, { type: 'assignExperts', expertIds: ['E4'] }, coordinator);
    expect(visibleReviews(more, E1).reviews.map((r) => r.expertId)).toEqual(['E1']);
    expect(visibleReviews(more, { id: 'E4', role: 'expert' }).reviews).toEqual([]);
    const done = step(more, review('E4 意见'), { id: 'E4', role: 'expert' });
    expect(visibleReviews(done, { id: 'E4', role: 'expert' }).reviews).toHaveLength(4);
  });

  it('hands back the reviews themselves, opinions included', () => {
    expect(visibleReviews(oneIn, E1).reviews[0]).toMatchObject({ expertId: 'E1', opinion: 'E1 意见' });
  });
});
