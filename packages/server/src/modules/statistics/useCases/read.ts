/** The reads: the filings in the caller's region, one filing in full, its workbook, the forms' layouts. */
import { parseStatPeriod, STAT_FORMS, type StatFormKind } from '@shuangjiang/domain';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/client.js';
import type { FilingOut } from '../dto.js';
import { listFilings } from '../repository.js';
import { buildFilingXlsx } from '../xlsx.js';
import { readScope, visible } from './access.js';
import { present, summaryOf } from './present.js';

export async function listFor(db: Db, principal: Principal, q: { form?: StatFormKind; period?: string }) {
  const rows = await listFilings(db, { regionPath: readScope(principal), ...q });
  return { items: rows.map((r) => summaryOf(principal, r)) };
}

export async function getFiling(db: Db, principal: Principal, id: string): Promise<FilingOut> {
  return present(db, principal, await visible(db, principal, id));
}
export async function filingXlsx(db: Db, principal: Principal, id: string) {
  const row = await visible(db, principal, id);
  const content = await buildFilingXlsx(row);
  const p = parseStatPeriod(row.period);
  return {
    fileName: `${STAT_FORMS[row.form].title.slice(0, 12)}-${row.regionName}-${p?.label ?? row.period}.xlsx`,
    content,
  };
}

export function statisticsMeta() {
  return {
    forms: Object.values(STAT_FORMS).map((f) => ({
      kind: f.kind,
      title: f.title,
      code: f.code,
      periods: [...f.periods],
      rows: f.rows.map((r) => ({ ...r })),
      columns: f.columns.map((c) => ({ id: c.id, label: c.label, groups: [...c.groups], unit: c.unit ?? 'count' })),
    })),
  };
}
