import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { OUTCOME_LABELS, type OutcomeCategory } from '@shuangjiang/domain';
import ExcelJS from 'exceljs';
import { DEFAULT_ADMIN_DOMAINS } from '../../packages/server/src/modules/cases/adminDomains.js';
import { CASE_INSTANCE_LABELS, CASE_KIND_LABELS } from '../../packages/server/src/modules/cases/constants.js';
import { Builder, buildFiling } from '../../packages/server/src/modules/cases/demo.js';
import { buildDemoOrg } from '../../packages/server/src/modules/demo/org.js';
import { Rng } from '../../packages/server/src/modules/demo/random.js';
import type { DemoContext } from '../../packages/server/src/modules/demo/seed.js';
import { COLUMNS } from '../../packages/server/src/modules/imports/columns.js';
import { importCasesFromXlsx, systemPrincipal } from '../../packages/server/src/modules/imports/service.js';
import { freshOrgDatabase } from '../lib/data.js';
import { costRatioOfRates } from '../lib/proc.js';
import { type BenchContext, type Benchmark, type BenchResult, result } from '../lib/types.js';

const FILE_VERSION = 1;
const DAY = 86_400_000;

/**
 * A ledger of `n` rows in the template's layout, filled from the demo builder (the same realistic cases as the data
 * sets: parties, courts, outcomes), written with exceljs' streaming writer (shared strings, as Excel writes them).
 */
async function writeLedger(ctx: BenchContext, n: number): Promise<string> {
  const file = join(ctx.tmp, `import-${n}-v${FILE_VERSION}.xlsx`);
  if (existsSync(file)) return file;
  const t = performance.now();
  const rng = new Rng(20261202);
  const org = buildDemoOrg(rng);
  // Agency "ids" are their keys here: the sheet names agencies, it never carries ids.
  const demo: DemoContext = { rng, org, agencyIds: new Map(org.agencies.map((a) => [a.key, a.key])), logins: [] };
  const name = new Map(org.agencies.map((a) => [a.key, a.name]));
  const domainName = new Map(DEFAULT_ADMIN_DOMAINS.map(([code, label]) => [code, label]));
  const b = new Builder(rng, demo);
  const first = Date.UTC(2024, 0, 2) / DAY;
  const last = Date.UTC(2026, 10, 27) / DAY;
  // Filings spread evenly over 2024-01 … 2026-11, until there are enough rows (appeals from the city court, whose
  // number carries no registered court, are left out).
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
      outcome: r.outcome ? OUTCOME_LABELS[r.outcome as OutcomeCategory] : null,
      appealed: yesNo(r.appealed),
      notes: null,
    };
    ws.addRow(COLUMNS.map((c) => values[c.key] ?? null)).commit();
    rows++;
  }
  ws.commit();
  await wb.commit();
  renameSync(tmp, file);
  ctx.log(`  wrote ${file} (${rows.toLocaleString('en')} rows) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return file;
}

/** The yardstick: exceljs' streaming reader over the same file, every cell value touched. */
async function rawParse(file: string): Promise<{ ms: number; rows: number }> {
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

export const benchmark: Benchmark = {
  name: 'import',
  description: 'Excel import (importCasesFromXlsx, into an empty registry) vs a raw exceljs streaming parse',
  async run(ctx) {
    const n = ctx.scale === 'full' ? 100_000 : 20_000;
    const file = await writeLedger(ctx, n);
    // Best of two for the yardstick (the first also warms the page cache for the import).
    const raw = [await rawParse(file), await rawParse(file)].sort((a, b) => a.ms - b.ms)[0]!;
    const baseRate = raw.rows / (raw.ms / 1000);
    ctx.log(`  raw exceljs parse: ${raw.rows.toLocaleString('en')} rows in ${(raw.ms / 1000).toFixed(2)} s`);
    const out: BenchResult[] = [];
    for (const kind of ctx.dbs) {
      const fresh = await freshOrgDatabase(ctx, kind);
      try {
        const t = performance.now();
        const r = await importCasesFromXlsx(fresh.database.db, systemPrincipal(), file, { fileName: 'bench.xlsx' });
        const ms = performance.now() - t;
        if (r.status !== 'done' || r.created !== n) {
          throw new Error(
            `import ${r.status}: ${r.created} created of ${n}, ${r.errorCount} errors: ${JSON.stringify(r.errors.slice(0, 5))}`,
          );
        }
        const rate = n / (ms / 1000);
        ctx.log(`  ${kind}: ${n.toLocaleString('en')} rows imported in ${(ms / 1000).toFixed(1)} s`);
        const ratio = costRatioOfRates(rate, baseRate);
        const pass = ratio <= 2 && (kind !== 'postgres' || rate >= 20_000);
        out.push(
          result({
            name: 'import',
            db: kind,
            value: rate,
            unit: 'rows/s',
            baseline: 'exceljs streaming parse',
            baselineValue: baseRate,
            ratio,
            n,
            target: kind === 'postgres' ? '≥ 20,000 rows/s, ≤ 2× parse' : '≤ 2× parse',
            pass,
          }),
        );
      } finally {
        await fresh.drop();
      }
    }
    return out;
  },
};
