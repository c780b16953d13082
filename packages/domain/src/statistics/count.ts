/**
 * The counting rules of the three forms (docs/rules/statistics.md): from the registry's facts of the cases that count
 * for a region, each cell's value and the case ids behind it. Pure: the server reads the facts, the domain counts.
 */
import { RECONSIDERATION_CORRECTIONS, type ReconsiderationOutcome } from '../outcomes/reconsideration.js';
import {
  agencyLevel,
  bodyLevel,
  courtLevelOf,
  isDisclosureCase,
  isLandExpropriation,
  litigationRowOf,
  matterOf,
  type StatCaseFact,
} from './facts.js';
import {
  cellKey,
  type DisclosureGroup,
  type DisclosureResult,
  type FormLayout,
  type LitigationResult,
  type ReconResult,
  STAT_FORMS,
  type StatFormKind,
} from './forms.js';
import type { StatPeriod } from './periods.js';

export interface CellValue {
  value: number;
  caseIds: string[];
}
export type FormCells = Record<string, CellValue>;

/** Case ids of the cases heard in the period (负责人出庭: the hearings module's figures), per measure. */
export interface HearingCaseIds {
  readonly heard: readonly string[];
  readonly appeared: readonly string[];
  readonly principal: readonly string[];
}

/**
 * The region a case counts for (docs/rules/statistics.md#whose-case): a reconsideration for its 复议机关's region (the
 * body files the form), anything else for the region the registry files it under (the first defendant's county, or
 * the city) — a co-defendant 复议机关 never adds a second count.
 */
export function countingRegionOf(f: Pick<StatCaseFact, 'kind' | 'regionCode' | 'body'>): string {
  if (f.kind === 'reconsideration' && f.body) return f.body.regionCode.slice(0, 6);
  return f.regionCode;
}

const inPeriod = (d: string | null, p: StatPeriod) => d !== null && d >= p.from && d <= p.to;
const before = (d: string | null, day: string) => d !== null && d < day;
/** Concluded on or before `day`: an outcome date on or before it. */
const concludedBy = (f: StatCaseFact, day: string) => f.concludedOn !== null && f.concludedOn <= day;

function emptyCells(layout: FormLayout): FormCells {
  const out: FormCells = {};
  for (const r of layout.rows) for (const c of layout.columns) out[cellKey(r.id, c.id)] = { value: 0, caseIds: [] };
  return out;
}

function add(cells: FormCells, row: string, col: string, id: string, value = 1) {
  const cell = cells[cellKey(row, col)];
  if (!cell) throw new Error(`no cell ${row}:${col}`);
  cell.value += value;
  cell.caseIds.push(id);
}

/** 已审结 column of a reconsideration (docs/rules/statistics.md#reconsideration-results). */
export function reconResultOf(outcome: string | null, outcomeText: string | null): ReconResult {
  switch (outcome as ReconsiderationOutcome | null) {
    case 'RECON_CLAIM_REJECTED':
    case 'RECON_APPLICATION_DISMISSED':
      return 'rejected';
    case 'RECON_UPHELD':
      return 'upheld';
    case 'RECON_CONFIRMED_ILLEGAL':
      return 'illegal';
    case 'RECON_REVOKED':
      return 'revoked';
    case 'RECON_ALTERED':
      return 'altered';
    case 'RECON_ORDERED_TO_PERFORM':
      return 'perform';
    case 'RECON_MEDIATED':
      return 'mediated';
    case 'RECON_WITHDRAWN':
      return /和解/.test(outcomeText ?? '') ? 'term_settled' : 'term_withdrawn';
    case 'RECON_TERMINATED':
      return 'term_other';
    default:
      return 'other';
  }
}

const NOT_ACCEPTED = 'RECON_NOT_ACCEPTED';

function reconsiderationCells(facts: readonly StatCaseFact[], p: StatPeriod): FormCells {
  const cells = emptyCells(STAT_FORMS.reconsideration);
  const row = 'total';
  for (const f of facts) {
    if (f.kind !== 'reconsideration') continue;
    if (inPeriod(f.receivedOn ?? f.filedOn, p)) add(cells, row, 'received', f.id);
    const accepted = f.filedOn !== null && f.outcome !== NOT_ACCEPTED;
    if (!accepted) continue;
    if (before(f.filedOn, p.from) && !concludedBy(f, addDaysBefore(p.from))) add(cells, row, 'carried', f.id);
    if (inPeriod(f.filedOn, p)) {
      add(cells, row, 'accepted', f.id);
      add(cells, row, 'applicants', f.id, Math.max(1, f.plaintiffCount));
      add(cells, row, `resp_${agencyLevel(f.respondent)}`, f.id);
      add(cells, row, `body_${bodyLevel(f.body)}`, f.id);
      add(cells, row, `matter_${matterOf(f)}`, f.id);
      if (isLandExpropriation(f)) add(cells, row, 'matter_land', f.id);
      if (f.amountClaimed !== null && f.amountClaimed > 0) add(cells, row, 'comp_count', f.id);
    }
    if (f.filedOn! > p.to) continue;
    if (inPeriod(f.concludedOn, p)) {
      add(cells, row, 'closed', f.id);
      add(cells, row, `closed_${reconResultOf(f.outcome, f.outcomeText)}`, f.id);
    } else if (!concludedBy(f, p.to)) add(cells, row, 'open', f.id);
  }
  return cells;
}

