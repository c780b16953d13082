import { defineConfig } from 'drizzle-kit';

// One schema for both databases: PGlite (embedded) and PostgreSQL. Migrations are generated into ./drizzle.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/modules/*/schema.ts', './src/platform/*/schema.ts'],
  out: './drizzle',
  casing: 'snake_case',
});
