import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { tmpFile, writeSimpleXlsx } from '../imports/fixtures.js';
import { importCasesFromXlsx, systemPrincipal } from '../imports/service.js';
import { seedOrgFixture } from './testing.js';

const boundary = '----sjfilesboundary';
function multipart(fileName: string, content: Buffer) {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** GB18030 bytes of `text` (Node has no GB18030 encoder: the two-byte table is read back from the decoder). */
let gbTable: Map<string, Buffer> | null = null;
function gb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && !gbTable.has(ch)) gbTable.set(ch, Buffer.from([a, b]));
      }
  }
  return Buffer.concat(
    [...text].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return Buffer.from(ch, 'latin1');
      const bytes = gbTable!.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      return bytes;
    }),
  );
}

const JUDGMENT = [
  '示例市城东区人民法院',
  '行政判决书',
  '（2025）苏9902行初1号',
  '原告王某一不服被告示例市城东区公安分局作出的行政处罚决定，向本院提起行政诉讼。',
  '依照《中华人民共和国行政诉讼法》第七十条之规定，判决如下：',
  '一、撤销被告示例市城东区公安分局作出的行政处罚决定；',
  '案件受理费50元，由被告负担。',
  '审判长 张某',
].join('\r\n');

describe(`case documents (文书) on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let east: TestSession;
  let west: TestSession;
  let leader: TestSession;
  let expert: TestSession;
  let caseId: string;
  let otherCaseId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedOrgFixture(database.db);
    const file = await writeSimpleXlsx(
      tmpFile('files.xlsx'),
      [1, 2].map((n) => ({
        caseNumber: `（2025）苏9902行初${n}号`,
        court: '示例市城东区人民法院',
        filedDate: '2025-01-06',
        plaintiffs: `王某${n}`,
        defendants: '示例市城东区公安分局',
      })),
    );
    expect(await importCasesFromXlsx(database.db, systemPrincipal(), file)).toMatchObject({ created: 2 });
    app = await buildTestApp(database);
    const as = async (o: Parameters<typeof createTestUser>[1]) =>
      sessionAs(app, database.db, await createTestUser(database.db, o));
    east = await as({ role: 'county_coordinator', regionCode: '329902' });
    west = await as({ role: 'county_coordinator', regionCode: '329903' });
    leader = await as({ role: 'leader', regionCode: '329900' });
    expert = await as({ role: 'expert' });
    const list = await east.inject({ method: 'GET', url: '/api/v1/cases?sort=caseNumber&order=asc' });
    [caseId, otherCaseId] = list.json().items.map((c: { id: string }) => c.id);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const upload = (name: string, content: Buffer, who = east, id = caseId) =>
    who.inject({ method: 'POST', url: `/api/v1/cases/${id}/judgment`, ...multipart(name, content) });

  it('accepts TXT judgments in UTF-8, UTF-16 and GB18030 (decided by content) and reads their outcome', async () => {
    const utf8 = await upload('判决书 (UTF-8).txt', Buffer.from(JUDGMENT, 'utf8'));
    expect(utf8.statusCode, utf8.body).toBe(201);
    expect(utf8.json()).toMatchObject({ type: 'txt', outcome: 'REVOKED', governmentLost: true });
    expect(utf8.json().outcomeText).toContain('撤销被告');
    ids.utf8 = utf8.json().fileId;

    const gbBytes = gb18030(JUDGMENT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbBytes)).toThrow(); // really not UTF-8
    const gb = await upload("判决书'GBK'.txt", gbBytes);
    expect(gb.statusCode, gb.body).toBe(201);
    expect(gb.json()).toMatchObject({ type: 'txt', outcome: 'REVOKED' });
    ids.gb = gb.json().fileId;

    // Notepad's "Unicode": UTF-16LE with a byte-order mark; and a file without an extension.
    const u16 = await upload('判决书', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JUDGMENT, 'utf16le')]));
    expect(u16.statusCode, u16.body).toBe(201);
    expect(u16.json()).toMatchObject({ type: 'txt', outcome: 'REVOKED' });
  });

  it('refuses binary content, text posing as PDF/DOCX, old .doc files and empty files', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    for (const [name, content, message] of [
      ['判决书.txt', binary, '仅支持 PDF、DOCX 或 TXT'],
      ['判决书.pdf', Buffer.from(JUDGMENT), '扩展名不符'],
      ['判决书.docx', Buffer.from(JUDGMENT), '扩展名不符'],
      ['判决书.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), '另存为 DOCX 或 PDF'],
      ['空.txt', Buffer.alloc(0), '仅支持'],
    ] as const) {
      const res = await upload(name, content);
      expect(res.statusCode, name).toBe(415);
      expect(res.json().message, name).toContain(message);
    }
  });

  it('GET /cases/:id/files lists the documents for whoever may read the case, 404 otherwise', async () => {
    const res = await east.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/files` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; fileName: string; type: string; mimeType: string }[];
    expect(items.map((f) => f.fileName).sort()).toEqual(['判决书', '判决书 (UTF-8).txt', "判决书'GBK'.txt"].sort());
    expect(items.find((f) => f.id === ids.gb)).toMatchObject({
      type: 'txt',
      mimeType: 'text/plain; charset=gb18030',
      outcomeLabel: expect.any(String),
      createdByName: expect.any(String),
    });
    expect(JSON.stringify(res.json())).not.toContain('content');
    expect((await leader.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/files` })).statusCode).toBe(200);
    const empty = await east.inject({ method: 'GET', url: `/api/v1/cases/${otherCaseId}/files` });
    expect(empty.json()).toEqual({ items: [] });
    for (const who of [west, expert]) {
      expect((await who.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/files` })).statusCode).toBe(404);
    }
    expect((await east.inject({ method: 'GET', url: '/api/v1/cases/not-a-uuid/files' })).statusCode).toBe(404);
  });

  it('GET /cases/:id/files/:fileId returns the file as uploaded, named (RFC 5987), audited; 404 outside', async () => {
    const url = `/api/v1/cases/${caseId}/files/${ids.gb}`;
    const res = await east.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(gb18030(JUDGMENT))).toBe(true); // the original bytes, still GB18030
    expect(res.headers['content-type']).toBe('text/plain; charset=gb18030');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const cd = String(res.headers['content-disposition']);
    expect(cd).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
    expect(cd).toContain('%27GBK%27.txt'); // the apostrophe is not an attr-char
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe("判决书'GBK'.txt");
    const utf8 = await east.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/files/${ids.utf8}` });
    expect(utf8.body).toBe(JUDGMENT);
    expect(String(utf8.headers['content-disposition'])).toContain('%20%28UTF-8%29.txt');

    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'case_file'), eq(auditLog.entityId, ids.gb!), eq(auditLog.action, 'export')));
    expect(audit).toBeDefined();

    expect((await leader.inject({ method: 'GET', url })).statusCode).toBe(200);
    for (const who of [west, expert]) expect((await who.inject({ method: 'GET', url })).statusCode).toBe(404);
    // The file under another case's id (in scope), a guessed id, a malformed id.
    for (const other of [
      `/api/v1/cases/${otherCaseId}/files/${ids.gb}`,
      `/api/v1/cases/${caseId}/files/00000000-0000-4000-8000-000000000000`,
      `/api/v1/cases/${caseId}/files/nope`,
    ]) {
      expect((await east.inject({ method: 'GET', url: other })).statusCode, other).toBe(404);
    }
  });
});
