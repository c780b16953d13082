/**
 * The CLI's notice (`shuangjiang report`): the same figures, Word and workbook as the API's draft, for any region (the
 * city by default: the whole registry) on a database no server holds. Nothing is stored: it is a preview an operator
 * checks or sends; drafting and issuing with a snapshot stay in the application, where they are audited.
 */
import type { Db } from '../../platform/db/client.js';
import { validationFailed } from '../../platform/errors.js';
import { regionsWithTree } from '../org/service.js';
import type { ReportKind } from './constants.js';
import type { ReportContent } from './content.js';
import type { ReportRow } from './schema.js';
import { contentOf, numberOf, periodFor, reportDocx, reportRegion, reportXlsx, titleOf } from './service.js';

export interface OperatorReport {
  title: string;
  content: ReportContent;
  docx: Buffer;
  xlsx: Buffer;
}

/** The one city of the registry (several cities: the operator names one). */
async function defaultRegion(db: Db): Promise<string> {
  const cities = (await regionsWithTree(db)).items.filter((r) => r.level === 'city');
  if (cities.length !== 1) {
    const message = `登记册中有${cities.length}个市级地区，请用 --region 指定`;
    throw validationFailed([{ field: 'region', message }], message);
  }
  return cities[0]!.code;
}

export async function reportForOperator(
  db: Db,
  q: { kind: ReportKind; year: number; month?: number; quarter?: number; region?: string },
): Promise<OperatorReport> {
  const n = q.kind === 'monthly' ? q.month : q.quarter;
  if (n === undefined && q.kind !== 'annual') {
    const field = q.kind === 'monthly' ? 'month' : 'quarter';
    throw validationFailed([{ field, message: `请填写${q.kind === 'monthly' ? '月份' : '季度'}` }]);
  }
  const region = await reportRegion(db, q.region ?? (await defaultRegion(db)));
  const p = periodFor(q.kind, q.year, n);
  const content = await contentOf(db, q.kind, region, p);
  // The files are made as for a stored draft (same title, 发文字号 and layout), from a row that is never written.
  const now = new Date();
  const row = {
    kind: q.kind,
    regionName: region.name,
    status: 'draft',
    edition: 1,
    content,
    differences: null,
    issuedAt: null,
    updatedAt: now,
  } as unknown as ReportRow;
  row.title = titleOf(q.kind, region, p, 1);
  row.documentNumber = numberOf(q.kind, region, p, 1);
  const [docx, xlsx] = await Promise.all([reportDocx(db, row), reportXlsx(row)]);
  return { title: row.title, content, docx: docx.content, xlsx: xlsx.content };
}
