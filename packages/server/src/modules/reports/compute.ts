/**
 * The figures of a notice (docs/rules/reports.md), computed through the indicators module's public functions — never
 * its tables — so the notice's numbers are the figures screen's numbers for the same region and period:
 *
 * - monthly 新收案件通报: every 新收 definition of the set in force, the month against the month before (环比) and the
 *   same month last year (同比), in total and per agency (the definition's co-defendant rule), 行政管理领域 and 案由;
 * - quarterly 指标通报: the whole definition set with 同比 and 环比 (figuresForOperator), each rate's ranking of the
 *   counties (a city's notice) and of the agencies with the minimum-n rule (rankingFor; the minimum from settings
 *   kind `rankings`), and the cards confirmed for the quarter (the cards module's list).
 */
import {
  DEFAULT_LOSS_REASONS,
  DEFAULT_RATE_FORMAT,
  formatRate,
  type IndicatorDefinition,
  listLabel,
  monthPeriod,
  NO_VALUE,
  type Period,
  periodLabel,
  previousPeriod,
  quarterPeriod,
  samePeriodLastYear,
  todayInChina,
  yearPeriod,
} from '@shuangjiang/domain';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/client.js';
import { listCards } from '../cards/service.js';
import { listAdminDomains } from '../cases/public.js';
import { hearingFigures } from '../hearings/public.js';
import {
  countFigureBy,
  countFigures,
  definitionsOf,
  type FigureScope,
  figureMemberIds,
  figuresForOperator,
  rankingFor,
  refreshIndicatorFacts,
} from '../indicators/public.js';
import { agenciesByIds, type RegionRow } from '../org/public.js';
import { getSetting } from '../settings/service.js';
import { listSuggestions, listTypicalCases, suggestionFigures } from '../suggestions/public.js';
import type { ReportContent, ReportFigureCases, ReportTable } from './content.js';

const NOT_RECORDED = '（未记录）';

/** A signed change of a count as the screen shows it: +3, -2, 0. */
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export interface ReportPeriod {
  key: string;
  period: Period;
}

export function monthlyPeriod(year: number, month: number): ReportPeriod {
  return { key: `${year}-${String(month).padStart(2, '0')}`, period: monthPeriod(year, month) };
}
export function quarterlyPeriod(year: number, quarter: number): ReportPeriod {
  return { key: `${year}-Q${quarter}`, period: quarterPeriod(year, quarter) };
}
export function annualPeriod(year: number): ReportPeriod {
  return { key: String(year), period: yearPeriod(year) };
}

const scopeOf = (region: RegionRow): FigureScope => ({ regionPath: region.path, agencyId: null });
const periodOut = (p: ReportPeriod) => ({
  key: p.key,
  from: p.period.from,
  to: p.period.to,
  label: periodLabel(p.period),
});

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

/**
 * The case ids behind every figure of the text, per definition and period (docs/rules/reports.md#snapshot), asked of
 * the indicators module (`figureMemberIds`: the figure's own predicate and scope).
 */
export async function figureCases(
  db: Db,
  defs: readonly IndicatorDefinition[],
  definition: { id: string; version: number | null },
  scope: FigureScope,
  periods: readonly Period[],
  asOf: string,
): Promise<ReportFigureCases[]> {
  const out: ReportFigureCases[] = [];
  for (const period of periods) {
    for (const def of defs) {
      const ids = await figureMemberIds(db, def, scope, period, asOf);
      out.push({
        key: `${def.id}@${period.from}`,
        id: def.id,
        label: def.label,
        period: { from: period.from, to: period.to, label: periodLabel(period) },
        definition,
        numeratorCaseIds: ids.numerator,
        denominatorCaseIds: ids.denominator,
      });
    }
  }
  return out;
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

/**
 * The cards module scopes its list by a principal; the notice reads the cards of its region as that region's city
 * coordinator would (the cards' scope is the region path, the role only decides whether one may read at all).
 */
function regionReader(region: RegionRow): Principal {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'reports',
    displayName: '通报',
    role: 'city_coordinator',
    regionCode: region.code,
    regionPath: region.path,
    agencyId: null,
    sessionId: 'reports',
  };
}

