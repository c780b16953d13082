export { GENERATOR_VERSION, generateCases } from './modules/demo/generate.js';
export { type DemoLogin, seedDemoIfEmpty } from './modules/demo/seed.js';
export * from './modules/imports/public.js';
export * from './modules/indicators/public.js';
export { runJobsNow } from './modules/jobs/service.js';
export * from './modules/reports/public.js';
export * from './modules/users/public.js';
export * from './platform/auth/principal.js';
export { type Config, ConfigError, loadConfig } from './platform/config.js';
export {
  BackupError,
  backupDatabase,
  backupKindOf,
  backupKindOfFile,
  restorePglite,
  restorePostgres,
  tableChecksums,
} from './platform/db/backup.js';
export { type Database, type Db, type DbOrTx, openPglite, openPostgres } from './platform/db/client.js';
export { acquireDataDirLock, DataDirLockedError } from './platform/db/lock.js';
export { migrationState, runMigrations } from './platform/db/migrate.js';
export { migrateAtStart, UpgradeError } from './platform/db/upgrade.js';
export { buildApp } from './platform/http/app.js';
export { VERSION } from './platform/http/types.js';
export { buildJobRegistry } from './platform/jobs/build.js';
export { type RunResult, runDueJobs } from './platform/jobs/index.js';
export { defaultWebDir, openDatabase, startServer } from './platform/server.js';
