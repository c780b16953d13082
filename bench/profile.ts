// `npx tsx --tsconfig bench/tsconfig.json bench/profile.ts [--other DIR] [--db postgres|pglite] [--kind list|detail]
//   [--amount 4000] [--rounds 2] [--cases 50000]`
// Where a request's CPU goes, by package: the built server (this tree's, and another build's with --other) runs under
// V8's sampling profiler (--cpu-prof) while it answers `amount` list (or detail) requests at 10 connections after a
// warm-up; its samples are summed by the code they were in — a node_modules package, a module of our server, Node's
// own internals, V8's builtins and the garbage collector — and divided by the requests. Sampling time is CPU time of
// the main thread, so other work on the machine stretches every part alike; the rounds alternate the trees. For
// placing a difference that bench/compare.ts measures but cannot explain.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { ensureDataSet } from './lib/data.js';
import { load, login, startServerChild } from './lib/server.js';
import { asTheScreenSends, CITY, COUNTY, LIST_FILTERS } from './lib/shared.js';
import type { BenchContext } from './lib/types.js';

const { values } = parseArgs({
  options: {
    other: { type: 'string' },
    db: { type: 'string', default: 'postgres' },
    kind: { type: 'string', default: 'list' },
    amount: { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '2' },
    cases: { type: 'string', default: '50000' },
  },
});
const db = values.db as 'postgres' | 'pglite';
const amount = Number(values.amount);
const root = new URL('..', import.meta.url).pathname;
const ctx: BenchContext = {
  scale: 'small',
  cases: Number(values.cases),
  dbs: [db],
  root,
  tmp: join(root, 'tmp', 'bench'),
  log: (m) => process.stderr.write(`[profile] ${m}\n`),
};
const data = await ensureDataSet(ctx, db, ctx.cases);

interface Node {
  id: number;
  callFrame: { url: string; functionName: string };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** The part of the program a sampled frame belongs to. */
function category(node: Node): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : `(V8/native) ${functionName || 'anonymous'}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /packages\/(\w+)\/dist\/(?:(modules|platform)\/([^/]+))?/.exec(url);
  if (ours) return ours[2] ? `${ours[1]}/${ours[2]}/${ours[3]}` : `${ours[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

function summarise(file: string): Map<string, number> {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const c = category(byId.get(id)!);
    out.set(c, (out.get(c) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  out.delete('(idle)');
  return out;
}

const trees = [['this', root] as const, ...(values.other ? [['other', values.other] as const] : [])];
const results = new Map<string, Map<string, number>[]>();
const dir = join(ctx.tmp, 'profiles');
rmSync(dir, { recursive: true, force: true });
for (let round = 0; round < Number(values.rounds); round++) {
  for (const [name, tree] of round % 2 ? [...trees].reverse() : trees) {
    const out = join(dir, `${name}-${round}`);
    mkdirSync(out, { recursive: true });
    const env = { JOBS_WORKER: 'false' };
    // The profile covers the whole life of the process: start and warm-up are subtracted by profiling a second,
    // identical server that only warms up (its per-category time is taken away from the loaded one's).
    const perCategory: Map<string, number>[] = [];
    for (const n of [0, amount]) {
      const prof = join(out, String(n));
      mkdirSync(prof, { recursive: true });
      const server = await startServerChild({ ...ctx, root: tree }, data, ['--cpu-prof', `--cpu-prof-dir=${prof}`], {
        env,
      });
      try {
        const city = await login(server.url, CITY.username, CITY.password);
        const county = await login(server.url, COUNTY.username, COUNTY.password);
        const requests: autocannon.Request[] =
          values.kind === 'detail'
            ? data.sampleIds
                .slice(0, 20)
                .map((id) => ({ method: 'GET', path: `/api/v1/cases/${id}`, headers: { cookie: city } }))
            : LIST_FILTERS.map(({ who, filters }) => ({
                method: 'GET',
                path: asTheScreenSends(filters),
                headers: { cookie: who === 'city' ? city : county },
              }));
        await load(server.url, { connections: 10, duration: 600, requests, amount: 600 });
        if (n) {
          const r = await load(server.url, { connections: 10, duration: 600, requests, amount: n });
          if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        }
      } finally {
        await server.stop();
      }
      const files = readdirSync(prof).filter((f) => f.endsWith('.cpuprofile'));
      if (!files.length) throw new Error(`${name}: the server wrote no profile (did it exit cleanly on SIGTERM?)`);
      perCategory.push(summarise(join(prof, files[0]!)));
    }
    const [base, loaded] = perCategory as [Map<string, number>, Map<string, number>];
    const per = new Map<string, number>();
    for (const [c, ms] of loaded) per.set(c, (ms - (base.get(c) ?? 0)) / amount);
    results.set(name, [...(results.get(name) ?? []), per]);
    const total = [...per.values()].reduce((a, b) => a + b, 0);
    ctx.log(`round ${round + 1} ${name}: ${total.toFixed(3)} ms of main-thread CPU per request`);
  }
}

// The mean over rounds, per category, biggest first; with --other the difference this − other.
const mean = (name: string) => {
  const rounds = results.get(name) ?? [];
  const m = new Map<string, number>();
  for (const r of rounds) for (const [c, v] of r) m.set(c, (m.get(c) ?? 0) + v / rounds.length);
  return m;
};
const self = mean('this');
const other = values.other ? mean('other') : null;
const cats = [...new Set([...self.keys(), ...(other?.keys() ?? [])])]
  .map((c) => ({ c, a: self.get(c) ?? 0, b: other?.get(c) ?? 0 }))
  .sort((x, y) => Math.abs(y.a - y.b) + y.a - (Math.abs(x.a - x.b) + x.a));
const us = (v: number) => `${(v * 1000).toFixed(0).padStart(6)} µs`;
process.stdout.write(
  `${db} ${values.kind}: main-thread CPU per request by part${other ? ' (this, other, this − other)' : ''}\n`,
);
for (const { c, a, b } of cats.slice(0, 40))
  process.stdout.write(`${us(a)}${other ? `${us(b)}${us(a - b)}` : ''}  ${c}\n`);
const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
process.stdout.write(`${us(sum(self))}${other ? `${us(sum(other))}${us(sum(self) - sum(other))}` : ''}  total\n`);