/** The quarterly 指标通报's figures. */
export async function quarterlyContent(db: Db, region: RegionRow, p: ReportPeriod): Promise<ReportContent> {
  const asOf = todayInChina();
  const out = await figuresForOperator(db, { from: p.period.from, to: p.period.to, region: region.code });
  const { set } = await definitionsOf(db, out.definition.version ?? undefined);
  const minimum = await getSetting(db, 'rankings');
  const minCases = (minimum.value as { minCases: number }).minCases;
  const scope = scopeOf(region);
  const figureTable: ReportTable = {
    id: 'figures',
    title: '主要指标',
    columns: ['指标', '本季度', '分子/分母', '去年同期', '同比', '上季度', '环比'],
    rows: out.figures.map((f) => ({
      key: f.id,
      cells: [
        f.label,
        f.display,
        f.denominator === null ? String(f.numerator) : `${f.numerator}/${f.denominator}`,
        f.yearOnYear.display,
        f.yearOnYear.changeDisplay,
        f.periodOnPeriod.display,
        f.periodOnPeriod.changeDisplay,
      ],
    })),
  };
  const tables: ReportTable[] = [figureTable];
  const computed = new Set(out.figures.map((f) => f.id));
  const rates = set.definitions.filter((d) => d.kind !== 'new_cases' && d.kind !== 'concluded' && computed.has(d.id));
  const levels: ('region' | 'agency')[] = region.level === 'county' ? ['agency'] : ['region', 'agency'];
  for (const def of rates) {
    for (const by of levels) {
      const units = await rankingFor(db, def, scope, p.period, { by, minCases, asOf });
      if (units.length === 0) continue;
      tables.push({
        id: `ranking.${def.id}.${by}`,
        title: `${def.label}排名（${by === 'region' ? '县（市、区）' : '机关'}）`,
        columns: ['名次', by === 'region' ? '县（市、区）' : '机关', def.label, '分子/分母', '说明'],
        rows: units.map((u) => ({
          key: u.unitId,
          cells: [
            u.rank === null ? '—' : String(u.rank),
            u.label,
            u.display,
            `${u.numerator}/${u.denominator}`,
            u.note.text,
          ],
        })),
        note: `案件数少于${minCases}件的单位列出但不参与排名（排名设置第${minimum.version}版）。`,
      });
    }
  }
  const cards = (await listCards(db, regionReader(region), { status: 'confirmed' })).items.filter(
    (c) => c.period.from === p.period.from,
  );
  tables.push({
    id: 'cards',
    title: '本季度红黄牌',
    columns: ['单位', '处理', '败诉率', '败诉/审结'],
    rows: cards.map((c) => ({
      key: c.id,
      cells: [c.unit.label, c.sanctionLabel, c.rateDisplay, `${c.losses}/${c.concluded}`],
    })),
  });
  const label = periodLabel(p.period);
  const headline = out.figures
    .filter((f) => f.display !== '—')
    .map((f) => `${f.label}${f.display}${f.denominator === null ? '件' : ''}`);
  const paragraphs = [
    `现将${label}${region.name}行政应诉工作主要指标通报如下。`,
    `${label}，${headline.join('，')}。`,
    cards.length > 0
      ? `经评定，本季度予以红黄牌警示的单位${cards.length}个：${cards.map((c) => `${c.unit.label}（${c.sanctionLabel}）`).join('、')}。`
      : '本季度无经确认的红黄牌警示。',
  ];
  return {
    kind: 'quarterly',
    period: periodOut(p),
    region: { code: region.code, name: region.name, level: region.level },
    definition: { id: out.definition.id, name: out.definition.name, version: out.definition.version },
    rankings: { minCases, version: minimum.version },
    paragraphs,
    tables,
    notes: out.unavailable.map((u) => `${u.label}：${u.reason}`),
    asOf,
    cases: await figureCases(
      db,
      set.definitions.filter((d) => computed.has(d.id)),
      { id: out.definition.id, version: out.definition.version },
      scope,
      [p.period, samePeriodLastYear(p.period), previousPeriod(p.period)],
      asOf,
    ),
  };
}

