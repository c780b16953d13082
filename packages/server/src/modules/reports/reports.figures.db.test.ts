/**
 * The notices' figures on cases this test creates (PGlite, PostgreSQL; testing.ts): the monthly 新收案件通报's figures
 * equal a recount of those cases (total, per agency, per 案由; this month, last month, the same month last year), the
 * quarterly 指标通报's loss rate equals the recount, the annual report's parts hold the four modules' figures; the Word
 * file read back with mammoth holds the numbers, the title and the 发文字号, one notice rendered to PDF by LibreOffice
 * holds them too; the workbook holds the same cells. The schedule drafts the month before on the 5th and the ended
 * quarter on the first working day after it, and tells the coordinator. Issuing and templates: reports.issue.db.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../platform/auth/testing.js';
import { type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { JobRegistry } from '../../platform/jobs/registry.js';
import { runDueJobs } from '../../platform/jobs/runner.js';
import { loadCalendar } from '../calendar/public.js';
import { renderPdf } from '../documents/render.js';
import { notificationMessages } from '../notifications/schema.js';
import { MONTHLY_JOB, QUARTERLY_JOB } from './constants.js';
import type { ReportOut } from './dto.js';
import { reportJobs } from './jobs.js';
import { CITY, COUNTY, docxText, ReportsTestbed, row, squash } from './testing.js';

describe(`reports figures on ${testDbKind()}`, () => {
  const t = new ReportsTestbed();
  const { as, city, draft } = t;
  let database: TestDatabase;
  let a: string;
  let b: string;
  let september: string[];

  beforeAll(async () => {
    await t.setup();
    ({ database, a, b, september } = t);
  }, 300_000);
  afterAll(() => t.close());

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
});
