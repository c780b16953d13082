/**
 * A registry of any size for benchmarks and load tests: the demo city 示例市 (org and demo accounts) with N cases
 * built by the demo's own builder (demo.ts: the same parties, hearings, outcomes, links, events and deadlines, in the
 * same proportions), filed from 2016 to the demo's "today", written with the demo's multi-row inserts.
 *
 * Built in chunks (default 20,000 cases, each chunk one transaction, in filing order), so memory stays bounded at
 * 1,000,000 cases and a crash loses one chunk at most (the caller starts again from an empty database). Deterministic:
 * the same N, chunk size and seed give the same registry. The total may exceed N by a case or two (a filing's
 * appeal or follow-up case is never split from it).
 */

import { rmSync } from 'node:fs';
import { count, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Database, openPglite, type Tx } from '../../platform/db/client.js';
import { runMigrations } from '../../platform/db/migrate.js';
import { createPostgresDatabase } from '../../platform/db/scratch.js';
import { buildDemoOrg } from '../demo/org.js';
import { Rng } from '../demo/random.js';
import { type DemoContext, demoSteps } from '../demo/seed.js';
import { regions } from '../org/schema.js';
import { ensureAdminDomains } from './adminDomains.js';
import { Builder, buildFiling, DEMO_TODAY, type RowWriter, seedDemoCases, writeBuilt } from './demo.js';

export interface GenerateOptions {
  /** Cases to generate (at least; see above). */
  cases: number;
  /** Cases per chunk (one transaction each). Default 20,000. */
  chunkSize?: number;
  seed?: number;
  /** First filing date (ISO); the last is the demo's today. Default 2016-01-04. */
  from?: string;
  onChunk?: (p: { chunk: number; chunks: number; cases: number; ms: number }) => void;
}

export interface GenerateResult {
  cases: number;
  chunks: number;
  ms: number;
}

export const GENERATOR_SEED = 20261201;
/** Bump when the generated data change, so cached benchmark databases are rebuilt. */
export const GENERATOR_VERSION = 1;

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** Rows per statement of the JSON writer. */
const JSON_BATCH = 5000;

/**
 * Writes rows the way the import's set-based apply loads its batches: each batch travels as ONE JSON parameter and
 * is expanded by `json_populate_recordset` (about 10× less client CPU than building multi-row VALUES with Drizzle,
 * which dominates at 1,000,000 cases). Columns missing from every row keep their SQL defaults (ids, created_at);
 * a column missing from some rows gets its constant default, as a Drizzle insert would.
 */
export const writeJsonBatches: RowWriter = async (tx: Tx, table, rows) => {
  if (rows.length === 0) return;
  const t = table as PgTable;
  const columns = Object.entries(getTableColumns(t));
  const present = new Set<string>();
  for (const r of rows) for (const [k, v] of Object.entries(r as object)) if (v !== undefined) present.add(k);
  const used = columns.filter(([key]) => present.has(key));
  const fill = used
    .filter(([, c]) => c.hasDefault && c.default !== undefined && typeof c.default !== 'object')
    .map(([key, c]) => [key, c.default] as const);
  const names = sql.join(
    used.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += JSON_BATCH) {
    const batch = (rows.slice(i, i + JSON_BATCH) as Record<string, unknown>[]).map((r) => {
      const o: Record<string, unknown> = {};
      for (const [key, c] of used) o[c.name] = r[key] ?? null;
      for (const [key, v] of fill) if (r[key] === undefined) o[columns.find(([k]) => k === key)![1].name] = v;
      return o;
    });
    await tx.execute(
      sql`insert into ${sql.identifier(getTableName(t))} (${names}) select ${names} from json_populate_recordset(null::${sql.identifier(getTableName(t))}, ${JSON.stringify(batch)}::json)`,
    );
  }
};

/** `n` random filing dates (working days) in [start, end), in order. */
function filingDates(rng: Rng, start: number, end: number, n: number): string[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let d = rng.int(start, end - 1);
    const wd = new Date(d * DAY).getUTCDay();
    if (wd === 0) d += 1;
    else if (wd === 6) d += 2;
    out.push(Math.min(d, end - 1));
  }
  return out.sort((a, b) => a - b).map(isoOf);
}

/**
 * Loads the demo org and accounts, then N cases chunk by chunk, into an EMPTY database (migrated). Throws when the
 * database already has regions.
 */
export async function generateCases(database: Database, opts: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const [existing] = await database.db.select({ n: count() }).from(regions);
  if (Number(existing?.n ?? 0) > 0) throw new Error('generateCases needs an empty database');
  const rng = new Rng(opts.seed ?? GENERATOR_SEED);
  const ctx: DemoContext = { rng, org: buildDemoOrg(rng), agencyIds: new Map(), logins: [] };
  await database.db.transaction(async (tx) => {
    for (const step of demoSteps) if (step !== seedDemoCases) await step(tx, ctx);
    await ensureAdminDomains(tx);
  });

  const chunkSize = opts.chunkSize ?? 20_000;
  const chunks = Math.max(1, Math.ceil(opts.cases / chunkSize));
  const first = dayOf(opts.from ?? '2016-01-04');
  const last = dayOf(DEMO_TODAY);
  const b = new Builder(rng, ctx);
  // Cases per filing (appeals, 复议后起诉, failed mediation): about 1.13; measured as we go.
  let ratio = 1.13;
  let filings = 0;
  let total = 0;
  for (let c = 0; c < chunks && total < opts.cases; c++) {
    const t = performance.now();
    const start = first + Math.floor(((last - first) * c) / chunks);
    const end = first + Math.floor(((last - first) * (c + 1)) / chunks);
    const want = c === chunks - 1 ? opts.cases - total : Math.min(chunkSize, opts.cases - total);
    const dates = filingDates(rng, start, end, Math.max(1, Math.round(want / ratio)));
    for (const filed of dates) {
      if (b.drafts.length >= want) break;
      buildFiling(b, ctx, filed);
      filings++;
    }
    // The last chunk tops up to N (filings on its last day) if the estimate fell short.
    while (c === chunks - 1 && b.drafts.length < want) {
      buildFiling(b, ctx, isoOf(end - 1));
      filings++;
    }
    b.numberLitigation();
    total += b.drafts.length;
    ratio = total / filings;
    await database.db.transaction((tx) => writeBuilt(tx, b, writeJsonBatches));
    b.reset();
    opts.onChunk?.({ chunk: c + 1, chunks, cases: total, ms: performance.now() - t });
  }
  return { cases: total, chunks, ms: performance.now() - started };
}

/**
 * A fresh, migrated database holding only the demo org and accounts (no cases), for timing an import into an empty
 * registry: PGlite in `dataDir` (emptied first) or a new PostgreSQL database `name` on `serverUrl`'s server. `drop()`
 * closes and removes it.
 */
export async function freshOrgDatabase(
  target: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; serverUrl: string; name: string; max?: number },
): Promise<{ database: Database; drop(): Promise<void> }> {
  let database: Database;
  let drop: () => Promise<void>;
  if (target.kind === 'pglite') {
    rmSync(target.dataDir, { recursive: true, force: true });
    database = await openPglite(target.dataDir);
    await runMigrations(database);
    drop = async () => {
      await database.close();
      rmSync(target.dataDir, { recursive: true, force: true });
    };
  } else {
    const created = await createPostgresDatabase(target.serverUrl, target.name, { max: target.max });
    database = created;
    drop = created.cleanup;
  }
  await generateCases(database, { cases: 0 });
  return { database, drop };
}
