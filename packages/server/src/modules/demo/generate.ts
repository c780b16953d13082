/**
 * A registry of any size for benchmarks and load tests: the demo city 示例市 (org and demo accounts) with N cases
 * built by the demo's own builder (cases/demo.ts: the same parties, hearings, outcomes, links, events and deadlines, in the
 * same proportions), filed from 2016 to the demo's "today", written by the registry's batch writer as the demo is.
 *
 * Built in chunks (default 20,000 cases, each chunk one transaction, in filing order), so memory stays bounded at
 * 1,000,000 cases and a crash loses one chunk at most (the caller starts again from an empty database). Deterministic:
 * the same N, chunk size and seed give the same registry. The total may exceed N by a case or two (a filing's
 * appeal or follow-up case is never split from it).
 */

import { rmSync } from 'node:fs';
import { type Database, openPglite } from '../../platform/db/client.js';
import { runMigrations } from '../../platform/db/migrate.js';
import { createPostgresDatabase } from '../../platform/db/scratch.js';
import { Builder, buildFiling, DEMO_TODAY, ensureAdminDomains, seedDemoCases, writeBuilt } from '../cases/public.js';
import { writeDemoHearings } from '../hearings/public.js';
import { hasRegions } from '../org/public.js';
import type { Rng } from './random.js';
import { demoContext, demoSteps } from './seed.js';

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
  if (await hasRegions(database.db)) throw new Error('generateCases needs an empty database');
  const ctx = demoContext(opts.seed ?? GENERATOR_SEED);
  const rng = ctx.rng;
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
    await database.db.transaction(async (tx) => {
      await writeBuilt(tx, b, ctx);
      await writeDemoHearings(tx, ctx.hearings.splice(0));
    });
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
