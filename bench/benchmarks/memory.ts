import { ensureDataSet } from '../lib/data.js';
import { load, login, startServerChild } from '../lib/server.js';
import { asTheScreenSends, CITY, loadSeconds, memoryUnderListLoad } from '../lib/shared.js';
import { type Benchmark, type BenchResult, result } from '../lib/types.js';

/**
 * Peak resident set of the server process (the built CLI in a child process, sampled from /proc/<pid>/status) under
 * the list load, against the same server idle right after start. Reuses the list benchmark's figures when it ran in
 * this run; otherwise starts its own server and runs the list load at 50 connections.
 */
export const benchmark: Benchmark = {
  name: 'memory',
  description: 'peak RSS of the server process under the list load (50 connections) vs its idle RSS after start',
  async run(ctx) {
    const out: BenchResult[] = [];
    for (const kind of ctx.dbs) {
      let m = memoryUnderListLoad.get(kind);
      if (!m) {
        const data = await ensureDataSet(ctx, kind, ctx.cases);
        const server = await startServerChild(ctx, data);
        try {
          await new Promise((r) => setTimeout(r, 1000));
          const idle = server.memory().rssMB;
          const cookie = await login(server.url, CITY.username, CITY.password);
          server.resetPeak();
          await load(server.url, {
            connections: 50,
            duration: loadSeconds(ctx.scale),
            requests: [
              { path: asTheScreenSends('regionCode=329902&year=2025&status=concluded,closed'), headers: { cookie } },
              { path: asTheScreenSends('sort=filedDate&order=desc'), headers: { cookie } },
            ],
          });
          m = { idleMB: idle, peakMB: server.memory().hwmMB, connections: 50, cases: data.cases };
        } finally {
          await server.stop();
        }
      }
      ctx.log(`  ${kind}: idle ${m.idleMB.toFixed(0)} MB, peak under list load ${m.peakMB.toFixed(0)} MB`);
      out.push(
        result({
          name: `memory peak RSS c${m.connections}`,
          db: kind,
          value: m.peakMB,
          unit: 'MB',
          baseline: 'idle RSS after start',
          baselineValue: m.idleMB,
          n: m.cases,
          target: kind === 'postgres' ? '≤ 300 MB' : undefined,
          pass: kind === 'postgres' ? m.peakMB <= 300 : null,
        }),
      );
    }
    return out;
  },
};
