/**
 * The expert's review on an evaluation's page, as the server answers it: another expert's review is withheld (the
 * page says how many), the review is sent with the version read, and once submitted the form is gone and the review
 * shown; a stale version (409) is told, not swallowed.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../app/i18n/zh-CN.js';
import { fakeServer, renderScreen, testUser } from '../../../test/render.js';
import type { Evaluation } from './api.js';
import { EvaluationDetailPage } from './EvaluationDetailPage.js';

const user = { ...testUser, role: 'expert' as const, permissions: ['evaluation.read', 'evaluation.review'] };
const T = zhCN.evaluations;

const evaluation = (over: Partial<Evaluation> = {}): Evaluation => ({
  id: 'e-1',
  caseId: 'c-1',
  case: {
    id: 'c-1',
    kind: 'litigation',
    caseNumber: '（2026）苏0102行初8号',
    causeOfAction: '行政许可',
    outcome: 'REVOKED',
    outcomeDate: '2026-06-01',
    courtName: '城东区人民法院',
    defendantName: '城东区住房和城乡建设局',
  },
  trigger: 'loss',
  state: 'in_review',
  effectiveOn: '2026-06-01',
  initial: { by: 'u-c', at: '2026-11-01T00:00:00Z', reasons: ['procedure_violated'], faultAppears: true },
  expertIds: ['u-a', 'u-b'],
  experts: [
    { id: 'u-a', displayName: '专家甲' },
    { id: 'u-b', displayName: '专家乙' },
  ],
  reviewsAssigned: 2,
  reviewsSubmitted: 1,
  reviewsHidden: 1,
  myReviewSubmitted: false,
  conclusion: null,
  actions: ['submitReview'],
  referral: null,
  version: 4,
  createdAt: '2026-11-01T00:00:00Z',
  reviews: [],
  package: null,
  ...over,
});

const meta = {
  reasons: [{ code: 'procedure_violated', label: '违反法定程序' }],
  outcomes: [],
  fourChecks: [],
  experts: [],
  disciplineLiaisons: [],
};

function render() {
  renderScreen(<EvaluationDetailPage />, {
    route: '/accountability/evaluations/e-1',
    path: '/accountability/evaluations/:id',
    user,
  });
}

async function fillAndSubmit() {
  const form = await screen.findByTestId('review-form');
  // Two yes/no groups: fault found (yes), recommend referral (no).
  const radios = within(form).getAllByRole('radio');
  expect(radios).toHaveLength(4);
  fireEvent.click(radios[0]!);
  fireEvent.click(radios[3]!);
  fireEvent.change(within(form).getByLabelText(T.reviewOpinion), { target: { value: '程序违法，存在过错' } });
  fireEvent.click(within(form).getByRole('button', { name: T.submitReview }));
}

describe('evaluation page: the expert reviews', () => {
  it('withholds the other review, sends the version read, then shows the review and no form', {
    timeout: 180_000,
  }, async () => {
    const mine = {
      expertId: 'u-b',
      expertName: '专家乙',
      at: '2026-12-07T00:00:00Z',
      faultFound: true,
      recommendReferral: false,
      opinion: '程序违法，存在过错',
    };
    let submitted = false;
    const done = () =>
      evaluation({
        reviewsSubmitted: 2,
        reviewsHidden: 0,
        myReviewSubmitted: true,
        actions: [],
        version: 5,
        reviews: [mine],
      });
    const server = fakeServer((req) => {
      if (req.path === '/evaluations/meta') return { body: meta };
      if (req.path === '/evaluations/e-1' && req.method === 'GET') return { body: submitted ? done() : evaluation() };
      if (req.path === '/evaluations/e-1/reviews' && req.method === 'POST') {
        submitted = true;
        return { body: done() };
      }
      return undefined;
    });
    render();
    await screen.findByTestId('reviews-hidden');
    expect(screen.getByText(T.noReviews)).toBeTruthy();
    await fillAndSubmit();
    await screen.findByText(T.mySubmitted);
    expect(server.writes().find((w) => w.path === '/evaluations/e-1/reviews')?.body).toEqual({
      faultFound: true,
      recommendReferral: false,
      opinion: '程序违法，存在过错',
      version: 4,
    });
    await waitFor(() => expect(screen.queryByTestId('review-form')).toBeNull());
    expect(screen.getByText('程序违法，存在过错')).toBeTruthy();
  });

  it('tells a stale version (409)', { timeout: 180_000 }, async () => {
    fakeServer((req) => {
      if (req.path === '/evaluations/meta') return { body: meta };
      if (req.path === '/evaluations/e-1' && req.method === 'GET') return { body: evaluation() };
      if (req.path === '/evaluations/e-1/reviews')
        return { status: 409, body: { code: 'VERSION_CONFLICT', message: '记录已被他人修改', requestId: 't' } };
      return undefined;
    });
    render();
    await fillAndSubmit();
    expect(await screen.findByText(T.conflict)).toBeTruthy();
  });
});
