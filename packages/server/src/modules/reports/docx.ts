/**
 * A notice as a Word document in 公文 format (docs/rules/reports.md#document, GB/T 9704—2012), made with the documents
 * module's building blocks (page set-up with 页码, title, body paragraphs, headings) plus what a 通报 adds: the
 * 发文机关标志 (the issuing body's name in red, centred, §7.2.2), the 发文字号 under it (§7.2.3), the red separator line
 * (§7.2.5), and the figures' tables in 4号仿宋. A draft is marked in its title.
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
import { bodyParagraph, chineseDate, gongwenSection, heading1, titleParagraph } from '../documents/public.js';
import type { ReportContent, ReportTable } from './content.js';

/** 156 mm (the text block's width) in twips. */
const TEXT_WIDTH = Math.round((156 / 25.4) * 1440);
const RED = 'E60012';
const zh = { eastAsia: 'zh-CN', value: 'zh-CN' } as const;
const font = (eastAsia: string) => ({ eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman' });
/** 4号 (14 pt) 仿宋 in tables, as the built-in forms. */
const run = (text: string, bold = false) =>
  new TextRun({ text, font: font('仿宋_GB2312'), size: 28, bold, language: zh });

export interface ReportHeader {
  issuer: string;
  documentNumber: string;
  title: string;
  addressee: string;
  /** China date of issue (or of the draft). */
  date: string;
  edition: number;
  /** 更正说明: one sentence per difference from the previous edition (correctionLines). */
  corrections: string[];
}

/** 24 pt: a 17-character issuing body (…行政应诉工作领导小组办公室) fits the 156 mm line on one line. */
function issuerMark(issuer: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 480 },
      children: [new TextRun({ text: issuer, font: font('方正小标宋简体'), size: 48, color: RED, language: zh })],
    }),
  ];
}

/** 发文字号 centred above a red line the width of the text block. */
function numberLine(documentNumber: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 480 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 12 } },
    children: [new TextRun({ text: documentNumber, font: font('仿宋_GB2312'), size: 32, language: zh })],
  });
}

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
        children: [run(text, bold)],
      }),
    ],
  });
}

/** A table of the notice: the first column twice as wide as the others. */
export function reportTable(t: ReportTable): (Paragraph | Table)[] {
  const n = t.columns.length;
  const unit = Math.floor(TEXT_WIDTH / (n + 1));
  const widths = t.columns.map((_, i) => (i === 0 ? TEXT_WIDTH - unit * (n - 1) : unit));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cell(c, true, widths[i]!)),
  });
  const rows = t.rows.length
    ? t.rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, false, widths[i]!)) }))
    : [
        new TableRow({
          children: [new TableCell({ borders, columnSpan: n, children: [new Paragraph({ children: [run('无')] })] })],
        }),
      ];
  const out: (Paragraph | Table)[] = [
    bodyParagraph(t.title, { indent: false, align: 'center' }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }),
  ];
  if (t.note) out.push(bodyParagraph(`注：${t.note}`, { indent: false }));
  out.push(bodyParagraph(''));
  return out;
}

export async function buildReportDocx(c: ReportContent, h: ReportHeader): Promise<Buffer> {
  const corrections =
    h.corrections.length > 0
      ? [heading1(`附：更正说明（第${h.edition}版）`), ...h.corrections.map((line) => bodyParagraph(line))]
      : [];
  const doc = new Document({
    creator: '双降',
    title: h.title,
    evenAndOddHeaderAndFooters: true,
    sections: [
      gongwenSection([
        ...issuerMark(h.issuer),
        numberLine(h.documentNumber),
        titleParagraph(h.title),
        bodyParagraph(`${h.addressee}：`, { indent: false }),
        ...c.paragraphs.map((p) => bodyParagraph(p)),
        ...c.tables.flatMap(reportTable),
        ...c.notes.map((n) => bodyParagraph(`说明：${n}`)),
        ...corrections,
        bodyParagraph(''),
        bodyParagraph(h.issuer, { align: 'right' }),
        bodyParagraph(chineseDate(h.date), { align: 'right' }),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
