/**
 * Issuing the notices (PGlite, PostgreSQL; testing.ts): issuing freezes the figures and the case ids behind them
 * (stale version 409, again 422); a redraft after issuing is the next edition with the differences listed; scope and
 * roles (403, 404 outside); the city's own template version is used by the next draft, while an issued edition keeps
 * the template version it was issued with (docs/rules/reports.md#templates). The figures: reports.figures.db.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { auditLog } from '../audit/schema.js';
import { renderPdf } from '../documents/render.js';
import type { ReportOut } from './dto.js';
import { reports } from './schema.js';
import {
  CITY,
  COUNTY,
  docxText,
  edited,
  OTHER_COUNTY,
  ReportsTestbed,
  row,
  squash,
  templateUpload,
} from './testing.js';

describe(`reports issuing and templates on ${testDbKind()}`, () => {
  const t = new ReportsTestbed();
  const { as, city, newCase, draft } = t;
  let database: TestDatabase;
  let a: string;
  let september: string[];

  beforeAll(async () => {
    await t.setup();
    ({ database, a, september } = t);
  }, 300_000);
  afterAll(() => t.close());

  it('issue freezes the figures; a redraft after issuing is the next edition with the differences listed', async () => {
    const s = await city();
    const r = (await draft(s, { kind: 'monthly', year: 2025, month: 9, region: CITY })).body;
    const stale = await s.inject({
      method: 'POST',
      url: `/api/v1/reports/${r.id}/issue`,
      payload: { version: r.version + 1 },
    });
    expect(stale.statusCode).toBe(409);
    const issued = await s.inject({
      method: 'POST',
      url: `/api/v1/reports/${r.id}/issue`,
      payload: { version: r.version },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', issuedByName: expect.any(String) });
    const again = await s.inject({
      method: 'POST',
      url: `/api/v1/reports/${r.id}/issue`,
      payload: { version: issued.json().version },
    });
    expect(again.statusCode).toBe(422);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'report'), eq(auditLog.entityId, r.id)));
    expect(audits.some((x) => (x.after as { status?: string } | null)?.status === 'issued')).toBe(true);

    // The snapshot: the case ids behind September's 4 new cases, with the definition version.
    const septemberCases = (x: ReportOut) => x.cases.find((c) => c.key === 'new_cases@2025-09-01')!;
    expect(septemberCases(issued.json())).toMatchObject({ definition: { id: 'demo-city', version: 0 } });
    expect(septemberCases(issued.json()).numeratorCaseIds.toSorted()).toEqual(september.toSorted());
    expect(septemberCases(issued.json()).denominatorCaseIds).toBeNull();

    // A late case of September: the issued notice keeps 4 (and its cases); the correction says 4 → 5, and which case.
    const late = await newCase(a, '2025-09-28', '案由Y');
    const kept = (await s.inject({ method: 'GET', url: `/api/v1/reports/${r.id}` })).json() as ReportOut;
    expect(row(kept, 'total', 'new_cases')![1]).toBe('4');
    expect(septemberCases(kept).numeratorCaseIds).toHaveLength(4);
    const docxIssued = squash(
      await docxText((await s.inject({ method: 'GET', url: `/api/v1/reports/${r.id}.docx` })).rawPayload),
    );
    expect(docxIssued).not.toContain('（草稿）');
    const next = await draft(s, { kind: 'monthly', year: 2025, month: 9, region: CITY });
    expect(next.body).toMatchObject({ edition: 2, status: 'draft', previousId: r.id });
    expect(next.body.id).not.toBe(r.id);
    expect(next.body.differences).toContainEqual({
      key: 'total/new_cases/1',
      label: '新收案件总体情况：新收一审行政诉讼案件，本月',
      before: '4',
      after: '5',
    });
    expect(next.body.differences).toContainEqual({
      key: 'cases/new_cases@2025-09-01/numerator',
      label: '新收一审行政诉讼案件（2025年9月）所计案件',
      before: '4',
      after: '5',
      added: [late],
      removed: [],
    });
    const text = squash(
      await docxText((await s.inject({ method: 'GET', url: `/api/v1/reports/${next.body.id}.docx` })).rawPayload),
    );
    expect(text).toContain('由“4”更正为“5”');
    expect(text).toContain('新收一审行政诉讼案件（2025年9月）所计案件：由4件更正为5件；增加（2025）苏9902行初');
    expect(text).toContain('（更正）');
  }, 120_000);

  it('scope and roles: leaders read, others 403; outside the county 404 / 403', async () => {
    const list = (await (await city()).inject({ method: 'GET', url: '/api/v1/reports?region=329900' })).json() as {
      items: ReportOut[];
    };
    const cityReport = list.items[0]!;
    const leader = await as('leader', { regionCode: CITY });
    expect((await leader.inject({ method: 'GET', url: `/api/v1/reports/${cityReport.id}` })).statusCode).toBe(200);
    expect((await leader.inject({ method: 'GET', url: `/api/v1/reports/${cityReport.id}.xlsx` })).statusCode).toBe(200);
    expect((await draft(leader, { kind: 'monthly', year: 2025, month: 9 })).status).toBe(403);
    const clerk = await as('agency_clerk', { agencyId: a });
    expect((await clerk.inject({ method: 'GET', url: '/api/v1/reports' })).statusCode).toBe(403);
    const admin = await as('admin');
    expect((await admin.inject({ method: 'GET', url: `/api/v1/reports/${cityReport.id}.docx` })).statusCode).toBe(403);
    const other = await as('county_coordinator', { regionCode: OTHER_COUNTY });
    expect((await other.inject({ method: 'GET', url: `/api/v1/reports/${cityReport.id}` })).statusCode).toBe(404);
    const theirs = (await other.inject({ method: 'GET', url: '/api/v1/reports' })).json() as { items: ReportOut[] };
    expect(theirs.items.every((i) => i.region.code === OTHER_COUNTY)).toBe(true);
    expect((await draft(other, { kind: 'monthly', year: 2025, month: 9, region: CITY })).status).toBe(403);
    expect((await draft(other, { kind: 'monthly', year: 2025 })).status).toBe(400);
  });

  it('templates: the city edits the quarterly notice in Word and uploads it; the next notice uses it; unknown placeholders refused', async () => {
    const s = await city();
    const file = await s.inject({ method: 'GET', url: '/api/v1/document-templates/report.quarterly/file' });
    expect(file.statusCode).toBe(200);
    const builtin = file.rawPayload;
    const fixed = '请各单位对照通报查找问题，落实整改，切实降低行政争议发生率和行政机关败诉率。';
    const ours = '请各单位于收到本通报后十个工作日内报送整改情况。';
    const before = await draft(s, { kind: 'quarterly', year: 2025, quarter: 3, region: CITY });
    const beforeText = squash(
      await docxText((await s.inject({ method: 'GET', url: `/api/v1/reports/${before.body.id}.docx` })).rawPayload),
    );
    expect(beforeText).toContain(fixed);

    const unknown = await s.inject({
      method: 'POST',
      url: '/api/v1/document-templates/report.quarterly',
      ...templateUpload('本市格式', '指标通报.docx', edited(builtin, '{发文字号}', '{发文字号}{签发人}')),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0].message).toContain('模板中有未知的占位符：{签发人}');

    const up = await s.inject({
      method: 'POST',
      url: '/api/v1/document-templates/report.quarterly',
      ...templateUpload('本市要求限期报送整改情况', '指标通报.docx', edited(builtin, fixed, ours)),
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ key: 'report.quarterly', version: 1 });
    const after = await draft(s, { kind: 'quarterly', year: 2025, quarter: 3, region: CITY });
    const docx = (await s.inject({ method: 'GET', url: `/api/v1/reports/${after.body.id}.docx` })).rawPayload;
    const text = squash(await docxText(docx));
    expect(text).toContain(ours);
    expect(text).not.toContain(fixed);
    expect(text).toContain('示例应诉季通〔2025〕3号');
    expect(text).toContain('一审败诉率25.00%');
    // Rendered by LibreOffice: the city's sentence, the figures and the page number in the PDF's text.
    const dir = mkdtempSync(join(tmpdir(), 'sj-report-pdf-'));
    writeFileSync(join(dir, 'q.pdf'), await renderPdf(docx));
    const pdfText = squash(execFileSync('pdftotext', [join(dir, 'q.pdf'), '-'], { encoding: 'utf8' }));
    expect(pdfText).toContain(ours);
    expect(pdfText).toContain('25.00%');
    expect(pdfText).toContain('—1—');
  }, 180_000);

  it('an issued notice keeps the template version it was issued with; drafts and later editions take the new one', async () => {
    const s = await city();
    const issuedWording = '请各单位于收到本通报后十个工作日内报送整改情况。';
    const newWording = '请各单位于收到本通报后五个工作日内报送整改情况。';
    const docxOf = async (id: string) =>
      squash(await docxText((await s.inject({ method: 'GET', url: `/api/v1/reports/${id}.docx` })).rawPayload));
    // The county's notice, issued under the city's version 1 of the template (the test before uploaded it).
    const r = (await draft(s, { kind: 'quarterly', year: 2025, quarter: 3, region: COUNTY })).body;
    const issue = await s.inject({
      method: 'POST',
      url: `/api/v1/reports/${r.id}/issue`,
      payload: { version: r.version },
    });
    expect(issue.statusCode, issue.body).toBe(200);
    const [stored] = await database.db.select().from(reports).where(eq(reports.id, r.id));
    expect(stored).toMatchObject({ templateKey: 'report.quarterly', templateVersion: 1 });
    expect(await docxOf(r.id)).toContain(issuedWording);

    const v1 = (await s.inject({ method: 'GET', url: '/api/v1/document-templates/report.quarterly/file' })).rawPayload;
    const up = await s.inject({
      method: 'POST',
      url: '/api/v1/document-templates/report.quarterly',
      ...templateUpload('整改期限改为五个工作日', '指标通报.docx', edited(v1, issuedWording, newWording)),
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ version: 2 });

    // The issued 公文 is unchanged; the correction (a draft) and then its issued edition use version 2.
    const issuedText = await docxOf(r.id);
    expect(issuedText).toContain(issuedWording);
    expect(issuedText).not.toContain(newWording);
    expect(issuedText).toContain('一审败诉率');
    const correction = (await draft(s, { kind: 'quarterly', year: 2025, quarter: 3, region: COUNTY })).body;
    expect(correction).toMatchObject({ edition: 2, status: 'draft' });
    expect(await docxOf(correction.id)).toContain(newWording);
    const issued2 = await s.inject({
      method: 'POST',
      url: `/api/v1/reports/${correction.id}/issue`,
      payload: { version: correction.version },
    });
    expect(issued2.statusCode, issued2.body).toBe(200);
    expect(await docxOf(correction.id)).toContain(newWording);
    expect(await docxOf(r.id)).toContain(issuedWording);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'report'), eq(auditLog.entityId, correction.id)));
    expect(audit.some((x) => (x.after as { template?: string } | null)?.template === 'report.quarterly@2')).toBe(true);

    // An edition issued before the version was recorded: the version in force when it was issued (here 1).
    await database.db.update(reports).set({ templateKey: null, templateVersion: null }).where(eq(reports.id, r.id));
    expect(await docxOf(r.id)).toContain(issuedWording);
  }, 180_000);
});
