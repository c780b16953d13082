// Vitest global setup of the `db` project on PostgreSQL: drops the scratch databases (sj_test_<pid>_<hex>, made by
// platform/db/testing.ts) that earlier runs left behind when a test process was killed or timed out before its
// cleanup — each holds a migrated schema (11–55 MB), and CI runs on the same PostgreSQL again and again. A database is
// dropped only when the process named in it no longer exists, so tests running at the same time keep theirs.
import pg from 'pg';

const SCRATCH = /^sj_test_(\d+)_[0-9a-f]+$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

export default async function sweepTestDatabases(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB !== 'postgres' || !url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select datname as name from pg_database where datname like 'sj\\_test\\_%'`,
    );
    const orphans = rows
      .map((r) => r.name)
      .filter((name) => {
        const m = SCRATCH.exec(name);
        return m !== null && !alive(Number(m[1]));
      });
    for (const name of orphans) await client.query(`drop database if exists "${name}" with (force)`);
    if (orphans.length) process.stdout.write(`removed ${orphans.length} test database(s) left by earlier runs\n`);
  } finally {
    await client.end();
  }
}
