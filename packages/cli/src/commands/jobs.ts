// `shuangjiang jobs run`: what is due at an instant, on a database no server holds (platform/jobs).
import type { Writable } from 'node:stream';
import type { Database } from '@shuangjiang/server';
import type { Command } from 'commander';
import { fail } from '../output.js';

const loadServer = () => import('@shuangjiang/server');

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export interface JobsRunOptions {
  now?: string;
  dryRun?: boolean;
  json?: boolean;
  /** Only these jobs or schedules (names). */
  only?: string[];
}

/**
 * Runs (or lists, `dryRun`) what is due at `now` with every module's jobs and schedules, prints the summary or
 * `{due, ran, failed, skipped, jobs, now}`, and returns the exit code: 0, 1 when a job failed, 2 for a bad --now.
 */
export async function runJobsCommand(
  database: Database,
  opts: JobsRunOptions,
  io: { stdout: Writable; stderr: Writable } = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  if (opts.now !== undefined && (!INSTANT.test(opts.now) || Number.isNaN(new Date(opts.now).getTime()))) {
    io.stderr.write(`--now 应为含时区的时刻，如 2026-11-30T08:00:00+08:00 / --now needs an offset: ${opts.now}\n`);
    return 2;
  }
  const { buildJobRegistry, runJobsNow } = await loadServer();
  const result = await runJobsNow(database.db, buildJobRegistry(), {
    now: opts.now ? new Date(opts.now) : new Date(),
    dryRun: opts.dryRun === true,
    ...(opts.only?.length ? { only: opts.only } : {}),
    actor: { userId: null, name: 'shuangjiang jobs run', ip: null, requestId: null },
  });
  if (opts.json) {
    const { due, ran, failed, skipped, jobs, now } = result;
    io.stdout.write(`${JSON.stringify({ due, ran, failed, skipped, jobs, now })}\n`);
  } else {
    const head = `${result.now}${result.dryRun ? '（试运行 / dry run）' : ''}`;
    const lines = [
      `${head}: 到期 due ${result.due}, 执行 ran ${result.ran}, 失败 failed ${result.failed}, 跳过 skipped ${result.skipped}`,
      ...result.jobs.map(
        (j) =>
          `  ${j.status.padEnd(7)} ${j.key}${j.attempt ? ` (#${j.attempt})` : ''}${j.error ? ` — ${j.error}` : ''}`,
      ),
    ];
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return result.failed > 0 ? 1 : 0;
}

export function register(program: Command): void {
  const jobs = program.command('jobs').description('后台任务和定时任务 / background jobs and schedules');
  jobs
    .command('run')
    .description(
      '执行某一时刻到期的任务（服务运行时请用 POST /api/v1/admin/jobs/run）/ run what is due at an instant (no server may hold the database)',
    )
    .option(
      '--now <instant>',
      '时刻，须含时区，如 2026-11-30T08:00:00+08:00（默认：现在）/ the instant, with its offset',
    )
    .option('--dry-run', '只列出到期的任务，不执行 / list what is due, run nothing')
    .option(
      '--only <names...>',
      '只执行这些任务或定时任务（名称，如 notifications.deadline-reminders）/ only these jobs or schedules, by name',
    )
    .option('--json', '输出 JSON：{due, ran, failed, skipped, jobs} / print JSON')
    .action(async (opts: JobsRunOptions) => {
      try {
        const { loadConfig, openDatabase, runMigrations } = await loadServer();
        const config = loadConfig();
        const opened = await openDatabase(config, 'shuangjiang jobs run');
        let code = 0;
        try {
          await runMigrations(opened.database);
          code = await runJobsCommand(opened.database, opts);
        } finally {
          await opened.close();
        }
        process.exitCode = code;
      } catch (err) {
        fail(err);
      }
    });
}
