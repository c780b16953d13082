import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../app/i18n/en.js';
import { casePermissions, daysUntil, deadlineRuleText, labelOf, outcomeLabel, todayInChina } from './format.js';

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

  it('shows the case actions the server lists for the user, none without a list', () => {
    const clerk = ['case.read', 'case.create', 'case.update', 'case.export'];
    expect(casePermissions({ role: 'agency_clerk', permissions: clerk })).toEqual({
      create: true,
      update: true,
      delete: false,
      restore: false,
      export: true,
      import: false,
    });
    // The role alone grants nothing: the server's list is the one table (a coordinator without it sees no buttons).
    expect(Object.values(casePermissions({ role: 'city_coordinator' }))).not.toContain(true);
    expect(casePermissions({ role: 'leader', permissions: ['case.read', 'case.export'] })).toMatchObject({
      create: false,
      export: true,
    });
  });

  it('labels outcomes and deadline rules by their code, the server wording only for an unknown code', async () => {
    const i = i18next.createInstance();
    await i.init({ lng: 'en', resources: { en: { translation: en } } });
    expect(outcomeLabel(i.t, 'REVOKED', '判决撤销')).toBe('Act revoked');
    expect(outcomeLabel(i.t, 'NEW_CODE', '新的结果')).toBe('新的结果');
    expect(outcomeLabel(i.t, 'NEW_CODE')).toBe('NEW_CODE');
    expect(outcomeLabel(i.t, null, null)).toBe('');
    const server = { name: '不服一审判决上诉', basis: '行政诉讼法第85条' };
    expect(deadlineRuleText(i.t, { ruleId: 'litigation.appeal.judgment', ...server })).toEqual({
      name: 'Appeal against a first-instance judgment',
      basis: 'Administrative Litigation Law art. 85',
    });
    expect(deadlineRuleText(i.t, { ruleId: 'local.new-rule', ...server })).toEqual(server);
  });
});
