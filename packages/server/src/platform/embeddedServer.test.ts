import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError } from './db/lock.js';
import { testConfig } from './http/testing.js';
import { startServer } from './server.js';

// The lock protects the embedded database only; on PostgreSQL the server coordinates.
describe('embedded server on a data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sj-server-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a second server on the same DATA_DIR is refused while the first runs, and allowed after it stops', {
    timeout: 120_000,
  }, async () => {
    const config = testConfig({
      DATA_DIR: dir,
      // The daily backup may run while the test does (the job worker's first look): inside the temporary directory.
      BACKUP_DIR: join(dir, 'backups'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
    });
    const first = await startServer(config);
    try {
      const res = await fetch(`${first.url}/healthz`);
      expect(await res.json()).toMatchObject({ db: 'pglite' });
      await expect(startServer(config)).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await first.close();
    }
    const second = await startServer(config);
    await second.close();
  });
});
