/**
 * Excel in and out on the command line:
 *
 *   shuangjiang import cases FILE.xlsx [--dry-run] [--json] [--as USERNAME] [--map 源列=字段 …] [--mapping FILE.json]
 *   shuangjiang export cases --out FILE.xlsx [--region CODE] [--as USERNAME]
 *
 * `import` checks every row and, unless --dry-run, writes the whole file in one transaction (nothing when any row has
 * an error). Progress goes to stderr; with --json, stdout carries exactly
 * `{"rows","created","updated","unchanged","errorCount","errors":[{"row","column","message"}],"errorKinds":[{"column",
 * "kind","count"}],"warnings":[…],"skippedRows":[{"row","text","reason"}]}` — errors and warnings are the first 1,000
 * by row, `errorKinds` counts all errors by column and kind. Exit code 1 when a row has an error or the import fails,
 * 2 for a usage error (a bad --map/--mapping). Without --as the command acts for the whole registry (system); with --as
 * it applies that account's scope, as the web import does. An import job left 'reading' by a killed run is closed
 * (failed) by the next run, as the server does at start.
 *
 * Files: .xlsx (zip or zip64) and CSV (UTF-8 or GBK); anything else (an old .xls, a truncated or damaged file) is
 * refused with a Chinese message saying what the file is and what to do, exit code 1.
 *
 * Column mapping (导入列对应), as the import screen's mapping step: header columns the importer does not recognise are
 * listed (text output); `--map 争议事由=causeOfAction` maps one to a field (`--map 序号=` ignores it), `--mapping
 * FILE.json` gives the API's format, {"源列": "字段" | null}; --map entries win over the file's. The mapping is checked
 * like the API's (an unknown field, or a column the file's header lacks, is refused by name) and remembered for this
 * header and the account's region by a run without --dry-run (row errors or not); the next file with the same header
 * is mapped the same way by itself.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type {
  ColumnMapping,
  Database,
  ImportProgress,
  ImportResult,
  MappingProblem,
  Principal,
} from '@shuangjiang/server';
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
  /** `源列=字段` entries (repeatable); an empty field ignores the column. */
  map?: string[];
  /** A JSON file {"源列": "字段" | null}, the API's mapping format. */
  mapping?: string;
}

/** A mistake in the command's arguments: exit code 2, the message names what is wrong (中文 / English). */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The source column concerned, for the --json answer's `column`. */
    readonly column = '',
  ) {
    super(message);
  }
}

function problemText(p: MappingProblem, fields: readonly { key: string; header: string }[]): string {
  switch (p.reason) {
    case 'format':
      return '列对应格式不正确 / malformed mapping: expected {"源列": "字段" | null}';
    case 'unknownField':
      return (
        `列“${p.column}”对应的字段“${p.field}”不存在 / unknown field "${p.field}" for column "${p.column}"; ` +
        `可用字段 / fields: ${fields.map((f) => `${f.key}（${f.header}）`).join(', ')}`
      );
    case 'notInFile':
      return `文件表头中没有“${p.column}”列 / column "${p.column}" is not in the file's header`;
  }
}

/** The server's refusal of a mapping (MappingError) as a usage error in both languages. */
async function usageErrorOf(err: unknown): Promise<UsageError | null> {
  if (err instanceof UsageError) return err;
  const { MappingError, MAPPABLE_FIELDS } = await loadServer();
  if (!(err instanceof MappingError)) return null;
  const problems = err.problems;
  const first = problems[0];
  return new UsageError(
    problems.map((p) => problemText(p, MAPPABLE_FIELDS)).join('\n'),
    first && first.reason !== 'format' ? first.column : '',
  );
}

/**
 * The mapping given by --mapping FILE.json and --map 源列=字段 (which win), checked as the API checks its `mapping`
 * field (parseColumnMapping); undefined when neither is given.
 */
