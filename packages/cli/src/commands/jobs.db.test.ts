/**
 * `shuangjiang jobs run` with every module's jobs and schedules, at an injected instant: the dry run lists, the run
 * runs once per period, `--json` has its keys, a bad --now is a usage error.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../server/src/platform/db/testing.js';
import { type JobsRunOptions, runJobsCommand } from './jobs.js';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}

describe(`shuangjiang jobs run on ${testDbKind()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });
  const run = async (opts: JobsRunOptions) => {
    const out = capture();
    const err = capture();
    const code = await runJobsCommand(database, opts, { stdout: out.stream, stderr: err.stream });
    return { code, stdout: out.text(), stderr: err.text() };
  };
  const now = '2026-11-30T08:00:00+08:00';

  it('--dry-run --json lists what is due and runs nothing; the run runs it once', async () => {
    const dry = await run({ now, dryRun: true, json: true });
    expect(dry.code).toBe(0);
    const listed = JSON.parse(dry.stdout);
    expect(Object.keys(listed)).toEqual(['due', 'ran', 'failed', 'skipped', 'jobs', 'now']);
    // Every module's schedules at that instant (the calendar's two among them), nothing else on a new database.
    const keys: string[] = listed.jobs.map((j: { key: string }) => j.key);
    expect(keys).toEqual(
      expect.arrayContaining(['schedule:calendar.missing-year:2026-11', 'schedule:calendar.recompute:2026-11-30']),
    );
    expect(keys.every((k) => k.startsWith('schedule:'))).toBe(true);
    const due = keys.length;
    expect(listed).toMatchObject({ due, ran: 0, failed: 0, skipped: due, now: '2026-11-30T00:00:00.000Z' });
    const first = await run({ now, json: true });
    expect(first.code).toBe(0);
    const ran = JSON.parse(first.stdout);
    expect(ran).toMatchObject({ due, ran: due, failed: 0, skipped: 0 });
    expect(ran.jobs.map((j: { key: string }) => j.key).sort()).toEqual([...keys].sort());
    const again = await run({ now });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('到期 due 0, 执行 ran 0, 失败 failed 0, 跳过 skipped 0');
  });

  it('--only runs just the schedules named', async () => {
    const at = '2026-12-01T08:00:00+08:00';
    const one = await run({ now: at, json: true, only: ['calendar.missing-year'] });
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).jobs.map((j: { key: string }) => j.key)).toEqual([
      'schedule:calendar.missing-year:2026-12',
    ]);
    const rest = JSON.parse((await run({ now: at, dryRun: true, json: true })).stdout);
    const keys: string[] = rest.jobs.map((j: { key: string }) => j.key);
    expect(keys).toContain('schedule:calendar.recompute:2026-12-01');
    expect(keys).not.toContain('schedule:calendar.missing-year:2026-12');
  });

  it('a --now without its offset is a usage error (exit 2)', async () => {
    const r = await run({ now: '2026-11-30T08:00:00' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('含时区');
  });
});
