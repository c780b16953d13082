/**
 * Documents and Word output on a real database: the 应诉批办单 generated from a case, read back as text (mammoth) and
 * rendered to PDF by LibreOffice (its page text compared); a city's own template uploaded as a new version and used;
 * broken or unknown placeholders refused in Chinese; scope (another county's clerk: 404); immutability and hashes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from '../cases/testing.js';
import { renderPdf } from './render.js';
import { buildAssignmentFormTemplate } from './templates/assignmentForm.js';

const docxText = async (b: Buffer) => (await mammoth.extractRawText({ buffer: b })).value;
/** The text of each page of a PDF (pdftotext, form feed between pages). */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sj-pdf-'));
  writeFileSync(join(dir, 'a.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}
const squash = (s: string) => s.replace(/\s+/g, '');

/** The built-in template with its text edited as a coordinator would in Word (same placeholders). */
async function editedTemplate(replace: [string, string][]): Promise<Buffer> {
  const zip = new PizZip(await buildAssignmentFormTemplate());
  let xml = zip.file('word/document.xml')!.asText();
  for (const [a, b] of replace) xml = xml.replace(a, b);
  zip.file('word/document.xml', xml);
  return zip.generate({ type: 'nodebuffer' }) as Buffer;
}

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

describe(`documents and Word output on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let city: TestSession;
  let admin: TestSession;
  let otherClerk: TestSession;
  let caseId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    const as = async (
      role: Parameters<typeof createTestUser>[1]['role'],
      o: { regionCode?: string; agencyId?: string } = {},
    ) => sessionAs(app, database.db, await createTestUser(database.db, { role, ...o }));
    city = await as('city_coordinator', { regionCode: '329900' });
    admin = await as('admin');
    otherClerk = await as('agency_clerk', { agencyId: org.agency('county-1-dept-0') });
    const res = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-0-dept-0'), {
        caseNumber: '（2024）苏9902行初321号',
        contestedAct: '房屋征收补偿决定',
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    caseId = res.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('generates the 应诉批办单 from the case, stored with its hash and inputs; Word text and PDF pages agree', async () => {
    const gen = await city.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/documents/assignment-form` });
    expect(gen.statusCode, gen.body).toBe(201);
    const meta = gen.json();
    expect(meta).toMatchObject({ templateKey: 'case.assignment-form', label: '应诉批办单', templateVersion: 0 });
    expect(meta.fileName).toMatch(/^应诉批办单-（2024）苏9902行初321号-\d{4}-\d{2}-\d{2}\.docx$/);

    const file = await city.inject({ method: 'GET', url: `/api/v1/documents/${meta.id}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''%E5%BA%94");
    expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(meta.sha256);

    const text = await docxText(file.rawPayload);
    for (const expected of [
      '行政应诉案件批办单',
      '（2024）苏9902行初321号',
      '房屋征收补偿决定',
      '城建行政管理-房屋拆迁管理',
      '王某明',
      '2024年9月20日',
      '示例市司法局',
    ])
      expect(text).toContain(expected);
    // Names as the caller sees them on screen (a coordinator handles cases: full names); ID numbers never printed.
    expect(text).not.toContain('329902199001011234');
    expect(text).not.toMatch(/\{[^}]*\}|undefined/);

    if (process.env.KEEP_DOCX) writeFileSync(process.env.KEEP_DOCX, file.rawPayload);
    const pages = pdfPages(await renderPdf(file.rawPayload));
    expect(pages).toHaveLength(1);
    const page = squash(pages[0]!);
    for (const expected of ['行政应诉案件批办单', '（2024）苏9902行初321号', '房屋征收补偿决定', '—1—'])
      expect(page).toContain(squash(expected));

    const list = await city.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/documents` });
    expect(list.json().items.map((d: { id: string }) => d.id)).toEqual([meta.id]);
  }, 180_000);

  it('refuses a file that is not .docx, broken placeholders and unknown ones, naming them in Chinese', async () => {
    const upload = (name: string, content: Buffer, reason = '按本市格式') =>
      admin.inject({
        method: 'POST',
        url: '/api/v1/document-templates/case.assignment-form',
        ...multipart({ reason }, { name, content }),
      });
    const notZip = await upload('批办单.docx', Buffer.from('not a zip'));
    expect(notZip.statusCode).toBe(400);
    expect(notZip.json().details[0].message).toContain('不是有效的 Word 文件');

    const unknown = await upload('批办单.docx', await editedTemplate([['{案由}', '{案由}{承办人电话}']]));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0].message).toContain('{承办人电话}');
    expect(unknown.json().details[0].message).toContain('可用的占位符');

    const broken = await upload('批办单.docx', await editedTemplate([['{案由}', '{案由']]));
    expect(broken.statusCode).toBe(400);
    expect(JSON.stringify(broken.json().details)).toMatch(/占位符.*(缺少|有误)/);

    const list = await admin.inject({ method: 'GET', url: '/api/v1/document-templates' });
    expect(list.json().items[0]).toMatchObject({ key: 'case.assignment-form', version: 0 });
  });

  it('uses the city’s own template version once uploaded; the earlier document keeps its template version', async () => {
    const up = await admin.inject({
      method: 'POST',
      url: '/api/v1/document-templates/case.assignment-form',
      ...multipart(
        { reason: '改为本市名称' },
        {
          name: '示例市批办单.docx',
          content: await editedTemplate([['行政应诉案件批办单', '示例市行政应诉案件批办单']]),
        },
      ),
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ version: 1, fileName: '示例市批办单.docx' });

    const gen = await city.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/documents/assignment-form` });
    expect(gen.json().templateVersion).toBe(1);
    const file = await city.inject({ method: 'GET', url: `/api/v1/documents/${gen.json().id}/file` });
    expect(await docxText(file.rawPayload)).toContain('示例市行政应诉案件批办单');

    const docs = (await city.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/documents` })).json().items;
    expect(docs.map((d: { templateVersion: number }) => d.templateVersion)).toEqual([1, 0]);
    const builtin = await admin.inject({
      method: 'GET',
      url: '/api/v1/document-templates/case.assignment-form/file?version=0',
    });
    expect(await docxText(builtin.rawPayload)).not.toContain('示例市行政应诉案件批办单');
  });

  it('keeps documents of a case from anyone outside its scope (404), and needs case.update to generate', async () => {
    const docs = (await city.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/documents` })).json().items;
    expect((await otherClerk.inject({ method: 'GET', url: `/api/v1/documents/${docs[0].id}/file` })).statusCode).toBe(
      404,
    );
    expect((await otherClerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/documents` })).statusCode).toBe(404);
    expect(
      (await otherClerk.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/documents/assignment-form` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await admin.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/documents/assignment-form` })).statusCode,
    ).toBe(403);
  });
});
