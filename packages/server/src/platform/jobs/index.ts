/** Durable jobs and recurring schedules (README.md beside this file). */
export { type EnqueueOptions, enqueue } from './enqueue.js';
export {
  type JobContext,
  type JobDeps,
  type JobHandler,
  type JobLog,
  type JobOptions,
  JobRegistry,
  type OutsideJobContext,
  type OutsideJobHandler,
  type RegisterJobs,
  type SchedulePayload,
  type TickHandler,
} from './registry.js';
export { getJob, recentJobs } from './repository.js';
export { type JobRunReport, type RunOptions, type RunResult, runDueJobs, workerId } from './runner.js';
export { JOB_STATUSES, type JobRow, type JobStatus } from './schema.js';
export { type JobWorker, startJobWorker, type WorkerOptions } from './worker.js';