/** A count or a rate of counts as the screen shows it (no denominator: —). */
const rateDisplay = (n: number, d: number) => (d === 0 ? NO_VALUE : formatRate(n, d, DEFAULT_RATE_FORMAT));
const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ordinal = (i: number) => CHINESE_ORDINALS[i] ?? String(i + 1);

/**
 * The annual 行政应诉工作报告's figures (docs/rules/reports.md#annual-report): the year's indicator set against the
 * year before and quarter by quarter (the indicators module), 负责人出庭 (the hearings module's figures), the
 * suggestions received and their 及时答复率 (the suggestions module) and the year's published typical cases (already
 * anonymised by that module) — each module asked as a reader of the report's region.
 */
export async function annualContent(db: Db, region: RegionRow, p: ReportPeriod): Promise<ReportContent> {
  const asOf = todayInChina();
  const year = Number(p.key);
  const out = await figuresForOperator(db, { from: p.period.from, to: p.period.to, region: region.code });
  const { set } = await definitionsOf(db, out.definition.version ?? undefined);
  const scope = scopeOf(region);
  const computed = new Set(out.figures.map((f) => f.id));
  const defs = set.definitions.filter((d) => computed.has(d.id));
  const figureTable: ReportTable = {
    id: 'figures',
    title: '主要指标（与上年对比）',
    columns: ['指标', '本年度', '分子/分母', '上年度', '同比'],
    rows: out.figures.map((f) => ({
      key: f.id,
      cells: [
        f.label,
        f.display,
        f.denominator === null ? String(f.numerator) : `${f.numerator}/${f.denominator}`,
        f.yearOnYear.display,
        f.yearOnYear.changeDisplay,
      ],
    })),
  };
  const quarters = [1, 2, 3, 4].map((q) => quarterPeriod(year, q));
  const byQuarter = await countFigures(db, defs, scope, quarters, asOf);
  const shown = (c: { numerator: number; denominator: number | null } | undefined) =>
    !c ? NO_VALUE : c.denominator === null ? String(c.numerator) : rateDisplay(c.numerator, c.denominator);
  const trend: ReportTable = {
    id: 'trend',
    title: '分季度走势',
    columns: ['指标', '第一季度', '第二季度', '第三季度', '第四季度', '全年'],
    rows: out.figures.map((f) => ({
      key: f.id,
      cells: [f.label, ...quarters.map((_, i) => shown(byQuarter.get(f.id)?.[i])), f.display],
    })),
  };

  const reader = regionReader(region);
  const hearings = await hearingFigures(db, reader, { from: p.period.from, to: p.period.to, by: 'county' });
  const h = hearings.total;
  const rateCells = (r: { numerator: number; denominator: number }) => [
    `${r.numerator}/${r.denominator}`,
    rateDisplay(r.numerator, r.denominator),
  ];
  const appearance: ReportTable = {
    id: 'appearance',
    title: '负责人出庭应诉情况',
    columns: ['单位', '开庭审理案件', '负责人出庭', '负责人出庭应诉率', '主要负责人出庭', '主要负责人出庭率', '出声率'],
    rows: [
      { key: 'total', name: '合计', figures: h },
      ...(region.level === 'city'
        ? hearings.groups.map((g) => ({ key: g.key, name: g.name, figures: g.figures }))
        : []),
    ].map((g) => ({
      key: g.key,
      cells: [
        g.name,
        String(g.figures.casesHeard),
        ...rateCells(g.figures.appearance),
        ...rateCells(g.figures.principal),
        rateDisplay(g.figures.spoke.numerator, g.figures.spoke.denominator),
      ],
    })),
  };

  const received = (await listSuggestions(db, reader, { year })).items;
  const replies = await suggestionFigures(db, reader, year);
  const suggestions: ReportTable = {
    id: 'suggestions',
    title: '司法建议、检察建议办理情况',
    columns: ['机关', '应答复', '按期答复', '及时答复率'],
    rows: [
      { key: 'total', name: '合计', r: replies.total },
      ...replies.byAgency.map((a) => ({ key: a.agencyId, name: a.agencyName, r: a })),
    ].map((x) => ({
      key: x.key,
      cells: [x.name, String(x.r.denominator), String(x.r.numerator), rateDisplay(x.r.numerator, x.r.denominator)],
    })),
  };

  const typical = (await listTypicalCases(db, reader, { year, status: 'published' })).items;
  const typicalTable: ReportTable = {
    id: 'typical',
    title: '典型案例',
    columns: ['案例', '行政管理领域', '败诉原因', '启示'],
    rows: typical.map((t) => ({
      key: t.id,
      cells: [
        t.title,
        t.domain ?? '',
        t.reasons.map((code) => listLabel(DEFAULT_LOSS_REASONS, code) ?? code).join('、'),
        t.lesson ?? '',
      ],
    })),
  };

  const label = periodLabel(p.period);
  const headline = out.figures
    .filter((f) => f.display !== NO_VALUE)
    .map(
      (f) =>
        `${f.label}${f.display}${f.denominator === null ? '件' : ''}（上年${f.yearOnYear.display}${f.denominator === null ? '件' : ''}）`,
    );
  const paragraphs = [
    `现将${label}${region.name}行政应诉工作情况报告如下。`,
    '一、主要指标情况',
    headline.length > 0 ? `${label}，${headline.join('，')}。` : `${label}无可计算的指标。`,
    '二、负责人出庭应诉情况',
    `${label}开庭审理的行政诉讼案件${h.casesHeard}件，负责人出庭应诉${h.appearance.numerator}件，负责人出庭应诉率${rateDisplay(h.appearance.numerator, h.appearance.denominator)}；其中主要负责人出庭${h.principal.numerator}件，主要负责人出庭率${rateDisplay(h.principal.numerator, h.principal.denominator)}；出庭负责人出声率${rateDisplay(h.spoke.numerator, h.spoke.denominator)}。`,
    '三、司法建议、检察建议办理情况',
    `${label}收到司法建议、检察建议${received.length}件；年内应答复${replies.total.denominator}件，按期答复${replies.total.numerator}件，及时答复率${rateDisplay(replies.total.numerator, replies.total.denominator)}。`,
    '四、典型案例',
    typical.length > 0
      ? `${label}编发典型案例${typical.length}件：${typical.map((t) => `“${t.title}”`).join('、')}。`
      : `${label}未编发典型案例。`,
    ...typical.map((t, i) => `（${ordinal(i)}）${t.title}。${t.summary ?? ''}${t.lesson ? `启示：${t.lesson}` : ''}`),
  ];
  const hearingCases = (
    key: string,
    r: { numeratorCaseIds: string[]; denominatorCaseIds: string[] },
    what: string,
  ) => ({
    key: `${key}@${p.period.from}`,
    id: key,
    label: what,
    period: { from: p.period.from, to: p.period.to, label },
    definition: { id: 'hearings', version: null },
    numeratorCaseIds: r.numeratorCaseIds,
    denominatorCaseIds: r.denominatorCaseIds,
  });
  return {
    kind: 'annual',
    period: periodOut(p),
    region: { code: region.code, name: region.name, level: region.level },
    definition: { id: out.definition.id, name: out.definition.name, version: out.definition.version },
    rankings: null,
    paragraphs,
    tables: [figureTable, trend, appearance, suggestions, typicalTable],
    notes: out.unavailable.map((u) => `${u.label}：见“负责人出庭应诉情况”（庭审模块计算）`),
    asOf,
    cases: [
      ...(await figureCases(
        db,
        defs,
        { id: out.definition.id, version: out.definition.version },
        scope,
        [p.period, samePeriodLastYear(p.period), ...quarters],
        asOf,
      )),
      hearingCases('head_appearance', h.appearance, '负责人出庭应诉率'),
      hearingCases('principal_appearance', h.principal, '主要负责人出庭率'),
      hearingCases('head_spoke', h.spoke, '出声率'),
    ],
  };
}
