import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const alias = {
  '@shuangjiang/domain': src('./packages/domain/src/index.ts'),
  '@shuangjiang/server': src('./packages/server/src/index.ts'),
};

// Two projects: `unit` (pure code, no database) and `db` (integration tests against a real database).
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
        },
      },
    ],
  },
});
