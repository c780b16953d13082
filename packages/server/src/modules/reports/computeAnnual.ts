/**
 * The annual 行政应诉工作报告's figures (docs/rules/reports.md#annual-report), each module asked through its public
 * functions as a reader of the report's region.
 */
import {
  DEFAULT_LOSS_REASONS,
  DEFAULT_RATE_FORMAT,
  formatRate,
  listLabel,
  NO_VALUE,
  periodLabel,
  quarterPeriod,
  samePeriodLastYear,
  todayInChina,
} from '@shuangjiang/domain';
import type { Db } from '../../platform/db/client.js';
import { hearingFigures } from '../hearings/public.js';
import { countFigures, definitionsOf, figuresForOperator } from '../indicators/public.js';
import type { RegionRow } from '../org/public.js';
import { listSuggestions, listTypicalCases, suggestionFigures } from '../suggestions/public.js';
import { figureCases, periodOut, type ReportPeriod, regionReader, scopeOf } from './compute.js';
import type { ReportContent, ReportTable } from './content.js';

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
