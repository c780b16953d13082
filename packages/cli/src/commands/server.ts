import type { DemoLogin } from '@shuangjiang/server';
import type { Command } from 'commander';
import { fail } from '../output.js';

// The server is imported lazily inside each action: the batch modes of the same CLI must start in milliseconds.
const loadServer = () => import('@shuangjiang/server');

/** `serve`, `migrate` and `seed`: the commands that run the product and prepare its database. */
export function register(program: Command): void {
  program
    .command('serve')
    .description(
      '启动服务（默认内置数据库 PGlite，数据在 DATA_DIR；设置 DATABASE_URL 则使用 PostgreSQL）/ start the server',
    )
    .option('--demo', '数据库为空时载入示例数据（示例市）/ load the demo data set into an empty database')
    .addHelpText(
      'after',
      '\nEnvironment: PORT (3000), HOST (0.0.0.0; 127.0.0.1 while demo accounts exist), DATA_DIR (./data), DATABASE_URL, LOG_LEVEL (info),\n' +
        '  SESSION_SECRET (generated into DATA_DIR on PGlite; required with DATABASE_URL), COOKIE_SECURE, RATE_LIMIT_PER_MINUTE',
    )
    .action(async (opts: { demo?: boolean }) => {
      try {
        const { loadConfig, defaultWebDir, startServer, seedDemoIfEmpty, createFirstAdminIfNone, demoAccountsInUse } =
          await loadServer();
        const config = loadConfig(process.env, { webDir: defaultWebDir });
        let logins: DemoLogin[] = [];
        let firstAdmin: { username: string; password: string } | null = null;
        const server = await startServer(config, {
          handleSignals: true,
          beforeListen: async (database, app) => {
            if (opts.demo) logins = (await seedDemoIfEmpty(database)).logins;
            // A real installation's first start: an administrator with a one-time password, changed at first sign-in.
            else firstAdmin = await createFirstAdminIfNone(database.db);
            // Just seeded: every demo account has its published password (no need to verify nine hashes again).
            const demoAccounts =
              logins.length > 0 ? logins.map((l) => l.username) : await demoAccountsInUse(database.db);
            if (!opts.demo && demoAccounts.length > 0)
              app.log.warn(
                { demoAccounts },
                `数据库中有密码公开的演示账号（${demoAccounts.join('、')}），请停用或修改其密码 / demo accounts with published passwords exist: disable them or change their passwords`,
              );
            return { demoAccounts };
          },
        });
        const lines = [
          '',
          `  双降 Shuangjiang 已启动 / is running: ${server.url}`,
          `  数据库 / database: ${config.dbKind === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL'}`,
        ];
        if (logins.length > 0) {
          lines.push('  示例账号 / demo logins (first start only; also listed in README):');
          for (const l of logins)
            lines.push(`    ${l.username.padEnd(12)} ${l.password.padEnd(18)} ${l.role}（${l.scope}）`);
        }
        if (firstAdmin) {
          const a = firstAdmin as { username: string; password: string };
          lines.push(
            '  首次启动，已创建管理员账号（此密码只显示这一次，首次登录须设置新密码）/ first start: administrator created',
            `  (this password is shown once; it must be changed at the first sign-in): ${a.username}  ${a.password}`,
          );
        }
        process.stdout.write(`${lines.join('\n')}\n\n`);
      } catch (err) {
        fail(err);
      }
    });

  program
    .command('migrate')
    .description('执行数据库迁移（服务运行时内置数据库会拒绝）/ apply database migrations')
    .action(async () => {
      try {
        const { loadConfig, openDatabase, migrateAtStart } = await loadServer();
        const config = loadConfig();
        const opened = await openDatabase(config, 'shuangjiang migrate');
        try {
          // As the server does at start: the embedded database is backed up first when migrations are pending.
          const { before, backup } = await migrateAtStart(opened.database, {
            backupDir: config.backupDir,
            keep: config.backupKeep,
          });
          if (backup) process.stdout.write(`迁移前已备份 / backed up before migrating: ${backup.path}\n`);
          process.stdout.write(
            `迁移完成 / migrations applied (${config.dbKind}): ${before.pending.length ? before.pending.join(', ') : '无 / none pending'}\n`,
          );
        } finally {
          await opened.close();
        }
      } catch (err) {
        fail(err);
      }
    });

  program
    .command('seed')
    .description('载入数据 / load data')
    .requiredOption('--demo', '载入示例数据（仅当数据库为空）/ the demo data set (only into an empty database)')
    .action(async () => {
      try {
        const { loadConfig, openDatabase, runMigrations, seedDemoIfEmpty } = await loadServer();
        const config = loadConfig();
        const opened = await openDatabase(config, 'shuangjiang seed');
        try {
          await runMigrations(opened.database);
          const result = await seedDemoIfEmpty(opened.database);
          process.stdout.write(
            result.seeded
              ? '示例数据已载入 / demo data loaded\n'
              : '数据库不为空，未载入 / database not empty, nothing loaded\n',
          );
        } finally {
          await opened.close();
        }
      } catch (err) {
        fail(err);
      }
    });
}
