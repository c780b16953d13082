/**
 * 应诉批办单 (the internal assignment form of a case): the built-in template. It is generated as a Word file with
 * docxtemplater placeholders in Chinese ({案号}, {被告}, …) so that a coordinator can download it, change wording and
 * layout in Word or WPS, and upload it as the city's own version; every placeholder is listed in FIELDS with what it
 * holds (docs/rules/documents.md#assignment-form).
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
  VerticalAlign,
  WidthType,
} from 'docx';
import { bodyParagraph, bodyRun, gongwenSection, SIZE, TEXT_WIDTH, titleParagraph } from '../gongwen.js';

/** Placeholders of the 批办单 and what each holds (shown to the coordinator who edits the template). */
export const ASSIGNMENT_FORM_FIELDS = {
  机关名称: '批办机关（本级司法局）',
  案件类型: '行政诉讼 / 行政复议 / 诉前行政争议',
  案号: '案号（未取得时为“待核实”）',
  审级: '一审、二审、再审等（复议、争议为空）',
  案由: '案由',
  受理机关: '受理法院或复议机关',
  原告: '原告（申请人）姓名或名称，多个以顿号分隔；自然人按您的权限遮挡',
  被告: '被告（被申请人）名称',
  第三人: '第三人名称，无则为“无”',
  被诉行为: '被诉行政行为',
  收到日期: '收到起诉状（申请书）副本日期',
  立案日期: '立案（受理）日期',
  答辩期限: '答辩（提交书面答复）期限，暂定日期注明“暂定”',
  开庭安排: '已排定的开庭时间和地点，无则为“尚未排期”',
  风险等级: '风险等级（低 / 中 / 高）',
  承办单位: '第一被告（承办单位）',
  生成日期: '生成日期（如 2026年12月7日）',
} as const;
export type AssignmentFormData = Record<keyof typeof ASSIGNMENT_FORM_FIELDS, string>;

const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

/**
 * The first label column fits 8 characters of 4号 (被告（被申请人）), the second 4 (立案日期); the value columns take the
 * rest, wide enough for a date (2024年10月28日) on one line.
 */
const LABEL = 2520;
const LABEL2 = 1480;
const VALUE = Math.floor((TEXT_WIDTH - LABEL - LABEL2) / 2);
const COLUMNS = [LABEL, VALUE, LABEL2, VALUE];

/** One cell: 4号仿宋, vertically centred, `span` columns wide; labels bold and centred. */
function cell(text: string, opts: { span?: number; bold?: boolean } = {}) {
  return new TableCell({
    columnSpan: opts.span,
    borders,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 100, right: 100 },
    children: [
      new Paragraph({
        alignment: opts.bold ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 420, lineRule: LineRuleType.AT_LEAST },
        children: [bodyRun(text, { size: SIZE.table, bold: opts.bold })],
      }),
    ],
  });
}

const row = (cells: TableCell[], height?: number) =>
  new TableRow({ children: cells, height: height ? { value: height, rule: 'atLeast' } : undefined, cantSplit: true });

/** The built-in template as .docx bytes. */
export async function buildAssignmentFormTemplate(): Promise<Buffer> {
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    rows: [
      row([cell('案件类型', { bold: true }), cell('{案件类型}'), cell('审级', { bold: true }), cell('{审级}')]),
      row([cell('案号', { bold: true }), cell('{案号}', { span: 3 })]),
      row([cell('案由', { bold: true }), cell('{案由}'), cell('受理机关', { bold: true }), cell('{受理机关}')]),
      row([cell('原告（申请人）', { bold: true }), cell('{原告}', { span: 3 })]),
      row([cell('被告（被申请人）', { bold: true }), cell('{被告}', { span: 3 })]),
      row([cell('第三人', { bold: true }), cell('{第三人}', { span: 3 })]),
      row([cell('被诉行政行为', { bold: true }), cell('{被诉行为}', { span: 3 })]),
      row([
        cell('收到副本日期', { bold: true }),
        cell('{收到日期}'),
        cell('立案日期', { bold: true }),
        cell('{立案日期}'),
      ]),
      row([cell('答辩期限', { bold: true }), cell('{答辩期限}'), cell('风险等级', { bold: true }), cell('{风险等级}')]),
      row([cell('开庭安排', { bold: true }), cell('{开庭安排}', { span: 3 })]),
      row([cell('承办单位', { bold: true }), cell('{承办单位}', { span: 3 })]),
      row([cell('拟办意见', { bold: true }), cell('', { span: 3 })], 950),
      row([cell('领导批示', { bold: true }), cell('', { span: 3 })], 950),
      row([cell('办理结果', { bold: true }), cell('', { span: 3 })], 600),
    ],
  });
  const doc = new Document({
    creator: '双降',
    title: '行政应诉案件批办单',
    evenAndOddHeaderAndFooters: true,
    sections: [
      gongwenSection([
        titleParagraph('行政应诉案件批办单'),
        bodyParagraph('批办机关：{机关名称}　　批办日期：{生成日期}', { indent: false }),
        table,
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
