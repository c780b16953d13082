/**
 * 县区分布 as the server answers it: the city coordinator sees the demo city's counties (from the city's map file) with
 * the chosen figure of the period, as a map and as a table whose every number opens exactly that county's cases (the
 * figure's own case link narrowed to the county; 市本级 with regionExact); choosing another figure or period asks the
 * server again; a county coordinator gets no city map.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../app/auth/session.js';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import { todayInChina } from '../cases/format.js';
import { CountyMapCard } from './CountyMapCard.js';
import cityMap from './maps/329900.geo.json';

const city: SessionUser = {
  ...testUser,
  username: 'city',
  role: 'city_coordinator',
  regionCode: '329900',
  regionName: '示例市',
  agencyId: null,
  agencyName: null,
  permissions: ['case.read', 'indicator.read', 'dashboard.read'],
};

const link = (id: string, part: string) =>
  `/api/v1/cases?indicator=${id}&indicatorPart=${part}&indicatorFrom=2026-01-01&indicatorTo=2026-12-07&indicatorVersion=0&indicatorRegionPath=%2F329900%2F`;
const unit = (key: string, label: string, numerator: number, denominator: number | null) => ({
  key,
  label,
  numerator,
  denominator,
  value: denominator === null ? numerator : numerator / denominator,
  display: denominator === null ? String(numerator) : `${((numerator / denominator) * 100).toFixed(2)}%`,
});
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
const figure = (id: string, label: string, units: ReturnType<typeof unit>[], rate: boolean) => ({
  id,
  label,
  kind: id,
  definition: { id: 'demo-city', version: 0 },
  numerator: units.reduce((n, u) => n + u.numerator, 0),
  denominator: rate ? units.reduce((n, u) => n + (u.denominator ?? 0), 0) : null,
  value: 0,
  display: '',
  yearOnYear: change,
  periodOnPeriod: change,
  units,
  cases: { numerator: link(id, 'numerator'), denominator: rate ? link(id, 'denominator') : null },
});
const answer = (from: string, to: string) => ({
  definition: { id: 'demo-city', name: '示范市指标口径', version: 0 },
  period: { from, to, kind: 'year', label: '2026年' },
  scope: { regionCode: null, regionName: '示例市', agencyId: null },
  by: 'region',
  figures: [
    figure(
      'new_cases',
      '新收一审行政诉讼案件',
      [
        unit('329902', '城东区', 109, null),
        unit('329903', '城西区', 92, null),
        unit('329921', '湖滨县', 83, null),
        unit('329904', '江北区', 83, null),
        unit('329981', '清河市', 48, null),
        // 山南县 has none this period: the server lists no unit, the table still shows the county with 0.
        unit('329900', '示例市', 83, null),
      ],
      false,
    ),
    figure(
      'loss_rate',
      '一审败诉率',
      [unit('329902', '城东区', 12, 116), unit('329922', '山南县', 10, 60), unit('329900', '示例市', 13, 82)],
      true,
    ),
  ],
  unavailable: [],
  breakdown: [],
});

function serve() {
  return fakeServer((req) => {
    if (req.path.startsWith('/indicators/figures?')) {
      const q = new URLSearchParams(req.path.slice(req.path.indexOf('?') + 1));
      return { body: answer(q.get('from') ?? '', q.get('to') ?? '') };
    }
    return undefined;
  });
}

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByTestId('map-row-name')
    .find((n) => n.textContent === name)
    ?.closest('tr') as HTMLElement;

describe('县区分布', () => {
  it('shows every county of the city’s map with the figure, each number opening exactly that county’s cases', async () => {
    const server = serve();
    renderScreen(<CountyMapCard />, { user: city });
    const table = await screen.findByTestId('map-table');
    expect(screen.getByTestId('county-map').getAttribute('aria-hidden')).toBe('true');
    const names = within(table)
      .getAllByTestId('map-row-name')
      .map((n) => n.textContent);
    // The six counties of the map file, then the city's own cases.
    expect(names).toEqual([...cityMap.features.map((f) => f.properties.name), '示例市本级']);
    expect(names).toHaveLength(7);
    expect(server.requests.filter((r) => r.path.startsWith('/indicators/figures?'))[0]?.path).toMatch(/by=region/);

    const east = within(rowOf(table, '城东区')).getByRole('link', {
      name: '查看城东区“新收一审行政诉讼案件”计入分子的 109 件案件',
    });
    expect(east.textContent).toBe('109');
    const href = new URL(east.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/cases');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      indicator: 'new_cases',
      indicatorPart: 'numerator',
      indicatorFrom: '2026-01-01',
      indicatorTo: '2026-12-07',
      indicatorVersion: '0',
      indicatorRegionPath: '/329900/',
      exactTotal: 'true',
      regionCode: '329902',
    });
    // 市本级: only the city's own cases, not the whole city.
    const own = within(rowOf(table, '示例市本级')).getByRole('link');
    expect(new URL(own.getAttribute('href') ?? '', 'http://x').searchParams.get('regionExact')).toBe('true');
    expect(new URL(east.getAttribute('href') ?? '', 'http://x').searchParams.get('regionExact')).toBeNull();
    // A county without cases of the figure: 0, nothing to open.
    const south = rowOf(table, '山南县');
    expect(within(south).queryByRole('link')).toBeNull();
    expect(within(south).getByTestId('map-row-value').textContent).toBe('0');
  });

  it('shows another figure (a rate with its counts) and asks again for another period', async () => {
    const server = serve();
    renderScreen(<CountyMapCard />, { user: city });
    const table = await screen.findByTestId('map-table');
    fireEvent.mouseDown(within(screen.getByTestId('map-figure')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('一审败诉率'));
    await waitFor(() => expect(within(rowOf(table, '城东区')).getByTestId('map-row-value').textContent).toBe('10.34%'));
    expect(within(rowOf(table, '城东区')).getByText('12/116')).toBeTruthy();
    const link = within(rowOf(table, '山南县')).getByRole('link', { name: /山南县“一审败诉率”计入分子的 10 件/ });
    expect(new URL(link.getAttribute('href') ?? '', 'http://x').searchParams.get('indicator')).toBe('loss_rate');
    // A county with no concluded case: no rate.
    expect(within(rowOf(table, '江北区')).getByTestId('map-row-value').textContent).toBe('—');

    const before = server.requests.length;
    fireEvent.mouseDown(within(screen.getByTestId('map-period')).getByRole('combobox'));
    const lastYear = String(Number(todayInChina().slice(0, 4)) - 1);
    fireEvent.click(await screen.findByTitle(`${lastYear}年`));
    await waitFor(() =>
      expect(
        server.requests.slice(before).some((r) => r.path.includes(`from=${lastYear}-01-01&to=${lastYear}-12-31`)),
      ).toBe(true),
    );
  });

  it('a county coordinator gets no city map', async () => {
    const server = serve();
    const { container } = renderScreen(<CountyMapCard />, {
      user: { ...city, role: 'county_coordinator', regionCode: '329902', regionName: '城东区' },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(container.querySelector('[data-testid=dashboard-map]')).toBeNull();
    expect(server.requests).toHaveLength(0);
  });
});
