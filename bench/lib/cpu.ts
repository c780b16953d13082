// CPU time spent serving a load, per process: the server child (Node, and PGlite inside it) and the PostgreSQL
// backends of the benchmark database. On a 2-core machine shared with autocannon, latency percentiles are mostly
// queueing; CPU per request says what each side costs and which one to work on.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { DataSet } from './data.js';
import { type BenchResult, type DbKind, result } from './types.js';

/** utime + stime of a process in milliseconds (Linux /proc; clock ticks are 100/s). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0; // the process has ended
  }
}

export interface CpuSnapshot {
  server: number;
  /** Per PostgreSQL backend pid of the data set's database (empty on PGlite). */
  backends: Map<number, number>;
}

export interface CpuMeter {
  snapshot(): Promise<CpuSnapshot>;
  /** Milliseconds of CPU between two snapshots: the server process, and all PostgreSQL backends together. */
  between(a: CpuSnapshot, b: CpuSnapshot): { serverMs: number; postgresMs: number };
  close(): Promise<void>;
}

export async function cpuMeter(serverPid: number, data: DataSet): Promise<CpuMeter> {
  const client = data.kind === 'postgres' ? new pg.Client({ connectionString: data.url }) : null;
  await client?.connect();
  return {
    async snapshot() {
      const backends = new Map<number, number>();
      if (client) {
        const r = await client.query<{ pid: number }>(
          'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        );
        for (const { pid } of r.rows) backends.set(pid, cpuMs(pid));
      }
      return { server: cpuMs(serverPid), backends };
    },
    between(a, b) {
      let postgresMs = 0;
      // A backend that started during the load counts from zero.
      for (const [pid, ms] of b.backends) postgresMs += ms - (a.backends.get(pid) ?? 0);
      return { serverMs: b.server - a.server, postgresMs };
    },
    async close() {
      await client?.end();
    },
  };
}

/**
 * "<name> CPU per request: server process" against the same for /healthz, and on PostgreSQL "…: PostgreSQL backends"
 * against the server process's (how the work splits between the two).
 */
export function cpuPerRequestResults(o: {
  name: string;
  db: DbKind;
  n: number;
  cpu: { serverMs: number; postgresMs: number };
  requests: number;
  healthCpu: { serverMs: number };
  healthRequests: number;
}): BenchResult[] {
  const per = (ms: number, count: number) => (count > 0 ? ms / count : Number.NaN);
  const server = per(o.cpu.serverMs, o.requests);
  const out = [
    result({
      name: `${o.name} CPU per request: server process`,
      db: o.db,
      value: server,
      unit: 'ms',
      baseline: 'the same for /healthz',
      baselineValue: per(o.healthCpu.serverMs, o.healthRequests),
      n: o.n,
      pass: null,
    }),
  ];
  if (o.db === 'postgres') {
    out.push(
      result({
        name: `${o.name} CPU per request: PostgreSQL backends`,
        db: o.db,
        value: per(o.cpu.postgresMs, o.requests),
        unit: 'ms',
        baseline: 'server process CPU per request',
        baselineValue: server,
        n: o.n,
        pass: null,
      }),
    );
  }
  return out;
}
