import type autocannon from 'autocannon';
import { cpuMeter, cpuPerRequestResults } from '../lib/cpu.js';
import { ensureDataSet } from '../lib/data.js';
import { load, login, startServerChild } from '../lib/server.js';
import {
  asTheScreenSends,
  CITY,
  CONNECTIONS,
  COUNTY,
  LIST_FILTERS,
  loadSeconds,
  memoryUnderListLoad,
} from '../lib/shared.js';
import { type Benchmark, type BenchResult, result } from '../lib/types.js';

/** The name of a request in the results: its filters as written below (the paging part is the same for all). */
const labels = new WeakMap<autocannon.Request, string>();

function listRequests(city: string, county: string): autocannon.Request[] {
  return LIST_FILTERS.map(({ who, filters }) => {
    const r: autocannon.Request = {
      method: 'GET',
      path: asTheScreenSends(filters),
      headers: { cookie: who === 'city' ? city : county },
    };
    labels.set(r, decodeURIComponent(filters));
    return r;
  });
}

export const benchmark: Benchmark = {
  name: 'list',
  description:
    'case-list API (county+year+status, 案号 prefix, sorted pages; city and county coordinators) vs /healthz',
  async run(ctx) {
    const out: BenchResult[] = [];
    const seconds = loadSeconds(ctx.scale);
    for (const kind of ctx.dbs) {
      const data = await ensureDataSet(ctx, kind, ctx.cases);
      const server = await startServerChild(ctx, data);
      try {
        await new Promise((r) => setTimeout(r, 1000));
        const idle = server.memory().rssMB;
        const requests = listRequests(
          await login(server.url, CITY.username, CITY.password),
          await login(server.url, COUNTY.username, COUNTY.password),
        );
        for (const r of requests) {
          const res = await fetch(`${server.url}${r.path}`, { headers: r.headers });
          if (res.status !== 200) throw new Error(`${r.path} → ${res.status} ${await res.text()}`);
          const body = (await res.json()) as { items: unknown[]; total: number };
          ctx.log(`  ${kind}: ${decodeURIComponent(r.path!)} → ${body.items.length} of ${body.total}`);
        }
        await load(server.url, { connections: 10, duration: 2, requests }); // warm-up
        // Each query alone on one connection (median of 5): which query a slow percentile comes from.
        const alone = async (path: string, headers?: Record<string, string>) => {
          const ts: number[] = [];
          for (let i = 0; i < 5; i++) {
            const t = performance.now();
            await (await fetch(`${server.url}${path}`, { headers })).arrayBuffer();
            ts.push(performance.now() - t);
          }
          return ts.sort((a, b) => a - b)[2]!;
        };
        const healthAlone = await alone('/healthz');
        for (const r of requests) {
          const ms = await alone(r.path!, r.headers);
          const who = r.headers?.cookie === requests[0]!.headers?.cookie ? 'city' : 'county';
          out.push(
            result({
              name: `list alone (${who}): ${labels.get(r)}`,
              db: kind,
              value: ms,
              unit: 'ms',
              baseline: '/healthz alone',
              baselineValue: healthAlone,
              n: data.cases,
              pass: null,
            }),
          );
        }
        if (!server.resetPeak()) ctx.log(`  ${kind}: could not reset VmHWM; the peak includes the start`);
        const meter = await cpuMeter(server.pid, data);
        for (const connections of CONNECTIONS) {
          const before = await meter.snapshot();
          const list = await load(server.url, { connections, duration: seconds, requests });
          const cpu = meter.between(before, await meter.snapshot());
          if (connections === 50) {
            const m = server.memory();
            memoryUnderListLoad.set(kind, {
              idleMB: idle,
              peakMB: m.hwmMB,
              connections,
              cases: data.cases,
            });
          }
          const healthBefore = await meter.snapshot();
          const health = await load(server.url, { connections, duration: seconds, requests: [{ path: '/healthz' }] });
          const healthCpu = meter.between(healthBefore, await meter.snapshot());
          out.push(
            ...cpuPerRequestResults({
              name: `list c${connections}`,
              db: kind,
              n: data.cases,
              cpu,
              requests: list.requests,
              healthCpu,
              healthRequests: health.requests,
            }),
          );
          if (list.non2xx || list.errors) ctx.log(`  ${kind}: ${list.non2xx} non-2xx, ${list.errors} errors`);
          ctx.log(
            `  ${kind} c${connections}: list p50/p95/p99 ${list.p50}/${list.p95}/${list.p99} ms, ${list.rps.toFixed(0)} req/s; healthz ${health.p50}/${health.p95}/${health.p99} ms, ${health.rps.toFixed(0)} req/s`,
          );
          for (const p of ['p50', 'p95', 'p99'] as const) {
            const limit = kind === 'postgres' ? 50 : 100;
            const targeted = p === 'p99' && connections === 50;
            out.push(
              result({
                name: `list ${p} c${connections}`,
                db: kind,
                value: list[p],
                unit: 'ms',
                baseline: `/healthz ${p} c${connections}`,
                baselineValue: health[p],
                n: data.cases,
                target: targeted ? `≤ ${limit} ms` : undefined,
                pass: targeted ? list[p] <= limit : null,
              }),
            );
          }
        }
        await meter.close();
      } finally {
        await server.stop();
      }
    }
    return out;
  },
};
