/**
 * Test helpers of platform/jobs, and the child process of the crash test (jobs.crash.db.test.ts): run as a script
 * (`node --import tsx testing.ts <pglite-dir | postgres-url> <now>`), it claims the job `test.slow`, starts its
 * transaction, writes the job's effect, prints `claimed <id>` and then hangs until it is killed.
 */
import { pathToFileURL } from 'node:url';
import { openPglite, openPostgres } from '../db/client.js';
import { acquireDataDirLock } from '../db/lock.js';
import { enqueue } from './enqueue.js';
import { JobRegistry } from './registry.js';
import { runDueJobs } from './runner.js';

/** The job of the crash test: its effect is another job row keyed by its own key, written in its transaction. */
export function crashTestRegistry(onRun: (attempt: number) => Promise<void>): JobRegistry {
  const registry = new JobRegistry();
  registry.defineJob('test.slow', async ({ tx, job, attempt }) => {
    await enqueue(tx, 'test.effect', { attempt }, { key: `effect:${job.key}` });
    await onRun(attempt);
  });
  return registry;
}

async function child(target: string, now: string): Promise<void> {
  const database = target.startsWith('postgres')
    ? await openPostgres(target, { max: 2 })
    : await (async () => {
        acquireDataDirLock(target, 'jobs crash child');
        return openPglite(target);
      })();
  const registry = crashTestRegistry(async () => {
    process.stdout.write('claimed\n');
    await new Promise(() => {}); // hang inside the job's transaction until killed
  });
  await runDueJobs(database.db, registry, { now: new Date(now), worker: `crash-child:${process.pid}` });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  child(process.argv[2]!, process.argv[3]!).catch((err) => {
    process.stderr.write(`${String(err?.stack ?? err)}\n`);
    process.exit(1);
  });
}
