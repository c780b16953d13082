/**
 * Excel in and out on the command line:
 *
 *   shuangjiang import cases FILE.xlsx [--dry-run] [--json] [--as USERNAME]
 *   shuangjiang export cases --out FILE.xlsx [--region CODE] [--as USERNAME]
 *
 * `import` checks every row and, unless --dry-run, writes the whole file in one transaction (nothing when any row has
 * an error). Progress goes to stderr; with --json, stdout carries exactly
 * `{"rows","created","updated","unchanged","errors":[{"row","column","message"}]}`. Exit code 1 when a row has an
 * error or the import fails. Without --as the command acts for the whole registry (system); with --as it applies that
 * account's scope, as the web import does.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Database, ImportProgress, ImportResult, Principal } from '@shuangjiang/server';
import type { Command } from 'commander';
import { fail } from '../output.js';

const loadServer = () => import('@shuangjiang/server');

export interface CommandIo {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export interface ImportCommandOptions {
  dryRun?: boolean;
  json?: boolean;
  as?: string;
}

async function principalFor(database: Database, as: string | undefined): Promise<Principal> {
  const { principalForUsername, systemPrincipal } = await loadServer();
  if (!as) return systemPrincipal();
  const p = await principalForUsername(database.db, as);
  if (!p) throw new Error(`用户不存在或已停用 / unknown or disabled user: ${as}`);
  return p;
}

function progressPrinter(io: CommandIo): (p: ImportProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.phase !== 'done' && now - last < 500) return;
    last = now;
    const text =
      p.phase === 'done'
        ? `完成 / done: 写入 ${p.rowsWritten} 行`
        : `已读取 ${p.rowsRead} 行，已写入 ${p.rowsWritten} 行 / read ${p.rowsRead}, written ${p.rowsWritten}`;
    io.stderr.write(io.stderr.isTTY ? `\r${text}\x1b[K${p.phase === 'done' ? '\n' : ''}` : `${text}\n`);
  };
}

/** The --json answer: exactly these keys. */
export function jsonSummary(r: ImportResult): string {
  return JSON.stringify({
    rows: r.rows,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    errors: r.errors.map((e) => ({ row: e.row, column: e.column, message: e.message })),
  });
}

function textSummary(r: ImportResult, dryRun: boolean): string {
  const lines: string[] = [];
  const verb = dryRun
    ? '检查（未写入）/ checked, nothing written'
    : r.errorCount
      ? '未导入 / not imported'
      : '已导入 / imported';
  lines.push(
    `${verb}: ${r.rows} 行 / rows — 新增 ${r.created}，更新 ${r.updated}，无变化 ${r.unchanged}，错误 ${r.errorCount}`,
  );
  for (const e of r.errors) lines.push(`  第${e.row}行 ${e.column}：${e.message}`);
  for (const c of r.changes.slice(0, 200)) {
    lines.push(`  更新 第${c.row}行 ${c.caseNumber}：`);
    for (const f of c.fields) lines.push(`    ${f.column}: ${f.from ?? '（空）'} → ${f.to ?? '（空）'}`);
  }
  if (r.changes.length > 200) lines.push(`  … 另有 ${r.changes.length - 200} 个案件更新`);
  return `${lines.join('\n')}\n`;
}

/** Runs `import cases` against an open database; returns the exit code. */
export async function runImportCases(
  database: Database,
  file: string,
  opts: ImportCommandOptions,
  io: CommandIo,
): Promise<number> {
  const { importCasesFromXlsx, commandActor } = await loadServer();
  const principal = await principalFor(database, opts.as);
  const result = await importCasesFromXlsx(database.db, principal, file, {
    dryRun: opts.dryRun,
    actor: commandActor(principal, 'shuangjiang import'),
    onProgress: progressPrinter(io),
  });
  io.stdout.write(opts.json ? `${jsonSummary(result)}\n` : textSummary(result, !!opts.dryRun));
  return result.errorCount > 0 ? 1 : 0;
}

/** Runs `export cases`; returns the number of cases written. */
export async function runExportCases(
  database: Database,
  out: string,
  opts: { region?: string; as?: string },
): Promise<number> {
  const { exportCasesXlsx, commandActor } = await loadServer();
  const principal = await principalFor(database, opts.as);
  return exportCasesXlsx(
    database.db,
    principal,
    commandActor(principal, 'shuangjiang export'),
    { sort: 'filedDate', order: 'desc', regionCode: opts.region },
    createWriteStream(out),
  );
}

async function withDatabase<T>(command: string, fn: (database: Database) => Promise<T>): Promise<T> {
  const { loadConfig, openDatabase, runMigrations } = await loadServer();
  const opened = await openDatabase(loadConfig(), command);
  try {
    await runMigrations(opened.database);
    return await fn(opened.database);
  } finally {
    await opened.close();
  }
}

export function register(program: Command): void {
  program
    .command('import')
    .description('从 Excel 导入 / import from Excel')
    .argument('<what>', '导入内容：cases（案件）')
    .argument('<file>', '.xlsx 文件（可用 `shuangjiang template cases` 生成模板）')
    .option('--dry-run', '只检查，不写入 / check only, write nothing')
    .option('--json', '在标准输出打印 JSON 结果 / print a JSON summary on stdout')
    .option('--as <username>', '以该用户的身份和管辖范围导入 / act as this account (its scope applies)')
    .action(async (what: string, file: string, opts: ImportCommandOptions) => {
      try {
        if (what !== 'cases') throw new Error(`只能导入 cases / only "cases" can be imported (got ${what})`);
        const code = await withDatabase('shuangjiang import', (db) =>
          runImportCases(db, file, opts, { stdout: process.stdout, stderr: process.stderr }),
        );
        process.exitCode = code;
      } catch (err) {
        if (opts.json) {
          const e = err as { message?: string };
          process.stdout.write(
            `${JSON.stringify({ rows: 0, created: 0, updated: 0, unchanged: 0, errors: [{ row: 0, column: '', message: e?.message ?? String(err) }] })}\n`,
          );
        }
        fail(err);
      }
    });

  program
    .command('export')
    .description('导出到 Excel（与导入模板相同的列）/ export to Excel (the import template’s columns)')
    .argument('<what>', '导出内容：cases（案件）')
    .requiredOption('--out <file>', '输出的 .xlsx 文件')
    .option('--region <code>', '只导出该地区（含下级）的案件 / only this region and below')
    .option('--as <username>', '以该用户的身份和管辖范围导出 / act as this account (its scope applies)')
    .action(async (what: string, opts: { out: string; region?: string; as?: string }) => {
      try {
        if (what !== 'cases') throw new Error(`只能导出 cases / only "cases" can be exported (got ${what})`);
        const n = await withDatabase('shuangjiang export', (db) => runExportCases(db, opts.out, opts));
        process.stderr.write(`已导出 ${n} 个案件到 ${opts.out} / exported ${n} cases\n`);
      } catch (err) {
        fail(err);
      }
    });
}
