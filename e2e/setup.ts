/**
 * Global setup for the browser tests: checks the machine (Chromium, a CJK font, a build), starts the real server
 * on a free port with a fresh data directory and the demo data set, and stops it afterwards.
 * Tests read the server's address with `inject('baseUrl')` and the printed demo logins with `inject('demoLogins')`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser.js';

export interface DemoLogin {
  username: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoLogins: DemoLogin[];
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'packages/cli/dist/index.js');
const WEB_INDEX = path.join(ROOT, 'packages/web/dist/index.html');
const STARTUP_TIMEOUT_MS = 90_000;

function checkMachine(needBuild: boolean): void {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `e2e: Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  let fonts = '';
  try {
    fonts = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  } catch (err) {
    throw new Error(`e2e: could not run fc-list to look for a Chinese font (${(err as Error).message}).`);
  }
  if (fonts.trim() === '') {
    throw new Error(
      'e2e: no CJK font installed (fc-list :lang=zh is empty); Chinese would render as boxes. Install fonts-noto-cjk.',
    );
  }
  if (!needBuild) return;
  for (const [file, what] of [
    [CLI, 'the CLI'],
    [WEB_INDEX, 'the web app'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`e2e: ${what} is not built (${file} missing). Run \`npm run build\` first.`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The demo logins the server prints on first start: lines "    username  password  role（scope）". */
export function parseDemoLogins(output: string): DemoLogin[] {
  const start = output.indexOf('demo logins');
  if (start < 0) return [];
  const logins: DemoLogin[] = [];
  for (const line of output.slice(start).split('\n').slice(1)) {
    const m = /^\s{2,}(\S+)\s+(\S+)\s+\S/.exec(line);
    if (!m) break;
    logins.push({ username: m[1]!, password: m[2]! });
  }
  return logins;
}

async function waitForServer(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`e2e: the server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      // The banner with the demo logins is printed right after listen; wait for it too.
      if (res.status === 200 && output().includes(baseUrl.replace('http://', ''))) return;
      if (res.status === 200 && output().includes('demo logins')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`e2e: the server did not answer GET /healthz within ${STARTUP_TIMEOUT_MS / 1000}s:\n${output()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_BASE_URL points the tests at a server that is already running (its demo logins come from E2E_USERNAME /
  // E2E_PASSWORD); otherwise the built server is started here.
  const external = process.env.E2E_BASE_URL;
  checkMachine(!external);
  if (external) {
    const res = await fetch(`${external}/healthz`).catch((err: Error) => {
      throw new Error(`e2e: E2E_BASE_URL ${external} does not answer (${err.message})`);
    });
    if (res.status !== 200) throw new Error(`e2e: ${external}/healthz answered ${res.status}`);
    project.provide('baseUrl', external.replace(/\/$/, ''));
    project.provide('demoLogins', []);
    return async () => {};
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'shuangjiang-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [CLI, 'serve', '--demo'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // The backups (backups.e2e.test.ts) inside the temporary directory, removed with it.
      BACKUP_DIR: path.join(dataDir, 'backups'),
      LOG_LEVEL: 'warn',
      // No background job worker: a fresh server runs the day's missed schedules at start — the month's risk
      // screening of every demo case among them (some 20 s, longer on a loaded machine), which moves risk levels and
      // adds 包案领导 deadlines while other tests count cases. Tests that need a job run that one job through
      // POST /api/v1/admin/jobs/run with `only`, as an administrator would.
      JOBS_WORKER: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForServer(baseUrl, child, () => output);
  } catch (err) {
    await stop();
    throw err;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('demoLogins', parseDemoLogins(output));
  return stop;
}
