import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.js';
import { officialSchedule } from '../calendar/officialSchedule.js';
import { computeDeadline } from '../deadlines/compute.js';
import { getDeadlineRule } from '../deadlines/rules.js';
import {
  isSuggestionKind,
  onTimeReplyRate,
  onTimeReplyRateBy,
  periodDue,
  SUGGESTION_KIND_TABLE,
  SUGGESTION_KINDS,
  type SuggestionReplyRow,
  suggestionDue,
} from './suggestions.js';

const cal = createCalendar(officialSchedule);

describe('the kinds table', () => {
  it('has one row per kind, each with a source and a basis', () => {
    expect(SUGGESTION_KIND_TABLE.map((r) => r.kind)).toEqual([...SUGGESTION_KINDS]);
    for (const r of SUGGESTION_KIND_TABLE) expect(r.basis.length).toBeGreaterThan(4);
  });

  it.each([
    ['judicial', '司法建议', 'months', 2, 'judicial-rule', '第8条'],
    ['procuratorial', '检察建议', 'months', 2, 'local', '可配置'],
    ['reconsideration_opinion', '行政复议意见书', 'days', 60, 'statute', '行政复议法第76条'],
    ['reconsideration_suggestion', '行政复议建议书', null, null, 'seed', '本地配置'],
    ['enforcement_supervision', '执法监督建议', null, null, 'seed', '本地配置'],
  ] as const)('%s %s: %s %s (%s)', (kind, label, counting, length, source, basis) => {
    const r = SUGGESTION_KIND_TABLE.find((x) => x.kind === kind)!;
    expect(r.label).toBe(label);
    expect(r.period?.counting ?? null).toBe(counting);
    expect(r.period?.length ?? null).toBe(length);
    expect(r.source).toBe(source);
    expect(r.basis).toContain(basis);
  });

  it('agrees with the deadline table where both hold the period', () => {
    for (const r of SUGGESTION_KIND_TABLE.filter((x) => x.deadlineRuleId)) {
      const rule = getDeadlineRule(r.deadlineRuleId!);
      expect(rule.length).toBe(r.period!.length);
      for (const from of ['2024-12-31', '2025-08-31', '2025-07-31', '2024-08-02', '2025-11-30']) {
        expect(periodDue(from, r.period!, cal)).toBe(computeDeadline(rule.id, from, cal).due);
      }
    }
  });

  it('knows its kinds', () => {
    expect(isSuggestionKind('judicial')).toBe(true);
    expect(isSuggestionKind('made_up')).toBe(false);
    expect(isSuggestionKind(3)).toBe(false);
  });
});

// Counted by hand: 2025 春节 01-28..02-04 off; 2025 国庆/中秋 10-01..10-08 off (09-28, 10-11 调休上班);
// 2024 国庆 10-01..10-07 off.
describe('suggestionDue', () => {
  it.each([
    // months: the same date two months on, the month's last day when it has none, rolled off rest days
    ['judicial', '2025-03-10', undefined, '2025-05-12', 'table'], // 05-10 Saturday → Monday 05-12
    ['judicial', '2024-12-31', undefined, '2025-02-28', 'table'], // no 02-31: month's last day (Friday)
    ['procuratorial', '2025-07-31', undefined, '2025-09-30', 'table'], // 09-30 Tuesday
    ['procuratorial', '2025-08-01', undefined, '2025-10-09', 'table'], // 10-01 in 国庆/中秋 → 10-09
    // 60 days from the day after receipt
    ['reconsideration_opinion', '2025-08-01', undefined, '2025-09-30', 'table'],
    ['reconsideration_opinion', '2025-08-03', undefined, '2025-10-09', 'table'], // 10-02 → 10-09
    ['reconsideration_opinion', '2024-11-30', undefined, '2025-02-05', 'table'], // 01-29 Spring Festival → 02-05
    // the document's own period wins
    ['judicial', '2025-03-10', '2025-04-10', '2025-04-10', 'document'],
    ['enforcement_supervision', '2025-03-10', '2025-03-31', '2025-03-31', 'document'],
    // no period: no due date
    ['reconsideration_suggestion', '2025-03-10', undefined, null, 'none'],
    ['enforcement_supervision', '2025-03-10', undefined, null, 'none'],
  ] as const)('%s received %s (stated %s) → %s from %s', (kind, receivedOn, statedDue, due, from) => {
    const r = suggestionDue({ kind, receivedOn, statedDue }, cal);
    expect(r.due).toBe(due);
    expect(r.from).toBe(from);
  });

  it('a configured local period overrides the table, and fills a kind without one', () => {
    const configured = {
      procuratorial: { counting: 'days', length: 30 },
      enforcement_supervision: { counting: 'workdays', length: 15 },
    } as const;
    expect(suggestionDue({ kind: 'procuratorial', receivedOn: '2025-03-10' }, cal, configured)).toMatchObject({
      due: '2025-04-09',
      from: 'configured',
    });
    // 15 working days after 2025-09-26 (Fri): 09-28 (Sun) and 10-11 (Sat) 调休上班 count, 10-01..10-08 and the
    // weekends do not: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13..10-17, 10-20..10-23.
    expect(suggestionDue({ kind: 'enforcement_supervision', receivedOn: '2025-09-26' }, cal, configured)).toMatchObject(
      { due: '2025-10-23', from: 'configured' },
    );
    expect(suggestionDue({ kind: 'judicial', receivedOn: '2025-03-10' }, cal, configured).from).toBe('table');
  });

  it('refuses a bad period or date', () => {
    expect(() => periodDue('2025-03-10', { counting: 'days', length: 0 }, cal)).toThrow('答复期限应为正整数');
    expect(() => periodDue('2025-02-30', { counting: 'days', length: 5 }, cal)).toThrow();
    expect(() => suggestionDue({ kind: 'judicial', receivedOn: '2025-03-10', statedDue: '2025/4/1' }, cal)).toThrow();
  });
});

