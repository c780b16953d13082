/**
 * The reports' use cases (README.md, docs/rules/reports.md): draft a notice (or redraft the open draft) with the
 * figures computed now, read and list in scope, the Word and Excel files, issue (the draft's figures become the
 * immutable snapshot, at the version the caller saw, audited in the same transaction). A notice drafted after its
 * last edition was issued is a correction: the next edition, with the cells that changed listed.
 *
 * Scope: the city coordinator and the leader read the city and its counties, a county coordinator the county; the
 * coordinators draft and issue (report.manage), the leader reads (report.read).
 */
import { periodLabel, todayInChina } from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, forbidden, notFound, validationFailed, versionConflict } from '../../platform/errors.js';
import { caseRefsByIds, figuresRegionPath } from '../cases/public.js';
import { templateVersionInForce } from '../documents/public.js';
import { type RegionRow, regionByCode } from '../org/public.js';
import { annualPeriod, monthlyPeriod, quarterlyPeriod, type ReportPeriod } from './compute.js';
import { annualContent } from './computeAnnual.js';
import { monthlyContent } from './computeMonthly.js';
import { quarterlyContent } from './computeQuarterly.js';
import { REPORT_KIND_LABELS, REPORT_STATUS_LABELS, type ReportKind } from './constants.js';
import { differencesOf, type ReportDifference } from './content.js';
import { buildReportDocx, reportTemplateKey } from './docx.js';
import type { DraftBody, ReportOut } from './dto.js';
import { insertReport, latestEdition, listReports, markIssued, redraft, reportById } from './repository.js';
import type { ReportRow } from './schema.js';
import { buildReportXlsx } from './xlsx.js';

/** The region path whose notices the caller reads and, as a coordinator, drafts. */
function scopeOf(principal: Principal): string {
  const path = figuresRegionPath(principal);
  if (!path) throw forbidden('无权查看通报');
  return path;
}

/** A city or county by code (400 unknown or another level). */
export async function reportRegion(db: Db, code: string): Promise<RegionRow> {
  const region = await regionByCode(db, code);
  if (!region || (region.level !== 'city' && region.level !== 'county')) {
    const message = `地区不存在或不是市、县（${code}）`;
    throw validationFailed([{ field: 'region', message }], message);
  }
  return region;
}

/** The period of a notice: a month, a quarter, or (annual) the year (`monthOrQuarter` not used). */
export function periodFor(kind: ReportKind, year: number, monthOrQuarter?: number): ReportPeriod {
  if (kind === 'annual') return annualPeriod(year);
  return kind === 'monthly' ? monthlyPeriod(year, monthOrQuarter!) : quarterlyPeriod(year, monthOrQuarter!);
}

/** The figures of a notice of this kind, region and period (computeMonthly.ts, computeQuarterly.ts, computeAnnual.ts). */
export function contentOf(db: Db, kind: ReportKind, region: RegionRow, p: ReportPeriod) {
  if (kind === 'annual') return annualContent(db, region, p);
  return kind === 'monthly' ? monthlyContent(db, region, p) : quarterlyContent(db, region, p);
}

/** The issuing body's short name in the 发文字号: 示范市 → 示范. */
const shortName = (name: string) => name.replace(/(市|县|区|自治县)$/, '') || name;

export function titleOf(kind: ReportKind, region: RegionRow, p: ReportPeriod, edition: number): string {
  if (kind === 'annual') return `关于${p.key}年度${region.name}行政应诉工作情况的报告${edition > 1 ? '（更正）' : ''}`;
  const what = kind === 'monthly' ? '新收行政案件情况' : '行政应诉工作主要指标情况';
  return `关于${periodLabel(p.period)}${region.name}${what}的通报${edition > 1 ? '（更正）' : ''}`;
}

export function numberOf(kind: ReportKind, region: RegionRow, p: ReportPeriod, edition: number): string {
  const year = p.key.slice(0, 4);
  if (kind === 'annual')
    return `${shortName(region.name)}应诉报〔${year}〕1号${edition > 1 ? `（第${edition}版）` : ''}`;
  const n = Number(kind === 'monthly' ? p.key.slice(5, 7) : p.key.slice(-1));
  return `${shortName(region.name)}应诉${kind === 'monthly' ? '月' : '季'}通〔${year}〕${n}号${edition > 1 ? `（第${edition}版）` : ''}`;
}

/**
 * Draft the notice of a region and period: a new edition when none is open (the first, or a correction after an
 * issued one), else the open draft recomputed. `onlyFirst` (the schedule): nothing when any edition exists.
 */
