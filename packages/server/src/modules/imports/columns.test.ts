import { describe, expect, it } from 'vitest';
import { columnOfHeader, parseDate, parseYesNo, splitNames } from './columns.js';

describe('parseDate', () => {
  it.each([
    [45356, '2024-03-05'],
    ['45356', '2024-03-05'],
    [20240305, '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['２０２４年３月５日', '2024-03-05'],
    [' 2024 年 3 月 5 日 ', '2024-03-05'],
    ['2024-03-05 00:00:00', '2024-03-05'],
    [new Date(Date.UTC(2024, 2, 5)), '2024-03-05'],
    [null, null],
    ['', null],
  ])('%j → %s', (input, expected) => {
    expect(parseDate(input as never)).toEqual({ ok: true, value: expected });
  });

  it.each([['2024-02-30'], ['2024.13.1'], ['昨天'], [12], ['1899-01-01']])('%j is refused in Chinese', (input) => {
    const r = parseDate(input as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^日期/);
  });
});

describe('headers and values', () => {
  it.each([
    ['案号', 'caseNumber'],
    ['案号（必填）', 'caseNumber'],
    ['*被告', 'defendants'],
    ['被申请人', 'defendants'],
    ['原告', 'plaintiffs'],
    ['申请人', 'plaintiffs'],
    ['受理法院', 'court'],
    ['受理法院／复议机关', 'court'],
    ['备 注', 'notes'],
    ['立案日期(yyyy-mm-dd)', 'filedDate'],
    ['姓名', null],
  ])('header %s → %s', (h, key) => {
    expect(columnOfHeader(h)).toBe(key);
  });

  it('yes/no and name lists', () => {
    expect(parseYesNo('是')).toEqual({ ok: true, value: true });
    expect(parseYesNo('未开庭')).toEqual({ ok: true, value: false });
    expect(parseYesNo('也许').ok).toBe(false);
    expect(splitNames('王某、李某，赵某;钱某\n孙某')).toEqual(['王某', '李某', '赵某', '钱某', '孙某']);
  });
});
