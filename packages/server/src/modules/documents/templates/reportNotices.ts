/**
 * The built-in templates of the reports module's documents (docs/rules/reports.md#templates): the monthly
 * 新收案件通报, the quarterly 指标通报 and the annual 行政应诉工作报告, in 公文 format (GB/T 9704—2012, gongwen.ts) with
 * what a 通报 adds — the 发文机关标志 (red, centred, §7.2.2), the 发文字号 above the red separator line (§7.2.3, §7.2.5),
 * the figures' tables in 4号仿宋 — and docxtemplater placeholders in Chinese: the head, the body paragraphs as a loop
 * ({#正文}{段落}{/正文}), each table's rows as a row loop ({#行}{列1}…{/行}), the 更正说明 of a correction. The
 * closing sentences are fixed text of the template, so a city rewrites them (and the layout) in Word or WPS and
 * uploads its own version (documents routes); the next report uses it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  bodyParagraph,
  bodyRun,
  FONT,
  gongwenSection,
  heading1,
  LINE_PITCH,
  SIZE,
  TEXT_WIDTH,
  titleParagraph,
} from '../gongwen.js';

const RED = 'E60012';
const zh = { eastAsia: 'zh-CN', value: 'zh-CN' } as const;
const fonts = (eastAsia: string) => ({ eastAsia, ascii: FONT.latin, hAnsi: FONT.latin });

/** The placeholders every report template shares. */
const HEAD_FIELDS = {
  发文机关: '发文机关（如 示例市行政应诉工作领导小组办公室）：发文机关标志和落款',
  发文字号: '发文字号（如 示例应诉月通〔2025〕9号；更正版注明第几版）',
  标题: '标题（草稿注明“（草稿）”，更正版注明“（更正）”）',
  主送机关: '主送机关',
  正文: '循环：正文各段，段内用 {段落}',
  段落: '正文的一段（在 {#正文}…{/正文} 之内）',
  说明: '循环：数据说明（未纳入的指标及原因），段内用 {说明内容}',
  说明内容: '一条数据说明（在 {#说明}…{/说明} 之内）',
  有更正: '条件：更正版才有的内容（{#有更正}…{/有更正}）',
  版次: '版次（第几版）',
  更正: '循环：更正说明各条，段内用 {更正内容}',
  更正内容: '一条更正说明：单元格由何值更正为何值，或某项指标增加、减少的案件（在 {#更正}…{/更正} 之内）',
  成文日期: '成文日期（如 2025年10月5日）',
  期间: '期间（如 2025年9月、2025年第三季度、2025年）',
  地区: '地区名称',
} as const;

/** A table's placeholders: its title and note, its rows with columns 列1…列N. */
const tableFields = (loop: string, what: string, columns: number, header = false) => ({
  [loop]: `循环：${what}`,
  ...(header
    ? { 表名: '表格标题', 首列: '第一列的列名（类别、机关、行政管理领域或案由）', 注: '表格下的注（无则不显示）' }
    : {}),
  行: '循环：表格的行（在表格的一行内 {#行}…{/行}）',
  ...Object.fromEntries(Array.from({ length: columns }, (_, i) => [`列${i + 1}`, `该行第${i + 1}列`])),
});

export const MONTHLY_NOTICE_FIELDS = { ...HEAD_FIELDS, ...tableFields('表格', '各统计表（均为 6 列）', 6, true) };
export const QUARTERLY_NOTICE_FIELDS = {
  ...HEAD_FIELDS,
  ...tableFields('主要指标', '主要指标表的行（7 列）', 7),
  ...tableFields('排名', '各项指标的排名表（5 列；{单位类别} 为 县（市、区）或 机关，{指标} 为指标名称）', 5, true),
  单位类别: '排名表第二列的列名：县（市、区）或 机关',
  指标: '排名表的指标名称',
  红黄牌: '循环：本季度红黄牌表的行（4 列）',
};
export const ANNUAL_REPORT_FIELDS = {
  ...HEAD_FIELDS,
  ...tableFields('主要指标', '主要指标表的行（5 列：指标、本年度、分子/分母、上年度、同比）', 7),
  分季度走势: '循环：分季度走势表的行（6 列）',
  负责人出庭: '循环：负责人出庭应诉情况表的行（7 列）',
  建议办理: '循环：司法建议、检察建议办理情况表的行（4 列）',
  典型案例: '循环：典型案例表的行（4 列）',
};

const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, bold: boolean, width: number) {
  return new TableCell({
    borders,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 360, lineRule: LineRuleType.AT_LEAST },
        children: [bodyRun(text, { size: SIZE.table, bold })],
      }),
    ],
  });
}

/**
 * A table: the header row as given, one body row looping over `loop` (its cells {列1}…{列N}); the first column twice
 * as wide as the others.
 */
function loopTable(columns: string[], loop: string): Table {
  const n = columns.length;
  const unit = Math.floor(TEXT_WIDTH / (n + 1));
  const widths = columns.map((_, i) => (i === 0 ? TEXT_WIDTH - unit * (n - 1) : unit));
  const texts = columns.map((_, i) => `${i === 0 ? `{#${loop}}` : ''}{列${i + 1}}${i === n - 1 ? `{/${loop}}` : ''}`);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, true, widths[i]!)) }),
      new TableRow({ cantSplit: true, children: texts.map((c, i) => cell(c, false, widths[i]!)) }),
    ],
  });
}

