import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { freshOrgDatabase } from '../../packages/server/src/modules/demo/generate.js';
import { writeSampleLedger } from '../../packages/server/src/modules/imports/sampleLedger.js';
import { type DataSet, ensureDataSet } from '../lib/data.js';
import { type LoadResult, load, login, type ServerChild, startServerChild } from '../lib/server.js';
import { asTheScreenSends, CITY, COUNTY, LIST_FILTERS, loadSeconds } from '../lib/shared.js';
import { type BenchContext, type Benchmark, type BenchResult, median, overRounds, result } from '../lib/types.js';

/**
 * Issue 12 §6: PGlite on the server's event loop stops every request while a long query runs. The same server (the
 * real app, bench/lib/benchServer.ts) with PGlite on the main thread (PGLITE_WORKER=false, as before) and in its
 * worker thread (the default): /healthz at 10 connections while dashboard aggregates run one after another and while
 * an Excel import runs, and the case list at 50 connections. The two servers run side by side (each on its own copy
 * of the data set) and are measured in alternating rounds; each figure is the worker's against the main thread's, the
 * median round's ratio with the lowest and highest. The import runs once per mode, into an empty registry.
 */
const MODES = [
  { mode: 'main', env: { PGLITE_WORKER: 'false' } },
  { mode: 'worker', env: { PGLITE_WORKER: 'true' } },
] as const;
type Mode = (typeof MODES)[number]['mode'];
const ROUNDS = 3;

const HEALTH = [{ path: '/healthz' }];
const script = (ctx: BenchContext) => join(ctx.root, 'bench/lib/benchServer.ts');

async function ledger(ctx: BenchContext, n: number): Promise<string> {
  const file = join(ctx.tmp, `import-${n}-v1.xlsx`);
  if (!existsSync(file)) await writeSampleLedger(file, n);
  return file;
}

/** /healthz at 10 connections while `busy` keeps the database working; also the work's own figure. */
async function healthWhile(server: ServerChild, busy: () => Promise<string>): Promise<LoadResult & { work: string }> {
  const running = busy();
  const health = await load(server.url, { connections: 10, duration: 600, requests: HEALTH, until: running });
  return { ...health, work: await running };
}

async function getJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  const body = (await r.json()) as T;
  if (r.status !== 200) throw new Error(`${url} → ${r.status} ${JSON.stringify(body)}`);
  return body;
}

const ms = (x: number) => x.toFixed(1);

