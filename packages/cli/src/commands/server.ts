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
      '\nEnvironment: PORT (3000), HOST (0.0.0.0), DATA_DIR (./data), DATABASE_URL, LOG_LEVEL (info),\n' +
        '  SESSION_SECRET (generated into DATA_DIR on PGlite; required with DATABASE_URL), COOKIE_SECURE, RATE_LIMIT_PER_MINUTE',
    )
    .action(async (opts: { demo?: boolean }) => {
      try {
        const { loadConfig, defaultWebDir, startServer, seedDemoIfEmpty } = await loadServer();
        const config = loadConfig(process.env, { webDir: defaultWebDir });
        let logins: DemoLogin[] = [];
        const server = await startServer(config, {
          handleSignals: true,
          beforeListen: async (database) => {
            if (opts.demo) logins = (await seedDemoIfEmpty(database)).logins;
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
        const { loadConfig, openDatabase, runMigrations } = await loadServer();
        const config = loadConfig();
        const opened = await openDatabase(config, 'shuangjiang migrate');
        try {
          await runMigrations(opened.database);
        } finally {
          await opened.close();
        }
        process.stdout.write(`迁移完成 / migrations applied (${config.dbKind})\n`);
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
