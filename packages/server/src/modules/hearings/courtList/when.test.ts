import { describe, expect, it } from 'vitest';
import { chinaIso, hearingInstant, timeInText } from './when.js';

const at = (date: unknown, time: unknown) => {
  const r = hearingInstant(date as never, time as never);
  return r.ok ? chinaIso(r.at) : `${r.column}: ${r.message}`;
};

describe('a court list’s date and time cells → the hearing’s instant (China time)', () => {
  it.each([
    ['2026-12-10', '09:30', '2026-12-10T09:30:00+08:00'],
    ['2026/12/10', '9:30:00', '2026-12-10T09:30:00+08:00'],
    ['2026年12月10日', '下午2点30分', '2026-12-10T14:30:00+08:00'],
    ['2026年12月10日', '上午9时', '2026-12-10T09:00:00+08:00'],
    ['2026.12.10', '14：00', '2026-12-10T14:00:00+08:00'],
    ['２０２６年１２月１０日（星期四）上午９：３０', null, '2026-12-10T09:30:00+08:00'],
    [null, '2026-12-10 14:30', '2026-12-10T14:30:00+08:00'],
    [46366, 0.395833333, '2026-12-10T09:30:00+08:00'],
    [46366.583333333, null, '2026-12-10T14:00:00+08:00'],
    [new Date(Date.UTC(2026, 11, 10)), '15:00', '2026-12-10T15:00:00+08:00'],
    [new Date(Date.UTC(2026, 11, 10, 8, 45)), null, '2026-12-10T08:45:00+08:00'],
    [20261210, '9:00', '2026-12-10T09:00:00+08:00'],
  ])('%s + %s → %s', (date, time, expected) => {
    expect(at(date, time)).toBe(expected);
  });

  it.each([
    ['2026-02-30', '09:30', 'date: 日期不存在：2026-02-30'],
    ['下周三', '09:30', 'date: 日期无法识别：下周三（应为 2024-03-05、2024/3/5、2024.3.5、2024年3月5日 或 20240305）'],
    [null, '09:30', 'date: 缺少开庭日期'],
    ['2026-12-10', null, 'time: 缺少开庭时间（几点几分）'],
    ['2026-12-10', '上午', 'time: 开庭时间无法识别：上午（应为 9:30、14:00、上午9时30分 等）'],
    ['2026-12-10', '25:00', 'time: 时间不存在：25:00'],
    ['2026-12-10', '9:75', 'time: 时间不存在：9:75'],
  ])('%s + %s is refused: %s', (date, time, expected) => {
    expect(at(date, time)).toBe(expected);
  });

  it('reads 下午 and 晚上 as afternoon and evening, and leaves a 24-hour time as written', () => {
    expect(timeInText('下午3:00')).toEqual({ ok: true, value: { hour: 15, minute: 0 } });
    expect(timeInText('晚上7点')).toEqual({ ok: true, value: { hour: 19, minute: 0 } });
    expect(timeInText('下午15:00')).toEqual({ ok: true, value: { hour: 15, minute: 0 } });
    expect(timeInText('第三法庭')).toEqual({ ok: true, value: null });
  });
});
