import { tmpdir } from 'node:os';
import { loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { buildApp } from './app.js';
import type { App } from './types.js';

/** The whole HTTP application on a test database, ready for `inject`: test settings, no logging. */
export async function buildTestApp(database: Database, env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({ SESSION_SECRET: 'x'.repeat(40), DATA_DIR: tmpdir(), LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ config, database }, { logger: false });
  await app.ready();
  return app;
}
