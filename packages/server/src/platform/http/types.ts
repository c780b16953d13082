import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';

export interface AppDeps {
  config: Config;
  database: Database;
}

export type App = FastifyInstance;

export const VERSION = '0.1.0';
