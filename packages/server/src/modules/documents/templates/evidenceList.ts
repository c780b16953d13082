/**
 * 证据目录 (the list of evidence submitted with the defence, 行政诉讼法第三十四条、第六十七条: the defendant bears the
 * burden of proof and submits its evidence and the normative documents within the defence period): the case filled in
 * above a table of numbered blank rows (序号, 证据名称, 来源, 证明目的, 页码) the clerk completes. 公文 format, the
 * kit's placeholders (kitFields.ts).
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

const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };
/** 序号, 证据名称, 来源, 证明目的, 页码: the name and the purpose take the room. */
const NARROW = 800;
const SOURCE = 1600;
const WIDE = Math.floor((TEXT_WIDTH - 2 * NARROW - SOURCE) / 2);
const COLUMNS = [NARROW, WIDE, SOURCE, WIDE, NARROW];
const ROWS = 10;

function cell(text: string, bold = false) {
  return new TableCell({
    borders,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 420, lineRule: LineRuleType.AT_LEAST },
        children: [bodyRun(text, { size: SIZE.table, bold })],
      }),
    ],
  });
}

export async function buildEvidenceListTemplate(): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: ['序号', '证据名称', '来源', '证明目的', '页码'].map((t) => cell(t, true)),
  });
  const blank = Array.from(
    { length: ROWS },
    (_, i) =>
      new TableRow({
        cantSplit: true,
        height: { value: 560, rule: 'atLeast' },
        children: [cell(String(i + 1)), cell(''), cell(''), cell(''), cell('')],
      }),
  );
  const doc = new Document({
    creator: '双降',
    title: '证据目录',
    evenAndOddHeaderAndFooters: true,
    sections: [
      gongwenSection([
        titleParagraph('证据目录'),
        bodyParagraph('受理法院：{法院}', { indent: false }),
        bodyParagraph('案号：{案号}', { indent: false }),
        bodyParagraph('原告：{原告}', { indent: false }),
        bodyParagraph('被告（提交人）：{被告}', { indent: false }),
        bodyParagraph('案由：{案由}；被诉行政行为：{被诉行为}', { indent: false }),
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: COLUMNS,
          rows: [header, ...blank],
        }),
        bodyParagraph('提交人（盖章）：{被告}', { align: 'right', indent: false }),
        bodyParagraph('{生成日期}', { align: 'right', indent: false }),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
