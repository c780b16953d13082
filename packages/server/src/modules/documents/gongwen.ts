/**
 * The official document format (党政机关公文格式 GB/T 9704—2012) as `docx` building blocks, used by every built-in
 * template (docs/rules/documents.md#format):
 *
 * - A4; 版心 156 mm × 225 mm: 天头 (top) 37 mm, 订口 (left) 28 mm, so right 26 mm and bottom 35 mm (§5.2.1–5.2.2);
 * - body 3号仿宋 (16 pt), 22 lines × 28 characters a page (§5.2.1): line pitch 225 mm / 22 ≈ 28.95 pt, a document grid
 *   of 28 characters;
 * - title 2号小标宋 (22 pt), centred (§7.3.3); headings 黑体 (一、) and 楷体 (（一）) (§7.3.4);
 * - page numbers 4号 (14 pt) 半角宋体 Arabic numerals with a one-em dash each side, "— 1 —", odd pages at the right and
 *   even pages at the left, one character in from the edge (§7.5).
 *
 * Fonts are named as in government offices (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312); where a machine lacks one,
 * Word, WPS and LibreOffice substitute a font of the same family (the PDF rendering test uses Noto CJK).
 */
import {
  AlignmentType,
  convertMillimetersToTwip,
  DocumentGridType,
  Footer,
  type ISectionOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  /** Latin letters and digits (GB/T 9704 leaves them to the body font; Times New Roman is the common choice). */
  latin: 'Times New Roman',
} as const;

/** The text block's width (156 mm) in twips, for table column widths. */
export const TEXT_WIDTH = convertMillimetersToTwip(156);

/** Font sizes in half-points (docx `size`): 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 28 } as const;

/** 225 mm / 22 lines, in twentieths of a point (docx line spacing): 28.95 pt ≈ 579 twips. */
export const LINE_PITCH = Math.round((convertMillimetersToTwip(225) / 22) * 1) as number;

const fonts = (eastAsia: string) => ({ eastAsia, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin });
/** Runs are marked Simplified Chinese, so a substitute font is chosen for zh-CN (not a Japanese CJK face). */
const zh = { eastAsia: 'zh-CN', value: 'zh-CN' } as const;

/** A run of body text (3号仿宋). */
export const bodyRun = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: fonts(FONT.body), size: opts.size ?? SIZE.body, bold: opts.bold, language: zh });

/** The document's title: 2号小标宋, centred, one blank line after (§7.3.3). */
export const titleParagraph = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, after: LINE_PITCH },
    children: [new TextRun({ text, font: fonts(FONT.title), size: SIZE.title, language: zh })],
  });

/** A body paragraph, first line indented two characters (§7.3.4). */
export const bodyParagraph = (text: string, opts: { indent?: boolean; align?: 'left' | 'right' | 'center' } = {}) =>
  new Paragraph({
    alignment:
      opts.align === 'right'
        ? AlignmentType.RIGHT
        : opts.align === 'center'
          ? AlignmentType.CENTER
          : AlignmentType.JUSTIFIED,
    indent: opts.indent === false ? undefined : { firstLine: 2 * 320 },
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
    children: [bodyRun(text)],
  });

/** A first-level heading (一、…): 黑体, 3号. */
export const heading1 = (text: string) =>
  new Paragraph({
    indent: { firstLine: 2 * 320 },
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: fonts(FONT.heading1), size: SIZE.body, language: zh })],
  });

/** "— 1 —" in 4号宋体: odd pages right-aligned, even pages left-aligned, one character (14 pt) in (§7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const run = (children: (string | typeof PageNumber.CURRENT)[]) =>
    new TextRun({ children, font: fonts(FONT.pageNumber), size: SIZE.pageNumber });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [run(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

/** Page set-up of a section: A4, the GB/T 9704 margins, 22 × 28 grid, page numbers. */
export function gongwenSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
        margin: {
          top: convertMillimetersToTwip(37),
          bottom: convertMillimetersToTwip(35),
          left: convertMillimetersToTwip(28),
          right: convertMillimetersToTwip(26),
          // The number's dash line sits 7 mm below the text block (§7.5): 35 mm − 7 mm − one 4号 line (≈ 5 mm).
          footer: convertMillimetersToTwip(23),
        },
      },
      grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: 0 },
    },
    footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
    children,
  };
}
