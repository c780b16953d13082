import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import type { RecordedStatement } from '../lib/benchServer.js';
import { type DataSet, ensureDataSet } from '../lib/data.js';
import { load, login, type ServerChild, startServerChild } from '../lib/server.js';
import { asTheScreenSends, CITY, COUNTY, LIST_FILTERS } from '../lib/shared.js';
import { type BenchContext, type Benchmark, type BenchResult, overRounds, result } from '../lib/types.js';

/**
 * What the layers cost (issue 11): CPU per request of the real case list and case detail (Fastify, access, zod,
 * Drizzle, presenters; bench/lib/benchServer.ts is the product's server) against a hand-written baseline that sends
 * the very statements the real route sent — recorded from it — through plain `pg` or PGlite's own `query` from a bare
 * node:http server (bench/lib/baselineServer.ts). CPU is process.cpuUsage() of each server around a fixed number of
 * requests at 10 connections (on PGlite it includes the database's own work, the same on both sides; on PostgreSQL
 * the backends are other processes and not counted). On PGlite the product runs the database in a worker thread, the
 * baseline on its main thread; the real route with PGLITE_WORKER=false is measured too, which separates the thread
 * hop from the other layers. The servers run side by side (PGlite: each on its own copy of the data set) and are
 * measured in alternating rounds, so a slower minute on the shared machine hits both; the figure is the median
 * round's ratio with the lowest and highest. Goal: the real route within 1.5× of the baseline.
 */
const DETAIL_IDS = 20;
const CONNECTIONS = 10;
const ROUNDS = 3;

type Kind = 'list' | 'detail';
interface Variant {
  label: string;
  server: ServerChild;
  cpuPath: string;
  requests: Record<Kind, autocannon.Request[]>;
  ms: Record<Kind, number[]>;
}

async function cpuMs(url: string): Promise<number> {
  const u = (await (await fetch(url)).json()) as { user: number; system: number };
  return (u.user + u.system) / 1000;
}

/** CPU ms per request of a server over `amount` requests. */
async function cpuPerRequest(v: Variant, kind: Kind, amount: number): Promise<number> {
  const before = await cpuMs(`${v.server.url}${v.cpuPath}`);
  const r = await load(v.server.url, { connections: CONNECTIONS, duration: 600, requests: v.requests[kind], amount });
  const after = await cpuMs(`${v.server.url}${v.cpuPath}`);
  if (r.non2xx || r.errors) throw new Error(`${v.label} ${kind}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return (after - before) / r.requests;
}

async function record(server: ServerChild, path: string, headers: Record<string, string>) {
  await fetch(`${server.url}/bench/record/start`);
  const res = await fetch(`${server.url}${path}`, { headers });
  if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
  await res.arrayBuffer();
  return (await (await fetch(`${server.url}/bench/record/stop`)).json()) as RecordedStatement[];
}

/** The real server's requests as the screen sends them, signed in as the demo coordinators. */
async function realRequests(server: ServerChild, ids: string[]): Promise<Record<Kind, autocannon.Request[]>> {
  const city = await login(server.url, CITY.username, CITY.password);
  const county = await login(server.url, COUNTY.username, COUNTY.password);
  return {
    list: LIST_FILTERS.map(({ who, filters }) => ({
      method: 'GET',
      path: asTheScreenSends(filters),
      headers: { cookie: who === 'city' ? city : county },
    })),
    detail: ids.map((id) => ({ method: 'GET', path: `/api/v1/cases/${id}`, headers: { cookie: city } })),
  };
}

/** A PGlite data set's copy (its pgdata only: no lock), for a second process beside the one holding the original. */
function copyOf(ctx: BenchContext, data: DataSet, name: string): DataSet {
  const dir = join(ctx.tmp, `layers-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(data.dataDir!, 'pgdata'), join(dir, 'pgdata'), { recursive: true });
  return { ...data, dataDir: dir };
}

