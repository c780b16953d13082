/**
 * The figures over per-case results (docs/rules/head-appearance.md#rates): 出庭应诉率, 主要负责人出庭率, 出声率, approved
 * and unapproved absences, 司法建议 risk, average evaluation. Each carries its numerator, denominator and the case ids
 * behind both, so every number clicks through to its cases; a rate over nothing is null, never NaN. Grouping by
 * agency, county, city or period is the caller's: filter the rows, or use `appearanceFiguresBy`.
 */
import type { InstanceAppearance } from './instanceAppearance.js';

/** One case (one instance) with its `assessInstance` result and the court liaison's ratings of its appearances. */
export interface CaseAppearanceRow {
  readonly caseId: string;
  readonly result: Pick<
    InstanceAppearance,
    'heard' | 'valid' | 'principalAppeared' | 'spoke' | 'absence' | 'judicialSuggestionRisk'
  >;
  /** 1–5 ratings (负责人出庭规定第14条), one per evaluated appearance. */
  readonly evaluations?: readonly number[];
}

export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator, unrounded; null when the denominator is 0. */
  readonly value: number | null;
  readonly numeratorCaseIds: readonly string[];
  readonly denominatorCaseIds: readonly string[];
}

export interface AppearanceFigures {
  /** Cases heard in court: the denominator of most rates. */
  readonly casesHeard: number;
  /** 负责人出庭应诉率: valid head appearances / cases heard. */
  readonly appearance: Rate;
  /** 主要负责人出庭率: the 正职 appeared / cases heard. */
  readonly principal: Rate;
  /** 出声率: the head spoke / cases with a valid head appearance. */
  readonly spoke: Rate;
  /** Approved absences (不出庭说明 备案) / cases heard. */
  readonly approvedAbsences: Rate;
  /** Unapproved absences / cases heard. */
  readonly unapprovedAbsences: Rate;
  /** Cases at risk of a 司法建议 / cases heard. */
  readonly judicialSuggestionRisk: Rate;
  /** Average evaluation: sum of ratings / number of ratings; case ids are the rated cases. */
  readonly evaluation: Rate;
}

type Result = CaseAppearanceRow['result'];

function rate(numerator: number, denominator: number, numIds: string[], denIds: string[]): Rate {
  return {
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
    numeratorCaseIds: numIds,
    denominatorCaseIds: denIds,
  };
}

/** Cases satisfying `inNum` among those satisfying `inDen`. */
function ratio(rows: readonly CaseAppearanceRow[], inDen: (r: Result) => boolean, inNum: (r: Result) => boolean): Rate {
  const den = rows.filter((r) => inDen(r.result));
  const num = den.filter((r) => inNum(r.result));
  return rate(
    num.length,
    den.length,
    num.map((r) => r.caseId),
    den.map((r) => r.caseId),
  );
}

function checkRows(rows: readonly CaseAppearanceRow[]): void {
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.caseId)) throw new RangeError(`案件 ${r.caseId} 重复出现：每个案件（审级）只能计一次`);
    seen.add(r.caseId);
    for (const e of r.evaluations ?? []) {
      if (!Number.isInteger(e) || e < 1 || e > 5) {
        throw new RangeError(`评价分值应为 1–5 的整数：案件 ${r.caseId} 的评价为 ${e}`);
      }
    }
  }
}

const heard = (r: Result) => r.heard;

/** 负责人出庭应诉率 = cases with a valid head appearance / cases heard in court. */
export function appearanceRate(rows: readonly CaseAppearanceRow[]): Rate {
  checkRows(rows);
  return ratio(rows, heard, (r) => r.valid);
}

/** 主要负责人出庭率 = cases where the 正职 validly appeared / cases heard in court. */
export function principalAppearanceRate(rows: readonly CaseAppearanceRow[]): Rate {
  checkRows(rows);
  return ratio(rows, heard, (r) => r.valid && r.principalAppeared);
}

/** 出声率 = cases where a validly appearing head spoke / cases with a valid head appearance. */
export function spokeRate(rows: readonly CaseAppearanceRow[]): Rate {
  checkRows(rows);
  return ratio(
    rows,
    (r) => r.heard && r.valid,
    (r) => r.spoke,
  );
}

/** Cases heard whose absence was approved / unapproved (docs/rules/head-appearance.md#absences), over cases heard. */
export function absenceRates(rows: readonly CaseAppearanceRow[]): { approved: Rate; unapproved: Rate } {
  checkRows(rows);
  return {
    approved: ratio(rows, heard, (r) => r.absence === 'approved'),
    unapproved: ratio(rows, heard, (r) => r.absence === 'unapproved'),
  };
}

/** Average of the 1–5 ratings: numerator the sum, denominator their number. Throws on a rating outside 1–5. */
export function averageEvaluation(rows: readonly CaseAppearanceRow[]): Rate {
  checkRows(rows);
  const rated = rows.filter((r) => r.evaluations?.length);
  const all = rated.flatMap((r) => r.evaluations!);
  const ids = rated.map((r) => r.caseId);
  return rate(
    all.reduce((s, e) => s + e, 0),
    all.length,
    ids,
    ids,
  );
}

/** All the figures over one set of cases (one agency, county, city or period). */
export function appearanceFigures(rows: readonly CaseAppearanceRow[]): AppearanceFigures {
  const appearance = appearanceRate(rows);
  const absences = absenceRates(rows);
  return {
    casesHeard: appearance.denominator,
    appearance,
    principal: principalAppearanceRate(rows),
    spoke: spokeRate(rows),
    approvedAbsences: absences.approved,
    unapprovedAbsences: absences.unapproved,
    judicialSuggestionRisk: ratio(rows, heard, (r) => r.judicialSuggestionRisk),
    evaluation: averageEvaluation(rows),
  };
}

/** The figures per group (agency, county, period …), groups in first-seen order. */
export function appearanceFiguresBy<K>(
  rows: readonly CaseAppearanceRow[],
  keyOf: (row: CaseAppearanceRow) => K,
): Map<K, AppearanceFigures> {
  const groups = new Map<K, CaseAppearanceRow[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return new Map([...groups].map(([k, g]) => [k, appearanceFigures(g)]));
}
