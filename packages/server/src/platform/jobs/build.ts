import { moduleJobs } from '../http/modules.js';
import { type JobDeps, JobRegistry } from './registry.js';

/** The registry of every module's jobs and schedules (platform/http/modules.ts `moduleJobs`). */
export function buildJobRegistry(deps: JobDeps = {}): JobRegistry {
  const registry = new JobRegistry();
  for (const register of moduleJobs) register(registry, deps);
  return registry;
}
