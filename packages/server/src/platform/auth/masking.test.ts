import { describe, expect, it } from 'vitest';
import {
  canSeePartyNames,
  canSeePersonalData,
  canUnmaskPersonalData,
  maskIdNumber,
  maskName,
  maskPhone,
} from './masking.js';
import { ROLES } from './principal.js';

describe('masking of personal data', () => {
  it.each([
    ['320102199001011234', '3201**********1234'],
    ['32010219900101123X', '3201**********123X'],
    ['320102900101123', '3201*******1123'],
    ['12345678', '********'],
    ['', ''],
  ])('maskIdNumber(%s) → %s', (input, expected) => expect(maskIdNumber(input)).toBe(expected));

  it.each([
    ['13912345678', '139****5678'],
    ['0512-12345678', '0512-****5678'],
    ['051212345678', '0512****5678'],
    ['12345', '*****'],
  ])('maskPhone(%s) → %s', (input, expected) => expect(maskPhone(input)).toBe(expected));

  it.each([
    ['张三', '张*'],
    ['王小明', '王*明'],
    ['欧阳娜娜', '欧**娜'],
    ['李', '*'],
  ])('maskName(%s) → %s', (input, expected) => expect(maskName(input)).toBe(expected));

  it('null stays null', () => {
    expect(maskIdNumber(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
    expect(maskName(null)).toBeNull();
  });

  it('nobody sees ID numbers and phones unmasked by default; coordinators and clerks may unmask (audited)', () => {
    for (const role of ROLES) expect(canSeePersonalData({ role }), role).toBe(false);
    expect(ROLES.filter((role) => canUnmaskPersonalData({ role }))).toEqual([
      'city_coordinator',
      'county_coordinator',
      'agency_clerk',
    ]);
    expect(canSeePartyNames({ role: 'leader' })).toBe(false);
    expect(canSeePartyNames({ role: 'agency_clerk' })).toBe(true);
    expect(canSeePartyNames(null)).toBe(false);
  });
});
