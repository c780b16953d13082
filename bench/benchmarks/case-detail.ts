import { cpuMeter, cpuPerRequestResults } from '../lib/cpu.js';
import { ensureDataSet } from '../lib/data.js';
import { load, login, startServerChild } from '../lib/server.js';
import { CITY, loadSeconds } from '../lib/shared.js';
import { type Benchmark, type BenchResult, result } from '../lib/types.js';

const CONNECTIONS = 10;

export const benchmark: Benchmark = {
  name: 'case-detail',
  description:
    'GET /api/v1/cases/:id (parties, links, hearings, deadlines, timeline, audit) for random ids vs /healthz',
  async run(ctx) {
    const out: BenchResult[] = [];
    const seconds = loadSeconds(ctx.scale);
    for (const kind of ctx.dbs) {
      const data = await ensureDataSet(ctx, kind, ctx.cases);
      const server = await startServerChild(ctx, data);
      try {
        const cookie = await login(server.url, CITY.username, CITY.password);
        const ids = data.sampleIds;
        const probe = await fetch(`${server.url}/api/v1/cases/${ids[0]}`, { headers: { cookie } });
        if (probe.status !== 200) throw new Error(`case detail → ${probe.status} ${await probe.text()}`);
        // A deterministic walk over the sampled ids (a stride coprime to their count), different per connection.
        let i = 0;
        const requests = [
          {
            method: 'GET',
            headers: { cookie },
            setupRequest: (req: object) => ({ ...req, path: `/api/v1/cases/${ids[(i++ * 7919) % ids.length]}` }),
          },
        ];
        await load(server.url, { connections: CONNECTIONS, duration: 2, requests }); // warm-up
        const meter = await cpuMeter(server.pid, data);
        const before = await meter.snapshot();
        const detail = await load(server.url, { connections: CONNECTIONS, duration: seconds, requests });
        const cpu = meter.between(before, await meter.snapshot());
        const healthBefore = await meter.snapshot();
        const health = await load(server.url, {
          connections: CONNECTIONS,
          duration: seconds,
          requests: [{ path: '/healthz' }],
        });
        const healthCpu = meter.between(healthBefore, await meter.snapshot());
        await meter.close();
        out.push(
          ...cpuPerRequestResults({
            name: `case-detail c${CONNECTIONS}`,
            db: kind,
            n: data.cases,
            cpu,
            requests: detail.requests,
            healthCpu,
            healthRequests: health.requests,
          }),
        );
        if (detail.non2xx || detail.errors) ctx.log(`  ${kind}: ${detail.non2xx} non-2xx, ${detail.errors} errors`);
        ctx.log(
          `  ${kind}: detail p50/p95/p99 ${detail.p50}/${detail.p95}/${detail.p99} ms, ${detail.rps.toFixed(0)} req/s over ${ids.length} ids`,
        );
        for (const p of ['p50', 'p99'] as const) {
          out.push(
            result({
              name: `case-detail ${p} c${CONNECTIONS}`,
              db: kind,
              value: detail[p],
              unit: 'ms',
              baseline: `/healthz ${p} c${CONNECTIONS}`,
              baselineValue: health[p],
              n: data.cases,
              target: p === 'p99' ? '≤ 20 ms' : undefined,
              pass: p === 'p99' ? detail[p] <= 20 : null,
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
