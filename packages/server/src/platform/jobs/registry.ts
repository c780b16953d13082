/**
 * What modules give the job runner: named jobs with their handler, and recurring schedules (docs/rules/schedules.md).
 * Platform knows no module: each module registers its jobs when the app is built (platform/http/modules.ts
 * `moduleJobs`), the CLI's `jobs run` builds the same registry.
 */
import { type ScheduleSpec, validateSchedule, type WorkCalendar } from '@shuangjiang/domain';
import type { Config } from '../config.js';
import type { Database, Db, DbOrTx, Tx } from '../db/client.js';

export interface JobLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface JobContext<P> {
  /** The transaction the job runs in; the job is marked done in it, so its writes and "done" commit together. */
  tx: Tx;
  payload: P;
  /** The runner's clock (injected: `jobs run --now`, tests). */
  now: Date;
  /** 1 on the first run; a retry or a run after a dead worker's lease counts up. */
  attempt: number;
  job: { id: string; name: string; key: string };
  log: JobLog;
}

export type JobHandler<P> = (ctx: JobContext<P>) => Promise<unknown>;

/**
 * A job that must not run inside a transaction (`{ transaction: false }`): the embedded database's backup waits until
 * no transaction is open, so inside its own job's transaction it would wait for ever. It gets the database instead of
 * a transaction; the job is marked done after it returns, in a transaction of its own that first checks the claim.
 * Its claim is held by the lease alone while it runs.
 */
export interface OutsideJobContext<P> extends Omit<JobContext<P>, 'tx'> {
  db: Db;
}
export type OutsideJobHandler<P> = (ctx: OutsideJobContext<P>) => Promise<unknown>;

/**
 * Upkeep run on every tick of the server's worker, after the due jobs, outside any transaction and without a job row:
 * cheap and idempotent work whose need a trigger records in the module's own table — e.g. draining the indicators'
 * queue shortly after writes (modules/indicators/jobs.ts). A tick that finds nothing to do costs one query; an error
 * is logged and the next tick tries again.
 */
export type TickHandler = (ctx: { db: Db; now: Date; log?: JobLog }) => Promise<unknown>;

export interface JobOptions {
  /** Attempts before the job is failed for good (default 5). */
  maxAttempts?: number;
  /** Seconds before the first retry, doubled at each further one (default 60). */
  backoffSeconds?: number;
}

export type JobDefinition = Required<JobOptions> & { name: string } & (
    | { transaction: true; handler: JobHandler<unknown> }
    | { transaction: false; handler: OutsideJobHandler<unknown> }
  );

export interface ScheduleDefinition {
  name: string;
  spec: ScheduleSpec;
}

/** Loads the working-day calendar for schedules that need it (the calendar module provides it). */
export type CalendarLoader = (db: DbOrTx) => Promise<WorkCalendar>;

const NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

export class JobRegistry {
  readonly #jobs = new Map<string, JobDefinition>();
  readonly #schedules = new Map<string, ScheduleDefinition>();
  readonly #ticks = new Map<string, TickHandler>();
  #calendar: CalendarLoader | null = null;

  /** A job kind: `module.what` (e.g. `notifications.send`), with the handler that runs it. */
  defineJob<P>(name: string, handler: OutsideJobHandler<P>, opts: JobOptions & { transaction: false }): void;
  defineJob<P>(name: string, handler: JobHandler<P>, opts?: JobOptions): void;
  defineJob<P>(
    name: string,
    handler: JobHandler<P> | OutsideJobHandler<P>,
    opts: JobOptions & { transaction?: boolean } = {},
  ): void {
    if (!NAME.test(name)) throw new Error(`job name must look like module.what: ${name}`);
    if (this.#jobs.has(name)) throw new Error(`job defined twice: ${name}`);
    const common = { name, maxAttempts: opts.maxAttempts ?? 5, backoffSeconds: opts.backoffSeconds ?? 60 };
    this.#jobs.set(
      name,
      opts.transaction === false
        ? { ...common, transaction: false, handler: handler as OutsideJobHandler<unknown> }
        : { ...common, transaction: true, handler: handler as JobHandler<unknown> },
    );
  }

  /** A recurring task, run once per period of `spec` (China time); its payload is `{ period, scheduledAt }`. */
  defineSchedule(
    name: string,
    spec: ScheduleSpec,
    handler: OutsideJobHandler<SchedulePayload>,
    opts: JobOptions & { transaction: false },
  ): void;
  defineSchedule(name: string, spec: ScheduleSpec, handler: JobHandler<SchedulePayload>, opts?: JobOptions): void;
  defineSchedule(
    name: string,
    spec: ScheduleSpec,
    handler: JobHandler<SchedulePayload> | OutsideJobHandler<SchedulePayload>,
    opts: JobOptions & { transaction?: boolean } = {},
  ): void {
    validateSchedule(spec);
    if (opts.transaction === false)
      this.defineJob(name, handler as OutsideJobHandler<SchedulePayload>, { ...opts, transaction: false });
    else this.defineJob(name, handler as JobHandler<SchedulePayload>, opts);
    this.#schedules.set(name, { name, spec });
  }

  /** Upkeep on every worker tick (`TickHandler`), named like a job (`module.what`). */
  defineTick(name: string, handler: TickHandler): void {
    if (!NAME.test(name)) throw new Error(`tick name must look like module.what: ${name}`);
    if (this.#ticks.has(name)) throw new Error(`tick defined twice: ${name}`);
    this.#ticks.set(name, handler);
  }

  get ticks(): { name: string; handler: TickHandler }[] {
    return [...this.#ticks].map(([name, handler]) => ({ name, handler }));
  }

  /** The working-day calendar for `quarter-first-workday` schedules. */
  useCalendar(loader: CalendarLoader): void {
    this.#calendar = loader;
  }

  job(name: string): JobDefinition | undefined {
    return this.#jobs.get(name);
  }

  get jobNames(): string[] {
    return [...this.#jobs.keys()];
  }

  get schedules(): ScheduleDefinition[] {
    return [...this.#schedules.values()];
  }

  get calendar(): CalendarLoader | null {
    return this.#calendar;
  }
}

export interface SchedulePayload {
  /** The period this run is for (`2026-11-30`, `2026-11`, `2025-Q3` …). */
  period: string;
  scheduledAt: string;
}

/**
 * What a module's registration may use: the process's database and settings (the server and `shuangjiang jobs run`
 * pass them; a registry built without them, e.g. in a test, gets none and a module that needs them defines nothing).
 */
export interface JobDeps {
  database?: Database;
  config?: Config;
}

/** A module's registration: called once per registry at app build. */
export type RegisterJobs = (jobs: JobRegistry, deps: JobDeps) => void;