describe('onTimeReplyRate', () => {
  const rows: (SuggestionReplyRow & { agency: string })[] = [
    { id: 'a', agency: 'X', due: '2025-03-31', repliedOn: '2025-03-31' }, // on the day: on time
    { id: 'b', agency: 'X', due: '2025-03-15', repliedOn: '2025-03-16' }, // late
    { id: 'c', agency: 'Y', due: '2025-02-01', repliedOn: null }, // overdue
    { id: 'd', agency: 'Y', due: '2025-04-01', repliedOn: '2025-03-01' }, // due after the period
    { id: 'e', agency: 'Y', due: null, repliedOn: null }, // no period configured
    { id: 'f', agency: 'X', due: '2025-01-01', repliedOn: '2024-12-20' }, // first day of the period, early
  ];
  const Q1 = { from: '2025-01-01', to: '2025-03-31' };

  it.each([
    ['whole quarter', Q1, undefined, ['a', 'f'], ['a', 'b', 'c', 'f'], 0.5],
    ['as of 03-20: one replied early counts though due later', Q1, '2025-03-20', ['a', 'f'], ['a', 'b', 'c', 'f'], 0.5],
    ['February only', { from: '2025-02-01', to: '2025-02-28' }, undefined, [], ['c'], 0],
    ['nothing due', { from: '2025-06-01', to: '2025-06-30' }, undefined, [], [], null],
  ] as const)('%s', (_name, period, asOf, onTime, due, value) => {
    const r = onTimeReplyRate(rows, period, asOf);
    expect(r.onTimeIds).toEqual(onTime);
    expect(r.dueIds).toEqual(due);
    expect(r.numerator).toBe(onTime.length);
    expect(r.denominator).toBe(due.length);
    expect(r.value).toBe(value);
    expect(r.withoutDueIds).toEqual(['e']);
  });

  it('sorts the misses: overdue, late, not yet due', () => {
    const open: SuggestionReplyRow[] = [
      { id: 'p', due: '2025-03-25', repliedOn: null },
      { id: 'q', due: '2025-03-20', repliedOn: null }, // due today: can still be answered
      { id: 'r', due: '2025-03-19', repliedOn: null },
      { id: 's', due: '2025-03-10', repliedOn: '2025-03-11' },
    ];
    const r = onTimeReplyRate(open, Q1, '2025-03-20');
    expect(r.notYetDueIds).toEqual(['p', 'q']);
    expect(r.overdueIds).toEqual(['r']);
    expect(r.lateIds).toEqual(['s']);
    expect(r).toMatchObject({ numerator: 0, denominator: 2, value: 0 });
    expect(onTimeReplyRate(open, Q1).overdueIds).toEqual(['p', 'q', 'r']);
  });

  it('per agency', () => {
    const by = onTimeReplyRateBy(rows, (r) => r.agency, Q1);
    expect([...by.keys()]).toEqual(['X', 'Y']);
    expect(by.get('X')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(by.get('Y')).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    expect(onTimeReplyRateBy<SuggestionReplyRow>([], (r) => r.id, Q1).size).toBe(0);
  });
});
