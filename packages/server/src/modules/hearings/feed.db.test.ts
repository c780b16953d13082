/**
 * The iCalendar feed on a real database: a head's feed lists the hearings of cases their agency defends (not those it
 * is merely a party to), a clerk's those of the cases in scope; the output parses as iCalendar (ical.js) with a stable
 * UID, SEQUENCE from the hearing's version (up after a 改期), STATUS:CANCELLED for a cancelled hearing, and no party's
 * name, ID number or phone; a wrong, revoked or replaced token is the same 404; one's own token only.
 */
import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTestCounty,
  createTestUser,
  ensureTestOrg,
  sessionAs,
  sessionsByName,
  TEST_CITY,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { hearingFeedTokens } from './schema.js';

const OTHER_COUNTY = '999906';
const ID_NUMBER = '110101199003077777';
const PHONE = '13800138000';

/** A day ahead of today at a China time, as an API takes it and as the feed's UTC instant. */
function ahead(days: number, hhmm: string) {
  const day = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const local = `${day}T${hhmm}:00+08:00`;
  return { local, utc: new Date(local).toISOString() };
}
const TRIAL = ahead(20, '09:30');
const MOVED = ahead(27, '10:00');

interface Event {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  location: string | null;
  description: string;
  start: string;
}

/** The feed as a calendar program reads it. */
function parseFeed(text: string): Event[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.name).toBe('vcalendar');
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      sequence: e.sequence,
      status: String(v.getFirstPropertyValue('status')),
      summary: e.summary,
      location: e.location,
      description: e.description,
      start: e.startDate.toJSDate().toISOString(),
    };
  });
}

