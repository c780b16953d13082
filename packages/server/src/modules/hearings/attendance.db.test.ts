import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTestCounty,
  createTestUser,
  ensureTestOrg,
  sessionAs,
  sessionsByName,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';

const OTHER_COUNTY = '999905';
const FUTURE = '2031-05-06T09:30:00+08:00';
const LATER = '2031-06-10T14:30:00+08:00';

interface Hearing {
  id: string;
  version: number;
  status: string;
  scheduledAt: string;
  confirmations: { headId: string; headName: string | null; confirmedAt: string; scheduledAt: string }[];
  absences: { headId: string; status: string }[];
}

describe(`hearings: 我的开庭 — a head confirms attendance or files their own 不出庭说明 on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let caseId: string;
  let headId: string;
  let head: TestSession;
  let unlinked: TestSession;
  let foreignHead: TestSession;
  const as = sessionsByName(
    () => app,
    () => database.db,
  );

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database, { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await ensureTestOrg(database.db);
    const agency = await addTestCounty(database.db, OTHER_COUNTY, '第五区');
    const otherAgency = await agency('测试市第五区某局');
    const city = await as('city', 'city_coordinator');
    const headAccount = await createTestUser(database.db, { role: 'agency_head' });
    const foreignAccount = await createTestUser(database.db, { role: 'agency_head', agencyId: otherAgency });
    const addHead = async (agencyId: string, name: string, userId?: string) => {
      const res = await city.inject({
        method: 'POST',
        url: `/api/v1/agencies/${agencyId}/heads`,
        payload: { name, title: '局长', headRole: 'principal', ...(userId ? { userId } : {}) },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    headId = await addHead(org.agencyId, '钱确认', headAccount.id);
    await addHead(otherAgency, '孙外局', foreignAccount.id);
    head = await sessionAs(app, database.db, headAccount);
    foreignHead = await sessionAs(app, database.db, foreignAccount);
    unlinked = await as('unlinked', 'agency_head');
    const clerk = await as('clerk', 'agency_clerk');
    const made = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: '（2026）苏9999行初77号',
        filedDate: '2026-03-01',
        courtAgencyId: org.courtId,
        causeOfAction: '行政处罚',
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '赵某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    caseId = made.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  async function newHearing(at = FUTURE): Promise<Hearing> {
    const clerk = await as('clerk', 'agency_clerk');
    const res = await clerk.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/hearings`,
      payload: { scheduledAt: at },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  const confirm = (s: TestSession, h: Pick<Hearing, 'id' | 'version'>) =>
    s.inject({ method: 'POST', url: `/api/v1/hearings/${h.id}/confirm`, payload: { version: h.version } });
  const audits = (entityId: string) =>
    database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'hearing_confirmation'), eq(auditLog.entityId, entityId)));

  it('lists the head’s hearings ahead; an account linked to no head gets none, with head null', async () => {
    // 我的开庭 looks 90 days ahead from today: in 10 days is listed, in 2031 is not.
    const h = await newHearing(new Date(Date.now() + 10 * 86_400_000).toISOString());
    const far = await newHearing();
    const mine = await head.inject({ method: 'GET', url: '/api/v1/hearings/mine' });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().head).toMatchObject({ id: headId, name: '钱确认', headRole: 'principal' });
    expect(mine.json().items.map((x: Hearing) => x.id)).toContain(h.id);
    expect(mine.json().items.map((x: Hearing) => x.id)).not.toContain(far.id);
    const none = await unlinked.inject({ method: 'GET', url: '/api/v1/hearings/mine' });
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json()).toEqual({ head: null, items: [] });
    const foreign = await foreignHead.inject({ method: 'GET', url: '/api/v1/hearings/mine' });
    expect(foreign.json().items.map((x: Hearing) => x.id)).not.toContain(h.id);
  });

  it('refuses roles without hearing.attend (403) and heads the hearing does not concern (404)', async () => {
    const h = await newHearing();
    for (const [name, role] of [
      ['clerk', 'agency_clerk'],
      ['county', 'county_coordinator'],
      ['court', 'court_liaison'],
    ] as const) {
      const s = await as(name, role);
      expect((await confirm(s, h)).statusCode).toBe(403);
      expect((await s.inject({ method: 'GET', url: '/api/v1/hearings/mine' })).statusCode).toBe(403);
    }
    expect((await confirm(foreignHead, h)).statusCode).toBe(404);
    const res = await confirm(unlinked, h);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('未关联负责人名录');
  });

  it('records who and when with an audit row; a stale version is 409; the clerk sees it; a new time clears it', async () => {
    const h = await newHearing();
    const stale = await confirm(head, { id: h.id, version: h.version + 1 });
    expect(stale.statusCode).toBe(409);
    const before = Date.now();
    const res = await confirm(head, h);
    expect(res.statusCode, res.body).toBe(200);
    const confirmed: Hearing = res.json();
    expect(confirmed.version).toBe(h.version);
    expect(confirmed.confirmations).toEqual([
      expect.objectContaining({ headId, headName: '钱确认', scheduledAt: new Date(FUTURE).toISOString() }),
    ]);
    expect(new Date(confirmed.confirmations[0]!.confirmedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Once more: still one confirmation, one more audit row (who tapped again, when).
    expect((await confirm(head, h)).json().confirmations).toHaveLength(1);

    const clerk = await as('clerk', 'agency_clerk');
    const listed = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/hearings` })).json();
    const row = listed.items.find((x: Hearing) => x.id === h.id);
    expect(row.confirmations.map((c: { headId: string }) => c.headId)).toEqual([headId]);
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.entityType, 'hearing_confirmation'));
    const mineRows = rows.filter((r) => (r.after as { hearingId?: string } | null)?.hearingId === h.id);
    expect(mineRows).toHaveLength(2);
    expect(mineRows[0]!.after).toMatchObject({ headId, hearingVersion: h.version });
    expect(await audits(mineRows[0]!.entityId!)).toHaveLength(2);

    const moved = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/hearings/${h.id}`,
      payload: { version: h.version, scheduledAt: LATER },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().confirmations).toEqual([]);
    const hearingAudit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'hearing'), eq(auditLog.entityId, h.id), eq(auditLog.action, 'update')));
    expect(hearingAudit.at(-1)!.after).toMatchObject({ attendanceConfirmationsCleared: 1 });
    // The head confirms the new time (at the hearing's new version).
    const again = await confirm(head, moved.json());
    expect(again.json().confirmations).toEqual([
      expect.objectContaining({ headId, scheduledAt: new Date(LATER).toISOString() }),
    ]);
  });

  it('a postponement clears the confirmation and a postponed hearing cannot be confirmed', async () => {
    const h = await newHearing();
    await confirm(head, h);
    const clerk = await as('clerk', 'agency_clerk');
    const postponed = await clerk.inject({
      method: 'POST',
      url: `/api/v1/hearings/${h.id}/status`,
      payload: { version: h.version, status: 'postponed', reason: '法院通知延期' },
    });
    expect(postponed.statusCode, postponed.body).toBe(200);
    expect(postponed.json().confirmations).toEqual([]);
    const refused = await confirm(head, postponed.json());
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('延期');
  });

  it('“I cannot attend”: the head files their own 不出庭说明, which clears the confirmation and then refuses one', async () => {
    const h = await newHearing();
    await confirm(head, h);
    const missing = await head.inject({
      method: 'POST',
      url: `/api/v1/hearings/${h.id}/my-absence`,
      payload: { reasonCode: 'official_duty' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('改派出庭人员');
    const filed = await head.inject({
      method: 'POST',
      url: `/api/v1/hearings/${h.id}/my-absence`,
      payload: { reasonCode: 'official_duty', deputyName: '李副局长', deputyTitle: '副局长' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().absences).toEqual([expect.objectContaining({ headId, status: 'filed' })]);
    expect(filed.json().confirmations).toEqual([]);
    const refused = await confirm(head, filed.json());
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('不出庭说明');
    const clerk = await as('clerk', 'agency_clerk');
    expect(
      (
        await clerk.inject({
          method: 'POST',
          url: `/api/v1/hearings/${h.id}/my-absence`,
          payload: { reasonCode: 'official_duty', deputyName: '李副局长' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('figures: the court liaison’s evaluation (5, 4, 4) counts as its average, the case listed for the click-through', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const court = await as('court', 'court_liaison');
    const city = await as('city', 'city_coordinator');
    const read = async () =>
      (await city.inject({ method: 'GET', url: '/api/v1/hearings/figures?from=2026-01-01&to=2026-12-31' })).json();
    const before = await read();
    expect(before.total.appearance.denominatorCaseIds).not.toContain(caseId);
    const h = await newHearing('2026-06-02T09:30:00+08:00');
    const held = (
      await court.inject({
        method: 'POST',
        url: `/api/v1/hearings/${h.id}/status`,
        payload: { version: h.version, status: 'held', reason: '如期开庭' },
      })
    ).json();
    const recorded = await court.inject({
      method: 'PUT',
      url: `/api/v1/hearings/${h.id}/appearances`,
      payload: {
        version: held.version,
        items: [{ role: 'head', headId, designated: true, appeared: true, spoke: true, identityProofFiled: true }],
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const rated = await court.inject({
      method: 'PUT',
      url: `/api/v1/hearings/${h.id}/evaluations/${headId}`,
      payload: { prepared: 5, spokeOnMerits: 4, respectedCourt: 4, comment: '准备充分' },
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect((await clerk.inject({ method: 'GET', url: `/api/v1/hearings/${h.id}` })).statusCode).toBe(200);
    const after = await read();
    expect(after.total.appearance.numerator).toBe(before.total.appearance.numerator + 1);
    expect(after.total.appearance.numeratorCaseIds).toContain(caseId);
    expect(after.total.evaluation.numeratorCaseIds).toContain(caseId);
    expect(after.total.evaluation.value).toBeCloseTo(13 / 3, 10);
    expect(after.cases).toContainEqual({ id: caseId, caseNumber: '（2026）苏9999行初77号', causeOfAction: '行政处罚' });
  });
});
