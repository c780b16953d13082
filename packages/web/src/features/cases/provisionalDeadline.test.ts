// @vitest-environment jsdom
/**
 * A deadline computed while its year's holiday schedule is not entered shows 暂定 beside its date on the case
 * detail (and the explanation says why); a final one does not. Component test in jsdom with the real i18n.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, DeadlineOut } from './api.js';

beforeAll(() => {
  // antd's responsive helpers read matchMedia, which jsdom lacks.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
});
afterEach(cleanup);

const deadline = (over: Partial<DeadlineOut>): DeadlineOut => ({
  id: over.ruleId ?? 'd',
  ruleId: 'litigation.first-instance',
  name: '一审审理',
  fromDate: '2026-08-05',
  dueDate: '2027-02-09',
  customDueDate: null,
  customReason: null,
  effectiveDueDate: '2027-02-09',
  provisional: false,
  dueDateProvisional: over.provisional ?? false,
  explanation: '自立案之日（2026-08-05）起算6个月，届满日2027-02-05为春节放假…。',
  basis: '行政诉讼法第81条',
  status: 'open',
  daysLeft: 64,
  overdue: false,
  ...over,
});

describe('case detail deadlines: 暂定', () => {
  it('marks a provisional date 暂定 and leaves a final one unmarked', async () => {
    await import('../../app/i18n/index.js');
    const { DeadlinesSection } = await import('./detailSections.js');
    const detail = {
      deadlines: [
        deadline({
          ruleId: 'litigation.first-instance',
          provisional: true,
          explanation:
            '…。暂定：2027年放假安排尚未录入，按周末和法定节假日推算（未计调休和补假），录入该年放假安排后自动改为正式日期。',
        }),
        deadline({ id: 'd2', ruleId: 'litigation.defense', dueDate: '2026-12-16', effectiveDueDate: '2026-12-16' }),
        // A custom date is the user's own (not 暂定); the statutory date shown beside it still is.
        deadline({
          id: 'd3',
          ruleId: 'loss.analysis-report',
          customDueDate: '2027-01-20',
          customReason: '领导要求提前',
          effectiveDueDate: '2027-01-20',
          dueDateProvisional: true,
        }),
      ],
    } as unknown as CaseDetail;
    render(createElement(DeadlinesSection, { detail, phone: false }));

    const provisional = await screen.findByTestId('deadline-due-litigation.first-instance');
    expect(provisional.textContent).toContain('2027-02-09');
    expect(within(provisional).getByTestId('provisional-tag').textContent).toBe('暂定');
    const final = screen.getByTestId('deadline-due-litigation.defense');
    expect(final.textContent).toBe('2026-12-16');
    expect(within(final).queryByTestId('provisional-tag')).toBeNull();
    const custom = screen.getByTestId('deadline-custom-loss.analysis-report');
    expect(custom.textContent).toContain('2027-01-20');
    expect(within(custom).getAllByTestId('provisional-tag')).toHaveLength(1);
    expect(within(custom).getByTestId('provisional-tag').parentElement?.textContent).toContain('2027-02-09');
    // The days-left column carries no second marker: one 暂定 per provisional date shown.
    expect(screen.getAllByTestId('provisional-tag')).toHaveLength(2);
  });
});