/** A table's title, centred, kept on the page of its table. */
const centred = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
    children: [bodyRun(text)],
  });

/** 发文机关标志 (24 pt: a 17-character body fits the 156 mm line) and the 发文字号 above the red line. */
function head(): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 480 },
      children: [new TextRun({ text: '{发文机关}', font: fonts(FONT.title), size: 48, color: RED, language: zh })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 12 } },
      children: [new TextRun({ text: '{发文字号}', font: fonts(FONT.body), size: SIZE.body, language: zh })],
    }),
    titleParagraph('{标题}'),
    bodyParagraph('{主送机关}：', { indent: false }),
    bodyParagraph('{#正文}'),
    bodyParagraph('{段落}'),
    bodyParagraph('{/正文}'),
  ];
}

/** The notes, the 更正说明 of a correction, the signature and date. */
function tail(): Paragraph[] {
  return [
    bodyParagraph('{#说明}'),
    bodyParagraph('说明：{说明内容}'),
    bodyParagraph('{/说明}'),
    bodyParagraph('{#有更正}'),
    heading1('附：更正说明（第{版次}版）'),
    bodyParagraph('{#更正}'),
    bodyParagraph('{更正内容}'),
    bodyParagraph('{/更正}'),
    bodyParagraph('{/有更正}'),
    bodyParagraph(''),
    bodyParagraph('{发文机关}', { align: 'right' }),
    bodyParagraph('{成文日期}', { align: 'right' }),
  ];
}

async function pack(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: '双降',
    title,
    evenAndOddHeaderAndFooters: true,
    sections: [gongwenSection(children)],
  });
  return Packer.toBuffer(doc);
}

/** Monthly 新收案件通报: every table has six columns (its first column named by {首列}). */
export function buildMonthlyNoticeTemplate(): Promise<Buffer> {
  return pack('新收行政案件情况通报', [
    ...head(),
    bodyParagraph('请各单位对照本通报核实本单位新收案件，依法做好答辩、举证和负责人出庭应诉准备工作。'),
    bodyParagraph('{#表格}'),
    centred('{表名}'),
    loopTable(['{首列}', '本月', '上月', '环比增减', '去年同月', '同比增减'], '行'),
    bodyParagraph('{#注}注：{注}{/注}', { indent: false }),
    bodyParagraph('{/表格}'),
    ...tail(),
  ]);
}

/** Quarterly 指标通报: the figures, each rate's ranking, the quarter's cards. */
export function buildQuarterlyNoticeTemplate(): Promise<Buffer> {
  return pack('行政应诉工作主要指标情况通报', [
    ...head(),
    bodyParagraph('请各单位对照通报查找问题，落实整改，切实降低行政争议发生率和行政机关败诉率。'),
    centred('主要指标'),
    loopTable(['指标', '本季度', '分子/分母', '去年同期', '同比', '上季度', '环比'], '主要指标'),
    bodyParagraph(''),
    bodyParagraph('{#排名}'),
    centred('{表名}'),
    loopTable(['名次', '{单位类别}', '{指标}', '分子/分母', '说明'], '行'),
    bodyParagraph('{#注}注：{注}{/注}', { indent: false }),
    bodyParagraph('{/排名}'),
    centred('本季度红黄牌'),
    loopTable(['单位', '处理', '败诉率', '败诉/审结'], '红黄牌'),
    bodyParagraph(''),
    ...tail(),
  ]);
}

/** Annual 行政应诉工作报告: the five parts' text, then the tables. */
export function buildAnnualReportTemplate(): Promise<Buffer> {
  return pack('行政应诉工作情况报告', [
    ...head(),
    heading1('五、下一步工作'),
    bodyParagraph(
      '持续落实行政机关负责人出庭应诉制度，加强行政争议源头预防和实质性化解，切实降低行政争议发生率和行政机关败诉率。',
    ),
    centred('主要指标（与上年对比）'),
    loopTable(['指标', '本年度', '分子/分母', '上年度', '同比'], '主要指标'),
    bodyParagraph(''),
    centred('分季度走势'),
    loopTable(['指标', '第一季度', '第二季度', '第三季度', '第四季度', '全年'], '分季度走势'),
    bodyParagraph(''),
    centred('负责人出庭应诉情况'),
    loopTable(
      ['单位', '开庭审理案件', '负责人出庭', '负责人出庭应诉率', '主要负责人出庭', '主要负责人出庭率', '出声率'],
      '负责人出庭',
    ),
    bodyParagraph(''),
    centred('司法建议、检察建议办理情况'),
    loopTable(['机关', '应答复', '按期答复', '及时答复率'], '建议办理'),
    bodyParagraph(''),
    centred('典型案例'),
    loopTable(['案例', '行政管理领域', '败诉原因', '启示'], '典型案例'),
    bodyParagraph(''),
    ...tail(),
  ]);
}
