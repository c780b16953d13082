// `npx tsx --tsconfig bench/tsconfig.json bench/compare.ts --other DIR [--db postgres|pglite] [--rounds 5]
//   [--pglite-thread worker|main] [--only list,detail]`
// This tree's server against another build's (DIR: e.g. `git worktree add DIR <commit>`, `npm ci`, `npm run build`
// there), side by side on the same data set (this tree's; on PGlite the other server gets a copy), measured in
// alternating rounds: CPU per request of each server process (utime+stime from /proc, PGlite's worker thread
// included; on PostgreSQL also the backends) over 600 list and 600 detail requests at 10 connections. Prints each
// round and the median ratio this/other with its lowest and highest. For "the figures are within noise of before"
// on a shared machine, where two runs minutes apart differ by more than the change being looked for.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { cpuMeter } from './lib/cpu.js';
import { type DataSet, ensureDataSet } from './lib/data.js';
import { load, login, startServerChild } from './lib/server.js';
import { asTheScreenSends, CITY, COUNTY, LIST_FILTERS } from './lib/shared.js';
import { type BenchContext, median } from './lib/types.js';

const { values } = parseArgs({
  options: {
    other: { type: 'string' },
    db: { type: 'string', default: 'postgres' },
    rounds: { type: 'string', default: '5' },
    'pglite-thread': { type: 'string', default: 'worker' },
    only: { type: 'string', default: 'list,detail' },
  },
});
if (!values.other) throw new Error('--other DIR (another built tree of this repository) is required');
const kind = values.db as 'postgres' | 'pglite';
const rounds = Number(values.rounds);
const AMOUNT = 600;
const root = new URL('..', import.meta.url).pathname;
const ctx: BenchContext = {
  scale: 'small',
  cases: 50_000,
  dbs: [kind],
  root,
  tmp: join(root, 'tmp', 'bench'),
  log: (m) => process.stderr.write(`[compare] ${m}\n`),
};
const data = await ensureDataSet(ctx, kind, ctx.cases);
const copy = join(ctx.tmp, 'compare-other');
const env = { JOBS_WORKER: 'false', PGLITE_WORKER: values['pglite-thread'] === 'main' ? 'false' : 'true' };

type Kind = 'list' | 'detail';
// An older build may not read every case of a data set made by today's generator: `--only list` then.
const kinds = values.only.split(',').filter((k): k is Kind => k === 'list' || k === 'detail');
const sides: {
  name: string;
  stop: () => Promise<void>;
  close: () => Promise<void>;
  measure: (k: Kind) => Promise<{ server: number; postgres: number }>;
  ms: Record<Kind, number[]>;
}[] = [];
try {
  for (const [name, tree] of [
    ['this', root],
    ['other', values.other],
  ] as const) {
    let d: DataSet = data;
    if (kind === 'pglite' && name === 'other') {
      rmSync(copy, { recursive: true, force: true });
      cpSync(join(data.dataDir!, 'pgdata'), join(copy, 'pgdata'), { recursive: true });
      d = { ...data, dataDir: copy };
    }
    const server = await startServerChild({ ...ctx, root: tree }, d, [], { env });
    const city = await login(server.url, CITY.username, CITY.password);
    const county = await login(server.url, COUNTY.username, COUNTY.password);
    const requests: Record<Kind, autocannon.Request[]> = {
      list: LIST_FILTERS.map(({ who, filters }) => ({
        method: 'GET',
        path: asTheScreenSends(filters),
        headers: { cookie: who === 'city' ? city : county },
      })),
      detail: data.sampleIds
        .slice(0, 20)
        .map((id) => ({ method: 'GET', path: `/api/v1/cases/${id}`, headers: { cookie: city } })),
    };
    const meter = await cpuMeter(server.pid, d);
    await load(server.url, { connections: 10, duration: 3, requests: [...requests.list, ...requests.detail] });
    sides.push({
      name,
      stop: () => server.stop(),
      close: () => meter.close(),
      ms: { list: [], detail: [] },
      async measure(k) {
        const a = await meter.snapshot();
        const r = await load(server.url, { connections: 10, duration: 600, requests: requests[k], amount: AMOUNT });
        const b = await meter.snapshot();
        if (r.non2xx || r.errors) throw new Error(`${name} ${k}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        const c = meter.between(a, b);
        return { server: c.serverMs / r.requests, postgres: c.postgresMs / r.requests };
      },
    });
  }
  for (let round = 0; round < rounds; round++)
    for (const k of kinds)
      for (const side of round % 2 ? [...sides].reverse() : sides) {
        const m = await side.measure(k);
        side.ms[k].push(m.server);
        ctx.log(
          `round ${round + 1} ${k} ${side.name}: server ${m.server.toFixed(2)} ms${kind === 'postgres' ? `, PostgreSQL ${m.postgres.toFixed(2)} ms` : ''} per request`,
        );
      }
} finally {
  for (const side of sides) {
    await side.close();
    await side.stop();
  }
  rmSync(copy, { recursive: true, force: true });
}
for (const k of kinds) {
  const [self, other] = [sides[0]!.ms[k], sides[1]!.ms[k]];
  const ratios = self.map((x, i) => x / other[i]!);
  process.stdout.write(
    `${kind} ${k}: server CPU per request, this ${median(self).toFixed(2)} ms, other ${median(other).toFixed(2)} ms; this/other ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) over ${rounds} rounds\n`,
  );
}
