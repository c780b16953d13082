/**
 * The case detail's 期限 section, on the detail page as the server answers it: each deadline's state (days left, overdue
 * in red with the days past, 已完成 / 已逾期 once closed), 暂定 dates, a custom date beside the statutory one, a year
 * the calendar does not cover, and the actions (mark done, reopen) for users who may change the case.
 */
import { todayInChina } from '@shuangjiang/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { caseDetail, caseScreenCache } from '../../test/fixtures.js';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import type { DeadlineOut } from './api.js';
import { CaseDetailPage } from './CaseDetailPage.js';

/** A date `days` from today in China (negative: past). */
const inDays = (days: number) => dayjs(todayInChina()).add(days, 'day').format('YYYY-MM-DD');

const deadline = (ruleId: string, over: Partial<DeadlineOut>): DeadlineOut => {
  const due = over.effectiveDueDate === undefined ? inDays(5) : over.effectiveDueDate;
  return {
    id: `d-${ruleId}`,
    ruleId,
    name: ruleId,
    fromDate: '2024-03-05',
    dueDate: due,
    customDueDate: null,
    customReason: null,
    effectiveDueDate: due,
    provisional: false,
    dueDateProvisional: false,
    explanation: `自立案之日起算（${ruleId}）`,
    basis: '行政诉讼法',
    status: 'open',
    daysLeft: null,
    overdue: false,
    ...over,
  };
};

const detail = caseDetail({
  deadlines: [
    deadline('litigation.defense', { effectiveDueDate: inDays(5), daysLeft: 5 }),
    deadline('litigation.evidence', { effectiveDueDate: inDays(-3), daysLeft: -3, overdue: true }),
    deadline('litigation.first-instance', { status: 'met', effectiveDueDate: inDays(-10) }),
    deadline('litigation.appeal', { status: 'missed', effectiveDueDate: inDays(-1) }),
    deadline('loss.analysis-report', { effectiveDueDate: null, dueDate: null }),
    deadline('loss.rectification', {
      effectiveDueDate: inDays(20),
      dueDate: inDays(20),
      provisional: true,
      dueDateProvisional: true,
    }),
    deadline('head.appearance-report', {
      dueDate: inDays(30),
      customDueDate: inDays(12),
      customReason: '领导要求提前',
      effectiveDueDate: inDays(12),
      dueDateProvisional: true,
    }),
  ],
});

function renderDetail(user = testUser) {
  const server = fakeServer((req) => {
    if (req.method === 'GET' && req.path === `/cases/${detail.id}`) return { body: detail };
    if (req.method === 'PATCH' && req.path.startsWith(`/cases/${detail.id}/deadlines/`)) return { body: detail };
    return undefined;
  });
  renderScreen(<CaseDetailPage />, { route: `/cases/${detail.id}`, path: '/cases/:id', user, cache: caseScreenCache });
  return server;
}

/** The table row of a deadline, by its rule. */
async function row(ruleId: string): Promise<HTMLElement> {
  const name = await screen.findByTestId(`deadline-name-${ruleId}`);
  const tr = name.closest('tr');
  if (!tr) throw new Error(`no row for ${ruleId}`);
  return tr;
}

/** A row's cells after the expand button: name, from, due, left (and the actions for a user who may change the case). */
const cells = (tr: HTMLElement) => [...tr.querySelectorAll<HTMLElement>('td:not(.ant-table-row-expand-icon-cell)')];

describe('案件详情: 期限', () => {
  it('shows each deadline’s state: days left, overdue in red with the days past, 已完成 / 已逾期 once closed', async () => {
    renderDetail();
    const open = await row('litigation.defense');
    expect(cells(open)[3]?.textContent).toBe(zhCN.cases.daysLeft.replace('{{count}}', '5'));
    expect(open.getAttribute('data-overdue')).toBeNull();

    const late = await row('litigation.evidence');
    expect(late.getAttribute('data-overdue')).toBe('true');
    expect(cells(late)[3]?.textContent).toBe(zhCN.cases.overdueDays.replace('{{count}}', '3'));
    const lateDate = within(cells(late)[2]!).getByText(inDays(-3));
    expect(lateDate.className).toContain('ant-typography-danger');

    // Closed deadlines show their status instead of counting days.
    expect(cells(await row('litigation.first-instance'))[3]?.textContent).toBe('已完成');
    expect(cells(await row('litigation.appeal'))[3]?.textContent).toBe('已逾期');
    // A year the calendar does not cover: no date, and the reason for it.
    const uncovered = cells(await row('loss.analysis-report'))[2]!;
    expect(uncovered.textContent?.trim()).toBe('—');
    expect(within(uncovered).getByLabelText(zhCN.cases.detail.deadlineNoCalendar)).toBeTruthy();
  });

  it('marks a provisional date 暂定, and shows a custom date with the statutory one beside it', async () => {
    renderDetail();
    const provisional = await screen.findByTestId('deadline-due-loss.rectification');
    expect(provisional.textContent).toBe(`${inDays(20)}${zhCN.cases.provisional}`);
    expect(screen.getByTestId('deadline-due-litigation.defense').textContent).toBe(inDays(5));

    const custom = screen.getByTestId('deadline-custom-head.appearance-report');
    expect(custom.textContent).toContain(`${inDays(12)} ${zhCN.caseWork.customTag}`);
    // The 暂定 belongs to the statutory date (the custom one is the user's own).
    const tag = within(custom).getByTestId('provisional-tag');
    expect(tag.parentElement?.textContent).toBe(
      `${zhCN.caseWork.statutory.replace('{{date}}', inDays(30))}${zhCN.cases.provisional}`,
    );
    expect(custom.textContent).toContain('领导要求提前');
  });

  it('opens a deadline’s explanation from its row', async () => {
    renderDetail();
    const tr = await row('litigation.evidence');
    fireEvent.click(tr.querySelector('.ant-table-row-expand-icon') as HTMLElement);
    expect(await screen.findByText('自立案之日起算（litigation.evidence）')).toBeTruthy();
  });

  it('lets a user who may change the case mark an open deadline done and reopen a done one', async () => {
    const server = renderDetail();
    fireEvent.click(await screen.findByTestId('deadline-done-litigation.defense'));
    await waitFor(() => expect(server.writes()).toHaveLength(1));
    expect(server.writes()[0]).toEqual({
      method: 'PATCH',
      path: `/cases/${detail.id}/deadlines/d-litigation.defense`,
      body: { status: 'met' },
    });

    const done = await row('litigation.first-instance');
    expect(within(done).queryByText(zhCN.caseWork.markDone)).toBeNull();
    fireEvent.click(within(done).getByText(zhCN.caseWork.reopen));
    await waitFor(() => expect(server.writes()).toHaveLength(2));
    expect(server.writes()[1]?.body).toEqual({ status: 'open' });
  });

  it('offers no actions to a user who may only read the case', async () => {
    renderDetail({ ...testUser, permissions: ['case.read'] });
    await row('litigation.defense');
    expect(screen.queryByTestId('deadline-done-litigation.defense')).toBeNull();
    expect(within(screen.getByTestId('section-deadlines')).queryByText(zhCN.caseWork.actions)).toBeNull();
  });
});
