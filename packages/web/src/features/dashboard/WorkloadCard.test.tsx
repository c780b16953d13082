/**
 * 期限分档 as the server answers it: a city coordinator picks a county and the card asks for that county's buckets
 * (regionCode), each number then opening the county's cases (the totals' list narrowed to it); a county coordinator
 * has no picker.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../app/auth/session.js';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import { WorkloadCard } from './WorkloadCard.js';
import type { Workload } from './workloadApi.js';

const city: SessionUser = {
  ...testUser,
  username: 'city',
  role: 'city_coordinator',
  regionCode: '329900',
  regionName: '示例市',
  agencyId: null,
  agencyName: null,
  permissions: ['case.read', 'dashboard.read'],
};

const regions = [
  { code: '329900', name: '示例市', level: 'city', parentCode: null, path: '/329900/' },
  { code: '329902', name: '城东区', level: 'county', parentCode: '329900', path: '/329900/329902/' },
  { code: '329903', name: '江北区', level: 'county', parentCode: '329900', path: '/329900/329903/' },
];

const base = {
  today: '2025-03-10',
  dates: { overdueBy: '2025-03-09', within10By: '2025-03-20', within20By: '2025-03-30' },
  statuses: { deadlines: 'registered,in_progress,concluded', noHandler: 'registered,in_progress' },
  people: [],
};
const whole: Workload = {
  ...base,
  level: 'city',
  totals: { overdue: 3, within10: 4, within20: 5, noHandler: 2 },
  units: [
    {
      key: '329902',
      name: '城东区',
      filter: { regionCode: '329902' },
      overdue: 2,
      within10: 3,
      within20: 4,
      noHandler: 1,
    },
    {
      key: '329903',
      name: '江北区',
      filter: { regionCode: '329903' },
      overdue: 1,
      within10: 1,
      within20: 1,
      noHandler: 1,
    },
  ],
};
const east: Workload = {
  ...base,
  level: 'county',
  totals: { overdue: 2, within10: 3, within20: 4, noHandler: 1 },
  units: [
    {
      key: 'a1',
      name: '城东区司法局',
      filter: { regionCode: '329902', agencyId: 'a1' },
      overdue: 2,
      within10: 3,
      within20: 4,
      noHandler: 1,
    },
  ],
};

function serve() {
  return fakeServer((req) => {
    if (req.path === '/regions') return { body: { items: regions } };
    if (req.path === '/cases/workload') return { body: whole };
    if (req.path === '/cases/workload?regionCode=329902') return { body: east };
    return undefined;
  });
}

describe('期限分档', () => {
  it('a city coordinator picks a county: its buckets, each number opening the county’s cases', async () => {
    const server = serve();
    renderScreen(<WorkloadCard />, { user: city });
    const table = await screen.findByTestId('workload-table');
    await waitFor(() =>
      expect(
        within(table)
          .getAllByTestId('workload-row-name')
          .map((n) => n.textContent),
      ).toEqual(['城东区', '江北区']),
    );
    fireEvent.mouseDown(within(screen.getByTestId('workload-region')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('城东区'));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('workload-table'))
          .getAllByTestId('workload-row-name')
          .map((n) => n.textContent),
      ).toEqual(['城东区司法局']),
    );
    expect(server.requests.some((r) => r.path === '/cases/workload?regionCode=329902')).toBe(true);
    const links = within(screen.getByTestId('workload-table')).getAllByTestId('bucket-overdue');
    const params = links.map((l) => Object.fromEntries(new URL(l.getAttribute('href')!, 'http://x').searchParams));
    // The agency's row and the totals: both inside the county.
    expect(params.map((p) => [p.regionCode, p.agencyId ?? null, p.dueBy])).toEqual([
      ['329902', 'a1', '2025-03-09'],
      ['329902', null, '2025-03-09'],
    ]);
    expect(links.map((l) => l.textContent)).toEqual(['2', '2']);
  });

  it('a county coordinator has no county picker', async () => {
    serve();
    renderScreen(<WorkloadCard />, {
      user: { ...city, role: 'county_coordinator', regionCode: '329902', regionName: '城东区' },
    });
    await screen.findByTestId('workload-table');
    expect(screen.queryByTestId('workload-region')).toBeNull();
  });
});
