/**
 * 我的开庭 as the server answers it: a head confirms attendance in one tap (the request names the hearing's version,
 * the list then shows the confirmation), is told clearly when the hearing changed meanwhile (409), and an account
 * linked to no head is told why it sees nothing.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import { MyHearingsPage } from './MyHearingsPage.js';
import type { MyHearing, MyHearings } from './peopleApi.js';

const head = { id: 'h-1', name: '周正', title: '局长', headRole: 'principal' as const, agencyId: testUser.agencyId! };
const user = { ...testUser, role: 'agency_head' as const, permissions: ['case.read', 'hearing.attend'] };

const hearing = (over: Partial<MyHearing> = {}): MyHearing => ({
  id: 'hearing-1',
  caseId: 'case-1',
  caseNumber: '（2026）苏9902行初5号',
  kind: 'trial',
  mode: 'in_person',
  scheduledAt: '2026-12-20T01:30:00.000Z',
  courtroom: '第一法庭',
  status: 'scheduled',
  mustAppearReasons: [],
  notes: null,
  version: 3,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  appearances: [],
  absences: [],
  assessment: {
    counts: false,
    pending: true,
    headAppeared: false,
    principalAppeared: false,
    headSpoke: false,
    absence: 'none',
    reasons: [],
  } as unknown as MyHearing['assessment'],
  mustAppear: { required: false, reasons: [] },
  evaluations: [],
  confirmations: [],
  ...over,
});

const meta = {
  kinds: [{ value: 'trial', label: '开庭' }],
  modes: [{ value: 'in_person', label: '现场' }],
  statuses: [{ value: 'scheduled', label: '已排期' }],
  transitions: {},
  mustAppearReasons: [],
  appearanceRoles: [],
  absenceStatuses: [{ value: 'filed', label: '待备案' }],
  absenceReasons: [],
};

describe('我的开庭', () => {
  it('confirms attendance in one tap with the version read, then shows the confirmation', async () => {
    let confirmed = false;
    const server = fakeServer((req) => {
      if (req.path === '/hearings/meta') return { body: meta };
      if (req.path === '/hearings/mine') {
        const confirmations = confirmed
          ? [{ headId: head.id, headName: head.name, confirmedAt: '2026-12-07T02:00:00.000Z', scheduledAt: '' }]
          : [];
        return { body: { head, items: [hearing({ confirmations })] } satisfies MyHearings };
      }
      if (req.method === 'POST' && req.path === '/hearings/hearing-1/confirm') {
        confirmed = true;
        return { body: hearing() };
      }
      return undefined;
    });
    renderScreen(<MyHearingsPage />, { route: '/my-hearings', path: '/my-hearings', user });
    const card = await screen.findByTestId('my-hearing');
    expect(within(card).getByText('2026-12-20 09:30')).toBeTruthy();
    expect(within(card).getByText(zhCN.myHearings.notConfirmed)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: /^确认出席 2026-12-20 09:30 的庭审$/ }));
    await waitFor(() => expect(within(card).getByText('已于 2026-12-07 10:00 确认出庭')).toBeTruthy());
    expect(server.writes()).toEqual([{ method: 'POST', path: '/hearings/hearing-1/confirm', body: { version: 3 } }]);
    expect(within(card).queryByRole('button', { name: /^确认出席/ })).toBeNull();
  });

  it('says so clearly when the hearing changed before the tap (409)', async () => {
    fakeServer((req) => {
      if (req.path === '/hearings/meta') return { body: meta };
      if (req.path === '/hearings/mine') return { body: { head, items: [hearing()] } };
      if (req.method === 'POST') return { status: 409, body: { code: 'VERSION_CONFLICT', message: '已被他人修改' } };
      return undefined;
    });
    renderScreen(<MyHearingsPage />, { route: '/my-hearings', path: '/my-hearings', user });
    const card = await screen.findByTestId('my-hearing');
    fireEvent.click(within(card).getByRole('button', { name: /^确认出席/ }));
    expect(await screen.findByText(zhCN.myHearings.conflict)).toBeTruthy();
  });

  it('tells an account linked to no head why it sees no hearings', async () => {
    fakeServer((req) => (req.path === '/hearings/mine' ? { body: { head: null, items: [] } } : undefined));
    renderScreen(<MyHearingsPage />, { route: '/my-hearings', path: '/my-hearings', user });
    expect(await screen.findByText(zhCN.myHearings.notLinked)).toBeTruthy();
    expect(screen.queryByTestId('my-hearing')).toBeNull();
  });
});
