/**
 * The hearing preparation kit on a real database: each of the five documents generated from the case, the hearing,
 * the designated staff and lawyer and the heads list, read back as text (mammoth); all five as one .zip; a city's own
 * template used instead of the built-in one; roles without hearing.manage refused (403), another agency's clerk and a
 * hearing of another case kept out (404); one document rendered to PDF by LibreOffice when it is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTestOrg, sessionsByName, type TestOrg, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { renderPdf } from '../documents/render.js';
import { buildHeadIdentityTemplate } from '../documents/templates/headIdentity.js';
import { agencies } from '../org/schema.js';

const docxText = async (b: Buffer) => (await mammoth.extractRawText({ buffer: b })).value;
const hasSoffice = spawnSync('which', ['soffice']).status === 0;
const HEARING_AT = '2027-03-09T09:30:00+08:00';
const NUMBER = '（2026）苏9999行初77号';

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
  const boundary = `----sj${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe(`hearing preparation kit on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let caseId: string;
  let otherCaseHearing: string;
  let hearingId: string;
  let courtName: string;
  const as = sessionsByName(
    () => app,
    () => database.db,
  );

  async function newCase(clerk: TestSession, caseNumber: string) {
    const made = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber,
        filedDate: '2026-03-01',
        courtAgencyId: org.courtId,
        causeOfAction: '房屋征收补偿',
        contestedAct: '房屋征收补偿决定',
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '李某明' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    return made.json() as { id: string; courtName: string };
  }

  async function newHearing(clerk: TestSession, id: string) {
    const res = await clerk.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/hearings`,
      payload: { scheduledAt: HEARING_AT, kind: 'trial', mode: 'in_person', courtroom: '第三法庭' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database);
    org = await ensureTestOrg(database.db);
    const city = await as('city', 'city_coordinator');
    for (const [name, headRole, title] of [
      ['吴副', 'deputy', '副局长'],
      ['周正', 'principal', '局长'],
    ]) {
      const res = await city.inject({
        method: 'POST',
        url: `/api/v1/agencies/${org.agencyId}/heads`,
        payload: { name, title, headRole },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const clerk = await as('clerk', 'agency_clerk');
    const made = await newCase(clerk, NUMBER);
    caseId = made.id;
    courtName = made.courtName;
    const h = await newHearing(clerk, caseId);
    hearingId = h.id;
    const put = await clerk.inject({
      method: 'PUT',
      url: `/api/v1/hearings/${h.id}/appearances`,
      payload: {
        version: h.version,
        items: [
          { role: 'staff', name: '王干事', title: '法制科科长', designated: true },
          { role: 'lawyer', name: '赵律师', title: '某某律师事务所', designated: true },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    otherCaseHearing = (await newHearing(clerk, (await newCase(clerk, '（2026）苏9999行初78号')).id)).id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const generate = (s: TestSession, item: string, hearing = hearingId, id = caseId) =>
    s.inject({ method: 'POST', url: `/api/v1/cases/${id}/preparation-kit/${item}?hearingId=${hearing}` });
  const fileOf = async (s: TestSession, docId: string) => {
    const res = await s.inject({ method: 'GET', url: `/api/v1/documents/${docId}/file` });
    expect(res.statusCode).toBe(200);
    return res.rawPayload;
  };

  const COMMON = [NUMBER, '李某明', '测试市测试区测试局'];
  it.each([
    [
      'defence-statement',
      '行政答辩状',
      ['行政答辩状', '周正，局长', '王干事（法制科科长）、赵律师（某某律师事务所）', '房屋征收补偿决定', '此致'],
    ],
    ['evidence-list', '证据目录', ['证据目录', '证明目的', '房屋征收补偿']],
    [
      'power-of-attorney',
      '授权委托书',
      ['授权委托书', '受委托人：王干事　　职务：法制科科长', '赵律师　　单位：某某律师事务所', '周正'],
    ],
    [
      'head-identity',
      '法定代表人（负责人）身份证明书',
      ['周正在我单位任局长职务（正职）', '2027年3月9日 09:30', '第三法庭'],
    ],
    ['assignment-form', '应诉批办单', ['行政应诉案件批办单', '房屋征收补偿决定', '2027年3月9日 09:30，第三法庭']],
  ])('generates the %s (%s) with the case’s values', async (item, label, expected) => {
    const clerk = await as('clerk', 'agency_clerk');
    const res = await generate(clerk, item);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ label, templateVersion: 0 });
    expect(res.json().fileName).toMatch(new RegExp(`^${label.replace(/[()（）]/g, '.')}-（2026）苏9999行初77号-`));
    const text = await docxText(await fileOf(clerk, res.json().id));
    for (const e of [...COMMON, ...expected, courtName]) expect(text).toContain(e);
    expect(text).not.toMatch(/\{[^}]*\}|undefined|null/);
  });

  it('the head signing is the one designated for the hearing when there is one', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const h = (await clerk.inject({ method: 'GET', url: `/api/v1/hearings/${hearingId}` })).json();
    const heads = (await clerk.inject({ method: 'GET', url: `/api/v1/agencies/${org.agencyId}/heads` })).json();
    const deputy = (heads.items ?? heads).find((x: { name: string }) => x.name === '吴副');
    const put = await clerk.inject({
      method: 'PUT',
      url: `/api/v1/hearings/${hearingId}/appearances`,
      payload: {
        version: h.version,
        items: [
          { role: 'head', headId: deputy.id, designated: true },
          { role: 'staff', name: '王干事', title: '法制科科长', designated: true },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const res = await generate(clerk, 'head-identity');
    const text = await docxText(await fileOf(clerk, res.json().id));
    expect(text).toContain('吴副在我单位任副局长职务（副职）');
  });

  it('makes all five as one .zip, each stored and audited', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const res = await clerk.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/preparation-kit.zip?hearingId=${hearingId}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '应诉材料包-（2026）苏9999行初77号-',
    );
    const zip = new PizZip(res.rawPayload);
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(5);
    expect(names.map((n) => n.split('-')[1])).toEqual([
      '行政答辩状',
      '证据目录',
      '授权委托书',
      '法定代表人（负责人）身份证明书',
      '应诉批办单',
    ]);
    for (const n of names) expect(await docxText(zip.file(n)!.asNodeBuffer())).toContain(NUMBER);
    const docs = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/documents` })).json().items;
    expect(docs.length).toBeGreaterThanOrEqual(5 + 5 + 1);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'document'), eq(auditLog.action, 'create')));
    expect(audits.length).toBe(docs.length);
  });

  it('uses the city’s own version of a kit template once uploaded', async () => {
    const admin = await as('admin', 'admin');
    const zip = new PizZip(await buildHeadIdentityTemplate());
    const xml = zip.file('word/document.xml')!.asText();
    expect(xml).toContain('特此证明');
    zip.file('word/document.xml', xml.replace('特此证明', '特此证明（测试市格式）'));
    const up = await admin.inject({
      method: 'POST',
      url: '/api/v1/document-templates/case.head-identity',
      ...multipart(
        { reason: '按本市格式' },
        { name: '身份证明书.docx', content: zip.generate({ type: 'nodebuffer' }) as Buffer },
      ),
    });
    expect(up.statusCode, up.body).toBe(200);
    const clerk = await as('clerk', 'agency_clerk');
    const res = await generate(clerk, 'head-identity');
    expect(res.json().templateVersion).toBe(1);
    const text = await docxText(await fileOf(clerk, res.json().id));
    expect(text).toContain('特此证明（测试市格式）');
    expect(text).toContain(NUMBER);
  });

  it('refuses roles without hearing.manage (403) and keeps other scopes out (404)', async () => {
    for (const role of ['agency_head', 'expert', 'leader', 'admin'] as const) {
      const s = await as(role, role);
      expect((await generate(s, 'defence-statement')).statusCode, role).toBe(403);
      expect((await s.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/preparation-kit.zip` })).statusCode).toBe(
        403,
      );
    }
    const [other] = await database.db
      .insert(agencies)
      .values({ name: '测试市测试区另一局', kind: 'department', regionCode: org.countyCode })
      .returning();
    const otherClerk = await as('otherClerk', 'agency_clerk', { agencyId: other!.id });
    expect((await generate(otherClerk, 'defence-statement')).statusCode).toBe(404);
    const clerk = await as('clerk', 'agency_clerk');
    expect((await generate(clerk, 'defence-statement', otherCaseHearing)).statusCode).toBe(404);
    expect((await generate(clerk, 'no-such-part')).statusCode).toBe(400);
    // A head reads what the clerk generated (case.read).
    const head = await as('agency_head', 'agency_head');
    const docs = (await head.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/documents` })).json().items;
    expect(docs.length).toBeGreaterThan(0);
    expect((await head.inject({ method: 'GET', url: `/api/v1/documents/${docs[0].id}/file` })).statusCode).toBe(200);
  });

  it.runIf(hasSoffice)(
    'renders the 答辩状 to PDF in the 公文 format (LibreOffice)',
    async () => {
      const clerk = await as('clerk', 'agency_clerk');
      const res = await generate(clerk, 'defence-statement');
      const pdf = await renderPdf(await fileOf(clerk, res.json().id));
      const dir = mkdtempSync(join(tmpdir(), 'sj-kit-'));
      writeFileSync(join(dir, 'a.pdf'), pdf);
      const pages = execFileSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((p) => p.trim());
      const all = pages.join('').replace(/\s+/g, '');
      for (const e of ['行政答辩状', NUMBER, '一、答辩请求', '二、事实与理由', '—1—']) expect(all).toContain(e);
    },
    180_000,
  );
});
