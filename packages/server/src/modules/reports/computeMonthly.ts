/**
 * The monthly 新收案件通报's figures (docs/rules/reports.md#monthly-notice), through the indicators module's public
 * functions: every 新收 definition of the set in force, the month against the month before (环比) and the same month
 * last year (同比), in total and per agency (the definition's co-defendant rule), 行政管理领域 and 案由.
 */
import {
  type IndicatorDefinition,
  type Period,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
  todayInChina,
} from '@shuangjiang/domain';
import type { Db } from '../../platform/db/client.js';
import { listAdminDomains } from '../cases/public.js';
import {
  countFigureBy,
  countFigures,
  definitionsOf,
  type FigureScope,
  refreshIndicatorFacts,
} from '../indicators/public.js';
import { agenciesByIds, type RegionRow } from '../org/public.js';
import { figureCases, periodOut, type ReportPeriod, scopeOf, signed } from './compute.js';
import type { ReportContent, ReportTable } from './content.js';

const NOT_RECORDED = '（未记录）';

async function labelsOf(db: Db, by: 'agency' | 'domain' | 'cause', keys: string[]): Promise<Map<string, string>> {
  const known = keys.filter(Boolean);
  const pairs: [string, string][] =
    by === 'agency'
      ? (await agenciesByIds(db, known)).map((a) => [a.id, a.name])
      : by === 'domain'
        ? (await listAdminDomains(db)).map((d) => [d.code, d.name])
        : known.map((k) => [k, k]);
  const map = new Map(pairs);
  return new Map(keys.map((k) => [k, k ? (map.get(k) ?? k) : NOT_RECORDED]));
}

const BY_TITLES = { agency: '按机关', domain: '按行政管理领域', cause: '按案由' } as const;

/** One definition's new cases per unit: this month, last month, the same month last year, by descending count. */
async function breakdownTable(
  db: Db,
  def: IndicatorDefinition,
  scope: FigureScope,
  periods: [Period, Period, Period],
  by: 'agency' | 'domain' | 'cause',
  asOf: string,
): Promise<ReportTable> {
  const counts = await Promise.all(periods.map((p) => countFigureBy(db, def, scope, p, by, asOf)));
  const keys = [...new Set(counts.flatMap((m) => [...m.keys()]))];
  const labels = await labelsOf(db, by, keys);
  const n = (i: number, k: string) => counts[i]!.get(k)?.numerator ?? 0;
  const rows = keys
    .filter((k) => n(0, k) > 0 || n(1, k) > 0 || n(2, k) > 0)
    .sort((a, b) => n(0, b) - n(0, a) || labels.get(a)!.localeCompare(labels.get(b)!, 'zh-CN'))
    .map((k) => ({
      key: k || '-',
      cells: [
        labels.get(k) ?? k,
        String(n(0, k)),
        String(n(1, k)),
        signed(n(0, k) - n(1, k)),
        String(n(2, k)),
        signed(n(0, k) - n(2, k)),
      ],
    }));
  return {
    id: `${def.id}.${by}`,
    title: `${def.label}（${BY_TITLES[by]}）`,
    columns: [BY_TITLES[by].slice(1), '本月', '上月', '环比增减', '去年同月', '同比增减'],
    rows,
  };
}

/** The monthly 新收案件通报's figures. */
export async function monthlyContent(db: Db, region: RegionRow, p: ReportPeriod): Promise<ReportContent> {
  await refreshIndicatorFacts(db);
  const asOf = todayInChina();
  const { set, version } = await definitionsOf(db);
  const scope = scopeOf(region);
  const periods: [Period, Period, Period] = [p.period, previousPeriod(p.period), samePeriodLastYear(p.period)];
  const defs = set.definitions.filter((d) => d.kind === 'new_cases');
  const totals = await countFigures(db, defs, scope, periods, asOf);
  const total = (id: string, i: number) => totals.get(id)?.[i]?.numerator ?? 0;
  const summary: ReportTable = {
    id: 'total',
    title: '新收案件总体情况',
    columns: ['类别', '本月', '上月', '环比增减', '去年同月', '同比增减'],
    rows: defs.map((d) => ({
      key: d.id,
      cells: [
        d.label,
        String(total(d.id, 0)),
        String(total(d.id, 1)),
        signed(total(d.id, 0) - total(d.id, 1)),
        String(total(d.id, 2)),
        signed(total(d.id, 0) - total(d.id, 2)),
      ],
    })),
  };
  const tables: ReportTable[] = [summary];
  for (const def of defs) {
    for (const by of ['agency', 'domain', 'cause'] as const) {
      tables.push(await breakdownTable(db, def, scope, periods, by, asOf));
    }
  }
  const label = periodLabel(p.period);
  const paragraphs = [
    `现将${label}${region.name}新收行政诉讼、行政复议案件情况通报如下。`,
    ...defs.map(
      (d) =>
        `${label}，${d.label}${total(d.id, 0)}件，上月${total(d.id, 1)}件（环比${signed(total(d.id, 0) - total(d.id, 1))}件），去年同月${total(d.id, 2)}件（同比${signed(total(d.id, 0) - total(d.id, 2))}件）。`,
    ),
  ];
  return {
    kind: 'monthly',
    period: periodOut(p),
    region: { code: region.code, name: region.name, level: region.level },
    definition: { id: set.id, name: set.name, version },
    rankings: null,
    paragraphs,
    tables,
    notes: [],
    asOf,
    cases: await figureCases(db, defs, { id: set.id, version }, scope, periods, asOf),
  };
}
