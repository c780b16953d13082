import { describe, expect, it } from 'vitest';
import { kindOf, RowErrors } from './errorReport.js';
import { footerText } from './header.js';

describe('a ledger footer', () => {
  const map = { caseNumber: 1 };
  it('is found by the words its lines begin with, in any cell', () => {
    expect(footerText(['制表人：张三', null, null, '审核人：李四'], map)).toBe('制表人：张三 审核人：李四');
    expect(footerText(['合计', '共45件'], map)).toBe('合计 共45件');
    expect(footerText([null, '合 计', 45], map)).toBe('合 计 45');
    expect(footerText(['填表日期：2024年12月31日'], map)).toBe('填表日期：2024年12月31日');
    expect(footerText(['审核：王五'], map)).toBe('审核：王五');
  });
  it('never hides a case: a row with a case number is a case, whatever else it says', () => {
    expect(footerText([1, '（2024）苏0102行初1号', '审核人：李四'], map)).toBeNull();
    expect(footerText([1, '某复字〔2024〕12号', '合计'], map)).toBeNull();
    expect(footerText([1, '（2024）苏0102行初2号', '王某'], map)).toBeNull();
    expect(footerText([null, null], map)).toBeNull();
  });
});

describe('row errors in bounded memory', () => {
  it('keeps the first by row, counts all by column and kind', () => {
    const errors = new RowErrors(3);
    for (const row of [9, 2, 7, 4, 3, 8, 5, 6, 10, 11]) {
      errors.add({ row, column: 'H列 应诉日期', message: `日期不存在：2024-02-${row + 20}` });
    }
    errors.add({ row: 1, column: 'B列 案号', message: '案号无法识别：缺少收案年度' });
    expect(errors.first().map((e) => e.row)).toEqual([1, 2, 3]);
    expect(errors.count).toBe(11);
    expect(errors.byKind()).toEqual([
      { column: 'H列 应诉日期', kind: '日期不存在', count: 10 },
      { column: 'B列 案号', kind: '案号无法识别', count: 1 },
    ]);
    expect(kindOf('“三审”不是有效的选项，可选：一审、二审')).toBe('“…”不是有效的选项，可选');
    expect(kindOf('案号与第12行重复')).toBe('案号与第N行重复');
  });
});
