// `shuangjiang indicators`: the figures of a period (新收、审结、败诉率 … with the definitions in force or a definition
// file), on a database no server holds — for operators, scripts and acceptance checks (modules/indicators).
import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Database } from '@shuangjiang/server';
import type { Command } from 'commander';
import { fail } from '../output.js';

const loadServer = () => import('@shuangjiang/server');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BY = ['region', 'agency', 'domain', 'cause', 'kind', 'instance', 'month', 'quarter', 'outcome'] as const;

export interface IndicatorsOptions {
  from?: string;
  to?: string;
  region?: string;
  by?: string;
  definition?: string;
  json?: boolean;
}

type Io = { stdout: Writable; stderr: Writable };

/** Reads and checks a definition file; the errors (Chinese, each naming its field) go to stderr. */
async function definitionFile(path: string, io: Io): Promise<unknown | null> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    io.stderr.write(
      `指标口径文件无法读取或不是 JSON / cannot read the definition file ${path}: ${(err as Error).message}\n`,
    );
    return null;
  }
  const { checkDefinitionSet } = await loadServer();
  try {
    const raw = json as Record<string, unknown>;
    const { version: _v, ...set } = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
    return checkDefinitionSet(Array.isArray(json) ? json : set);
  } catch (err) {
    const details = (err as { details?: { field: string; message: string }[] }).details ?? [];
    io.stderr.write(`指标口径文件有误 / invalid definition file ${path}:\n`);
    for (const d of details) io.stderr.write(`  ${d.field}: ${d.message}\n`);
    return null;
  }
}

/**
 * Prints the figures (`--json`: exactly `{definition: {id, version}, figures: [{id, label, numerator, denominator,
 * value, display}], breakdown: [{key, label, count, share, display}]}`) and returns the exit code: 0, 2 for bad
 * options or a bad definition file.
 */
export async function runIndicatorsCommand(database: Database, opts: IndicatorsOptions, io: Io): Promise<number> {
  const bad = (message: string) => {
    io.stderr.write(`${message}\n`);
    return 2;
  };
  if (!opts.from || !DATE.test(opts.from))
    return bad(`--from 应为日期 YYYY-MM-DD / --from needs a date: ${opts.from ?? ''}`);
  if (!opts.to || !DATE.test(opts.to)) return bad(`--to 应为日期 YYYY-MM-DD / --to needs a date: ${opts.to ?? ''}`);
  if (opts.by && !(BY as readonly string[]).includes(opts.by)) {
    return bad(`--by 应为 ${BY.join('|')} 之一 / --by must be one of them: ${opts.by}`);
  }
  let set: unknown;
  if (opts.definition) {
    set = await definitionFile(opts.definition, io);
    if (set === null) return 2;
  }
  const { figuresForOperator } = await loadServer();
  let out: Awaited<ReturnType<typeof figuresForOperator>>;
  try {
    out = await figuresForOperator(database.db, {
      from: opts.from,
      to: opts.to,
      region: opts.region,
      by: opts.by as (typeof BY)[number] | undefined,
      set: set as Parameters<typeof figuresForOperator>[1]['set'],
    });
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (e.code === 'VALIDATION_FAILED') return bad(e.message ?? String(err));
    throw err;
  }
  const result = {
    definition: { id: out.definition.id, version: out.definition.version },
    figures: out.figures.map((f) => ({
      id: f.id,
      label: f.label,
      numerator: f.numerator,
      denominator: f.denominator,
      value: f.value,
      display: f.display,
    })),
    breakdown: out.breakdown.map((b) => ({
      key: b.key,
      label: b.label,
      count: b.count,
      share: b.share,
      display: b.display,
    })),
  };
  if (opts.json) {
    io.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const version = out.definition.version === null ? `文件 ${opts.definition}` : `第${out.definition.version}版`;
  const lines = [
    `${out.period.label}（${out.period.from}至${out.period.to}）${out.scope.regionName ? ` ${out.scope.regionName}` : ''} — ${out.definition.name}（${version}）`,
    ...out.figures.map(
      (f) =>
        `  ${f.label}: ${f.display}${f.denominator === null ? '' : `（${f.numerator}/${f.denominator}）`}  同比 ${f.yearOnYear.changeDisplay}  环比 ${f.periodOnPeriod.changeDisplay}`,
    ),
    ...out.unavailable.map((u) => `  ${u.label}: 见庭审统计 / see the hearings' figures`),
    ...(out.breakdown.length > 0
      ? [`  ${opts.by}:`, ...out.breakdown.map((b) => `    ${b.label}: ${b.count}（${b.display}）`)]
      : []),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export function register(program: Command): void {
  program
    .command('indicators')
    .description(
      '指标（新收、审结、败诉率等，含同比环比）；服务运行时请用 GET /api/v1/indicators/figures / the figures of a period (no server may hold the database)',
    )
    .requiredOption('--from <date>', '起始日期 YYYY-MM-DD / first day')
    .requiredOption('--to <date>', '截止日期 YYYY-MM-DD（含）/ last day, inclusive')
    .option('--region <code>', '地区代码（含下级）/ a region and below')
    .option('--by <key>', `分组 / breakdown: ${BY.join('|')}`)
    .option(
      '--definition <file>',
      '指标口径 JSON 文件（默认：现行口径）/ a definition set file (default: the one in force)',
    )
    .option('--json', '输出 JSON：{definition, figures, breakdown} / print JSON')
    .action(async (opts: IndicatorsOptions) => {
      try {
        const { loadConfig, openDatabase, runMigrations } = await loadServer();
        const opened = await openDatabase(loadConfig(), 'shuangjiang indicators');
        let code = 0;
        try {
          await runMigrations(opened.database);
          code = await runIndicatorsCommand(opened.database, opts, { stdout: process.stdout, stderr: process.stderr });
        } finally {
          await opened.close();
        }
        process.exitCode = code;
      } catch (err) {
        fail(err);
      }
    });
}
