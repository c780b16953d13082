import { describe, expect, it } from 'vitest';
import { principalAppearanceCoverage } from './principalCoverage.js';

describe('principalAppearanceCoverage (docs/rules/accountability.md#principal-appearance)', () => {
  it.each([
    [
      'no agency heard: nothing to cover, rate null, not full',
      ['a', 'b'],
      [],
      { numerator: 0, denominator: 0, value: null, full: false },
    ],
    [
      'one of two heard agencies had its principal appear',
      ['a', 'b', 'c'],
      [
        { agencyId: 'a', casesHeard: 3, principalAppeared: 1 },
        { agencyId: 'b', casesHeard: 2, principalAppeared: 0 },
      ],
      { numerator: 1, denominator: 2, value: 0.5, full: false, uncoveredAgencyIds: ['b'] },
    ],
    [
      'every heard agency covered is 全覆盖; an agency outside the list is ignored',
      ['a'],
      [
        { agencyId: 'a', casesHeard: 1, principalAppeared: 1 },
        { agencyId: 'x', casesHeard: 5, principalAppeared: 0 },
      ],
      { numerator: 1, denominator: 1, value: 1, full: true, uncoveredAgencyIds: [] },
    ],
  ] as const)('%s', (_, agencies, heard, expected) => {
    expect(principalAppearanceCoverage(agencies, heard)).toMatchObject(expected);
  });

  it('marks each agency covered, not covered, or null with no case heard', () => {
    const r = principalAppearanceCoverage(
      ['a', 'b', 'c'],
      [
        { agencyId: 'a', casesHeard: 1, principalAppeared: 1 },
        { agencyId: 'b', casesHeard: 1, principalAppeared: 0 },
        { agencyId: 'c', casesHeard: 0, principalAppeared: 0 },
      ],
    );
    expect([...r.byAgency]).toEqual([
      ['a', true],
      ['b', false],
      ['c', null],
    ]);
  });
});
