import { renameSync } from 'node:fs';
import { caseOutcomeLabel } from '@shuangjiang/domain';
import ExcelJS from 'exceljs';
import { CASE_INSTANCE_LABELS, CASE_KIND_LABELS } from '../cases/constants.js';
import { Builder, buildFiling, DEFAULT_ADMIN_DOMAINS } from '../cases/public.js';
import { buildDemoOrg } from '../demo/org.js';
import type { DemoContext } from '../demo/public.js';
import { Rng } from '../demo/random.js';
import { COLUMNS } from './columns.js';

const DAY = 86_400_000;

/**
 * Writes a realistic ledger of `n` rows in the import template's layout to `file`: the demo builder's cases
 * (parties, courts, outcomes) filed evenly over 2024-01 … 2026-11, with exceljs' streaming writer (shared strings, as
 * Excel writes them). Deterministic for a given `n`. Used by the import benchmark and the import timing script.
 * Returns the number of rows written.
 */
export async function writeSampleLedger(file: string, n: number): Promise<number> {
  const rng = new Rng(20261202);
  const org = buildDemoOrg(rng);
  // Agency "ids" are their keys here: the sheet names agencies, it never carries ids.
  const demo: DemoContext = {
    rng,
    org,
    agencyIds: new Map(org.agencies.map((a) => [a.key, a.key])),
    userIds: new Map(),
    hearings: [],
    logins: [],
  };
  const name = new Map(org.agencies.map((a) => [a.key, a.name]));
  const domainName = new Map(DEFAULT_ADMIN_DOMAINS.map(([code, label]) => [code, label]));
  const b = new Builder(rng, demo);
  const first = Date.UTC(2024, 0, 2) / DAY;
  const last = Date.UTC(2026, 10, 27) / DAY;
  // Appeals from the city court, whose number carries no registered court, are left out.
  const usable = () => b.drafts.filter((d) => d.row.kind !== 'litigation' || d.courtKey).length;
  for (let i = 0; usable() < n; i += 500) {
    for (let j = 0; j < 500; j++) {
      const day = first + Math.floor(((i + j) * (last - first)) / (n * 0.92));
      buildFiling(b, demo, new Date(Math.min(day, last) * DAY).toISOString().slice(0, 10));
    }
  }
  b.numberLitigation();
  const tmp = `${file}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('案件');
  ws.addRow(COLUMNS.map((c) => c.header)).commit();
  const yesNo = (v: boolean | null | undefined) => (v == null ? null : v ? '是' : '否');
  let rows = 0;
  for (const d of b.drafts) {
    if (rows >= n) break;
    const r = d.row;
    if (r.kind === 'litigation' && !d.courtKey) continue;
    const names = (side: string) =>
      d.parties
        .filter((p) => p.side === side)
        .map((p) => p.name)
        .join('、') || null;
    const values: Record<string, unknown> = {
      caseNumber: r.caseNumber,
      kind: CASE_KIND_LABELS[r.kind],
      court: r.courtAgencyId ? name.get(r.courtAgencyId) : null,
      filedDate: r.filedDate,
      complaintReceivedDate: r.complaintReceivedDate,
      causeOfAction: r.causeOfAction,
      contestedAct: r.contestedAct,
      domain: r.domain ? domainName.get(r.domain) : null,
      plaintiffs: names('plaintiff'),
      defendants: names('defendant'),
      thirdParties: names('third_party'),
      instance: r.instance ? CASE_INSTANCE_LABELS[r.instance] : null,
      hearingHeld: r.kind === 'litigation' ? yesNo(r.hearingHeld ?? false) : null,
      outcomeDate: r.outcomeDate,
      outcome: r.outcome ? caseOutcomeLabel(r.outcome) : null,
      appealed: yesNo(r.appealed),
      notes: null,
    };
    ws.addRow(COLUMNS.map((c) => values[c.key] ?? null)).commit();
    rows++;
  }
  ws.commit();
  await wb.commit();
  renameSync(tmp, file);
  return rows;
}

/**
 * The yardstick of the import's speed: exceljs' streaming reader over `file`, every cell value touched, nothing
 * else. Data rows (the header row not counted) and milliseconds.
 */
export async function rawExcelParse(file: string): Promise<{ ms: number; rows: number }> {
  const t = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      rows++;
      cells += (row.values as unknown[]).length;
    }
  }
  if (cells === 0) throw new Error('empty sheet');
  return { ms: performance.now() - t, rows: rows - 1 };
}
