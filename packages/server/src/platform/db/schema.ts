// Every table of every module, for Drizzle's relational queries and drizzle-kit. One line per module.

export * from '../../modules/accountability/schema.js';
export * from '../../modules/audit/schema.js';
export * from '../../modules/backups/schema.js';
export * from '../../modules/calendar/schema.js';
export * from '../../modules/cards/schema.js';
export * from '../../modules/cases/schema.js';
export * from '../../modules/documents/schema.js';
export * from '../../modules/hearings/schema.js';
export * from '../../modules/imports/schema.js';
export * from '../../modules/indicators/schema.js';
export * from '../../modules/judgments/schema.js';
export * from '../../modules/mediation/schema.js';
export * from '../../modules/notifications/schema.js';
export * from '../../modules/org/schema.js';
export * from '../../modules/reports/schema.js';
export * from '../../modules/risk/schema.js';
export * from '../../modules/sessions/schema.js';
export * from '../../modules/settings/schema.js';
export * from '../../modules/statistics/schema.js';
export * from '../../modules/suggestions/schema.js';
export * from '../../modules/users/schema.js';
export * from '../jobs/schema.js';