export async function mappingFromOptions(opts: Pick<ImportCommandOptions, 'map' | 'mapping'>) {
  const { parseColumnMapping } = await loadServer();
  if (!opts.mapping && !opts.map?.length) return undefined;
  let given: Record<string, unknown> = {};
  if (opts.mapping) {
    let text: string;
    try {
      text = await readFile(opts.mapping, 'utf8');
    } catch (err) {
      const reason = (err as { code?: string }).code ?? String(err);
      throw new UsageError(`无法读取列对应文件 / cannot read the mapping file: ${opts.mapping} (${reason})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new UsageError(`列对应文件不是有效的 JSON / the mapping file is not valid JSON: ${opts.mapping}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new UsageError(
        `列对应文件应为 {"源列": "字段" | null} / the mapping file must hold {"COLUMN": "field" | null}: ${opts.mapping}`,
      );
    }
    given = { ...json };
  }
  for (const entry of opts.map ?? []) {
    // The field never holds '=', a header may: split at the last one.
    const at = entry.lastIndexOf('=');
    const column = at > 0 ? entry.slice(0, at).trim() : '';
    if (!column) {
      throw new UsageError(`--map 应为“源列=字段” / --map expects COLUMN=FIELD (got "${entry}")`);
    }
    const field = entry.slice(at + 1).trim();
    given[column] = field === '' ? null : field;
  }
  return parseColumnMapping(given) as ColumnMapping;
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

const rowError = (e: { row: number; column: string; message: string }) => ({
  row: e.row,
  column: e.column,
  message: e.message,
});

/** The --json answer: exactly these keys. */
export function jsonSummary(r: ImportResult): string {
  return JSON.stringify({
    rows: r.rows,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    errorCount: r.errorCount,
    errors: r.errors.map(rowError),
    errorKinds: r.errorKinds,
    warnings: r.warnings.map(rowError),
    skippedRows: r.skippedRows,
  });
}

const HOW: Record<string, string> = {
  header: '按列名 / by name',
  synonym: '按列名推断 / guessed from its name',
  mapping: '按列对应 / mapped',
  ignored: '忽略 / ignored',
  unmapped: '未导入 / NOT READ',
};

/**
 * The header report first and in full: every column of the file, the field it is read as and how it was decided (a
 * guess shows as one), the mapping applied; columns that are not read stand out in a block of their own.
 */
function mappingLines(r: ImportResult, fields: readonly { key: string; header: string }[]): string[] {
  const m = r.mapping;
  if (!m) return [];
  const fieldName = new Map(fields.map((f) => [f.key, f.header]));
  const lines: string[] = [];
  if (m.columns.length) {
    lines.push('表头各列 / columns of the file:');
    for (const c of m.columns) {
      const to = c.field ? `→ ${fieldName.get(c.field) ?? c.field}` : '→ —';
      lines.push(`  ${c.letter.padEnd(3)} ${c.header}  ${to}（${HOW[c.how]}）`);
    }
  }
  if (m.appliedMapping) {
    const source = m.mappingSource === 'remembered' ? '沿用上次 / remembered' : '本次指定 / given';
    const entries = Object.entries(m.appliedMapping).map(([h, k]) => `${h}→${k ?? '忽略/ignored'}`);
    lines.push(`列对应（${source}）/ column mapping: ${entries.join(', ')}`);
  }
  if (m.unmappedColumns.length) {
    lines.push(
      '',
      `!! ${m.unmappedColumns.length} 列未导入，其内容不会读取 / ${m.unmappedColumns.length} column(s) NOT READ:`,
      ...m.unmappedColumns.map((u) => `!!   ${u.letter} ${u.header}`),
      '!! 用 --map 源列=字段 导入该列，或 --map 源列= 确认忽略 / map with --map COLUMN=FIELD, ignore with --map COLUMN=',
      '',
    );
  }
  return lines;
}

function textSummary(r: ImportResult, dryRun: boolean, fields: readonly { key: string; header: string }[]): string {
  const lines: string[] = mappingLines(r, fields);
  if (r.skippedRows.length) {
    lines.push(`已跳过表尾 ${r.skippedRows.length} 行 / footer rows skipped:`);
    for (const s of r.skippedRows) lines.push(`  第${s.row}行：${s.text}`);
  }
  const verb = dryRun
    ? '检查（未写入）/ checked, nothing written'
    : r.errorCount
      ? '未导入 / not imported'
      : '已导入 / imported';
  lines.push(
    `${verb}: ${r.rows} 行 / rows — 新增 ${r.created}，更新 ${r.updated}，无变化 ${r.unchanged}，错误 ${r.errorCount}`,
  );
  for (const e of r.errors) lines.push(`  第${e.row}行 ${e.column}：${e.message}`);
  if (r.errorCount > r.errors.length) {
    lines.push(
      `  … 仅列出前 ${r.errors.length} 处，共 ${r.errorCount} 处错误 / first ${r.errors.length} of ${r.errorCount}`,
    );
  }
  if (r.errorCount > 0) {
    lines.push('错误分类 / errors by kind:');
    for (const k of r.errorKinds.slice(0, 50)) lines.push(`  ${k.column} ${k.kind}：${k.count} 处`);
  }
  if (r.warningCount) {
    lines.push(`提示 ${r.warningCount} 处（不影响导入）/ warnings (do not block the import):`);
    for (const w of r.warnings) lines.push(`  第${w.row}行 ${w.column}：${w.message}`);
  }
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
  const { importCasesFromXlsx, commandActor, failInterruptedImports, MAPPABLE_FIELDS } = await loadServer();
  // A job a killed run left 'reading' or 'applying' is closed now, not only when a server next starts.
  const closed = await failInterruptedImports(database.db, database.kind);
  if (closed > 0) io.stderr.write(`已关闭 ${closed} 个中断的导入任务 / closed ${closed} interrupted import job(s)\n`);
  let result: ImportResult;
  try {
    const mapping = await mappingFromOptions(opts);
    const principal = await principalFor(database, opts.as);
    result = await importCasesFromXlsx(database.db, principal, file, {
      dryRun: opts.dryRun,
      actor: commandActor(principal, 'shuangjiang import'),
      onProgress: progressPrinter(io),
      mapping,
    });
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (e?.code === 'IMPORT_INVALID') {
      // The file itself (not an .xlsx or CSV, damaged, no header, no data rows): what it is and what to do.
      if (opts.json) {
        io.stdout.write(
          `${JSON.stringify({ rows: 0, created: 0, updated: 0, unchanged: 0, errorCount: 1, errors: [{ row: 0, column: '', message: e.message }] })}\n`,
        );
      }
      io.stderr.write(`错误 / error: ${e.message}\n`);
      return 1;
    }
    const usage = await usageErrorOf(err);
    if (!usage) throw err;
    if (opts.json) {
      io.stdout.write(
        `${JSON.stringify({ rows: 0, created: 0, updated: 0, unchanged: 0, errors: [{ row: 0, column: usage.column, message: usage.message }] })}\n`,
      );
    }
    io.stderr.write(`错误 / error: ${usage.message}\n`);
    return 2;
  }
  io.stdout.write(opts.json ? `${jsonSummary(result)}\n` : textSummary(result, !!opts.dryRun, MAPPABLE_FIELDS));
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
    .option(
      '--map <源列=字段>',
      '未识别的列对应到字段（可重复；“源列=”表示忽略）/ map a column to a field (repeatable; "COLUMN=" ignores it)',
      (entry: string, all: string[] | undefined) => [...(all ?? []), entry],
    )
    .option(
      '--mapping <file.json>',
      '列对应文件 {"源列": "字段" | null}（与接口格式相同）/ a mapping file, the API’s format',
    )
    .addHelpText(
      'after',
      '\n字段为导入模板列的键，如 causeOfAction（案由）；写错时错误信息列出全部字段。\n' +
        'FIELD is a template column’s key, e.g. causeOfAction (案由); a wrong one is answered with the full list.\n' +
        'e.g. shuangjiang import cases 台账.xlsx --dry-run --map 争议事由=causeOfAction --map 序号=\n' +
        '列对应在非 --dry-run 的导入后按表头和地区保存，下次自动沿用 / remembered for this header and region by a run\n' +
        'without --dry-run, and applied by itself next time.',
    )
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
