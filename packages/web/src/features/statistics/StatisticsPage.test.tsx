/**
 * 统计报表 as the server answers: a county coordinator's returned filing shows the city's comment, the adjusted cell
 * marked with its reason, a failed check with links to its cases, and an adjustment sent with the version shown; the
 * city coordinator returns a submitted filing with a comment.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import type { Filing, FormsMeta } from './api.js';
import { StatisticsPage } from './StatisticsPage.js';

const forms: FormsMeta = {
  forms: [
    {
      kind: 'reconsideration',
      title: '行政复议案件统计报表',
      code: '国法复统字1号',
      periods: ['year', 'half'],
      rows: [{ id: 'total', label: '合计' }],
      columns: [
        { id: 'accepted', label: '受理', groups: ['收案情况'], unit: 'count' },
        { id: 'closed', label: '总计', groups: ['已审结'], unit: 'count' },
        { id: 'closed_upheld', label: '维持', groups: ['已审结'], unit: 'count' },
      ],
    },
  ],
};

const filing = (over: Partial<Filing> = {}): Filing => ({
  id: 'f-1',
  form: 'reconsideration',
  formTitle: '行政复议案件统计报表',
  formCode: '国法复统字1号',
  period: '2025',
  periodLabel: '2025年',
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  scope: 'own',
  scopeLabel: '本级填报',
  region: { code: '329902', name: '城东区' },
  status: 'returned',
  adjustedCells: 1,
  countedAt: '2026-01-05T00:00:00Z',
  createdByName: '县协调员',
  submittedAt: null,
  updatedAt: '2026-01-06T00:00:00Z',
  version: 5,
  can: { fill: true, review: false },
  xlsx: '/api/v1/statistics/filings/f-1.xlsx',
  cells: [
    { key: 'total:accepted', computed: 7, value: 7, cases: 7, adjustment: null },
    { key: 'total:closed', computed: 5, value: 5, cases: 5, adjustment: null },
    {
      key: 'total:closed_upheld',
      computed: 5,
      value: 6,
      cases: 5,
      adjustment: { value: 6, reason: '一件维持决定漏登', byName: '县协调员', at: '2026-01-06T00:00:00Z' },
    },
  ],
  checks: [
    {
      id: 'sum:closed:total',
      label: '已审结各项之和等于总计',
      ok: false,
      detail: '5 = 6',
      cells: ['total:closed', 'total:closed_upheld'],
      caseCount: 1,
      cases: [{ id: 'c-1', caseNumber: '城东政复〔2025〕3号', causeOfAction: '行政处罚' }],
    },
  ],
  previousId: null,
  units: [],
  events: [
    {
      kind: 'returned',
      label: '退回',
      comment: '维持件数与决定书不符',
      cell: null,
      before: null,
      after: null,
      byName: '市协调员',
      at: '2026-01-06T01:00:00Z',
    },
  ],
  ...over,
});

describe('statistics page', () => {
  it('the county sees the return comment, the adjusted cell and its reason, the failed check’s cases; adjusts', async () => {
    const server = fakeServer((req) => {
      if (req.path === '/statistics/forms') return { body: forms };
      if (req.path === '/statistics/filings') return { body: { items: [filing()] } };
      if (req.path === '/statistics/filings/f-1' && req.method === 'GET') return { body: filing() };
      if (req.path === '/statistics/filings/f-1/cells') return { body: filing({ version: 6 }) };
      return undefined;
    });
    renderScreen(<StatisticsPage />, {
      route: '/statistics/f-1',
      path: '/statistics/:id',
      user: { ...testUser, role: 'county_coordinator', permissions: ['statistics.read', 'statistics.fill'] },
    });
    const comment = await screen.findByTestId('statistics-return-comment');
    expect(comment.textContent).toContain('维持件数与决定书不符');
    expect(screen.getByText(/登记数据 5，填报 6。理由：一件维持决定漏登/)).toBeTruthy();
    const failed = screen.getByTestId('statistics-failed-checks');
    expect(within(failed).getByRole('link', { name: '城东政复〔2025〕3号' }).getAttribute('href')).toBe('/cases/c-1');
    // The submit button waits for the checks; the adjusted cell opens its adjustment.
    fireEvent.click(screen.getByRole('button', { name: /已审结·维持：6/ }));
    const reason = await screen.findByLabelText(zhCN.statistics.adjustReason);
    fireEvent.change(reason, { target: { value: '按决定书更正' } });
    fireEvent.click(screen.getByRole('button', { name: zhCN.statistics.adjustSave }));
    await waitFor(() =>
      expect(server.writes().find((w) => w.path === '/statistics/filings/f-1/cells')?.body).toEqual({
        version: 5,
        cell: 'total:closed_upheld',
        value: 6,
        reason: '按决定书更正',
      }),
    );
  });

  it('the city returns a submitted filing with a comment', async () => {
    const submitted = filing({ status: 'submitted', can: { fill: false, review: true }, checks: [], events: [] });
    const server = fakeServer((req) => {
      if (req.path === '/statistics/forms') return { body: forms };
      if (req.path === '/statistics/filings') return { body: { items: [submitted] } };
      if (req.path === '/statistics/filings/f-1' && req.method === 'GET') return { body: submitted };
      if (req.path === '/statistics/filings/f-1/return')
        return { body: filing({ can: { fill: false, review: true } }) };
      return undefined;
    });
    renderScreen(<StatisticsPage />, {
      route: '/statistics/f-1',
      path: '/statistics/:id',
      user: {
        ...testUser,
        role: 'city_coordinator',
        permissions: ['statistics.read', 'statistics.fill', 'statistics.review'],
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: /退\s*回/ }));
    fireEvent.change(await screen.findByLabelText(zhCN.statistics.returnComment), {
      target: { value: '请附赔偿决定书' },
    });
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /退\s*回/ }));
    await waitFor(() =>
      expect(server.writes().find((w) => w.path === '/statistics/filings/f-1/return')?.body).toEqual({
        version: 5,
        comment: '请附赔偿决定书',
      }),
    );
  });
});
