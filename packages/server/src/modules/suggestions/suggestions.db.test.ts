/**
 * Suggestions on a real database (docs/rules/suggestions.md): due dates per kind (table, document, configured, none),
 * status, scope (a clerk sees and answers only their agency's, another county's coordinator gets 404), the answer
 * (reply file required, version checked, audited), 403 for roles without the permission, the on-time rate per agency,
 * and the daily reminders (due soon once, overdue once).
 */
import { addDays, todayInChina } from '@shuangjiang/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestCounty, ensureTestOrg, sessionsByName, type TestOrg } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp, multipartFile } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { notificationMessages } from '../notifications/schema.js';
import { agencies } from '../org/schema.js';
import { saveSetting } from '../settings/service.js';
import { remindSuggestions } from './reminders.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const multipart = (content: Buffer, name = 'reply.pdf') => multipartFile(content, name);

interface Out {
  id: string;
  status: string;
  due: string | null;
  dueFrom: string;
  dueBasis: string;
  version: number;
  canAnswer: boolean;
  files: { id: string; purpose: string }[];
}

describe(`suggestions on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let otherAgencyId: string;
  let farAgencyId: string;
  const as = sessionsByName(
    () => app,
    () => database.db,
  );
  const today = todayInChina();

  const register = async (body: Record<string, unknown>) => {
    const res = await (await as('county', 'county_coordinator')).inject({
      method: 'POST',
      url: '/api/v1/suggestions',
      payload: { issuer: '测试区人民法院', title: '关于规范征收程序的建议', agencyId: org.agencyId, ...body },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Out>();
  };
  const replyFile = async (id: string) => {
    const res = await (await as('clerk', 'agency_clerk')).inject({
      method: 'POST',
      url: `/api/v1/suggestions/${id}/files?purpose=reply`,
      ...multipart(PDF),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Out>();
  };
  const answer = async (id: string, version: number, repliedOn: string) =>
    (await as('clerk', 'agency_clerk')).inject({
      method: 'POST',
      url: `/api/v1/suggestions/${id}/answer`,
      payload: { version, repliedOn, replySummary: '已完成整改，修订了征收公告程序。' },
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database);
    org = await ensureTestOrg(database.db);
    const [other] = await database.db
      .insert(agencies)
      .values({ name: '测试区另一局', kind: 'department', regionCode: org.countyCode })
      .returning();
    otherAgencyId = other!.id;
    farAgencyId = await (await addTestCounty(database.db, '999902', '远区'))('远区某局');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('computes the due date per kind: table (行政复议法第76条, 2 months), the document, none', async () => {
    const opinion = await register({ kind: 'reconsideration_opinion', receivedOn: '2026-09-20' });
    // 60 days from 09-20 → 11-19 (a Thursday).
    expect(opinion.due).toBe('2026-11-19');
    expect(opinion.dueFrom).toBe('table');
    expect(opinion.dueBasis).toContain('行政复议法第76条');
    const proc = await register({ kind: 'procuratorial', receivedOn: '2026-03-16' });
    expect(proc.due).toBe('2026-05-18'); // 05-16 is a Saturday → Monday
    const stated = await register({ kind: 'judicial', receivedOn: '2026-03-16', statedDue: '2026-04-30' });
    expect([stated.due, stated.dueFrom]).toEqual(['2026-04-30', 'document']);
    const none = await register({ kind: 'enforcement_supervision', receivedOn: '2026-03-16' });
    expect([none.due, none.dueFrom, none.status]).toEqual([null, 'none', 'pending']);
  });

  it('takes a configured local period for a kind the law leaves open', async () => {
    await saveSetting(database.db, { userId: null, name: '测试', ip: null, requestId: null }, 'suggestions', {
      value: { periods: { enforcement_supervision: { counting: 'days', length: 30 } }, dueSoonDays: 7 },
      reason: '本市执法监督建议30日内答复',
      baseVersion: 0,
    });
    const s = await register({ kind: 'enforcement_supervision', receivedOn: '2026-09-01' });
    expect([s.due, s.dueFrom]).toEqual(['2026-10-08', 'configured']); // 10-01 in 国庆 → first working day
  });

  it('a clerk answers their agency’s suggestion with a reply file; status, version, audit', async () => {
    const s = await register({ kind: 'judicial', receivedOn: today, statedDue: addDays(today, 3) });
    expect(s.status).toBe('due_soon');
    const clerk = await as('clerk', 'agency_clerk');
    const seen = await clerk.inject({ method: 'GET', url: `/api/v1/suggestions/${s.id}` });
    expect(seen.json<Out>().canAnswer).toBe(true);
    // No reply file yet: 400 naming the file.
    const noFile = await answer(s.id, s.version, today);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.body).toContain('答复函');
    await replyFile(s.id);
    expect((await answer(s.id, s.version + 5, today)).statusCode).toBe(409);
    expect((await answer(s.id, s.version, addDays(today, 1))).statusCode).toBe(400); // in the future
    const ok = await answer(s.id, s.version, today);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Out>().status).toBe('answered_on_time');
    expect((await answer(s.id, ok.json<Out>().version, today)).statusCode).toBe(422);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'suggestion'), eq(auditLog.entityId, s.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
    const file = ok.json<Out>().files[0]!;
    const dl = await clerk.inject({ method: 'GET', url: `/api/v1/suggestions/${s.id}/files/${file.id}` });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('scope: another agency’s clerk and another county’s coordinator get 404; lists hold only what they may see', async () => {
    const s = await register({ kind: 'procuratorial', receivedOn: '2026-06-01' });
    const otherClerk = await as('otherClerk', 'agency_clerk', { agencyId: otherAgencyId });
    expect((await otherClerk.inject({ method: 'GET', url: `/api/v1/suggestions/${s.id}` })).statusCode).toBe(404);
    expect((await answer(s.id, s.version, today)).statusCode).not.toBe(404); // the own clerk reaches it (400: no file)
    const farCoord = await as('far', 'county_coordinator', { regionCode: '999902' });
    expect((await farCoord.inject({ method: 'GET', url: `/api/v1/suggestions/${s.id}` })).statusCode).toBe(404);
    const farList = await farCoord.inject({ method: 'GET', url: '/api/v1/suggestions' });
    expect(farList.json<{ items: unknown[] }>().items).toHaveLength(0);
    const otherList = await otherClerk.inject({ method: 'GET', url: '/api/v1/suggestions' });
    expect(otherList.json<{ items: unknown[] }>().items).toHaveLength(0);
    // Registering for an agency outside one's county is refused on the field.
    const res = await farCoord.inject({
      method: 'POST',
      url: '/api/v1/suggestions',
      payload: { kind: 'judicial', issuer: '法院', title: 't', receivedOn: '2026-06-01', agencyId: org.agencyId },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('agencyId');
    // The city coordinator sees it.
    const city = await as('city', 'city_coordinator');
    expect((await city.inject({ method: 'GET', url: `/api/v1/suggestions/${s.id}` })).statusCode).toBe(200);
    void farAgencyId;
  });

  it('403 for roles without the permission', async () => {
    const s = await register({ kind: 'procuratorial', receivedOn: '2026-06-02' });
    const clerk = await as('clerk', 'agency_clerk');
    const head = await as('head', 'agency_head');
    const expert = await as('expert', 'expert');
    const create = await clerk.inject({
      method: 'POST',
      url: '/api/v1/suggestions',
      payload: { kind: 'judicial', issuer: '法院', title: 't', receivedOn: '2026-06-01', agencyId: org.agencyId },
    });
    expect(create.statusCode).toBe(403);
    const headAnswer = await head.inject({
      method: 'POST',
      url: `/api/v1/suggestions/${s.id}/answer`,
      payload: { version: 1, repliedOn: today, replySummary: 'x' },
    });
    expect(headAnswer.statusCode).toBe(403);
    const headUpload = await head.inject({
      method: 'POST',
      url: `/api/v1/suggestions/${s.id}/files?purpose=reply`,
      ...multipart(PDF),
    });
    expect(headUpload.statusCode).toBe(403);
    const clerkDocument = await clerk.inject({
      method: 'POST',
      url: `/api/v1/suggestions/${s.id}/files?purpose=document`,
      ...multipart(PDF),
    });
    expect(clerkDocument.statusCode).toBe(403);
    expect((await expert.inject({ method: 'GET', url: '/api/v1/suggestions' })).statusCode).toBe(403);
  });

  it('the on-time rate per agency: on time, late, overdue counted; not yet due and without a due date apart', async () => {
    // A fresh agency so the earlier tests' rows do not count.
    const [a] = await database.db
      .insert(agencies)
      .values({ name: '测试区统计局', kind: 'department', regionCode: org.countyCode })
      .returning();
    const reg = (body: Record<string, unknown>) => register({ agencyId: a!.id, ...body });
    const clerk = await as('statsClerk', 'agency_clerk', { agencyId: a!.id });
    const answerAs = async (id: string, version: number, repliedOn: string) => {
      const f = await clerk.inject({
        method: 'POST',
        url: `/api/v1/suggestions/${id}/files?purpose=reply`,
        ...multipart(PDF),
      });
      expect(f.statusCode, f.body).toBe(200);
      const r = await clerk.inject({
        method: 'POST',
        url: `/api/v1/suggestions/${id}/answer`,
        payload: { version, repliedOn, replySummary: '已答复' },
      });
      expect(r.statusCode, r.body).toBe(200);
      return r.json<Out>();
    };
    const onTime = await reg({ kind: 'judicial', receivedOn: '2026-02-02', statedDue: '2026-04-01' });
    expect((await answerAs(onTime.id, onTime.version, '2026-03-20')).status).toBe('answered_on_time');
    const late = await reg({ kind: 'judicial', receivedOn: '2026-05-04', statedDue: '2026-06-01' });
    expect((await answerAs(late.id, late.version, '2026-06-10')).status).toBe('answered_late');
    const overdue = await reg({ kind: 'procuratorial', receivedOn: '2026-01-05' });
    expect(overdue.status).toBe('overdue');
    await reg({ kind: 'reconsideration_suggestion', receivedOn: '2026-03-01' }); // no due date
    const res = await clerk.inject({ method: 'GET', url: '/api/v1/suggestions/figures?year=2026' });
    expect(res.statusCode, res.body).toBe(200);
    const fig = res.json<{
      total: {
        numerator: number;
        denominator: number;
        value: number;
        overdue: number;
        late: number;
        withoutDue: number;
      };
      byAgency: { agencyId: string; numerator: number; denominator: number }[];
    }>();
    expect(fig.total).toMatchObject({ numerator: 1, denominator: 3, overdue: 1, late: 1, withoutDue: 1 });
    expect(fig.total.value).toBeCloseTo(1 / 3, 10);
    expect(fig.byAgency.map((r) => r.agencyId)).toEqual([a!.id]); // the clerk sees their own agency only
    // The county coordinator sees every agency of the county, this one with the same figures.
    const county = await (await as('county', 'county_coordinator')).inject({
      method: 'GET',
      url: '/api/v1/suggestions/figures?year=2026',
    });
    const row = county.json<typeof fig>().byAgency.find((r) => r.agencyId === a!.id);
    expect(row).toMatchObject({ numerator: 1, denominator: 3 });
    expect(county.json<typeof fig>().byAgency.length).toBeGreaterThan(1);
  });

  it('reminds the clerk once when due soon and once when overdue', async () => {
    const [a] = await database.db
      .insert(agencies)
      .values({ name: '测试区提醒局', kind: 'department', regionCode: org.countyCode })
      .returning();
    await as('remindClerk', 'agency_clerk', { agencyId: a!.id });
    const soon = await register({ agencyId: a!.id, kind: 'judicial', receivedOn: today, statedDue: addDays(today, 2) });
    await register({ agencyId: a!.id, kind: 'procuratorial', receivedOn: '2026-01-05' });
    const now = new Date();
    const first = await database.db.transaction((tx) => remindSuggestions(tx, now));
    expect(first.dueSoon).toBeGreaterThanOrEqual(1);
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    const again = await database.db.transaction((tx) => remindSuggestions(tx, now));
    expect(again).toEqual({ dueSoon: 0, overdue: 0 });
    const rows = await database.db
      .select()
      .from(notificationMessages)
      .where(eq(notificationMessages.link, `/accountability/suggestions/${soon.id}`));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]!.title).toContain('即将到期');
  });
});