export const benchmark: Benchmark = {
  name: 'pglite-thread',
  description: 'PGlite in a worker thread vs on the main thread: /healthz during aggregates and an import, list c50',
  async run(ctx) {
    if (!ctx.dbs.includes('pglite')) return [];
    const seconds = loadSeconds(ctx.scale);
    const data = await ensureDataSet(ctx, 'pglite', ctx.cases);
    const importRows = ctx.scale === 'full' ? 100_000 : 20_000;
    const file = await ledger(ctx, importRows);
    /** figure name → mode → one value per round */
    const figures = new Map<string, Record<Mode, number[]>>();
    const put = (name: string, mode: Mode, v: number) => {
      const f = figures.get(name) ?? { main: [], worker: [] };
      f[mode].push(v);
      figures.set(name, f);
    };
    const dirs: string[] = [];
    const servers: ServerChild[] = [];
    try {
      // 1. The data set (the worker on the original, the main thread on a copy): idle, aggregates, list c50.
      const copy = join(ctx.tmp, 'pglite-thread-main');
      rmSync(copy, { recursive: true, force: true });
      cpSync(join(data.dataDir!, 'pgdata'), join(copy, 'pgdata'), { recursive: true });
      dirs.push(copy);
      const on = {} as Record<Mode, { server: ServerChild; list: autocannon.Request[] }>;
      for (const { mode, env } of MODES) {
        const d: DataSet = mode === 'main' ? { ...data, dataDir: copy } : data;
        const server = await startServerChild(ctx, d, [], { script: script(ctx), env });
        servers.push(server);
        const city = await login(server.url, CITY.username, CITY.password);
        const county = await login(server.url, COUNTY.username, COUNTY.password);
        const list = LIST_FILTERS.map(({ who, filters }) => ({
          method: 'GET',
          path: asTheScreenSends(filters),
          headers: { cookie: who === 'city' ? city : county },
        }));
        await load(server.url, { connections: 10, duration: 1, requests: HEALTH }); // warm-up
        await load(server.url, { connections: 10, duration: 2, requests: list });
        on[mode] = { server, list };
      }
      for (let round = 0; round < ROUNDS; round++) {
        for (const { mode } of MODES) {
          const { server, list } = on[mode];
          const idle = await load(server.url, { connections: 10, duration: seconds, requests: HEALTH });
          put('healthz p99 c10, idle', mode, idle.p99);
          const end = Date.now() + seconds * 1000;
          const agg = await healthWhile(server, async () => {
            const times: number[] = [];
            while (Date.now() < end) times.push((await getJson<{ ms: number }>(`${server.url}/bench/aggregate`)).ms);
            return `${times.length} aggregates, median ${ms(median(times))} ms`;
          });
          put('healthz p99 c10 while aggregates run', mode, agg.p99);
          const l = await load(server.url, { connections: 50, duration: seconds, requests: list });
          if (l.non2xx || l.errors) throw new Error(`list c50 (${mode}): ${l.non2xx} non-2xx, ${l.errors} errors`);
          put('list p99 c50', mode, l.p99);
          put('list req/s c50', mode, l.rps);
          ctx.log(
            `  round ${round + 1}, ${mode} thread: healthz idle p50/p99 ${ms(idle.p50)}/${ms(idle.p99)} ms; during aggregates ${ms(agg.p50)}/${ms(agg.p99)} ms (${agg.work}); list c50 p50/p99 ${ms(l.p50)}/${ms(l.p99)} ms, ${l.rps.toFixed(0)} req/s`,
          );
        }
      }
      for (const s of servers.splice(0)) await s.stop();
      // 2. An import into an empty registry (a fresh organisation database), with /healthz asked meanwhile.
      for (const { mode, env } of MODES) {
        const dir = join(ctx.tmp, `pglite-thread-import-${mode}`);
        rmSync(dir, { recursive: true, force: true });
        dirs.push(dir);
        const fresh = await freshOrgDatabase({ kind: 'pglite', dataDir: dir });
        await fresh.database.close();
        const importer = await startServerChild(
          ctx,
          { kind: 'pglite', cases: 0, dataDir: dir, generatedSeconds: 0, sampleIds: [] },
          [],
          { script: script(ctx), env },
        );
        servers.push(importer);
        const imp = await healthWhile(importer, async () => {
          const url = `${importer.url}/bench/import?file=${encodeURIComponent(file)}`;
          const body = await getJson<{ ms: number; status: string; created: number }>(url);
          if (body.status !== 'done' || body.created !== importRows) throw new Error(`import: ${JSON.stringify(body)}`);
          return `${importRows.toLocaleString('en')} rows in ${(body.ms / 1000).toFixed(1)} s`;
        });
        put('healthz p99 c10 while an import runs', mode, imp.p99);
        ctx.log(`  ${mode} thread: healthz during the import p50/p99 ${ms(imp.p50)}/${ms(imp.p99)} ms (${imp.work})`);
        for (const s of servers.splice(0)) await s.stop();
      }
    } finally {
      for (const s of servers) await s.stop();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
    const out: BenchResult[] = [];
    for (const [name, f] of figures) {
      const rate = name.includes('req/s');
      // For a rate the yardstick's figure over ours (how many times slower), as for times ours over the yardstick's.
      const r = rate ? overRounds(f.main, f.worker) : overRounds(f.worker, f.main);
      out.push(
        result({
          name: `${name} (PGlite worker)`,
          db: 'pglite',
          unit: rate ? 'req/s' : 'ms',
          baseline: 'the same, PGlite on the main thread',
          value: median(f.worker),
          baselineValue: median(f.main),
          ratio: r.ratio,
          ...(f.worker.length > 1 ? { spread: r.spread } : {}),
          n: name.includes('import') ? importRows : data.cases,
          pass: null,
        }),
      );
    }
    return out;
  },
};
