import { describe, expect, it } from 'vitest';
import {
  ABSENCE_REASON_LABELS,
  ABSENCE_REASON_TABLE,
  ABSENCE_REASONS,
  absenceReasonStated,
  isAbsenceReason,
} from './absenceReasons.js';

describe('statutory absence reasons (负责人出庭规定第8条; docs/rules/head-appearance.md#absences)', () => {
  it('are the four items of 第8条, in order', () => {
    expect(ABSENCE_REASON_TABLE.map((r) => [r.code, r.label, r.basis])).toEqual([
      ['force_majeure', '不可抗力', '负责人出庭规定第8条第1项'],
      ['accident', '意外事件', '负责人出庭规定第8条第2项'],
      ['official_duty', '需要履行他人不能代替的公务', '负责人出庭规定第8条第3项'],
      ['other_good_cause', '无法出庭的其他正当事由', '负责人出庭规定第8条第4项'],
    ]);
    expect(ABSENCE_REASONS).toEqual(ABSENCE_REASON_TABLE.map((r) => r.code));
    expect(ABSENCE_REASON_LABELS.official_duty).toBe('需要履行他人不能代替的公务');
  });

  it.each<[unknown, string | null | undefined, boolean]>([
    ['force_majeure', undefined, true],
    ['accident', null, true],
    ['official_duty', '', true],
    ['other_good_cause', '住院手术', true],
    ['other_good_cause', '  ', false],
    ['other_good_cause', undefined, false],
    ['busy', '开会', false],
    ['', undefined, false],
    [undefined, undefined, false],
  ])('%s (%s) stated: %s', (reason, explanation, stated) => {
    expect(absenceReasonStated(reason, explanation)).toBe(stated);
    expect(isAbsenceReason(reason)).toBe(
      typeof reason === 'string' && (ABSENCE_REASONS as readonly string[]).includes(reason),
    );
  });
});
