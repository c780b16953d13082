import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const alias = {
  '@shuangjiang/domain': src('./packages/domain/src/index.ts'),
  '@shuangjiang/server': src('./packages/server/src/index.ts'),
};

// Three projects: `unit` (pure code, no database), `db` (integration tests against a real database) and `web`
// (React components in jsdom).
// The `db` project runs once per database: TEST_DB=pglite (default) or TEST_DB=postgres with TEST_DATABASE_URL.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**', '**/dist/**'],
          environment: 'node',
          // Generous: a shared 2-core machine under load can take seconds to start a process or open PGlite.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'db',
          sequence: { groupOrder: 1 },
          include: ['packages/*/src/**/*.db.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite is single-threaded WASM; several in one worker is fine, but keep workers low on 2 cores.
          maxWorkers: 2,
          // On PostgreSQL: drop the scratch databases of earlier runs whose process is gone.
          globalSetup: ['packages/server/test/sweepTestDatabases.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          // Web components in jsdom with Testing Library (screens rendered as the app does, the server faked at fetch).
          name: 'web',
          sequence: { groupOrder: 0 },
          include: ['packages/web/src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['packages/web/src/test/setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