export const benchmark: Benchmark = {
  name: 'layers',
  description: 'CPU per request of the real case list and detail vs the same SQL through plain pg / PGlite query',
  async run(ctx) {
    const out: BenchResult[] = [];
    const amount = ctx.scale === 'full' ? 1500 : 600;
    for (const kind of ctx.dbs) {
      const data = await ensureDataSet(ctx, kind, ctx.cases);
      const ids = data.sampleIds.slice(0, DETAIL_IDS);
      const copies: DataSet[] = [];
      const servers: ServerChild[] = [];
      const start = async (d: DataSet, script: string, env: Record<string, string>) => {
        const s = await startServerChild(ctx, d, [], { script: join(ctx.root, 'bench/lib', script), env });
        servers.push(s);
        return s;
      };
      try {
        // 1. The real server (as deployed: PGlite in its worker thread): warm it, record each request's statements.
        const realServer = await start(data, 'benchServer.ts', {});
        const real: Variant = {
          label: kind === 'pglite' ? 'real route (PGlite worker)' : 'real route',
          server: realServer,
          cpuPath: '/bench/cpu',
          requests: await realRequests(realServer, ids),
          ms: { list: [], detail: [] },
        };
        const all = [...real.requests.list, ...real.requests.detail];
        await load(realServer.url, { connections: CONNECTIONS, duration: 2, requests: all }); // warm-up
        // Requests of the warm-up may still be answered after autocannon stopped: wait, and record each request
        // until two recordings agree (the steady state, the read cache warm), so none carries another's statements.
        await new Promise((r) => setTimeout(r, 1000));
        const statements: Record<Kind, RecordedStatement[][]> = { list: [], detail: [] };
        for (const k of ['list', 'detail'] as const)
          for (const r of real.requests[k]) {
            let last = await record(realServer, r.path!, r.headers!);
            for (let again = 0; again < 5; again++) {
              const next = await record(realServer, r.path!, r.headers!);
              const same = JSON.stringify(next.map((s) => s.text)) === JSON.stringify(last.map((s) => s.text));
              last = next;
              if (same) break;
            }
            statements[k].push(last);
          }
        const count = (b: RecordedStatement[][]) => b.reduce((n, s) => n + s.length, 0) / b.length;
        ctx.log(
          `  ${kind}: statements per request (recorded): list ${count(statements.list).toFixed(1)}, detail ${count(statements.detail).toFixed(1)}`,
        );
        if (count(statements.list) === 0 || count(statements.detail) === 0) throw new Error('no statement recorded');
        // 2. The baseline: the same statements (request i of the real mix → /list/i), on the same data.
        const file = join(ctx.tmp, `layers-statements-${kind}.json`);
        writeFileSync(file, JSON.stringify(statements));
        const baseData = kind === 'pglite' ? copyOf(ctx, data, 'baseline') : data;
        if (kind === 'pglite') copies.push(baseData);
        const baseServer = await start(baseData, 'baselineServer.ts', { STATEMENTS: file });
        const base: Variant = {
          label:
            kind === 'pglite'
              ? 'same SQL via PGlite query (main thread), bare http'
              : 'same SQL via plain pg, bare http',
          server: baseServer,
          cpuPath: '/cpu',
          requests: {
            list: statements.list.map((_, i) => ({ method: 'GET', path: `/list/${i}` })),
            detail: statements.detail.map((_, i) => ({ method: 'GET', path: `/detail/${i}` })),
          },
          ms: { list: [], detail: [] },
        };
        const variants = [real, base];
        // 3. On PGlite, the real route with the database on the main thread, as the baseline has it.
        if (kind === 'pglite') {
          const mainData = copyOf(ctx, data, 'main-thread');
          copies.push(mainData);
          const mainServer = await start(mainData, 'benchServer.ts', { PGLITE_WORKER: 'false' });
          variants.push({
            label: 'real route (PGlite main thread)',
            server: mainServer,
            cpuPath: '/bench/cpu',
            requests: await realRequests(mainServer, ids),
            ms: { list: [], detail: [] },
          });
        }
        for (const v of variants.slice(1))
          await load(v.server.url, {
            connections: CONNECTIONS,
            duration: 2,
            requests: [...v.requests.list, ...v.requests.detail],
          }); // warm-up
        // 4. Rounds: every variant in turn, list then detail.
        for (let round = 0; round < ROUNDS; round++)
          for (const k of ['list', 'detail'] as const)
            for (const v of variants) v.ms[k].push(await cpuPerRequest(v, k, amount));
        for (const k of ['list', 'detail'] as const) {
          const name = k === 'list' ? 'case list' : 'case detail';
          for (const v of [real, ...variants.slice(2)]) {
            const r = overRounds(v.ms[k], base.ms[k]);
            ctx.log(
              `  ${kind}: ${name} CPU per request, ${v.label}: ${v.ms[k].map((x) => x.toFixed(2)).join('/')} ms vs baseline ${base.ms[k].map((x) => x.toFixed(2)).join('/')} ms`,
            );
            out.push(
              result({
                name: `${name} CPU per request, ${v.label} vs hand-written`,
                db: kind,
                unit: 'ms',
                baseline: base.label,
                ...r,
                n: amount * ROUNDS,
                target: '≤ 1.5× (goal)',
                pass: r.ratio <= 1.5,
              }),
            );
          }
        }
      } finally {
        for (const s of servers) await s.stop();
        for (const c of copies) rmSync(c.dataDir!, { recursive: true, force: true });
      }
    }
    return out;
  },
};
