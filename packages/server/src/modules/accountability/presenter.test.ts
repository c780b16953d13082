/**
 * The presenter every evaluation read goes through (docs/rules/accountability.md#blind-review): which reviews and
 * which steps each viewer gets, from a stored row. A table over viewers at two moments: one of two experts in, both in.
 */
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { viewOf } from './presenter.js';
import type { LossEvaluationRow } from './schema.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const review = (expertId: string) => ({
  expertId,
  at: '2026-12-01T00:00:00.000Z',
  faultFound: true,
  recommendReferral: false,
  opinion: `opinion of ${expertId}`,
});
const row = (reviews: string[], state: LossEvaluationRow['state'] = 'in_review'): LossEvaluationRow => ({
  id: 'e',
  caseId: 'c',
  trigger: 'loss',
  state,
  effectiveOn: '2026-06-01',
  initial: { by: 'court', at: '2026-11-01T00:00:00.000Z', reasons: ['other'], faultAppears: true },
  expertIds: [A, B],
  reviews: reviews.map(review),
  conclusion: null,
  version: 3,
  createdAt: new Date('2026-11-01T00:00:00Z'),
  updatedAt: new Date('2026-11-01T00:00:00Z'),
});
const viewer = (userId: string, role: Principal['role']) => ({ userId, role }) as Principal;

describe('viewOf (blind review on every read)', () => {
  it.each([
    // viewer, reviews in, reviews seen, hidden, actions
    ['expert A, own in, B not', viewer(A, 'expert'), [A], [A], 0, []],
    ['expert B, A in, own not', viewer(B, 'expert'), [A], [], 1, ['submitReview']],
    ['expert B, both in', viewer(B, 'expert'), [A, B], [A, B], 0, []],
    ['unassigned expert', viewer('x', 'expert'), [A, B], [], 2, []],
    ['court liaison before the conclusion', viewer('c', 'court_liaison'), [A, B], [], 2, []],
    ['coordinator', viewer('k', 'city_coordinator'), [A], [A], 0, ['assignExperts']],
    ['discipline liaison before referral', viewer('d', 'discipline_liaison'), [A, B], [], 2, []],
    ['agency clerk', viewer('k', 'agency_clerk'), [A, B], [], 2, []],
  ] as const)('%s', (_name, v, inIds, seen, hidden, actions) => {
    const out = viewOf(row([...inIds]), null, v);
    expect(out.reviews.map((r) => r.expertId)).toEqual(seen);
    expect(out.out.reviewsHidden).toBe(hidden);
    expect(out.out.actions).toEqual(actions);
    // The summary itself carries no review content.
    expect(JSON.stringify(out.out)).not.toContain('opinion of');
  });

  it('the coordinator may conclude once every expert is in; the court liaison then sees all', () => {
    expect(viewOf(row([A, B]), null, viewer('k', 'county_coordinator')).out.actions).toEqual([
      'assignExperts',
      'conclude',
    ]);
    expect(viewOf(row([A, B], 'concluded'), null, viewer('c', 'court_liaison')).reviews).toHaveLength(2);
  });
});
