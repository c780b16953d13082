// Issue 18's load figures: a mixed load as a city's users make it — list pages (the screen's common filters), case
// details, and edits (a case read, then its 备注 saved with the version read, as the form does) — at 50 and 200
// connections, with load shedding configured as in production (the config's defaults; the benchmark server otherwise
// turns it off). Reported: errors (anything but 2xx, a 409 from two connections editing one case, or — on the
// embedded database — a 503 shed by load shedding; time-outs count as errors), the shed 503s, p99 as a ratio of
// /healthz's p99 measured alone in the same run, and /healthz's own p99 while the load runs (a probe on its own
// connection: what a load balancer's health check sees). One session for every connection, so the per-session rate
// limit is raised as in the other benchmarks.
import autocannon from 'autocannon';
import { ensureDataSet } from '../lib/data.js';
import { login, percentile, startServerChild } from '../lib/server.js';
import { asTheScreenSends, CITY, LIST_FILTERS, loadSeconds } from '../lib/shared.js';
import { type Benchmark, type BenchResult, result } from '../lib/types.js';

const LEVELS = [50, 200] as const;

interface Run {
  times: number[];
  statuses: Map<number, number>;
  timeouts: number;
  errors: number;
}

/** One autocannon run; every response's latency and status are kept. Stops after `seconds` or when `until` settles. */
async function run(
  url: string,
  opts: { connections: number; seconds: number; requests: autocannon.Request[]; until?: Promise<unknown> },
): Promise<Run> {
  const out: Run = { times: [], statuses: new Map(), timeouts: 0, errors: 0 };
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    requests: opts.requests,
    timeout: 10,
  });
  opts.until?.then(
    () => instance.stop(),
    () => instance.stop(),
  );
  instance.on('response', (_c: unknown, status: number, _b: number, ms: number) => {
    out.times.push(ms);
    out.statuses.set(status, (out.statuses.get(status) ?? 0) + 1);
  });
  const r = await instance;
  out.timeouts = r.timeouts;
  out.errors = r.errors - r.timeouts;
  out.times.sort((a, b) => a - b);
  return out;
}

/** A session's CSRF token (writes carry it), and the cookie it goes with. */
async function csrf(url: string, cookie: string): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${url}/api/v1/auth/csrf`, { headers: { cookie } });
  const { token } = (await res.json()) as { token: string };
  const extra = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter(Boolean);
  const jar = new Map(cookie.split('; ').map((p) => [p.slice(0, p.indexOf('=')), p] as const));
  for (const p of extra) jar.set(p.slice(0, p.indexOf('=')), p);
  return { cookie: [...jar.values()].join('; '), token };
}

type Ctx = Record<string, unknown> & { id?: string; version?: number };

/** list, detail of a random sample case, edit of that case with the version the detail returned — per connection. */
function mixedRequests(sampleIds: string[], cookie: string, token: string): autocannon.Request[] {
  const headers = { cookie };
  let n = 0;
  const lists = LIST_FILTERS.filter((f) => f.who === 'city').map((f) => asTheScreenSends(f.filters));
  return [
    { method: 'GET', headers, setupRequest: (req) => ({ ...req, path: lists[n++ % lists.length] }) },
    {
      method: 'GET',
      headers,
      setupRequest: (req: autocannon.Request, context: Ctx) => {
        context.id = sampleIds[Math.floor(Math.random() * sampleIds.length)]!;
        return { ...req, path: `/api/v1/cases/${context.id}` };
      },
      onResponse: (status: number, body: string, context: Ctx) => {
        if (status === 200) context.version = (JSON.parse(body) as { version: number }).version;
      },
    },
    {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': token },
      setupRequest: (req: autocannon.Request, context: Ctx) => ({
        ...req,
        path: `/api/v1/cases/${context.id}`,
        body: JSON.stringify({ version: context.version ?? 1, notes: `压力测试 ${Date.now()}` }),
      }),
    },
  ] as autocannon.Request[];
}

export const benchmark: Benchmark = {
  name: 'mixed',
  description:
    'mixed load (list, detail, edit) at 50 and 200 connections: errors, p99 vs /healthz, /healthz under load',
  async run(ctx) {
    const out: BenchResult[] = [];
    const seconds = loadSeconds(ctx.scale) * 2;
    for (const kind of ctx.dbs) {
      const data = await ensureDataSet(ctx, kind, ctx.cases);
      const server = await startServerChild(ctx, data, [], {
        // Load shedding as configured in production (platform/config.ts defaults).
        env: { LOAD_SHED_EVENT_LOOP_DELAY_MS: '200', LOAD_SHED_DB_WAIT_MS: '5000' },
      });
      try {
        const session = await csrf(server.url, await login(server.url, CITY.username, CITY.password));
        const requests = mixedRequests(data.sampleIds, session.cookie, session.token);
        const healthz: autocannon.Request[] = [{ method: 'GET', path: '/healthz' }];
        await run(server.url, { connections: 10, seconds: 2, requests }); // warm-up
        const alone = await run(server.url, { connections: 1, seconds: 3, requests: healthz });
        const aloneP99 = percentile(alone.times, 99);
        for (const connections of LEVELS) {
          let done!: () => void;
          const finished = new Promise<void>((r) => {
            done = r;
          });
          const [mixed, probe] = await Promise.all([
            run(server.url, { connections, seconds, requests }).finally(done),
            run(server.url, { connections: 1, seconds: seconds + 30, requests: healthz, until: finished }),
          ]);
          const count = (f: (s: number) => boolean) =>
            [...mixed.statuses].filter(([s]) => f(s)).reduce((a, [, c]) => a + c, 0);
          const shed = count((s) => s === 503);
          const conflicts = count((s) => s === 409);
          const errors =
            count((s) => (s < 200 || s > 299) && s !== 409 && !(s === 503 && kind === 'pglite')) +
            mixed.timeouts +
            mixed.errors;
          const p99 = percentile(mixed.times, 99);
          const probeP99 = percentile(probe.times, 99);
          ctx.log(
            `  ${kind} ${connections} connections: ${mixed.times.length} responses, ${errors} errors (${mixed.timeouts} time-outs), ${shed} shed, ${conflicts} edit conflicts; p99 ${p99.toFixed(0)} ms; /healthz p99 alone ${aloneP99.toFixed(1)} ms, under load ${probeP99.toFixed(1)} ms`,
          );
          const n = mixed.times.length;
          out.push(
            result({
              name: `mixed ${connections} conn: errors (shed 503: ${shed}, edit conflicts 409: ${conflicts})`,
              db: kind,
              value: errors,
              unit: 'requests',
              baseline: 'responses',
              baselineValue: n,
              n,
              target: kind === 'postgres' ? '0 errors' : 'only fast 503s, no time-outs',
              pass: errors === 0,
            }),
            result({
              name: `mixed ${connections} conn: p99`,
              db: kind,
              value: p99,
              unit: 'ms',
              baseline: '/healthz p99 alone',
              baselineValue: aloneP99,
              n,
            }),
            result({
              name: `mixed ${connections} conn: /healthz p99 under the load`,
              db: kind,
              value: probeP99,
              unit: 'ms',
              baseline: '/healthz p99 alone',
              baselineValue: aloneP99,
              n: probe.times.length,
            }),
          );
        }
      } finally {
        await server.stop();
      }
    }
    return out;
  },
};
