export { type DemoLogin, seedDemoIfEmpty } from './modules/demo/seed.js';
export { type Config, ConfigError, loadConfig } from './platform/config.js';
export { type Database, type Db, type DbOrTx, openPglite, openPostgres } from './platform/db/client.js';
export { acquireDataDirLock, DataDirLockedError } from './platform/db/lock.js';
export { runMigrations } from './platform/db/migrate.js';
export { buildApp } from './platform/http/app.js';
export { VERSION } from './platform/http/types.js';
export { defaultWebDir, openDatabase, startServer } from './platform/server.js';
export * from './platform/auth/principal.js';
