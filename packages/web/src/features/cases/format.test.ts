import { describe, expect, it } from 'vitest';
import { casePermissions, daysUntil, labelOf, todayInChina } from './format.js';

describe('case display helpers', () => {
  it('counts days in China time', () => {
    // 2026-03-01 17:00 UTC is already 2026-03-02 in China.
    expect(todayInChina(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(daysUntil('2026-03-05', '2026-03-02')).toBe(3);
    expect(daysUntil('2026-02-28', '2026-03-02')).toBe(-2);
  });

  it('falls back to the code for an unknown label', () => {
    expect(labelOf([{ value: 'red', label: '红色' }], 'red')).toBe('红色');
    expect(labelOf(undefined, 'red')).toBe('red');
    expect(labelOf([], null)).toBe('');
  });

  it('only coordinators delete; leaders only read', () => {
    expect(casePermissions({ role: 'county_coordinator' })).toMatchObject({ update: true, delete: true });
    expect(casePermissions({ role: 'agency_clerk' })).toMatchObject({ update: true, delete: false });
    expect(casePermissions({ role: 'leader' })).toMatchObject({ create: false, update: false, export: false });
    // The server's list wins over the role mirror.
    expect(casePermissions({ role: 'leader', permissions: ['case.read', 'case.export'] })).toMatchObject({
      create: false,
      export: true,
    });
  });
});
