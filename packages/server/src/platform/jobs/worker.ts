/**
 * The server's worker loop: every `intervalMs` it runs what is due (runner.ts) at the clock's instant, then the
 * modules' tick upkeep (registry.ts `defineTick`). One run at a time; `stop()` waits for the run in progress, so a graceful shutdown never leaves a job half-run by its own doing
 * (a killed process leaves a lease that expires). Off with JOBS_WORKER=false (tests, a second read-only process).
 */
import type { Db } from '../db/client.js';
import type { JobLog, JobRegistry } from './registry.js';
import { type RunResult, runDueJobs, workerId } from './runner.js';

export interface WorkerOptions {
  intervalMs?: number;
  /** Delay of the first run after start (default 5 s, at most the interval). */
  firstDelayMs?: number;
  clock?: () => Date;
  log?: JobLog;
  leaseSeconds?: number;
}

export interface JobWorker {
  readonly id: string;
  /** Run once now (also what each interval does); resolves with that run's result. */
  tick(): Promise<RunResult | null>;
  stop(): Promise<void>;
}

export function startJobWorker(db: Db, registry: JobRegistry, opts: WorkerOptions = {}): JobWorker {
  const id = workerId();
  const clock = opts.clock ?? (() => new Date());
  const log = opts.log;
  let stopped = false;
  let running: Promise<RunResult | null> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const tick = (): Promise<RunResult | null> => {
    if (stopped) return Promise.resolve(null);
    const now = clock();
    running ??= runDueJobs(db, registry, { now, worker: id, log, leaseSeconds: opts.leaseSeconds })
      .catch((err) => {
        log?.error({ err }, 'job worker run failed');
        return null;
      })
      .then(async (result) => {
        // The modules' upkeep (registry.ts `defineTick`), each on its own: one failing does not stop the others.
        for (const t of registry.ticks) {
          if (stopped) break;
          await t.handler({ db, now, log }).catch((err) => log?.error({ err, tick: t.name }, 'tick upkeep failed'));
        }
        return result;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const interval = opts.intervalMs ?? 30_000;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      void tick().finally(() => schedule(interval));
    }, delay);
    timer.unref();
  };
  // The first look soon after start: a server started at 08:05 runs the 08:00 schedule at once, not an interval later.
  schedule(Math.min(opts.firstDelayMs ?? 5_000, interval));

  return {
    id,
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
