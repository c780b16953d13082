import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { JobRegistry } from '../jobs/registry.js';

export interface AppDeps {
  config: Config;
  database: Database;
  /** The jobs and schedules the modules define (built from platform/http/modules.ts `moduleJobs` when absent). */
  jobs?: JobRegistry;
}

export type App = FastifyInstance;

export const VERSION = '0.1.0';
