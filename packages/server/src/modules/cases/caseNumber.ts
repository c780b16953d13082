/**
 * Case numbers (案号) in the registry: parsed and normalized by the domain (docs/rules/case-numbers.md). An unparseable number is
 * refused with CASE_NUMBER_INVALID naming the reason, unless the caller explicitly accepts it as 待核实
 * (`acceptUnverified`), in which case the trimmed text is stored with case_number_status 'unverified'.
 */
import { parseCaseNumber, type ValidCaseNumber } from '@shuangjiang/domain';
import { AppError } from '../../platform/errors.js';
import type { CaseNumberStatus } from './constants.js';

export interface CaseNumberFields {
  caseNumber: string | null;
  caseNumberRaw: string | null;
  caseNumberStatus: CaseNumberStatus | null;
  caseNumberTail: string | null;
  caseYear: number | null;
  caseSeq: number | null;
}

export interface ResolvedCaseNumber {
  fields: CaseNumberFields;
  /** The parsed number, when valid: its court code and instance fill the case when not given. */
  parsed: ValidCaseNumber | null;
}

const EMPTY: CaseNumberFields = {
  caseNumber: null,
  caseNumberRaw: null,
  caseNumberStatus: null,
  caseNumberTail: null,
  caseYear: null,
  caseSeq: null,
};

/** Collapses whitespace of text stored as typed (待核实 numbers). */
const squash = (s: string) => s.replace(/\s+/g, '');

export function resolveCaseNumber(raw: string | null | undefined, acceptUnverified: boolean): ResolvedCaseNumber {
  const text = raw?.trim() ?? '';
  if (text === '') return { fields: EMPTY, parsed: null };
  // Reject numbers from the future (a typo in the year), but allow next year's numbers near the new year.
  const parsed = parseCaseNumber(text, { latestYear: new Date().getFullYear() + 1 });
  if (parsed.valid && !parsed.type.administrative) {
    // A 刑初/民初… number is a court case of another kind, not a typo: refused even as 待核实 (an old 行 code the
    // table does not know counts as administrative).
    const message = `不是行政案件案号：${parsed.normalized}是${parsed.type.name}案号（类型代字“${parsed.type.code}”）`;
    throw new AppError('CASE_NUMBER_INVALID', message, [{ field: 'caseNumber', message }]);
  }
  if (parsed.valid) {
    const close = parsed.normalized.indexOf('）');
    return {
      parsed,
      fields: {
        caseNumber: parsed.normalized,
        caseNumberRaw: text,
        caseNumberStatus: 'valid',
        caseNumberTail: close >= 0 ? parsed.normalized.slice(close + 1) : null,
        caseYear: parsed.year,
        caseSeq: parsed.seq,
      },
    };
  }
  if (!acceptUnverified) {
    throw new AppError('CASE_NUMBER_INVALID', `案号无法识别：${parsed.reason}`, [
      { field: 'caseNumber', message: parsed.reason },
    ]);
  }
  return {
    parsed: null,
    fields: { ...EMPTY, caseNumber: squash(text), caseNumberRaw: text, caseNumberStatus: 'unverified' },
  };
}
