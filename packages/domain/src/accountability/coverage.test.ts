import { describe, expect, it } from 'vitest';
import { type CoverageSession, coverageOfYear } from './coverage.js';

const agencies = ['公安局', '自然资源局', '住建局', '市场监管局'];
const sessions: CoverageSession[] = [
  { id: 't1', kind: 'training', date: '2025-03-01', attendingAgencyIds: ['公安局', '公安局', '住建局'] },
  { id: 't2', kind: 'training', date: '2025-12-31', attendingAgencyIds: ['自然资源局', '公安局'] },
  { id: 't3', kind: 'training', date: '2024-12-31', attendingAgencyIds: ['市场监管局'] }, // last year
  { id: 't4', kind: 'training', date: '2026-01-01', attendingAgencyIds: ['市场监管局'] }, // next year
  { id: 'o1', kind: 'trial_observation', date: '2025-01-01', attendingAgencyIds: ['市场监管局', '已撤并的局'] },
];

describe('coverageOfYear', () => {
  it.each([
    // [year, kind, covered, uncovered, value, full]
    [2025, 'training', ['公安局', '自然资源局', '住建局'], ['市场监管局'], 0.75, false],
    [2025, 'trial_observation', ['市场监管局'], ['公安局', '自然资源局', '住建局'], 0.25, false],
    [2024, 'training', ['市场监管局'], ['公安局', '自然资源局', '住建局'], 0.25, false],
    [2026, 'trial_observation', [], agencies, 0, false],
  ] as const)('%s %s', (year, kind, covered, uncovered, value, full) => {
    const r = coverageOfYear(agencies, sessions, year).byKind[kind];
    expect(r.coveredAgencyIds).toEqual(covered);
    expect(r.uncoveredAgencyIds).toEqual(uncovered);
    expect(r).toMatchObject({ numerator: covered.length, denominator: agencies.length, value, full });
  });

  it('full coverage when every agency attended', () => {
    const all: CoverageSession = { id: 'x', kind: 'training', date: '2025-06-01', attendingAgencyIds: agencies };
    expect(coverageOfYear(agencies, [all], 2025).byKind.training).toMatchObject({ value: 1, full: true });
  });

  it('lists the sessions per covered agency, once per session', () => {
    const r = coverageOfYear(agencies, sessions, 2025).byKind.training;
    expect(r.sessionsByAgency.get('公安局')).toEqual(['t1', 't2']);
    expect(r.sessionsByAgency.has('市场监管局')).toBe(false);
  });

  it('reports attending agencies not in the list without counting them', () => {
    const r = coverageOfYear(agencies, sessions, 2025);
    expect(r.unknownAgencyIds).toEqual(['已撤并的局']);
    expect(r.byKind.trial_observation.numerator).toBe(1);
  });

  it('no agencies: rate null, not full', () => {
    const r = coverageOfYear([], sessions, 2025).byKind.training;
    expect(r).toMatchObject({ numerator: 0, denominator: 0, value: null, full: false });
  });

  it('an agency listed twice counts once', () => {
    expect(coverageOfYear(['公安局', '公安局'], sessions, 2025).byKind.training.denominator).toBe(1);
  });
});
