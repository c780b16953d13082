/**
 * The quarterly 指标通报's figures (docs/rules/reports.md#quarterly-notice): the whole definition set with 同比 and 环比
 * (the indicators module's figuresForOperator), each rate's ranking of the counties (a city's notice) and of the
 * agencies with the minimum-n rule (rankingFor; the minimum from settings kind `rankings`), and the cards confirmed
 * for the quarter (the cards module's list).
 */
import { periodLabel, previousPeriod, samePeriodLastYear, todayInChina } from '@shuangjiang/domain';
import type { Db } from '../../platform/db/client.js';
import { listCards } from '../cards/service.js';
import { definitionsOf, figuresForOperator, rankingFor } from '../indicators/public.js';
import type { RegionRow } from '../org/public.js';
import { getSetting } from '../settings/service.js';
import { figureCases, periodOut, type ReportPeriod, regionReader, scopeOf } from './compute.js';
import type { ReportContent, ReportTable } from './content.js';

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
