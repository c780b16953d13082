import { currentCourt, legacyCourt } from './court.js';
import { normalizeText } from './normalizeText.js';
import { provinces } from './provinces.js';
import { currentTypes, legacyTypes, MAX_TYPE_CODE_LENGTH, unknownType, unknownTypeStart } from './typeCodes.js';
import type { CaseNumberResult, CaseNumberType, ParseCaseNumberOptions } from './types.js';

const EARLIEST_YEAR = 1949;
const DEFAULT_LATEST_YEAR = 2099;
const MAX_SEQ_DIGITS = 8;
/** Chamber numerals of legacy SPC numbers: 民一终 = 民终 of the first civil chamber. */
const CHAMBERS = '一二三四五六';
const SUFFIX_RE = /^之[一二三四五六七八九十]+$/;
const DIGITS_RE = /^[0-9]+$/;
/**
 * Characters that published judgments put in place of what they hide (after normalizeText: ＊ → *, Ｘ → X): a number
 * with one of them in its year, court code or sequence is anonymised, never a number to register.
 */
const MASK_RE = /[*×✕✖Xx○◯〇●□■?？某]/;
/** The last year whose numbers may carry a local type code (the 2016 rules took a year or two to reach every court). */
const LAST_LOCAL_CODE_YEAR = 2017;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const invalid = (input: string, reason: string): CaseNumberResult => ({ valid: false, input, reason });
const masked = (input: string, part: string, text: string): CaseNumberResult =>
  invalid(input, `匿名化的案号：${part}被隐去（${text}），不是可登记的案号`);
/** Whether a run of mask characters starts at `i` and is not the start of Latin letters (XY is a bad type code). */
function maskRunAt(body: string, i: number): boolean {
  let j = i;
  while (j < body.length && MASK_RE.test(body[j]!)) j++;
  return j > i && !/[A-Za-z]/.test(body[j] ?? '');
}
/** The court part of a body that holds a mask: up to where the mask, digits and province abbreviation run end. */
function courtPart(body: string): string {
  let i = 0;
  while (i < body.length && (MASK_RE.test(body[i]!) || isDigit(body.charCodeAt(i)) || i === 0)) i++;
  return body.slice(0, i);
}

/**
 * Parses a case number (案号), current (SPC rules of 2016: （2023）苏0102行初123号) or legacy (（2015）海行初字第5号).
 *
 * Accepts what documents contain: full- or half-width brackets and digits, 〔〕 [] 【】 brackets, spaces, traditional
 * characters (號, 終, 審 …), a missing opening bracket or trailing 号, "2015年" inside the brackets, a ruling suffix
 * such as 号之一 (dropped). The whole text must be the number: use {@link findCaseNumbers} for running text.
 *
 * `normalized` is the canonical text: （） brackets, half-width digits, no spaces, simplified characters, ending with
 * 号, without 年 or 号之一. The sequence keeps its digits as printed, leading zeros included
 * (（2015）鄂江岸行初字第00300号 stays so, as the court printed it), so `normalized` is idempotent and matches the
 * document; `seq` is the integer (300). To compare two numbers, compare year, court code, type code and seq.
 *
 * Invalid (with a Chinese reason): no year, a year not of four digits or outside 1949…`latestYear`, an unknown court
 * or type code, trailing text — and any anonymised number (*, ×, ○, X, 某 in the year, the court code or the
 * sequence: 第X号, 苏××行终12号), which names the hidden part.
 *
 * A type code outside the table of the 2016 rules (行受初, 行受终, 行指, 赔辖 …) is accepted in a legacy number and in a
 * current-format number up to 2017, when local codes were still printed: year, court and sequence as usual, the code
 * as printed with `type.known` false (see {@link CaseNumberType.known}).
 *
 * @example
 * parseCaseNumber('(2023)苏0102行初123号') // valid; court 南京市玄武区人民法院 (basic), type 行政一审
 * parseCaseNumber('（2015）海行初字第5号') // valid, format 'legacy', court code 海
 * parseCaseNumber('（2003）琼行终字第X号') // { valid: false, reason: '匿名化的案号：案件编号被隐去（X），不是可登记的案号' }
 */
export function parseCaseNumber(text: string, options?: ParseCaseNumberOptions): CaseNumberResult {
  const s = normalizeText(text);
  if (s.length === 0) return invalid(text, '案号为空');

  // 收案年度
  let pos = s.charCodeAt(0) === 0xff08 ? 1 : 0;
  let i = pos;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (i < s.length && MASK_RE.test(s[i]!)) {
    let j = i;
    while (j < s.length && MASK_RE.test(s[j]!)) j++;
    return masked(text, '收案年度', s.slice(pos, j));
  }
  if (i === pos) return invalid(text, '缺少收案年度');
  const yearText = s.slice(pos, i);
  if (yearText.length !== 4) return invalid(text, `收案年度不是四位数字（${yearText}）`);
  const year = Number(yearText);
  if (year < EARLIEST_YEAR || year > (options?.latestYear ?? DEFAULT_LATEST_YEAR)) {
    return invalid(text, `收案年度超出范围（${year}）`);
  }
  pos = i;
  if (s[pos] === '年') pos++;
  if (s[pos] === '）') pos++;

  // Trailing 号 (optional), possibly followed by 之一
  let end = s.indexOf('号', pos);
  if (end === -1) end = s.length;
  else if (end < s.length - 1 && !SUFFIX_RE.test(s.slice(end + 1))) {
    return invalid(text, `案号后有多余内容（${s.slice(end + 1)}）`);
  }
  const body = s.slice(pos, end);
  if (body.length === 0) return invalid(text, '缺少法院代字、类型代字和案件编号');

  const legacy = body.indexOf('字');
  return legacy === -1 ? parseCurrent(text, year, body, options) : parseLegacy(text, year, body, legacy, options);
}

