import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from './parseCaseNumber.js';

/**
 * A labelled corpus of case numbers written as published judgments, court reports, ledgers and traditional-script
 * sites print them — including the kinds a held-out test of real texts found wrong (traditional characters, anonymised
 * numbers, local type codes of old numbers). Labels are worked out by hand from the SPC rules on case numbers (2016),
 * not taken from the parser. The test measures field accuracy and masked-number refusal and asserts the goals.
 *
 * Fields of a number: valid, year, court code, type code, sequence, whether the type is a known one.
 */
type Expected =
  | { readonly masked: true }
  | { readonly invalid: true }
  | {
      readonly year: number;
      readonly court: string;
      readonly type: string;
      readonly seq: number;
      /** false for a local type code of an old number (行受初 …). */
      readonly known?: false;
    };

const n = (year: number, court: string, type: string, seq: number, known?: false): Expected =>
  known === false ? { year, court, type, seq, known } : { year, court, type, seq };
const MASKED: Expected = { masked: true };
const INVALID: Expected = { invalid: true };

const CASE_NUMBER_CORPUS: ReadonlyArray<readonly [string, Expected]> = [
  // current numbers
  ['（2020）京01行初1234号', n(2020, '京01', '行初', 1234)],
  ['（2018）最高法行申8823号', n(2018, '最高法', '行申', 8823)],
  ['（2021）沪03行终567号', n(2021, '沪03', '行终', 567)],
  ['（2018）浙0106行初301号', n(2018, '浙0106', '行初', 301)],
  ['（2022）粤71行终2155号', n(2022, '粤71', '行终', 2155)],
  ['（2019）川01行赔初15号', n(2019, '川01', '行赔初', 15)],
  ['（2020）鲁02行审复8号', n(2020, '鲁02', '行审复', 8)],
  ['（2017）最高法行再104号', n(2017, '最高法', '行再', 104)],
  ['（2021）苏行申1180号', n(2021, '苏', '行申', 1180)],
  ['（2023）湘0105行初88号之一', n(2023, '湘0105', '行初', 88)],
  ['（2016）冀0602行初00012号', n(2016, '冀0602', '行初', 12)],
  ['（2019）兵01行初3号', n(2019, '兵01', '行初', 3)],
  ['（2024）渝05行终190号', n(2024, '渝05', '行终', 190)],
  ['（2022）最高法知行终451号', n(2022, '最高法', '知行终', 451)],
  ['（2023）京73行初2891号', n(2023, '京73', '行初', 2891)],
  ['（2019）苏0102民初1234号', n(2019, '苏0102', '民初', 1234)],
  ['（2020）京0105刑初88号', n(2020, '京0105', '刑初', 88)],
  // traditional characters
  ['（2019）魯01行終123號', n(2019, '鲁01', '行终', 123)],
  ['（2018）蘇0591行初1052號', n(2018, '苏0591', '行初', 1052)],
  ['（2015）粵高法行終字第66號', n(2015, '粤高法', '行终', 66)],
  ['（2020）閩02行賠終7號', n(2020, '闽02', '行赔终', 7)],
  ['（2016）遼01行審9號', n(2016, '辽01', '行审', 9)],
  ['（2019）陝71行初405號', n(2019, '陕71', '行初', 405)],
  ['（2014）魯煙行終字第12號', n(2014, '鲁烟', '行终', 12)],
  ['（2013）廣州中法行監字第4號', n(2013, '广州中法', '行监', 4)],
  // printing variants
  ['（２０２１）浙０１行终１２３号', n(2021, '浙01', '行终', 123)],
  ['〔2019〕豫01行初55号', n(2019, '豫01', '行初', 55)],
  ['( 2022 ) 黔 0102 行初 9 号', n(2022, '黔0102', '行初', 9)],
  // legacy numbers
  ['（2013）二中行初字第245号', n(2013, '二中', '行初', 245)],
  ['（2014）高行终字第1024号', n(2014, '高', '行终', 1024)],
  ['（2012）行提字第3号', n(2012, '', '行提', 3)],
  ['（2015）深中法行终字第203号', n(2015, '深中法', '行终', 203)],
  ['（2015）穗中法行赔终字第4号', n(2015, '穗中法', '行赔终', 4)],
  // local type codes of old numbers
  ['（2014）浙杭行受终字第8号', n(2014, '浙杭', '行受终', 8, false)],
  ['（2015）鄂江岸行受初字第2号', n(2015, '鄂江岸', '行受初', 2, false)],
  ['（2013）苏行指字第6号', n(2013, '苏', '行指', 6, false)],
  ['（2014）粤高法赔辖字第3号', n(2014, '粤高法', '赔辖', 3, false)],
  ['（2016）苏01行受终12号', n(2016, '苏01', '行受终', 12, false)],
  ['（2017）冀01行指3号', n(2017, '冀01', '行指', 3, false)],
  // anonymised numbers: never valid
  ['（2019）苏01行终×××号', MASKED],
  ['（2018）京0105行初**号', MASKED],
  ['（2020）浙××行终123号', MASKED],
  ['（2017）某行初字第45号', MASKED],
  ['（2019）○○行终字第12号', MASKED],
  ['（2021）鲁0*行初56号', MASKED],
  ['（2016）粤0306行初XX号', MASKED],
  ['（2020）川01行终ｘ号', MASKED],
  ['（2018）豫Ｘ行终字第５号', MASKED],
  ['（2019）＊＊行初字第３３号', MASKED],
  ['（20××）苏01行终1号', MASKED],
  // not case numbers
  ['法释〔2000〕8号', INVALID],
  ['（2023）苏0102行赔1号', INVALID],
];

interface Measured {
  fields: number;
  right: number;
  masked: number;
  refused: number;
  wrong: string[];
}

function measure(): Measured {
  const m: Measured = { fields: 0, right: 0, masked: 0, refused: 0, wrong: [] };
  for (const [text, expected] of CASE_NUMBER_CORPUS) {
    const r = parseCaseNumber(text);
    if ('masked' in expected || 'invalid' in expected) {
      m.fields++;
      if (!r.valid) m.right++;
      else m.wrong.push(`${text}: accepted`);
      if ('masked' in expected) {
        m.masked++;
        if (!r.valid) m.refused++;
      }
      continue;
    }
    const got = r.valid
      ? [true, r.year, r.court.code, r.type.code, r.seq, r.type.known]
      : [false, null, null, null, null, null];
    const want = [true, expected.year, expected.court, expected.type, expected.seq, expected.known ?? true];
    want.forEach((w, i) => {
      m.fields++;
      if (got[i] === w) m.right++;
      else m.wrong.push(`${text}: field ${i} ${String(got[i])} ≠ ${String(w)}${r.valid ? '' : ` (${r.reason})`}`);
    });
  }
  return m;
}

describe('case-number corpus (goals: ≥ 98% of fields right, every masked number refused)', () => {
  it('has at least 40 numbers, masked ones among them', () => {
    expect(CASE_NUMBER_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(CASE_NUMBER_CORPUS.filter(([, e]) => 'masked' in e).length).toBeGreaterThanOrEqual(10);
  });

  it('meets the goals', () => {
    const m = measure();
    const accuracy = m.right / m.fields;
    console.info(
      `case numbers: ${m.right}/${m.fields} fields right (${(accuracy * 100).toFixed(1)}%), ` +
        `${m.refused}/${m.masked} masked numbers refused${m.wrong.length ? `\n  ${m.wrong.join('\n  ')}` : ''}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.98);
    expect(m.refused).toBe(m.masked);
  });
});
