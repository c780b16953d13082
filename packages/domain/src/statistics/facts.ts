/**
 * What the statistics count, per case: the registry's recorded facts (read by the server from the case registry's
 * public port), and the classifications the forms need — the level of an agency from its kind and its region's level,
 * the 申请复议事项 from the act's kind and text, the court level from the case number
 * (docs/rules/statistics.md#levels, #matters).
 */
import { parseCaseNumber } from '../caseNumber/parseCaseNumber.js';
import type { AgencyLevel, LitigationRow, Matter, StatCourtLevel } from './forms.js';

export type StatRegionLevel = 'province' | 'city' | 'county' | 'town';
export type StatAgencyKind = 'department' | 'town' | 'reconsideration_body' | 'court' | 'procuratorate' | 'other';

export interface StatAgency {
  readonly kind: StatAgencyKind;
  readonly regionLevel: StatRegionLevel;
  /** The agency's region code: where a reconsideration counts (its 复议机关's region). */
  readonly regionCode: string;
}

export interface StatCaseFact {
  readonly id: string;
  readonly kind: 'litigation' | 'reconsideration' | 'dispute';
  readonly caseNumber: string | null;
  readonly instance: string | null;
  readonly courtCode: string | null;
  /** 收到申请 / 收案日期. */
  readonly receivedOn: string | null;
  /** 立案 / 受理日期. */
  readonly filedOn: string | null;
  /** 结案日期 (the outcome's date). */
  readonly concludedOn: string | null;
  readonly outcome: string | null;
  readonly outcomeText: string | null;
  readonly governmentLost: boolean | null;
  readonly actKind: string | null;
  readonly domain: string | null;
  readonly causeOfAction: string | null;
  readonly contestedAct: string | null;
  readonly plaintiffCount: number;
  readonly amountClaimed: number | null;
  /** 复议后起诉: linked to the reconsideration it followed, or the 复议机关 is a defendant. */
  readonly afterReconsideration: boolean;
  /** The region the case counts for in the registry (its first defendant's county, or the city). */
  readonly regionCode: string;
  /** The first defendant (被申请人 / 被告). */
  readonly respondent: StatAgency | null;
  /** The 复议机关 of a reconsideration (the case's court/body agency). */
  readonly body: StatAgency | null;
}

/** 被申请人 level (docs/rules/statistics.md#levels): the agency's kind and its region's level. */
export function agencyLevel(a: StatAgency | null): AgencyLevel {
  if (!a) return 'other';
  if (a.kind === 'town') return 'township';
  if (a.kind === 'department') {
    return ({ town: 'township', county: 'county_dept', city: 'city_dept', province: 'prov_dept' } as const)[
      a.regionLevel
    ];
  }
  if (a.kind === 'reconsideration_body') {
    return ({ town: 'township', county: 'county_gov', city: 'city_gov', province: 'prov_gov' } as const)[a.regionLevel];
  }
  return 'other';
}

/** 复议机关 level: a government of a county, a city or a province; anything else (or unrecorded) is 其他. */
export function bodyLevel(a: StatAgency | null): 'county_gov' | 'city_gov' | 'prov_gov' | 'state_dept' | 'other' {
  const level = agencyLevel(a);
  return level === 'county_gov' || level === 'city_gov' || level === 'prov_gov' ? level : 'other';
}

const COMPLAINT = /举报|投诉/;
const TITLE = /确权|权属/;
const LAND = /土地/;

/** 申请复议事项 (docs/rules/statistics.md#matters). */
export function matterOf(f: Pick<StatCaseFact, 'actKind' | 'causeOfAction' | 'contestedAct'>): Matter {
  const text = `${f.causeOfAction ?? ''} ${f.contestedAct ?? ''}`;
  switch (f.actKind) {
    case 'penalty':
      return 'penalty';
    case 'coercion':
      return 'coercion';
    case 'expropriation':
      return 'expropriation';
    case 'license':
      return 'license';
    case 'disclosure':
      return 'disclosure';
    case 'confirmation':
    case 'registration':
      return TITLE.test(text) ? 'title' : 'confirmation';
    case 'adjudication':
      return TITLE.test(text) ? 'title' : 'other';
    default:
      if (COMPLAINT.test(text)) return 'complaint';
      if (f.actKind === 'inaction') return 'inaction';
      return 'other';
  }
}

/** 其中：征收土地 — an expropriation whose 案由 or act names land, or in the 征收拆迁 domain. */
export function isLandExpropriation(f: Pick<StatCaseFact, 'actKind' | 'domain' | 'causeOfAction' | 'contestedAct'>) {
  return (
    f.actKind === 'expropriation' &&
    (f.domain === 'expropriation' || LAND.test(`${f.causeOfAction ?? ''} ${f.contestedAct ?? ''}`))
  );
}

/** The level of the court that gave the case number (its 法院代字), else of the recorded court code. */
export function courtLevelOf(f: Pick<StatCaseFact, 'caseNumber' | 'courtCode'>): StatCourtLevel {
  for (const text of [f.caseNumber, f.courtCode ? `（2000）${f.courtCode}行初1号` : null]) {
    if (!text) continue;
    const parsed = parseCaseNumber(text);
    if (!parsed.valid) continue;
    const level = parsed.court.level;
    return level === 'basic' || level === 'intermediate' || level === 'high' || level === 'supreme' ? level : 'other';
  }
  return 'other';
}

/** The form's instance row (docs/rules/statistics.md#litigation). */
export function litigationRowOf(instance: string | null): LitigationRow {
  if (instance === 'first' || instance === 'appeal') return instance;
  if (instance === 'retrial' || instance === 'retrial-review') return 'retrial';
  return 'other';
}

/** Information-disclosure cases: the act is 政府信息公开, or the case's 行政管理领域 is 信息公开. */
export const isDisclosureCase = (f: Pick<StatCaseFact, 'actKind' | 'domain'>) =>
  f.actKind === 'disclosure' || f.domain === 'info_disclosure';
