/**
 * 关键指标's monthly trend as a table too (the line is hidden from screen readers): a column per month, each value
 * opening exactly that month's cases of the figure's numerator (the figure's own link with the month's dates).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../app/auth/session.js';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import { KeyFiguresCard } from './KeyFiguresCard.js';

const city: SessionUser = {
  ...testUser,
  role: 'city_coordinator',
  regionCode: '329900',
  regionName: '示例市',
  agencyId: null,
  agencyName: null,
  permissions: ['case.read', 'indicator.read', 'dashboard.read'],
};
const change = {
  from: '',
  to: '',
  numerator: 0,
  denominator: null,
  value: null,
  display: '—',
  change: null,
  changeDisplay: '—',
};
const link =
  '/api/v1/cases?indicator=new_cases&indicatorPart=numerator&indicatorFrom=2026-01-01&indicatorTo=2026-12-07&indicatorVersion=0';
const month = (key: string, n: number) => ({
  key,
  label: key,
  numerator: n,
  denominator: null,
  value: n,
  display: String(n),
});
const figures = {
  definition: { id: 'demo-city', name: '示范市指标口径', version: 0 },
  period: { from: '2026-01-01', to: '2026-12-07', kind: 'custom', label: '2026-01-01至2026-12-07' },
  scope: { regionCode: null, regionName: '示例市', agencyId: null },
  by: 'month',
  figures: [
    {
      id: 'new_cases',
      label: '新收一审行政诉讼案件',
      kind: 'new_cases',
      definition: { id: 'demo-city', version: 0 },
      numerator: 12,
      denominator: null,
      value: 12,
      display: '12',
      yearOnYear: change,
      periodOnPeriod: change,
      units: [month('2026-02', 5), month('2026-01', 7), month('2026-03', 0)],
      cases: { numerator: link, denominator: null },
    },
  ],
  unavailable: [],
  breakdown: [],
};

describe('关键指标', () => {
  it('shows the monthly trend as a table, each month’s value opening that month’s cases', async () => {
    fakeServer((req) => (req.path.startsWith('/indicators/figures?') ? { body: figures } : undefined));
    renderScreen(<KeyFiguresCard />, { user: city });
    const table = await screen.findByTestId('trend-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['月份', '2026-01', '2026-02', '2026-03']);
    const feb = within(table).getByRole('link', { name: '查看2026-02“新收一审行政诉讼案件”计入分子的 5 件案件' });
    const q = new URL(feb.getAttribute('href') ?? '', 'http://x').searchParams;
    expect([q.get('indicator'), q.get('indicatorFrom'), q.get('indicatorTo'), q.get('exactTotal')]).toEqual([
      'new_cases',
      '2026-02-01',
      '2026-02-28',
      'true',
    ]);
    // A month without cases: its 0, nothing to open.
    expect(within(table).getAllByRole('link')).toHaveLength(2);
    expect(screen.getByTestId('figure-trend').getAttribute('aria-hidden')).toBe('true');
  });
});
