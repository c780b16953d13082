/**
 * The cells of a unit's form counted from the registry (docs/rules/statistics.md): the cases' facts through the case
 * registry's public port, the agencies' kinds and region levels through the org module's lookups, the heads in court
 * through the hearings module's figures — then the domain counts. No table of another module is read here.
 */
import {
  type CellValue,
  type CheckResult,
  countForm,
  countingRegionOf,
  effectiveCells,
  type FormCells,
  type HearingCaseIds,
  type StatAgency,
  type StatCaseFact,
  type StatFormKind,
  type StatPeriod,
  type StatRegionLevel,
  sumCells,
} from '@shuangjiang/domain';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { caseRefsByIds, statisticsCaseRows } from '../cases/public.js';
import { hearingFigures } from '../hearings/public.js';
import { agenciesByIds, type RegionRow, regionsByCodes } from '../org/public.js';
import { acceptedFilings } from './repository.js';
import type { FilingRow } from './schema.js';

/** The facts of the cases that count for `region` in the period (its own cases: docs/rules/statistics.md#whose-case). */
export async function unitFacts(db: DbOrTx, region: RegionRow, period: StatPeriod): Promise<StatCaseFact[]> {
  // A reconsideration counts for its 复议机关's region, which is this region or above the case's: read from the city
  // down for the city's own filing, from the county down for a county's.
  const rows = await statisticsCaseRows(db, { regionPath: region.path, from: period.from, to: period.to });
  const agencyIds = [
    ...new Set(rows.flatMap((r) => [r.firstDefendantAgencyId, r.courtAgencyId]).filter((x): x is string => !!x)),
  ];
  const agencies = await agenciesByIds(db, agencyIds);
  const levels = new Map(
    (await regionsByCodes(db, [...new Set(agencies.map((a) => a.regionCode))])).map((r) => [r.code, r.level]),
  );
  const byId = new Map<string, StatAgency>(
    agencies.map((a) => [
      a.id,
      {
        kind: a.kind,
        regionCode: a.regionCode,
        regionLevel: (levels.get(a.regionCode) ?? 'county') as StatRegionLevel,
      },
    ]),
  );
  const facts: StatCaseFact[] = rows.map((r) => ({
    ...r,
    respondent: r.firstDefendantAgencyId ? (byId.get(r.firstDefendantAgencyId) ?? null) : null,
    body: r.kind === 'reconsideration' && r.courtAgencyId ? (byId.get(r.courtAgencyId) ?? null) : null,
  }));
  return facts.filter((f) => countingRegionOf(f) === region.code);
}

/** The cases heard in the period in the caller's scope (负责人出庭: the hearings module's figures). */
async function heardCases(db: DbOrTx, principal: Principal, period: StatPeriod): Promise<HearingCaseIds> {
  const f = await hearingFigures(db, principal, { from: period.from, to: period.to, by: 'county' });
  return {
    heard: f.total.appearance.denominatorCaseIds,
    appeared: f.total.appearance.numeratorCaseIds,
    principal: f.total.principal.numeratorCaseIds,
  };
}

export async function countUnit(
  db: DbOrTx,
  principal: Principal,
  form: StatFormKind,
  region: RegionRow,
  period: StatPeriod,
): Promise<FormCells> {
  const facts = await unitFacts(db, region, period);
  const hearings = form === 'litigation' ? await heardCases(db, principal, period) : null;
  return countForm(form, facts, period, hearings);
}

export interface CheckCase {
  id: string;
  caseNumber: string | null;
  causeOfAction: string | null;
}

/** At most this many cases are named per failed check (the count says how many there are). */
export const CASES_PER_CHECK = 200;

/** The failed checks' cases with their numbers, for the screen's links. */
export async function casesOfChecks(db: DbOrTx, checks: readonly CheckResult[]): Promise<Map<string, CheckCase>> {
  const ids = [...new Set(checks.filter((c) => !c.ok).flatMap((c) => c.caseIds.slice(0, CASES_PER_CHECK)))];
  const refs = await caseRefsByIds(db, ids);
  return new Map(
    [...refs.values()].map((r) => [r.id, { id: r.id, caseNumber: r.caseNumber, causeOfAction: r.causeOfAction }]),
  );
}

/** A summary's cells: the sum of the accepted filings' effective cells in the region (422 when there are none). */
export async function summaryCells(tx: DbOrTx, f: Pick<FilingRow, 'form' | 'period' | 'regionPath'>) {
  const units = await acceptedFilings(tx, { regionPath: f.regionPath, form: f.form, period: f.period });
  if (units.length === 0) throw new AppError('UNPROCESSABLE', '尚无已接收的报表，不能汇总');
  return {
    cells: sumCells(
      f.form,
      units.map((u) => effectiveCells(u.cells, u.adjustments)),
    ),
    units: units.map((u) => ({
      filingId: u.id,
      regionCode: u.regionCode,
      regionName: u.regionName,
      version: u.version,
    })),
    countedAt: new Date(),
  };
}

export type { CellValue };
