/**
 * 报告 as a coordinator, as the server answers: the list, the selected draft's figures as the Word file shows them,
 * the files' links, and issuing after the confirmation with the version shown; the page then shows 已印发 and no
 * issue button. A leader (report.read only) sees the figures and the files, not the draft or issue buttons.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { pickOption } from '../../test/antd.js';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import type { Report } from './api.js';
import { ReportsPage } from './ReportsPage.js';

const report = (over: Partial<Report> = {}): Report => ({
  id: 'r-1',
  kind: 'monthly',
  kindLabel: '新收案件通报',
  period: { key: '2025-09', from: '2025-09-01', to: '2025-09-30', label: '2025年9月' },
  region: { code: '329900', name: '示例市' },
  edition: 1,
  status: 'draft',
  statusLabel: '草稿',
  title: '关于2025年9月示例市新收行政案件情况的通报',
  documentNumber: '示例应诉月通〔2025〕9号',
  createdByName: '测试',
  createdAt: '2025-10-05T00:00:00Z',
  issuedByName: null,
  issuedAt: null,
  version: 3,
  docx: '/api/v1/reports/r-1.docx',
  xlsx: '/api/v1/reports/r-1.xlsx',
  previousId: null,
  differences: null,
  definition: { id: 'demo-city', name: '示范市指标口径', version: 0 },
  rankings: null,
  cases: [],
  paragraphs: ['2025年9月，新收一审行政诉讼案件4件。'],
  tables: [
    {
      id: 'total',
      title: '新收案件总体情况',
      columns: ['类别', '本月', '上月', '环比增减', '去年同月', '同比增减'],
      rows: [{ key: 'new_cases', cells: ['新收一审行政诉讼案件', '4', '1', '+3', '2', '+2'] }],
    },
  ],
  notes: [],
  asOf: '2025-10-05',
  ...over,
});
/** antd spaces a two-character Chinese button's text (印 发). */
const issueButton = { name: new RegExp(zhCN.reports.issue.split('').join('\\s*')) };
const issued = () =>
  report({
    status: 'issued',
    statusLabel: '已印发',
    version: 4,
    issuedByName: '测试',
    issuedAt: '2025-10-06T00:00:00Z',
  });

describe('reports page', () => {
  it('the coordinator previews a draft and issues it with the version shown', async () => {
    let done = false;
    const server = fakeServer((req) => {
      if (req.path === '/reports' && req.method === 'GET') return { body: { items: [done ? issued() : report()] } };
      if (req.path === '/reports/r-1' && req.method === 'GET') return { body: done ? issued() : report() };
      if (req.path === '/reports/r-1/issue' && req.method === 'POST') {
        done = true;
        return { body: issued() };
      }
      return undefined;
    });
    renderScreen(<ReportsPage />, {
      route: '/reports/r-1',
      path: '/reports/:id',
      user: { ...testUser, permissions: ['report.read', 'report.manage'] },
    });
    await screen.findByText('2025年9月，新收一审行政诉讼案件4件。');
    expect(screen.getAllByText('+3').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: zhCN.reports.downloadDocx }).getAttribute('href')).toBe(
      '/api/v1/reports/r-1.docx',
    );
    fireEvent.click(screen.getByRole('button', issueButton));
    fireEvent.click(await screen.findByRole('button', { name: /OK|确\s*定/ }));
    await waitFor(() =>
      expect(server.writes().find((w) => w.path === '/reports/r-1/issue')?.body).toEqual({ version: 3 }),
    );
    await waitFor(() => expect(screen.queryByRole('button', issueButton)).toBeNull());
    expect(screen.getAllByText(zhCN.reports.statuses.issued).length).toBeGreaterThan(0);
  });

  it('a leader reads: figures and files, no draft or issue', async () => {
    fakeServer((req) => {
      if (req.path === '/reports') return { body: { items: [report()] } };
      if (req.path === '/reports/r-1') return { body: report() };
      return undefined;
    });
    renderScreen(<ReportsPage />, {
      route: '/reports/r-1',
      path: '/reports/:id',
      user: { ...testUser, permissions: ['report.read'] },
    });
    await screen.findByText('2025年9月，新收一审行政诉讼案件4件。');
    expect(screen.getByRole('link', { name: zhCN.reports.downloadXlsx })).toBeTruthy();
    expect(screen.queryByRole('button', issueButton)).toBeNull();
    expect(screen.queryByRole('button', { name: zhCN.reports.new })).toBeNull();
  });

  it('the annual report is drafted with the year only (no month or quarter field)', async () => {
    const server = fakeServer((req) => {
      if (req.path === '/reports' && req.method === 'GET') return { body: { items: [] } };
      if (req.path === '/reports' && req.method === 'POST')
        return { body: report({ id: 'r-2', kind: 'annual', title: '关于2025年度示例市行政应诉工作情况的报告' }) };
      if (req.path === '/reports/r-2') return { body: report({ id: 'r-2', kind: 'annual' }) };
      return undefined;
    });
    renderScreen(<ReportsPage />, {
      route: '/reports',
      path: '/reports',
      user: { ...testUser, permissions: ['report.read', 'report.manage'] },
    });
    fireEvent.click(await screen.findByRole('button', { name: zhCN.reports.new }));
    const dialog = await screen.findByRole('dialog');
    await pickOption(dialog.querySelector<HTMLElement>('.ant-select')!, zhCN.reports.kinds.annual);
    await waitFor(() => expect(dialog.querySelector('#month')).toBeNull());
    expect(dialog.querySelector('#quarter')).toBeNull();
    fireEvent.change(dialog.querySelector<HTMLInputElement>('#year')!, { target: { value: '2025' } });
    fireEvent.click(
      within(dialog).getByRole('button', { name: new RegExp(`^${zhCN.reports.draft.split('').join('\\s*')}$`) }),
    );
    await waitFor(() =>
      expect(server.writes().find((w) => w.path === '/reports')?.body).toEqual({ kind: 'annual', year: 2025 }),
    );
  });
});
