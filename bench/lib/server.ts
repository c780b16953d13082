// The product's server in its own process, as it runs in production: the built CLI (`node packages/cli/dist/index.js
// serve`) on a benchmark data set, logger off, rate limit, load shedding and scheduled jobs out of the way. Running it
// apart from the bench process keeps autocannon off the server's event loop (and out of its memory figures); on a
// 2-core machine each gets a core.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import type { DataSet } from './data.js';
import type { BenchContext } from './types.js';

export interface ServerChild {
  url: string;
  pid: number;
  /** Current and peak resident set (MB) from /proc/<pid>/status. */
  memory(): { rssMB: number; hwmMB: number };
  /** Resets the peak (VmHWM) to the current RSS (Linux: write 5 to /proc/<pid>/clear_refs). */
  resetPeak(): boolean;
  stop(): Promise<void>;
}

/** The built CLI, and whether the server's sources are newer than its build (then the figures are of old code). */
export function builtCli(root: string): { cli: string; stale: boolean } {
  const cli = join(root, 'packages/cli/dist/index.js');
  if (!existsSync(cli)) throw new Error('packages/cli/dist is missing: run `npm run build` first');
  const built = join(root, 'packages/server/dist/modules/cases/repository.js');
  const src = join(root, 'packages/server/src/modules/cases/repository.ts');
  const stale = !existsSync(built) || statSync(src).mtimeMs > statSync(built).mtimeMs;
  return { cli, stale };
}

const SECRET = 'bench-session-secret-0123456789abcdef0123456789';

/** tsx's loader, for a child that runs a bench script (benchServer.ts, baselineServer.ts) from its TypeScript. */
const tsxLoader = () => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface ChildOptions {
  /** A bench script (bench/lib/…) to run instead of the CLI's `serve`; it prints "… is running: <url>". */
  script?: string;
  /** Added to the environment (e.g. PGLITE_WORKER=false, STATEMENTS=…). */
  env?: Record<string, string>;
}

export async function startServerChild(
  ctx: BenchContext,
  data: DataSet,
  nodeArgs: string[] = [],
  opts: ChildOptions = {},
): Promise<ServerChild> {
  const { cli, stale } = builtCli(ctx.root);
  if (stale) ctx.log('  warning: packages/server/src is newer than its build; run `npm run build` for current figures');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000000',
    // Load shedding off: a benchmark measures how long the route takes under load, not how many the server refuses.
    LOAD_SHED_EVENT_LOOP_DELAY_MS: '0',
    LOAD_SHED_DB_QUEUE: '0',
    // No scheduled jobs: a server started on a data set runs what it missed today at once (on PGlite the daily
    // backup dumps the whole data directory, and every request waits behind it), which is not the route's cost.
    JOBS_WORKER: 'false',
    NODE_ENV: 'production',
    SESSION_SECRET: SECRET,
    ...opts.env,
  };
  if (data.kind === 'postgres') env.DATABASE_URL = data.url;
  else {
    delete env.DATABASE_URL;
    env.DATA_DIR = data.dataDir;
  }
  const args = opts.script ? ['--import', tsxLoader(), opts.script] : [cli, 'serve'];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (b: Buffer) => {
    err += b.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 180 s: ${err}`)), 180_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /is running: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}: ${err}`));
    });
  });
  const pid = child.pid!;
  const field = (status: string, name: string) =>
    (Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024) / 1e6;
  return {
    url,
    pid,
    memory: () => {
      const s = readFileSync(`/proc/${pid}/status`, 'utf8');
      return { rssMB: field(s, 'VmRSS'), hwmMB: field(s, 'VmHWM') };
    },
    resetPeak: () => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Signs in through the API as the browser does (CSRF token, then POST /auth/login); returns the Cookie header. */
export async function login(url: string, username: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const absorb = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${url}/api/v1/auth/csrf`);
  absorb(csrf);
  const { token } = (await csrf.json()) as { token: string };
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookie(), 'x-csrf-token': token },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} → ${res.status} ${await res.text()}`);
  absorb(res);
  return cookie();
}

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Nearest-rank percentile of sorted values. */
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;

/**
 * One autocannon run; latencies (ms) from every response, so p95 is exact. `requests` are cycled per connection.
 * It lasts `duration` seconds, or `amount` requests, or until `until` settles (then `rps` is over the time it ran).
 */
export async function load(
  url: string,
  opts: {
    connections: number;
    duration: number;
    requests: autocannon.Request[];
    amount?: number;
    until?: Promise<unknown>;
  },
): Promise<LoadResult> {
  const times: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.duration,
    requests: opts.requests,
    ...(opts.amount ? { amount: opts.amount } : {}),
  });
  // Stops when `until` settles either way (its rejection is the caller's to handle, not an unhandled one here).
  opts.until?.then(
    () => instance.stop(),
    () => instance.stop(),
  );
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    times.push(ms);
    if (status < 200 || status > 299) non2xx++;
  });
  const r = await instance;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: times.length / (opts.amount || opts.until ? (performance.now() - started) / 1000 : opts.duration),
    requests: times.length,
    non2xx,
    errors: r.errors + r.timeouts,
  };
}
