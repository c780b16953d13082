import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { readWorkbook } from '../imports/fixtures.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from './testing.js';

/**
 * Insecure direct object references: a county coordinator of 城西区 tries every way to reach a case of 城东区 —
 * by its id on every route, by a guessed id, and through list filters, search and export. Each attempt must look
 * exactly like "no such case" (404 / empty), never 403 (which would confirm that the id exists).
 */
describe(`IDOR: another county's case stays invisible on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let east: TestSession;
  let west: TestSession;
  let eastCaseId: string;
  let westCaseId: string;
  let eastVersion: number;
  const eastNumber = '（2025）苏9902行初4321号';

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    east = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'county_coordinator', regionCode: '329902' }),
    );
    west = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'county_coordinator', regionCode: '329903' }),
    );
    const e = await east.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-0-dept-0'), { caseNumber: eastNumber }),
    });
    expect(e.statusCode, e.body).toBe(201);
    eastCaseId = e.json().id;
    eastVersion = e.json().version;
    const w = await west.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-1-dept-0'), { caseNumber: '（2025）苏9903行初12号' }),
    });
    expect(w.statusCode, w.body).toBe(201);
    westCaseId = w.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('every route with the other county’s case id answers 404, and nothing changes', async () => {
    const attempts = [
      { method: 'GET', url: `/api/v1/cases/${eastCaseId}` },
      { method: 'PATCH', url: `/api/v1/cases/${eastCaseId}`, payload: { version: eastVersion, notes: 'x' } },
      { method: 'DELETE', url: `/api/v1/cases/${eastCaseId}`, payload: { reason: '越权删除' } },
      { method: 'POST', url: `/api/v1/cases/${eastCaseId}/restore` },
      { method: 'POST', url: `/api/v1/cases/${eastCaseId}/unmask`, payload: { reason: '越权查看' } },
      {
        method: 'POST',
        url: `/api/v1/cases/${eastCaseId}/events`,
        payload: { at: '2025-05-01', type: 'note', title: '越权' },
      },
      {
        method: 'POST',
        url: `/api/v1/cases/${eastCaseId}/links`,
        payload: { toCaseId: westCaseId, linkType: 'appeal_of' },
      },
      // Linking one's own case to a case one cannot see must not reveal (or touch) it either.
      {
        method: 'POST',
        url: `/api/v1/cases/${westCaseId}/links`,
        payload: { toCaseId: eastCaseId, linkType: 'appeal_of' },
      },
    ] as const;
    for (const a of attempts) {
      const res = await west.inject(a as Parameters<TestSession['inject']>[0]);
      expect(res.statusCode, `${a.method} ${a.url}: ${res.body}`).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    const after = await east.inject({ method: 'GET', url: `/api/v1/cases/${eastCaseId}` });
    expect(after.json()).toMatchObject({ version: eastVersion, deleted: false, links: [] });
    expect(after.json().timeline.some((e: { title: string }) => e.title === '越权')).toBe(false);
  });

  it('a guessed id is 404, the same as an existing one out of scope', async () => {
    const res = await west.inject({ method: 'GET', url: `/api/v1/cases/${randomUUID()}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });

  it('list filters, search and counts never reach into the other county', async () => {
    const urls = [
      '/api/v1/cases?regionCode=329902',
      `/api/v1/cases?agencyId=${org.agency('county-0-dept-0')}`,
      `/api/v1/cases?q=${encodeURIComponent('苏9902行初4321')}`,
      `/api/v1/cases?q=${encodeURIComponent(eastNumber)}`,
      '/api/v1/cases?year=2025&kind=litigation',
    ];
    for (const url of urls) {
      const res = await west.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const ids = res.json().items.map((i: { id: string }) => i.id);
      expect(ids, url).not.toContain(eastCaseId);
    }
    const own = await east.inject({ method: 'GET', url: `/api/v1/cases?q=${encodeURIComponent('苏9902行初4321')}` });
    expect(own.json().items.map((i: { id: string }) => i.id)).toContain(eastCaseId);
  });

  it('the Excel export with the other county as filter holds no row of it', async () => {
    const res = await west.inject({ method: 'GET', url: '/api/v1/cases/export.xlsx?regionCode=329902' });
    expect(res.statusCode).toBe(200);
    const rows = (await readWorkbook(res.rawPayload)).get('案件')!.slice(1);
    expect(rows.map((r) => r[0])).not.toContain(eastNumber);
    const all = await west.inject({ method: 'GET', url: '/api/v1/cases/export.xlsx' });
    const allRows = (await readWorkbook(all.rawPayload)).get('案件')!.slice(1);
    expect(allRows.map((r) => r[0])).toEqual(['（2025）苏9903行初12号']);
  });
});
