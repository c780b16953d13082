/**
 * A notice or the annual report as a Word document in 公文 format (docs/rules/reports.md#document, GB/T 9704—2012),
 * filled from the documents module's template for its kind (`report.monthly`, `report.quarterly`, `report.annual`:
 * the city's own version when it uploaded one, else the built-in one, documents/templates/reportNotices.ts) — a draft
 * from the version in force, an issued edition from the version it was issued with (docs/rules/reports.md#templates). This file maps the snapshot onto the template's placeholders:
 * the head (发文机关, 发文字号, 标题, 主送机关), the body paragraphs, each table's rows (列1…列N), the notes, the 更正说明.
 */

import type { Db } from '../../platform/db/client.js';
import { chineseDate, fillTemplateInForce, fillTemplateVersion } from '../documents/public.js';
import type { ReportContent, ReportTable } from './content.js';

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

/** A table's rows as the template's row loop: 列1…列N; an empty table one row “无”. */
const rowsOf = (t: ReportTable | undefined) =>
  t && t.rows.length > 0
    ? t.rows.map((r) => Object.fromEntries(r.cells.map((c, i) => [`列${i + 1}`, c])))
    : [{ 列1: '无' }];

/** The values of the report's template (the placeholders of documents/templates/reportNotices.ts). */
export function reportTemplateValues(c: ReportContent, h: ReportHeader): Record<string, unknown> {
  const table = (id: string) => c.tables.find((t) => t.id === id);
  const common = {
    发文机关: h.issuer,
    发文字号: h.documentNumber,
    标题: h.title,
    主送机关: h.addressee,
    正文: c.paragraphs.map((p) => ({ 段落: p })),
    说明: c.notes.map((n) => ({ 说明内容: n })),
    有更正: h.corrections.length > 0,
    版次: String(h.edition),
    更正: h.corrections.map((line) => ({ 更正内容: line })),
    成文日期: chineseDate(h.date),
    期间: c.period.label,
    地区: c.region.name,
  };
  switch (c.kind) {
    case 'monthly':
      return {
        ...common,
        表格: c.tables.map((t) => ({ 表名: t.title, 首列: t.columns[0], 注: t.note ?? '', 行: rowsOf(t) })),
      };
    case 'quarterly':
      return {
        ...common,
        主要指标: rowsOf(table('figures')),
        排名: c.tables
          .filter((t) => t.id.startsWith('ranking.'))
          .map((t) => ({
            表名: t.title,
            单位类别: t.columns[1],
            指标: t.columns[2],
            注: t.note ?? '',
            行: rowsOf(t),
          })),
        红黄牌: rowsOf(table('cards')),
      };
    case 'annual':
      return {
        ...common,
        主要指标: rowsOf(table('figures')),
        分季度走势: rowsOf(table('trend')),
        负责人出庭: rowsOf(table('appearance')),
        建议办理: rowsOf(table('suggestions')),
        典型案例: rowsOf(table('typical')),
      };
  }
}

/** The template key of a report kind. */
export const reportTemplateKey = (kind: ReportContent['kind']) => `report.${kind}`;

/**
 * The Word file and the template version it was filled from: an issued edition from the version it was issued with
 * (`version`), a draft from the template in force for the report's kind (docs/rules/reports.md#templates).
 */
export async function buildReportDocx(
  db: Db,
  c: ReportContent,
  h: ReportHeader,
  issuedWith?: { key: string; version: number },
): Promise<{ content: Buffer; template: { version: number; sha256: string } }> {
  const values = reportTemplateValues(c, h);
  return issuedWith
    ? fillTemplateVersion(db, issuedWith.key, issuedWith.version, values)
    : fillTemplateInForce(db, reportTemplateKey(c.kind), values);
}
