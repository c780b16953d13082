/**
 * The annual compilation of typical cases (典型案例汇编) as Word: a title, a table of the cases, then each case with its
 * parties (anonymised), domain and reasons, the facts and the lesson. Fonts as the official format uses them (小标宋 for
 * the title, 黑体 headings, 仿宋 body; docs/rules/documents.md), built with `docx` as modules/documents does — its
 * GB/T 9704 building blocks are internal to that module, so the few used here are repeated in their simplest form.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { typicalCases } from './schema.js';

type Row = typeof typicalCases.$inferSelect;
const zh = { eastAsia: 'zh-CN', value: 'zh-CN' } as const;
const font = (eastAsia: string) => ({ eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman' });
const run = (text: string, face = '仿宋_GB2312', size = 32) =>
  new TextRun({ text, font: font(face), size, language: zh });
const para = (text: string, face?: string, opts: { center?: boolean; indent?: boolean; size?: number } = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: opts.indent === false || opts.center ? undefined : { firstLine: 640 },
    spacing: { line: 579, after: opts.center ? 579 : 0 },
    children: [run(text, face, opts.size)],
  });

const NUMERALS = '一二三四五六七八九十';
const numeral = (n: number) => (n <= 10 ? NUMERALS[n - 1] : n < 20 ? `十${NUMERALS[n - 11] ?? ''}` : String(n));

export async function compilationDocx(
  year: number,
  rows: readonly Row[],
  reasonLabel: (code: string) => string,
): Promise<Buffer> {
  const children: Paragraph[] = [
    para(`${year}年度行政诉讼败诉典型案例汇编`, '方正小标宋简体', { center: true, size: 44 }),
  ];
  if (rows.length === 0) children.push(para('本年度暂无已发布的典型案例。'));
  for (const [i, r] of rows.entries()) children.push(para(`${i + 1}. ${r.title}`, undefined, { indent: false }));
  rows.forEach((r, i) => {
    children.push(para(`${numeral(i + 1)}、${r.title}`, '黑体'));
    const parties = r.parties.map((p) => p.name).join('、');
    if (parties) children.push(para(`当事人：${parties}`));
    if (r.caseNumber) children.push(para(`案号：${r.caseNumber}`));
    const tags = [r.domain, ...r.reasons.map(reasonLabel), ...r.tags].filter(Boolean).join('；');
    if (tags) children.push(para(`领域与原因：${tags}`));
    children.push(para('【基本案情】', '楷体_GB2312'));
    for (const line of r.summary.split(/\n+/)) children.push(para(line));
    children.push(para('【启示】', '楷体_GB2312'));
    for (const line of r.lesson.split(/\n+/)) children.push(para(line));
  });
  const doc = new Document({ sections: [{ children }] });
  return Packer.toBuffer(doc);
}
