/**
 * What a file holds, case by case, for the dry run: which of its cases are new to the registry and which are already
 * known (updated or unchanged), and which agencies (the first defendant) they concern — the reading a coordinator
 * needs of the court's monthly new-case list (法院每月新收案件清单: 案号, 原告, 被告, 案由, 立案日期), which the
 * importer reads like any ledger. Rows with errors are not counted. Lists are capped; the counts are exact.
 */
import type { Draft } from './mapRow.js';

export const KEEP_OVERVIEW_CASES = 1000;

export interface OverviewCase {
  row: number;
  caseNumber: string;
  agencyId: string | null;
  agencyName: string | null;
  /** Known cases: whether the file changes them. */
  changed?: boolean;
}

export interface OverviewAgency {
  agencyId: string | null;
  name: string;
  newCases: number;
  knownCases: number;
}

export interface ImportOverview {
  newCases: OverviewCase[];
  knownCases: OverviewCase[];
  agencies: OverviewAgency[];
}

export class OverviewCollector {
  private readonly newCases: OverviewCase[] = [];
  private readonly knownCases: OverviewCase[] = [];
  private readonly agencies = new Map<string, OverviewAgency>();

  add(d: Draft, action: 'create' | 'update' | 'unchanged'): void {
    const first = d.defendants?.[0] ?? null;
    const entry: OverviewCase = {
      row: d.row,
      caseNumber: d.caseNumber,
      agencyId: first?.id ?? null,
      agencyName: first?.name ?? null,
    };
    const key = first?.id ?? '';
    let agency = this.agencies.get(key);
    if (!agency) {
      agency = { agencyId: first?.id ?? null, name: first?.name ?? '（未填写被告）', newCases: 0, knownCases: 0 };
      this.agencies.set(key, agency);
    }
    if (action === 'create') {
      agency.newCases++;
      if (this.newCases.length < KEEP_OVERVIEW_CASES) this.newCases.push(entry);
    } else {
      agency.knownCases++;
      if (this.knownCases.length < KEEP_OVERVIEW_CASES)
        this.knownCases.push({ ...entry, changed: action === 'update' });
    }
  }

  toJSON(): ImportOverview {
    return {
      newCases: this.newCases,
      knownCases: this.knownCases,
      agencies: [...this.agencies.values()].sort(
        (a, b) => b.newCases - a.newCases || b.knownCases - a.knownCases || a.name.localeCompare(b.name, 'zh'),
      ),
    };
  }
}
