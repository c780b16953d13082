/**
 * The reports' test bed, shared by reports.figures.db.test.ts and reports.issue.db.test.ts (each on its own database,
 * PGlite or PostgreSQL): the demo org and the cases whose recount the notices must equal, sessions by role, drafting
 * through the API, and the Word helpers (the text read back with mammoth, a template edited as a coordinator would).
 *
 * The cases: September 2025: agency A three (two of 案由 X), B one; August 2025: A one; September 2024: B two.
 * Concluded in Q3 2025 (first instance): one lost (撤销), three not (驳回诉讼请求): 败诉率 1/4 = 25.00%.
 */
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { expect } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { litigationInput, seedOrgFixture } from '../cases/testing.js';
import type { ReportOut } from './dto.js';

export const CITY = '329900';
export const COUNTY = '329902';
export const OTHER_COUNTY = '329903';
export const docxText = async (b: Buffer) => (await mammoth.extractRawText({ buffer: b })).value;
export const squash = (s: string) => s.replace(/\s+/g, '');

/** A multipart upload of a template: the reason, then the file (documents routes). */
export function templateUpload(reason: string, name: string, content: Buffer) {
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
export const edited = (docx: Buffer, from: string, to: string) => {
  const zip = new PizZip(docx);
  const xml = zip.file('word/document.xml')!.asText();
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generate({ type: 'nodebuffer' }) as Buffer;
};

/** One row's cells of a report's table. */
export const row = (r: ReportOut, table: string, key: string) =>
  r.tables.find((t) => t.id === table)?.rows.find((x) => x.key === key)?.cells;

export class ReportsTestbed {
  database!: TestDatabase;
  app!: App;
  /** Agencies A (county 0) and B (county 1). */
  a = '';
  b = '';
  /** The four cases filed in September 2025 (all concluded in Q3). */
  readonly september: string[] = [];
  private n = 300;
  private readonly sessions = new Map<string, TestSession>();

  async setup() {
    this.database = await createTestDatabase();
    const org = await seedOrgFixture(this.database.db);
    this.a = org.agency('county-0-dept-0');
    this.b = org.agency('county-1-dept-0');
    this.app = await buildTestApp(this.database);
    const { a, b } = this;
    this.september.push(
      await this.newCase(a, '2025-09-02', '案由X', { outcome: 'REVOKED', outcomeDate: '2025-09-20' }),
      await this.newCase(a, '2025-09-03', '案由X', { outcome: 'CLAIMS_REJECTED', outcomeDate: '2025-09-21' }),
      await this.newCase(a, '2025-09-10', '案由Y', { outcome: 'CLAIMS_REJECTED', outcomeDate: '2025-09-22' }),
      await this.newCase(b, '2025-09-11', '案由X', { outcome: 'CLAIMS_REJECTED', outcomeDate: '2025-09-23' }),
    );
    await this.newCase(a, '2025-08-15', '案由Y');
    await this.newCase(b, '2024-09-05', '案由X');
    await this.newCase(b, '2024-09-06', '案由Y');
  }

  async close() {
    await this.app?.close();
    await this.database?.cleanup();
  }

  as = async (role: Role, extra: { regionCode?: string; agencyId?: string } = {}) => {
    const name = `${role}:${extra.regionCode ?? ''}:${extra.agencyId ?? ''}`;
    if (!this.sessions.has(name))
      this.sessions.set(
        name,
        await sessionAs(this.app, this.database.db, await createTestUser(this.database.db, { role, ...extra })),
      );
    return this.sessions.get(name)!;
  };

  city = () => this.as('city_coordinator', { regionCode: CITY });

  newCase = async (
    agencyId: string,
    filedDate: string,
    cause: string,
    outcome?: { outcome: string; outcomeDate: string },
  ) => {
    const s = await this.city();
    const res = await s.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(agencyId, {
        caseNumber: `（${filedDate.slice(0, 4)}）苏9902行初${this.n++}号`,
        filedDate,
        complaintReceivedDate: filedDate,
        causeOfAction: cause,
        ...(outcome ?? {}),
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };

  draft = async (s: TestSession, body: object) => {
    const res = await s.inject({ method: 'POST', url: '/api/v1/reports', payload: body });
    return { status: res.statusCode, body: res.json() as ReportOut & { code?: string } };
  };
}
