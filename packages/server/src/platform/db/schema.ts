// Every table of every module, for Drizzle's relational queries and drizzle-kit. One line per module.
export * from '../../modules/org/schema.js';