export async function draftReport(
  db: Db,
  actor: AuditActor,
  region: RegionRow,
  kind: ReportKind,
  p: ReportPeriod,
  opts: { onlyFirst?: boolean } = {},
): Promise<{ row: ReportRow; created: boolean } | null> {
  const key = { kind, period: p.key, regionCode: region.code };
  const before = await latestEdition(db, key);
  if (opts.onlyFirst && before) return null;
  const content = await contentOf(db, kind, region, p);
  return db.transaction(async (tx) => {
    const latest = await latestEdition(tx, key);
    const at = new Date();
    if (latest?.status === 'draft') {
      const issued = latest.previousId ? await reportById(tx, latest.previousId) : undefined;
      const differences = issued ? differencesOf(issued.content, content) : null;
      const row = await redraft(tx, latest.id, latest.version, { content, differences, at });
      if (!row) throw versionConflict(latest.version);
      await writeAudit(tx, {
        actor,
        action: 'update',
        entityType: 'report',
        entityId: row.id,
        before: { version: latest.version },
        after: { version: row.version, redraft: true },
      });
      return { row, created: false };
    }
    const edition = (latest?.edition ?? 0) + 1;
    const row = await insertReport(tx, {
      ...key,
      periodFrom: p.period.from,
      periodTo: p.period.to,
      regionName: region.name,
      regionPath: region.path,
      edition,
      title: titleOf(kind, region, p, edition),
      documentNumber: numberOf(kind, region, p, edition),
      content,
      previousId: latest?.id ?? null,
      differences: latest ? differencesOf(latest.content, content) : null,
      createdBy: actor.userId,
      createdByName: actor.name,
      createdAt: at,
      updatedAt: at,
    });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'report',
      entityId: row.id,
      after: { kind, period: p.key, region: region.code, edition, definitionVersion: content.definition.version },
    });
    return { row, created: true };
  });
}

function summary(r: ReportRow) {
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: REPORT_KIND_LABELS[r.kind],
    period: r.content.period,
    region: { code: r.regionCode, name: r.regionName },
    edition: r.edition,
    status: r.status,
    statusLabel: REPORT_STATUS_LABELS[r.status],
    title: r.title,
    documentNumber: r.documentNumber,
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    issuedByName: r.issuedByName,
    issuedAt: r.issuedAt?.toISOString() ?? null,
    version: r.version,
    docx: `/api/v1/reports/${r.id}.docx`,
    xlsx: `/api/v1/reports/${r.id}.xlsx`,
  };
}

export function present(r: ReportRow): ReportOut {
  const c = r.content;
  return {
    ...summary(r),
    previousId: r.previousId,
    differences: r.differences,
    definition: c.definition,
    rankings: c.rankings,
    paragraphs: c.paragraphs,
    tables: c.tables,
    notes: c.notes,
    asOf: c.asOf,
    cases: c.cases ?? [],
  };
}

async function visible(db: Db, principal: Principal, id: string): Promise<ReportRow> {
  const row = await reportById(db, id);
  if (!row?.regionPath.startsWith(scopeOf(principal))) throw notFound('通报');
  return row;
}

/** POST /reports: the caller's own region by default; a region outside the caller's scope is 403. */
export async function draftFor(db: Db, principal: Principal, actor: AuditActor, b: DraftBody): Promise<ReportOut> {
  const scope = scopeOf(principal);
  const code = b.region ?? principal.regionCode;
  if (!code) throw forbidden('账号未设置所属地区');
  const region = await reportRegion(db, code);
  if (!region.path.startsWith(scope)) throw forbidden('无权起草该地区的通报');
  const p = periodFor(b.kind, b.year, b.kind === 'monthly' ? b.month : b.quarter);
  const r = await draftReport(db, actor, region, b.kind, p);
  return present(r!.row);
}

export async function listFor(db: Db, principal: Principal, q: { kind?: ReportKind; region?: string }) {
  const rows = await listReports(db, { regionPath: scopeOf(principal), ...q }, 500);
  return { items: rows.map(summary) };
}

export async function getReport(db: Db, principal: Principal, id: string): Promise<ReportOut> {
  return present(await visible(db, principal, id));
}

