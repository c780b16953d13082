import type { DbOrTx } from '../db/client.js';
import { insertJob } from './repository.js';

export interface EnqueueOptions {
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** Idempotency key: a second enqueue with the same key does nothing (default: a new random key). */
  key?: string;
  maxAttempts?: number;
  backoffSeconds?: number;
}

/**
 * Adds a job in the caller's transaction (the outbox pattern: the job exists if and only if the change that caused
 * it commits). The job runs once a worker whose registry defines `name` finds it due. Returns the job's id and
 * whether this call created it (false: the key was taken).
 */
export async function enqueue(
  tx: DbOrTx,
  name: string,
  payload: unknown,
  opts: EnqueueOptions = {},
): Promise<{ id: string; created: boolean }> {
  return insertJob(tx, {
    name,
    key: opts.key ?? `${name}:${crypto.randomUUID()}`,
    payload: payload ?? {},
    runAt: opts.runAt ?? new Date(),
    maxAttempts: opts.maxAttempts ?? 5,
    backoffSeconds: opts.backoffSeconds ?? 60,
  });
}