describe(`hearings: the iCalendar feed on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let head: TestSession;
  const hearingIds: Record<string, string> = {};
  const as = sessionsByName(
    () => app,
    () => database.db,
  );
  async function makeCase(session: TestSession, caseNumber: string, parties: Record<string, unknown>[]) {
    const res = await session.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber,
        filedDate: '2026-03-01',
        courtAgencyId: org.courtId,
        causeOfAction: '行政处罚',
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '赵某某', idNumber: ID_NUMBER, phone: PHONE },
          ...parties,
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function schedule(session: TestSession, caseId: string, scheduledAt: string, extra = {}) {
    const res = await session.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/hearings`,
      payload: { scheduledAt, courtroom: '第一法庭', ...extra },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  }
  async function feedUrl(session: TestSession): Promise<string> {
    const res = await session.inject({ method: 'POST', url: '/api/v1/hearings/feed-token' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().path;
  }
  const fetchFeed = (url: string) => app.inject({ method: 'GET', url });
  const summaries = (events: Event[]) => events.map((e) => e.summary).sort();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database, { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await ensureTestOrg(database.db);
    const agency = await addTestCounty(database.db, OTHER_COUNTY, '第六区');
    const otherAgency = await agency('测试市第六区某局');
    const city = await as('city', 'city_coordinator', { regionCode: TEST_CITY });
    const headAccount = await createTestUser(database.db, { role: 'agency_head', agencyId: org.agencyId });
    const added = await city.inject({
      method: 'POST',
      url: `/api/v1/agencies/${org.agencyId}/heads`,
      payload: { name: '钱局长', title: '局长', headRole: 'principal', userId: headAccount.id },
    });
    expect(added.statusCode, added.body).toBe(201);
    head = await sessionAs(app, database.db, headAccount);
    const clerk = await as('clerk', 'agency_clerk', { agencyId: org.agencyId });
    const defended = await makeCase(clerk, '（2026）苏9999行初501号', [
      { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
    ]);
    // The clerk's agency is only a third party here: in the clerk's (and the head's) scope, not the head's to attend.
    const thirdParty = await makeCase(city, '（2026）苏9999行初502号', [
      { side: 'defendant', partyType: 'agency', name: '第六区某局', agencyId: otherAgency, defendantRole: 'first' },
      { side: 'third_party', partyType: 'agency', name: '测试局', agencyId: org.agencyId },
    ]);
    const elsewhere = await makeCase(city, '（2026）苏9999行初503号', [
      { side: 'defendant', partyType: 'agency', name: '第六区某局', agencyId: otherAgency, defendantRole: 'first' },
    ]);
    hearingIds.trial = (await schedule(clerk, defended, TRIAL.local, { mode: 'online' })).id;
    const cancelled = await schedule(clerk, defended, ahead(34, '14:00').local, { kind: 'pronouncement' });
    hearingIds.cancelled = cancelled.id;
    const res = await clerk.inject({
      method: 'POST',
      url: `/api/v1/hearings/${cancelled.id}/status`,
      payload: { version: cancelled.version, status: 'cancelled', reason: '原告撤诉' },
    });
    expect(res.statusCode, res.body).toBe(200);
    hearingIds.thirdParty = (await schedule(city, thirdParty, ahead(22, '09:00').local)).id;
    hearingIds.elsewhere = (await schedule(city, elsewhere, ahead(23, '09:00').local)).id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it("lists a head's hearings: those of cases the agency defends, a cancelled one as STATUS:CANCELLED", async () => {
    const res = await fetchFeed(await feedUrl(head));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const events = parseFeed(res.body);
    expect(events.map((e) => e.uid).sort()).toEqual(
      [hearingIds.trial, hearingIds.cancelled].map((id) => `${id}@hearings.shuangjiang`).sort(),
    );
    const trial = events.find((e) => e.uid.startsWith(hearingIds.trial!))!;
    expect(trial).toMatchObject({
      status: 'CONFIRMED',
      summary: '开庭：（2026）苏9999行初501号',
      location: '在线庭审',
      start: TRIAL.utc,
      sequence: 1,
    });
    expect(trial.description).toContain('法院：');
    expect(trial.description).toContain('方式：在线');
    expect(trial.description).toContain('法庭：第一法庭');
    const cancelled = events.find((e) => e.uid.startsWith(hearingIds.cancelled!))!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.summary).toBe('宣判（已取消）：（2026）苏9999行初501号');
    // Personal data stays out: not the parties' names, ID numbers or phones.
    for (const secret of [ID_NUMBER, PHONE, '赵某某']) expect(res.body).not.toContain(secret);
  });

  it("lists a clerk's hearings in scope (the third-party case too), not another county's", async () => {
    const clerk = await as('clerk', 'agency_clerk', { agencyId: org.agencyId });
    const events = parseFeed((await fetchFeed(await feedUrl(clerk))).body);
    expect(summaries(events)).toEqual([
      '宣判（已取消）：（2026）苏9999行初501号',
      '开庭：（2026）苏9999行初501号',
      '开庭：（2026）苏9999行初502号',
    ]);
    const city = await as('city', 'city_coordinator', { regionCode: TEST_CITY });
    const cityEvents = parseFeed((await fetchFeed(await feedUrl(city))).body);
    expect(cityEvents.map((e) => e.uid)).toContain(`${hearingIds.elsewhere}@hearings.shuangjiang`);
  });

  it('raises SEQUENCE when a hearing is rescheduled, with the same UID, so the phone replaces the event', async () => {
    const url = await feedUrl(head);
    const before = parseFeed((await fetchFeed(url)).body).find((e) => e.uid.startsWith(hearingIds.trial!))!;
    const clerk = await as('clerk', 'agency_clerk', { agencyId: org.agencyId });
    const current = (await clerk.inject({ method: 'GET', url: `/api/v1/hearings/${hearingIds.trial}` })).json();
    const moved = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/hearings/${hearingIds.trial}`,
      payload: { version: current.version, scheduledAt: MOVED.local },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = parseFeed((await fetchFeed(url)).body).find((e) => e.uid === before.uid)!;
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.start).toBe(MOVED.utc);
  });

  it('answers a wrong, revoked or replaced token with the same 404, and keeps only the hash', async () => {
    const clerk = await as('clerk', 'agency_clerk', { agencyId: org.agencyId });
    const first = await feedUrl(clerk);
    const second = await feedUrl(clerk); // rotated: the first stops working
    const token = second.split('/').pop()!.replace('.ics', '');
    const [stored] = await database.db.select().from(hearingFeedTokens);
    expect(JSON.stringify(await database.db.select().from(hearingFeedTokens))).not.toContain(token);
    expect(stored!.tokenHash).toHaveLength(43);

    const wrong = await fetchFeed(`/api/v1/hearings/feed/${'A'.repeat(43)}.ics`);
    const replaced = await fetchFeed(first);
    const malformed = await fetchFeed('/api/v1/hearings/feed/nonsense');
    expect((await fetchFeed(second)).statusCode).toBe(200);
    const status = await clerk.inject({ method: 'GET', url: '/api/v1/hearings/feed-token' });
    expect(status.json()).toMatchObject({ active: true });
    expect(status.json().path).toBeUndefined();
    expect(status.json().lastUsedAt).not.toBeNull();

    const revoke = await clerk.inject({ method: 'DELETE', url: '/api/v1/hearings/feed-token' });
    expect(revoke.json()).toEqual({ active: false, createdAt: null, lastUsedAt: null });
    const revoked = await fetchFeed(second);
    for (const res of [wrong, replaced, malformed, revoked]) {
      expect(res.statusCode).toBe(404);
      expect({ ...res.json(), requestId: undefined }).toEqual({
        ...wrong.json(),
        requestId: undefined,
      });
    }
    expect(wrong.json().code).toBe('NOT_FOUND');
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'hearing_feed'), eq(auditLog.entityId, (await clerkId(clerk))!)));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update', 'update']);
    expect(JSON.stringify(audits)).not.toContain(token);

    // Without a session: 401 for one's own token routes.
    expect((await app.inject({ method: 'POST', url: '/api/v1/hearings/feed-token' })).statusCode).toBe(401);
  });

  async function clerkId(session: TestSession): Promise<string | undefined> {
    const me = await session.inject({ method: 'GET', url: '/api/v1/auth/me' });
    return me.json().id ?? me.json().user?.id;
  }
});