/** POST /reports/{id}/issue: the draft at the version seen becomes the issued snapshot (409 moved, 422 issued). */
export async function issueReport(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  version: number,
): Promise<ReportOut> {
  return db.transaction(async (tx) => {
    const before = await reportById(tx, id);
    if (!before?.regionPath.startsWith(scopeOf(principal))) throw notFound('通报');
    if (before.status === 'issued') throw new AppError('UNPROCESSABLE', '该通报已印发，更正请重新起草（将生成新版本）');
    if (before.version !== version) throw versionConflict(before.version);
    // The wording is frozen with the figures: the template version in force now is the one this edition is always
    // made from (docs/rules/reports.md#templates).
    const templateKey = reportTemplateKey(before.kind);
    const template = { key: templateKey, version: await templateVersionInForce(tx, templateKey) };
    const row = await markIssued(tx, id, version, { id: actor.userId, name: actor.name, at: new Date() }, template);
    if (!row) throw versionConflict(before.version);
    await writeAudit(tx, {
      actor,
      action: 'update',
      entityType: 'report',
      entityId: id,
      before: { status: before.status, version: before.version },
      after: {
        status: row.status,
        version: row.version,
        edition: row.edition,
        definitionVersion: row.content.definition.version,
        template: `${template.key}@${template.version}`,
      },
    });
    return present(row);
  });
}

/** The issuing body named in the 发文机关标志 and the signature. */
const issuerOf = (r: Pick<ReportRow, 'regionName'>) => `${r.regionName}行政应诉工作领导小组办公室`;
/** A notice goes down to the region's governments and agencies; the annual report up to the region's government. */
const addresseeOf = (kind: ReportKind, c: ReportRow['content']) =>
  kind === 'annual'
    ? `${c.region.name}人民政府`
    : c.region.level === 'city'
      ? '各县（市、区）人民政府，市政府各部门'
      : '各乡镇人民政府、街道办事处，县政府各部门';

/**
 * 更正说明: a changed cell “由“4”更正为“5””; a figure's cases by their numbers (a case deleted since: its id), added and
 * removed (docs/rules/reports.md#corrections).
 */
export async function correctionLines(db: Db, differences: ReportDifference[] | null): Promise<string[]> {
  if (!differences?.length) return [];
  const refs = await caseRefsByIds(
    db,
    differences.flatMap((d) => [...(d.added ?? []), ...(d.removed ?? [])]),
  );
  const numbers = (ids: string[]) => ids.map((id) => refs.get(id)?.caseNumber ?? id).join('、');
  return differences.map((d) => {
    if (!d.added && !d.removed) return `${d.label}：由“${d.before ?? '无'}”更正为“${d.after ?? '无'}”。`;
    const parts = [`${d.label}：由${d.before ?? 0}件更正为${d.after ?? 0}件`];
    if (d.added?.length) parts.push(`增加${numbers(d.added)}`);
    if (d.removed?.length) parts.push(`减少${numbers(d.removed)}`);
    return `${parts.join('；')}。`;
  });
}

/**
 * The template an issued edition is made from: the one recorded when it was issued; for an edition issued before that
 * was recorded (template_version null), the version in force at its issue time. A draft: none (the one in force).
 */
async function issuedTemplate(db: Db, r: ReportRow): Promise<{ key: string; version: number } | undefined> {
  if (r.status !== 'issued') return undefined;
  const key = r.templateKey ?? reportTemplateKey(r.kind);
  return { key, version: r.templateVersion ?? (await templateVersionInForce(db, key, r.issuedAt ?? r.updatedAt)) };
}

/**
 * The Word notice and its file name: a draft (so titled) from the template in force for its kind, an issued edition
 * (a correction too) from the template version it was issued with (docs/rules/reports.md#templates).
 */
export async function reportDocx(db: Db, r: ReportRow): Promise<{ fileName: string; content: Buffer }> {
  const template = await issuedTemplate(db, r);
  const { content } = await buildReportDocx(
    db,
    r.content,
    {
      issuer: issuerOf(r),
      documentNumber: r.documentNumber,
      title: r.status === 'draft' ? `${r.title}（草稿）` : r.title,
      addressee: addresseeOf(r.kind, r.content),
      date: todayInChina(r.issuedAt ?? r.updatedAt),
      edition: r.edition,
      corrections: await correctionLines(db, r.differences),
    },
    template,
  );
  return { fileName: `${r.title}.docx`, content };
}

export async function reportXlsx(r: ReportRow): Promise<{ fileName: string; content: Buffer }> {
  const content = await buildReportXlsx(r.content, {
    title: r.title,
    documentNumber: r.documentNumber,
    edition: r.edition,
    status: REPORT_STATUS_LABELS[r.status],
  });
  return { fileName: `${r.title}.xlsx`, content };
}

export async function reportFile(db: Db, principal: Principal, id: string, format: 'docx' | 'xlsx') {
  const row = await visible(db, principal, id);
  return format === 'docx' ? reportDocx(db, row) : reportXlsx(row);
}