/** 法院代字 + 类型代字 + 案件编号, e.g. 苏0102行初123. */
function parseCurrent(text: string, year: number, body: string, options?: ParseCaseNumberOptions): CaseNumberResult {
  let abbr: string;
  if (body.startsWith('最高法')) abbr = '最高法';
  else if (provinces.has(body[0]!)) abbr = body[0]!;
  else if (maskRunAt(body, 0)) return masked(text, '法院代字', courtPart(body));
  else return invalid(text, `无法识别的法院代字（${body}）`);
  let i = abbr.length;
  while (i < body.length && isDigit(body.charCodeAt(i))) i++;
  if (maskRunAt(body, i)) return masked(text, '法院代字', courtPart(body));
  const digits = body.slice(abbr.length, i);
  const digitsOk =
    abbr === '最高法' ? digits.length === 0 : digits.length === 0 || digits.length === 2 || digits.length === 4;
  if (!digitsOk) return invalid(text, `法院代字的数字位数不正确（${abbr}${digits}）`);

  const typeStart = i;
  while (i < body.length && !isDigit(body.charCodeAt(i))) i++;
  const run = body.slice(typeStart, i);
  let type: CaseNumberType | undefined;
  let len = Math.min(run.length, MAX_TYPE_CODE_LENGTH);
  for (; len > 0; len--) {
    type = currentTypes.get(run.slice(0, len));
    if (type !== undefined) break;
  }
  if (type === undefined) {
    const code = run.endsWith('第') ? run.slice(0, -1) : run;
    const local = year <= LAST_LOCAL_CODE_YEAR ? unknownType(code) : null;
    if (local === null) return invalid(text, run.length === 0 ? '缺少类型代字' : `无法识别的类型代字（${run}）`);
    type = local;
    len = code.length;
  }

  let seqStart = typeStart + len;
  if (body[seqStart] === '第') seqStart++;
  const seqText = body.slice(seqStart);
  if (MASK_RE.test(seqText)) return masked(text, '案件编号', seqText);
  const seqError = checkSeq(seqText);
  if (seqError !== null) return invalid(text, seqError);

  const court = currentCourt(abbr, digits, options?.courts);
  return {
    valid: true,
    input: text,
    normalized: `（${year}）${court.code}${type.code}${seqText}号`,
    year,
    seq: Number(seqText),
    format: 'current',
    court,
    type,
  };
}

/** 法院代字 + 类型代字 + 字第 + 案件编号, e.g. 鄂江岸行初字第00300; the court code is free-form. */
function parseLegacy(
  text: string,
  year: number,
  body: string,
  zi: number,
  options?: ParseCaseNumberOptions,
): CaseNumberResult {
  const head = body.slice(0, zi);
  if (head.length === 0) return invalid(text, '缺少类型代字');
  // The type code is the longest known suffix of the head; legacy SPC numbers may insert a chamber (民一终).
  let type: CaseNumberType | undefined;
  let len = Math.min(head.length, MAX_TYPE_CODE_LENGTH + 1);
  for (; len > 0; len--) {
    const suffix = head.slice(head.length - len);
    type = legacyTypes.get(suffix);
    if (type === undefined && len >= 3 && CHAMBERS.includes(suffix[1]!)) {
      type = legacyTypes.get(suffix[0]! + suffix.slice(2));
    }
    if (type !== undefined) break;
  }
  if (type === undefined) {
    // A local code of the time (行受初, 行指 …): it starts at the first type opener after the court code.
    const start = unknownTypeStart(head);
    const local = start >= 0 && !MASK_RE.test(head.slice(0, start)) ? unknownType(head.slice(start)) : null;
    if (local === null) {
      if (start > 0 && MASK_RE.test(head.slice(0, start))) return masked(text, '法院代字', head.slice(0, start));
      if (MASK_RE.test(head)) return masked(text, '法院代字', head);
      return invalid(text, `无法识别的类型代字（${head}）`);
    }
    type = local;
    len = head.length - start;
  }
  const courtCode = head.slice(0, head.length - len);
  if (MASK_RE.test(courtCode)) return masked(text, '法院代字', courtCode);
  if (/[0-9]/.test(courtCode)) return invalid(text, `无法识别的法院代字（${courtCode}）`);

  const seqText = body.slice(body[zi + 1] === '第' ? zi + 2 : zi + 1);
  if (MASK_RE.test(seqText)) return masked(text, '案件编号', seqText);
  const seqError = checkSeq(seqText);
  if (seqError !== null) return invalid(text, seqError);

  return {
    valid: true,
    input: text,
    normalized: `（${year}）${head}字第${seqText}号`,
    year,
    seq: Number(seqText),
    format: 'legacy',
    court: legacyCourt(courtCode, options?.courts),
    type,
  };
}

function checkSeq(seqText: string): string | null {
  if (seqText.length === 0) return '缺少案件编号';
  if (!DIGITS_RE.test(seqText)) return `案件编号不是数字（${seqText}）`;
  if (seqText.length > MAX_SEQ_DIGITS) return `案件编号过长（${seqText}）`;
  if (Number(seqText) === 0) return '案件编号不能为0';
  return null;
}