/** The day before an ISO date. */
function addDaysBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** 已审结 column of a lawsuit (docs/rules/statistics.md#litigation-results). */
export function litigationResultOf(outcome: string | null): LitigationResult {
  switch (outcome) {
    case 'CLAIMS_REJECTED':
      return 'rejected';
    case 'REVOKED':
      return 'revoked';
    case 'ORDERED_TO_PERFORM':
      return 'perform';
    case 'ORDERED_TO_PAY':
      return 'pay';
    case 'CONFIRMED_ILLEGAL':
      return 'illegal';
    case 'CONFIRMED_VOID':
      return 'void';
    case 'COMPENSATION_ORDERED':
      return 'compensation';
    case 'ALTERED':
      return 'altered';
    case 'AGREEMENT_REMEDY':
      return 'agreement';
    case 'SUIT_DISMISSED':
    case 'NOT_ACCEPTED':
      return 'dismissed';
    case 'WITHDRAWN':
      return 'withdrawn';
    case 'WITHDRAWN_AFTER_CHANGE':
      return 'withdrawn_change';
    case 'MEDIATED':
      return 'mediated';
    case 'APPEAL_DISMISSED':
    case 'RETRIAL_APPLICATION_DISMISSED':
      return 'appeal_dismissed';
    case 'REVERSED':
      return 'reversed';
    case 'REMANDED':
    case 'RETRIAL_ORDERED':
      return 'remanded';
    default:
      return 'other';
  }
}

function litigationCells(facts: readonly StatCaseFact[], p: StatPeriod, hearings: HearingCaseIds | null): FormCells {
  const cells = emptyCells(STAT_FORMS.litigation);
  const heard = new Set(hearings?.heard ?? []);
  const appeared = new Set(hearings?.appeared ?? []);
  const principal = new Set(hearings?.principal ?? []);
  for (const f of facts) {
    if (f.kind !== 'litigation' || f.filedOn === null) continue;
    const rows = [litigationRowOf(f.instance), 'total'];
    for (const row of rows) {
      if (before(f.filedOn, p.from) && !concludedBy(f, addDaysBefore(p.from))) add(cells, row, 'carried', f.id);
      if (inPeriod(f.filedOn, p)) {
        add(cells, row, 'received', f.id);
        add(cells, row, `court_${courtLevelOf(f)}`, f.id);
      }
      if (heard.has(f.id)) add(cells, row, 'heard', f.id);
      if (appeared.has(f.id)) add(cells, row, 'appeared', f.id);
      if (principal.has(f.id)) add(cells, row, 'principal', f.id);
      if (f.filedOn > p.to) continue;
      if (inPeriod(f.concludedOn, p)) {
        add(cells, row, 'closed', f.id);
        add(cells, row, `closed_${litigationResultOf(f.outcome)}`, f.id);
        if (f.governmentLost === true) add(cells, row, 'lost', f.id);
      } else if (!concludedBy(f, p.to)) add(cells, row, 'open', f.id);
    }
  }
  return cells;
}

/** 表4's result of a disclosure case as of the period's end (docs/rules/statistics.md#disclosure). */
export function disclosureResultOf(f: StatCaseFact, asOf: string): DisclosureResult {
  if (!concludedBy(f, asOf)) return 'open';
  if (f.kind === 'reconsideration') {
    if (f.outcome === 'RECON_UPHELD' || f.outcome === 'RECON_CLAIM_REJECTED') return 'upheld';
    return f.outcome && (RECONSIDERATION_CORRECTIONS as readonly string[]).includes(f.outcome) ? 'corrected' : 'other';
  }
  if (f.governmentLost === true) return 'corrected';
  return f.outcome === 'CLAIMS_REJECTED' ? 'upheld' : 'other';
}

function disclosureCells(facts: readonly StatCaseFact[], p: StatPeriod): FormCells {
  const cells = emptyCells(STAT_FORMS.disclosure);
  for (const f of facts) {
    if (!isDisclosureCase(f) || !inPeriod(f.filedOn, p)) continue;
    let group: DisclosureGroup | null = null;
    if (f.kind === 'reconsideration' && f.outcome !== NOT_ACCEPTED) group = 'recon';
    else if (f.kind === 'litigation' && f.instance === 'first') group = f.afterReconsideration ? 'after' : 'direct';
    if (!group) continue;
    add(cells, 'total', `${group}_${disclosureResultOf(f, p.to)}`, f.id);
    add(cells, 'total', `${group}_total`, f.id);
  }
  return cells;
}

/** Every cell of the form for the cases that count for one region (already chosen with `countingRegionOf`). */
export function countForm(
  kind: StatFormKind,
  facts: readonly StatCaseFact[],
  period: StatPeriod,
  hearings: HearingCaseIds | null = null,
): FormCells {
  if (kind === 'reconsideration') return reconsiderationCells(facts, period);
  if (kind === 'litigation') return litigationCells(facts, period, hearings);
  return disclosureCells(facts, period);
}

/** Units summed into one (汇总): values added, case ids concatenated (a case in two units shows twice: a check fails). */
export function sumCells(kind: StatFormKind, units: readonly FormCells[]): FormCells {
  const out = emptyCells(STAT_FORMS[kind]);
  for (const u of units) {
    for (const [key, cell] of Object.entries(u)) {
      const target = out[key];
      if (!target) continue;
      target.value = round2(target.value + cell.value);
      target.caseIds.push(...cell.caseIds);
    }
  }
  return out;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
