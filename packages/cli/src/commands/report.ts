// `shuangjiang report monthly|quarterly|annual`: the monthly 新收案件通报, the quarterly 指标通报 or the annual
// 行政应诉工作报告 of a region as Word (公文 format) and, with --xlsx, the same figures as a workbook — on a database no server holds (modules/reports). Nothing
// is stored: drafting and issuing with a snapshot happen in the application (POST /api/v1/reports).
import { writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Database } from '@shuangjiang/server';
import type { Command } from 'commander';
import { fail } from '../output.js';

const loadServer = () => import('@shuangjiang/server');

export interface ReportOptions {
  year?: string;
  month?: string;
  quarter?: string;
  region?: string;
  out?: string;
  xlsx?: string;
}

type Io = { stdout: Writable; stderr: Writable };

const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

/** Writes the files and prints what they hold; exit code 0, 2 for bad options (the message names the option). */
export async function runReportCommand(database: Database, kind: string, opts: ReportOptions, io: Io): Promise<number> {
  const bad = (message: string) => {
    io.stderr.write(`${message}\n`);
    return 2;
  };
  if (kind !== 'monthly' && kind !== 'quarterly' && kind !== 'annual')
    return bad(`类型应为 monthly、quarterly 或 annual / kind must be monthly, quarterly or annual: ${kind}`);
  const year = int(opts.year);
  if (!year || year < 2000 || year > 2100) return bad(`--year 应为年份 / --year needs a year: ${opts.year ?? ''}`);
  const month = int(opts.month);
  const quarter = int(opts.quarter);
  if (kind === 'monthly' && (!month || month > 12))
    return bad(`--month 应为 1–12 / --month needs 1–12: ${opts.month ?? ''}`);
  if (kind === 'quarterly' && (!quarter || quarter > 4))
    return bad(`--quarter 应为 1–4 / --quarter needs 1–4: ${opts.quarter ?? ''}`);
  if (!opts.out?.endsWith('.docx')) return bad(`--out 应为 .docx 文件 / --out needs a .docx file: ${opts.out ?? ''}`);
  if (opts.xlsx !== undefined && !opts.xlsx.endsWith('.xlsx'))
    return bad(`--xlsx 应为 .xlsx 文件 / --xlsx needs a .xlsx file: ${opts.xlsx}`);
  const { reportForOperator } = await loadServer();
  let report: Awaited<ReturnType<typeof reportForOperator>>;
  try {
    report = await reportForOperator(database.db, { kind, year, month, quarter, region: opts.region });
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (e.code === 'VALIDATION_FAILED') return bad(e.message ?? String(err));
    throw err;
  }
  writeFileSync(opts.out, report.docx);
  if (opts.xlsx) writeFileSync(opts.xlsx, report.xlsx);
  const c = report.content;
  const lines = [
    `${report.title}`,
    `  ${c.period.label}（${c.period.from}至${c.period.to}） ${c.region.name}（${c.region.code}） — ${c.definition.name}（第${c.definition.version ?? '—'}版）`,
    ...c.paragraphs.slice(1).map((p) => `  ${p}`),
    `  Word: ${opts.out}${opts.xlsx ? `  Excel: ${opts.xlsx}` : ''}`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export function register(program: Command): void {
  program
    .command('report')
    .description(
      '通报与报告：月度新收案件通报、季度指标通报、年度行政应诉工作报告（Word 公文格式，可另出 Excel）；服务运行时请用 POST /api/v1/reports / a notice or the annual report as Word (no server may hold the database)',
    )
    .argument('<kind>', 'monthly | quarterly | annual')
    .requiredOption('--year <year>', '年份 / year')
    .option('--month <month>', '月份 1–12（monthly）/ month')
    .option('--quarter <quarter>', '季度 1–4（quarterly）/ quarter')
    .option('--region <code>', '地区代码（市或县；默认全市）/ a city or county (default: the whole registry)')
    .requiredOption('--out <file.docx>', 'Word 文件 / the Word file to write')
    .option('--xlsx <file.xlsx>', '同时输出 Excel / also write the workbook')
    .action(async (kind: string, opts: ReportOptions) => {
      try {
        const { loadConfig, openDatabase, runMigrations } = await loadServer();
        const opened = await openDatabase(loadConfig(), 'shuangjiang report');
        let code = 0;
        try {
          await runMigrations(opened.database);
          code = await runReportCommand(opened.database, kind, opts, {
            stdout: process.stdout,
            stderr: process.stderr,
          });
        } finally {
          await opened.close();
        }
        process.exitCode = code;
      } catch (err) {
        fail(err);
      }
    });
}
