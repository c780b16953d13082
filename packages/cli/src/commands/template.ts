/**
 * `shuangjiang template cases [--out FILE]`: the case import template (.xlsx) — the same file as
 * GET /api/v1/cases/import-template.xlsx. The 行政管理领域 list comes from the database when it can be opened
 * (a running server holds the embedded database: then the default list is used).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { fail } from '../output.js';

const loadServer = () => import('@shuangjiang/server');

export async function runTemplate(out: string | undefined): Promise<string> {
  const { loadConfig, openDatabase, writeTemplateFile, TEMPLATE_FILE_NAME } = await loadServer();
  const path = out ?? TEMPLATE_FILE_NAME;
  // Only an existing database is opened: writing a template must not create one.
  const dataDir = resolve(process.env.DATA_DIR || './data');
  if (process.env.DATABASE_URL || existsSync(join(dataDir, 'pgdata'))) {
    try {
      const opened = await openDatabase(loadConfig(), 'shuangjiang template');
      try {
        await writeTemplateFile(opened.database.db, path);
        return path;
      } finally {
        await opened.close();
      }
    } catch {
      // locked by a running server, or not migrated: the default lists below
    }
  }
  await writeTemplateFile(null, path);
  return path;
}

export function register(program: Command): void {
  program
    .command('template')
    .description('生成导入模板 / write an import template')
    .argument('<what>', '模板：cases（案件）')
    .option('--out <file>', '输出文件（默认 案件导入模板.xlsx）')
    .action(async (what: string, opts: { out?: string }) => {
      try {
        if (what !== 'cases') throw new Error(`只有 cases 模板 / only the "cases" template exists (got ${what})`);
        const path = await runTemplate(opts.out);
        process.stderr.write(`已生成模板 / template written: ${path}\n`);
      } catch (err) {
        fail(err);
      }
    });
}
