import { describe, expect, it } from 'vitest';
import { anonymiseText, anonymousParties } from './anonymise.js';

const parties = [
  { side: 'plaintiff', partyType: 'person', name: '王小明' },
  { side: 'plaintiff', partyType: 'person', name: '欧阳娜娜' },
  { side: 'defendant', partyType: 'agency', name: '某区自然资源局' },
];

describe('typical case anonymisation (docs/rules/suggestions.md#typical-cases)', () => {
  it('masks persons, keeps organisations', () => {
    expect(anonymousParties(parties)).toEqual([
      { side: 'plaintiff', name: '王*明' },
      { side: 'plaintiff', name: '欧**娜' },
      { side: 'defendant', name: '某区自然资源局' },
    ]);
  });
  it('masks every occurrence of a name, ID numbers and mobiles in the text', () => {
    const t = anonymiseText(
      '原告王小明（身份证号 320102199001011234，电话 13912345678）与欧阳娜娜诉某区自然资源局；王小明不服。',
      parties,
    );
    expect(t).not.toContain('王小明');
    expect(t).not.toContain('欧阳娜娜');
    expect(t).not.toContain('320102199001011234');
    expect(t).not.toContain('13912345678');
    expect(t).toContain('王*明');
    expect(t).toContain('某区自然资源局');
  });
});
