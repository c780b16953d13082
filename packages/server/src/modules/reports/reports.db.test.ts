/**
 * The notices on cases this test creates (PGlite, PostgreSQL): the monthly 新收案件通报's figures equal a recount of
 * those cases (total, per agency, per 案由; this month, last month, the same month last year), the quarterly 指标通报's
 * loss rate equals the recount; the Word file read back with mammoth holds the numbers, the title and the 发文字号, one
 * notice rendered to PDF by LibreOffice holds them too; the workbook holds the same cells. The schedule drafts the
 * month before on the 5th and tells the coordinator. Issuing freezes the figures (stale version 409, again 422); a
 * redraft after issuing is the next edition with the differences listed; scope and roles (403, 404 outside).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { JobRegistry } from '../../platform/jobs/registry.js';
import { runDueJobs } from '../../platform/jobs/runner.js';
import { auditLog } from '../audit/schema.js';
import { loadCalendar } from '../calendar/public.js';
import { litigationInput, seedOrgFixture } from '../cases/testing.js';
import { renderPdf } from '../documents/render.js';
import { notificationMessages } from '../notifications/schema.js';
import { MONTHLY_JOB, QUARTERLY_JOB } from './constants.js';
import type { ReportOut } from './dto.js';
import { reportJobs } from './jobs.js';
import { reports } from './schema.js';

const CITY = '329900';
const COUNTY = '329902';
const OTHER_COUNTY = '329903';
const docxText = async (b: Buffer) => (await mammoth.extractRawText({ buffer: b })).value;
const squash = (s: string) => s.replace(/\s+/g, '');

describe(`reports on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let a: string;
  let b: string;
  let n = 300;
  const sessions = new Map<string, TestSession>();
  async function as(role: Role, extra: { regionCode?: string; agencyId?: string } = {}) {
    const name = `${role}:${extra.regionCode ?? ''}:${extra.agencyId ?? ''}`;
    if (!sessions.has(name))
      sessions.set(name, await sessionAs(app, database.db, await createTestUser(database.db, { role, ...extra })));
    return sessions.get(name)!;
  }
  const city = () => as('city_coordinator', { regionCode: CITY });
  async function newCase(
    agencyId: string,
    filedDate: string,
    cause: string,
    outcome?: { outcome: string; outcomeDate: string },
  ) {
    const s = await city();
    const res = await s.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(agencyId, {
        caseNumber: `（${filedDate.slice(0, 4)}）苏9902行初${n++}号`,
        filedDate,
        complaintReceivedDate: filedDate,
        causeOfAction: cause,
        ...(outcome ?? {}),
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  }
  const september: string[] = [];
  const draft = async (s: TestSession, body: object) => {
    const res = await s.inject({ method: 'POST', url: '/api/v1/reports', payload: body });
    return { status: res.statusCode, body: res.json() as ReportOut & { code?: string } };
  };
  /** A multipart upload of a template: the reason, then the file (documents routes). */
  function templateUpload(reason: string, name: string, content: Buffer) {
    const boundary = `----sj${Date.now()}`;
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="reason"\r\n\r\n${reason}\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  }
  /** A template's text edited as a coordinator would in Word (document.xml, placeholders untouched). */
  const edited = (docx: Buffer, from: string, to: string) => {
    const zip = new PizZip(docx);
    const xml = zip.file('word/document.xml')!.asText();
    expect(xml).toContain(from);
    zip.file('word/document.xml', xml.replace(from, to));
    return zip.generate({ type: 'nodebuffer' }) as Buffer;
  };
  const row = (r: ReportOut, table: string, key: string) =>
    r.tables.find((t) => t.id === table)?.rows.find((x) => x.key === key)?.cells;

  beforeAll(async () => {
    database = await createTestDatabase();
    const org = await seedOrgFixture(database.db);
    a = org.agency('county-0-dept-0');
    b = org.agency('county-1-dept-0');
    app = await buildTestApp(database);
    // September 2025: A three (two of 案由 X), B one; August 2025: A one; September 2024: B two.
    // Concluded in Q3 2025 (first instance): one lost (撤销), three not (驳回诉讼请求): 败诉率 1/4 = 25.00%.
    september.push(
      await newCase(a, '2025-09-02', '案由X', { outcome: 'REVOKED', outcomeDate: '2025-09-20' }),
      await newCase(a, '2025-09-03', '案由X', { outcome: 'CLAIMS_REJECTED', outcomeDate: '2025-09-21' }),
      await newCase(a, '2025-09-10', '案由Y', { outcome: 'CLAIMS_REJECTED', outcomeDate: '2025-09-22' }),
      await newCase(b, '2025-09-11', '案由X', { outcome: 'CLAIMS_REJECTED', outcomeDate: '2025-09-23' }),
    );
    await newCase(a, '2025-08-15', '案由Y');
    await newCase(b, '2024-09-05', '案由X');
    await newCase(b, '2024-09-06', '案由Y');
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('the schedule drafts the month before on the 5th, for the city and each county, and tells the coordinator', async () => {
    const coordinator = await createTestUser(database.db, { role: 'city_coordinator', regionCode: CITY });
    const registry = new JobRegistry();
    reportJobs(registry);
    const run = await runDueJobs(database.db, registry, {
      now: new Date('2025-10-05T09:00:00+08:00'),
      only: [MONTHLY_JOB],
    });
    expect(run.jobs).toMatchObject([{ key: `schedule:${MONTHLY_JOB}:2025-10`, status: 'done' }]);
    const list = await (await city()).inject({ method: 'GET', url: '/api/v1/reports?kind=monthly' });
    const items = (list.json() as { items: ReportOut[] }).items;
    expect(items.map((i) => i.region.code)).toContain(CITY);
    expect(items.map((i) => i.region.code)).toContain(COUNTY);
    expect(items.every((i) => i.period.key === '2025-09' && i.status === 'draft' && i.edition === 1)).toBe(true);
    const messages = await database.db.select().from(notificationMessages);
    expect(messages.some((m) => m.title.includes('2025年9月') && m.title.includes('示例市'))).toBe(true);
    expect(coordinator.id).toBeTruthy();
  });

  it('the quarterly schedule drafts the ended quarter on the first working day after it (9 October 2025)', async () => {
    const registry = new JobRegistry();
    reportJobs(registry);
    registry.useCalendar((db) => loadCalendar(db, { provisional: true }));
    const only = [QUARTERLY_JOB];
    // 1–8 October are the National Day holiday: on the 8th the latest occurrence is still Q2's.
    const early = await runDueJobs(database.db, registry, { now: new Date('2025-10-08T10:00:00+08:00'), only });
    expect(early.jobs.map((j) => j.key)).toEqual([`schedule:${QUARTERLY_JOB}:2025-Q2`]);
    const run = await runDueJobs(database.db, registry, { now: new Date('2025-10-09T10:00:00+08:00'), only });
    expect(run.jobs).toMatchObject([{ key: `schedule:${QUARTERLY_JOB}:2025-Q3`, status: 'done' }]);
    const items = (
      (await (await city()).inject({ method: 'GET', url: '/api/v1/reports?kind=quarterly&region=329900' })).json() as {
        items: ReportOut[];
      }
    ).items;
    expect(items.map((i) => i.period.key).sort()).toEqual(['2025-Q2', '2025-Q3']);
  });

  it('monthly: the figures equal the recount; Word, PDF and workbook hold them', async () => {
    const r = await draft(await city(), { kind: 'monthly', year: 2025, month: 9, region: CITY });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'draft', edition: 1, definition: { id: 'demo-city', version: 0 } });
    // 本月, 上月, 环比, 去年同月, 同比
    expect(row(r.body, 'total', 'new_cases')!.slice(1)).toEqual(['4', '1', '+3', '2', '+2']);
    expect(row(r.body, 'new_cases.agency', a)!.slice(1)).toEqual(['3', '1', '+2', '0', '+3']);
    expect(row(r.body, 'new_cases.agency', b)!.slice(1)).toEqual(['1', '0', '+1', '2', '-1']);
    expect(row(r.body, 'new_cases.cause', '案由X')!.slice(1)).toEqual(['3', '0', '+3', '1', '+2']);
    expect(row(r.body, 'new_cases.cause', '案由Y')!.slice(1)).toEqual(['1', '1', '0', '1', '0']);
    // A county's notice counts its own agencies only.
    const county = await draft(await as('county_coordinator', { regionCode: COUNTY }), {
      kind: 'monthly',
      year: 2025,
      month: 9,
    });
    expect(county.status).toBe(200);
    expect(county.body.region.code).toBe(COUNTY);
    expect(row(county.body, 'new_cases.agency', b)).toBeUndefined();
    expect(row(county.body, 'total', 'new_cases')![1]).toBe('3');

    const s = await city();
    const docx = await s.inject({ method: 'GET', url: `/api/v1/reports/${r.body.id}.docx` });
    expect(docx.statusCode).toBe(200);
    const text = squash(await docxText(docx.rawPayload));
    expect(text).toContain('关于2025年9月示例市新收行政案件情况的通报（草稿）');
    expect(text).toContain('示例应诉月通〔2025〕9号');
    expect(text).toContain('新收一审行政诉讼案件4件，上月1件（环比+3件），去年同月2件（同比+2件）');
    expect(text).toContain('案由X3');

    const pdf = await renderPdf(docx.rawPayload);
    const dir = mkdtempSync(join(tmpdir(), 'sj-report-pdf-'));
    writeFileSync(join(dir, 'a.pdf'), pdf);
    const pdfText = squash(execFileSync('pdftotext', [join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }));
    expect(pdfText).toContain('示例应诉月通〔2025〕9号');
    expect(pdfText).toContain('新收一审行政诉讼案件4件');
    expect(pdfText).toContain('—1—');

    const xlsx = await s.inject({ method: 'GET', url: `/api/v1/reports/${r.body.id}.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const total = wb.getWorksheet('新收案件总体情况')!;
    expect(total.getRow(2).values).toEqual([undefined, '新收一审行政诉讼案件', 4, 1, '+3', 2, '+2']);
  }, 120_000);

  it('quarterly: the loss rate equals the recount (1/4 = 25.00%), in the Word text as the screen shows it', async () => {
    const r = await draft(await city(), { kind: 'quarterly', year: 2025, quarter: 3, region: CITY });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(row(r.body, 'figures', 'loss_rate')!.slice(1, 3)).toEqual(['25.00%', '1/4']);
    // The cases behind the rate: the one lost (numerator) of the four concluded (denominator), with the definition.
    const loss = r.body.cases.find((c) => c.key === 'loss_rate@2025-07-01')!;
    expect(loss).toMatchObject({ definition: { id: 'demo-city', version: 0 }, numeratorCaseIds: [september[0]] });
    expect(loss.denominatorCaseIds!.toSorted()).toEqual(september.toSorted());
    expect(r.body.rankings).toEqual({ minCases: 5, version: 0 });
    const ranking = r.body.tables.find((t) => t.id === 'ranking.loss_rate.agency')!;
    // Fewer than 5 concluded cases each: listed, not ranked.
    expect(ranking.rows.map((x) => x.cells[0])).toEqual(['—', '—']);
    expect(r.body.tables.find((t) => t.id === 'cards')!.rows).toEqual([]);
    const docx = await (await city()).inject({ method: 'GET', url: `/api/v1/reports/${r.body.id}.docx` });
    const text = squash(await docxText(docx.rawPayload));
    expect(text).toContain('一审败诉率25.00%');
    expect(text).toContain('示例应诉季通〔2025〕3号');
  }, 120_000);

  it('annual: the year against the last, by quarter, 负责人出庭, suggestions and typical cases; Word and workbook', async () => {
    const s = await city();
    const heard = september[0]!;
    const h = await s.inject({
      method: 'POST',
      url: `/api/v1/cases/${heard}/hearings`,
      payload: { scheduledAt: '2025-09-15T09:30:00+08:00' },
    });
    expect(h.statusCode, h.body).toBe(201);
    const held = await s.inject({
      method: 'POST',
      url: `/api/v1/hearings/${h.json().id}/status`,
      payload: { version: h.json().version, status: 'held', reason: '如期开庭' },
    });
    expect(held.statusCode, held.body).toBe(200);
    const sug = await s.inject({
      method: 'POST',
      url: '/api/v1/suggestions',
      payload: {
        kind: 'procuratorial',
        issuer: '示例市人民检察院',
        title: '关于规范执法的建议',
        agencyId: a,
        receivedOn: '2025-03-16',
      },
    });
    expect(sug.statusCode, sug.body).toBe(201);
    // Not answered: due (two months) on 16 May 2025, overdue — 0 of 1 answered on time.
    const t = await s.inject({
      method: 'POST',
      url: '/api/v1/typical-cases',
      payload: {
        caseId: heard,
        title: '某局行政处罚撤销案',
        year: 2025,
        reasons: ['违反法定程序'],
        summary: '被诉处罚决定未告知陈述申辩权利。',
        lesson: '处罚前应当依法告知。',
      },
    });
    expect(t.statusCode, t.body).toBe(201);
    const pub = await s.inject({
      method: 'PATCH',
      url: `/api/v1/typical-cases/${t.json().id}`,
      payload: { version: t.json().version, status: 'published' },
    });
    expect(pub.statusCode, pub.body).toBe(200);

    const r = await draft(s, { kind: 'annual', year: 2025, region: CITY });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      kind: 'annual',
      title: '关于2025年度示例市行政应诉工作情况的报告',
      documentNumber: '示例应诉报〔2025〕1号',
      period: { key: '2025', from: '2025-01-01', to: '2025-12-31' },
    });
    // 2025: five new (four in September, one in August), 2024: two; the loss rate 1/4, none concluded in 2024.
    expect(row(r.body, 'figures', 'new_cases')!.slice(1, 4)).toEqual(['5', '5', '2']);
    expect(row(r.body, 'figures', 'loss_rate')!.slice(1, 4)).toEqual(['25.00%', '1/4', '—']);
    expect(row(r.body, 'trend', 'new_cases')!.slice(1)).toEqual(['0', '0', '5', '0', '5']);
    expect(row(r.body, 'trend', 'loss_rate')!.slice(1)).toEqual(['—', '—', '25.00%', '—', '25.00%']);
    expect(row(r.body, 'appearance', 'total')!.slice(1, 4)).toEqual(['1', '0/1', '0.00%']);
    expect(row(r.body, 'suggestions', 'total')!.slice(1)).toEqual(['1', '0', '0.00%']);
    expect(row(r.body, 'typical', t.json().id)![0]).toBe('某局行政处罚撤销案');
    const text = r.body.paragraphs.join('');
    expect(text).toContain('开庭审理的行政诉讼案件1件，负责人出庭应诉0件，负责人出庭应诉率0.00%');
    expect(text).toContain('收到司法建议、检察建议1件');
    expect(text).toContain('按期答复0件，及时答复率0.00%');
    expect(text).toContain('（一）某局行政处罚撤销案。被诉处罚决定未告知陈述申辩权利。启示：处罚前应当依法告知。');
    // The cases behind the figures: the year's new cases and the heard case behind 负责人出庭应诉率.
    expect(r.body.cases.find((c) => c.key === 'new_cases@2025-01-01')!.numeratorCaseIds).toHaveLength(5);
    expect(r.body.cases.find((c) => c.key === 'head_appearance@2025-01-01')).toMatchObject({
      numeratorCaseIds: [],
      denominatorCaseIds: [heard],
    });

    const docx = await s.inject({ method: 'GET', url: `/api/v1/reports/${r.body.id}.docx` });
    expect(docx.statusCode).toBe(200);
    const word = squash(await docxText(docx.rawPayload));
    expect(word).toContain('关于2025年度示例市行政应诉工作情况的报告（草稿）');
    expect(word).toContain('示例应诉报〔2025〕1号');
    expect(word).toContain('示例市人民政府：');
    expect(word).toContain('一审败诉率25.00%');
    const xlsx = await s.inject({ method: 'GET', url: `/api/v1/reports/${r.body.id}.xlsx` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('分季度走势')!.getRow(2).values).toEqual([undefined, '新收一审行政诉讼案件', 0, 0, 5, 0, 5]);
    const issued = await s.inject({
      method: 'POST',
      url: `/api/v1/reports/${r.body.id}/issue`,
      payload: { version: r.body.version },
    });
    expect(issued.json()).toMatchObject({ status: 'issued', kind: 'annual' });
  }, 180_000);

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
