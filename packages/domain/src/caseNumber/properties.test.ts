import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from './parseCaseNumber.js';

const currentCourts = ['最高法', '苏', '苏01', '苏0102', '京73', '苏8601', '渝0229', '兵0101', '鄂9004', '琼96'];
const legacyCourts = ['', '海', '鄂江岸', '京一中', '浙杭', '粤高法', '最高法'];
const types = [
  '行初',
  '行终',
  '行申',
  '行审',
  '行审复',
  '行赔初',
  '行辖终',
  '司救行',
  '行保复',
  '民初',
  '刑终',
  '执恢',
];

/** A canonical case number, as normalized output should look. */
const canonical = fc
  .record({
    year: fc.integer({ min: 1949, max: 2099 }),
    legacy: fc.boolean(),
    currentCourt: fc.constantFrom(...currentCourts),
    legacyCourt: fc.constantFrom(...legacyCourts),
    type: fc.constantFrom(...types),
    zeros: fc.constantFrom('', '0', '00'),
    seq: fc.integer({ min: 1, max: 999_999 }),
  })
  .map(({ year, legacy, currentCourt, legacyCourt, type, zeros, seq }) =>
    legacy
      ? `（${year}）${legacyCourt}${type}字第${zeros}${seq}号`
      : `（${year}）${currentCourt}${type}${zeros}${seq}号`,
  );

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ['（', '）'],
  ['(', ')'],
  ['〔', '〕'],
  ['[', ']'],
  ['【', '】'],
  ['［', '］'],
  ['', ')'],
];

/** Rewrites a canonical number the way documents print it. */
const variant = (text: string) =>
  fc
    .record({
      fullWidth: fc.boolean(),
      brackets: fc.constantFrom(...BRACKETS),
      spaces: fc.array(fc.nat({ max: text.length }), { maxLength: 4 }),
      space: fc.constantFrom(' ', '\u3000', '\t', '\u00a0'),
      traditional: fc.boolean(),
      noHao: fc.boolean(),
    })
    .map(({ fullWidth, brackets, spaces, space, traditional, noHao }) => {
      let s = text.replace('（', brackets[0]).replace('）', brackets[1]);
      if (fullWidth) s = s.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)]!);
      if (traditional) s = s.replace('号', '號').replace('终', '終').replace('审', '審').replace('赔', '賠');
      if (noHao) s = s.slice(0, -1);
      for (const at of spaces) s = s.slice(0, at) + space + s.slice(at);
      return s;
    });

describe('parseCaseNumber — properties', () => {
  it('parses every canonical number to itself', () => {
    fc.assert(
      fc.property(canonical, (text) => {
        const r = parseCaseNumber(text);
        expect(r.valid && r.normalized).toBe(text);
      }),
    );
  });

  it('normalization is idempotent, on any input that parses', () => {
    const anyText = fc.oneof(canonical.chain(variant), fc.string(), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseCaseNumber(text);
        if (r.valid) expect(parseCaseNumber(r.normalized)).toEqual({ ...r, input: r.normalized });
      }),
    );
  });

  it('printed variants (full-width, brackets, spaces, traditional, no 号) parse to the same number', () => {
    fc.assert(
      fc.property(
        canonical.chain((text) => variant(text).map((v) => [text, v] as const)),
        ([text, printed]) => {
          const r = parseCaseNumber(printed);
          expect(r.valid && r.normalized).toBe(text);
        },
      ),
    );
  });

  it('never throws, and always answers valid or a reason', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const r = parseCaseNumber(text);
        expect(r.input).toBe(text);
        if (!r.valid) expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});
