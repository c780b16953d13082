/**
 * Typical cases and trainings on a real database (docs/rules/suggestions.md#typical-cases,
 * docs/rules/suggestions.md#training-coverage): a typical case written from a case is anonymised for every reader
 * (name, ID number, mobile never returned, nor in the Word compilation); drafts stay with the region's coordinators;
 * coverage per agency for 业务培训 and 庭审观摩 with the uncovered listed; the quarterly reminder reaches uncovered
 * agencies' clerks once; 403 for roles without the permission.
 */
import { todayInChina } from '@shuangjiang/domain';
import { eq } from 'drizzle-orm';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTestOrg, sessionsByName, type TestOrg } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { notificationMessages } from '../notifications/schema.js';
import { agencies } from '../org/schema.js';
import { remindUncovered } from './trainingReminders.js';

interface Typical {
  id: string;
  title: string;
  status: string;
  version: number;
  summary: string;
  lesson: string;
  parties: { side: string; name: string }[];
}

describe(`typical cases and trainings on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  const as = sessionsByName(
    () => app,
    () => database.db,
  );
  const year = Number(todayInChina().slice(0, 4));

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database);
    org = await ensureTestOrg(database.db);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('a typical case from a case is anonymised everywhere, drafts hidden until published, compiled to Word', async () => {
    const county = await as('county', 'county_coordinator');
    const created = await county.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        instance: 'first',
        caseNumber: '（2026）苏9999行初77号',
        filedDate: '2026-03-01',
        courtAgencyId: org.courtId,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '王小明', idNumber: '999901199001011234' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const caseId = created.json<{ id: string }>().id;
    const res = await county.inject({
      method: 'POST',
      url: '/api/v1/typical-cases',
      payload: {
        caseId,
        title: '王小明诉测试局房屋征收案',
        year,
        reasons: ['违反法定程序'],
        tags: ['征收'],
        summary: '原告王小明（身份证号999901199001011234，电话13912345678）不服测试局的征收决定。',
        lesson: '征收前应当告知王小明陈述申辩的权利。',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const t = res.json<Typical>();
    const all = JSON.stringify(t);
    expect(all).not.toContain('王小明');
    expect(all).not.toContain('999901199001011234');
    expect(all).not.toContain('13912345678');
    expect(t.title).toContain('王*明');
    expect(t.parties).toContainEqual({ side: 'plaintiff', name: '王*明' });
    expect(t.parties).toContainEqual({ side: 'defendant', name: '测试局' });
    // A draft: the clerk does not see it; published, the clerk reads it (still masked).
    const clerk = await as('clerk', 'agency_clerk');
    expect((await clerk.inject({ method: 'GET', url: `/api/v1/typical-cases/${t.id}` })).statusCode).toBe(404);
    const pub = await county.inject({
      method: 'PATCH',
      url: `/api/v1/typical-cases/${t.id}`,
      payload: { version: t.version, status: 'published', lesson: '应告知王小明权利。' },
    });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json<Typical>().lesson).toBe('应告知王*明权利。');
    const stale = await county.inject({
      method: 'PATCH',
      url: `/api/v1/typical-cases/${t.id}`,
      payload: { version: t.version, title: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    const list = await clerk.inject({
      method: 'GET',
      url: `/api/v1/typical-cases?year=${year}&tag=${encodeURIComponent('征收')}`,
    });
    expect(list.json<{ items: Typical[] }>().items.map((i) => i.id)).toEqual([t.id]);
    expect(list.body).not.toContain('王小明');
    const doc = await clerk.inject({ method: 'GET', url: `/api/v1/typical-cases/compilation.docx?year=${year}` });
    expect(doc.statusCode).toBe(200);
    const xml = new PizZip(doc.rawPayload).file('word/document.xml')?.asText() ?? '';
    expect(xml).toContain('典型案例汇编');
    expect(xml).toContain('王*明');
    expect(xml).not.toContain('王小明');
    // Writing is for coordinators.
    const byClerk = await clerk.inject({
      method: 'POST',
      url: '/api/v1/typical-cases',
      payload: { title: 't', year, summary: 's', lesson: 'l' },
    });
    expect(byClerk.statusCode).toBe(403);
    expect(
      (await (await as('admin', 'admin')).inject({ method: 'GET', url: '/api/v1/typical-cases' })).statusCode,
    ).toBe(403);
  });

  it('主要负责人出庭: the agency whose principal head appeared at a hearing this year is covered', async () => {
    const city = await as('city', 'city_coordinator');
    const clerk = await as('clerk', 'agency_clerk');
    const head = await city.inject({
      method: 'POST',
      url: `/api/v1/agencies/${org.agencyId}/heads`,
      payload: { name: '周覆盖', title: '局长', headRole: 'principal' },
    });
    expect(head.statusCode, head.body).toBe(201);
    const made = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: `（${year}）苏9999行初991号`,
        filedDate: `${year}-01-05`,
        courtAgencyId: org.courtId,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '覆某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const h = (
      await clerk.inject({
        method: 'POST',
        url: `/api/v1/cases/${made.json().id}/hearings`,
        payload: { scheduledAt: `${year}-01-20T09:30:00+08:00` },
      })
    ).json();
    const held = (
      await clerk.inject({
        method: 'POST',
        url: `/api/v1/hearings/${h.id}/status`,
        payload: { version: h.version, status: 'held', reason: '如期开庭' },
      })
    ).json();
    const before = (await city.inject({ method: 'GET', url: `/api/v1/trainings/coverage?year=${year}` })).json();
    expect(before.rows.find((r: { agencyId: string }) => r.agencyId === org.agencyId).principalAppeared).toBe(false);
    const appeared = await clerk.inject({
      method: 'PUT',
      url: `/api/v1/hearings/${h.id}/appearances`,
      payload: {
        version: held.version,
        items: [{ role: 'head', headId: head.json().id, designated: true, appeared: true, identityProofFiled: true }],
      },
    });
    expect(appeared.statusCode, appeared.body).toBe(200);
    const after = (await city.inject({ method: 'GET', url: `/api/v1/trainings/coverage?year=${year}` })).json();
    expect(after.rows.find((r: { agencyId: string }) => r.agencyId === org.agencyId).principalAppeared).toBe(true);
    expect(after.principalAppearance).toMatchObject({ numerator: 1, denominator: 1, value: 1, full: true });
  });

  it('coverage per agency: covered by attending, uncovered listed and reminded once a quarter', async () => {
    const county = await as('county', 'county_coordinator');
    const [b] = await database.db
      .insert(agencies)
      .values({ name: '测试区培训未覆盖局', kind: 'department', regionCode: org.countyCode })
      .returning();
    await as('bClerk', 'agency_clerk', { agencyId: b!.id });
    const rec = await county.inject({
      method: 'POST',
      url: '/api/v1/trainings',
      payload: {
        kind: 'trial_observation',
        title: '征收案件庭审观摩',
        heldOn: `${year}-01-15`,
        attendees: [
          { agencyId: org.agencyId, personName: '张三' },
          { agencyId: org.agencyId, personName: '李四' },
        ],
      },
    });
    expect(rec.statusCode, rec.body).toBe(201);
    // Last year's training does not cover this year.
    await county.inject({
      method: 'POST',
      url: '/api/v1/trainings',
      payload: {
        kind: 'training',
        title: '去年培训',
        heldOn: `${year - 1}-06-01`,
        attendees: [{ agencyId: org.agencyId }],
      },
    });
    const res = await county.inject({ method: 'GET', url: `/api/v1/trainings/coverage?year=${year}` });
    expect(res.statusCode, res.body).toBe(200);
    const cov = res.json<{
      trialObservation: { numerator: number; denominator: number; full: boolean; uncovered: { agencyId: string }[] };
      training: { numerator: number };
      rows: { agencyId: string; trialObservation: number; training: number }[];
    }>();
    // Departments of the county: the test department, this one (the court is not counted).
    expect(cov.trialObservation).toMatchObject({ numerator: 1, denominator: 2, full: false });
    expect(cov.trialObservation.uncovered.map((u) => u.agencyId)).toEqual([b!.id]);
    expect(cov.training.numerator).toBe(0);
    expect(cov.rows.find((r) => r.agencyId === org.agencyId)).toMatchObject({ trialObservation: 1, training: 0 });
    // An agency with no case heard this year has nothing to cover (null), and stays out of the 主要负责人出庭 rate.
    const principal = res.json<{
      principalAppearance: { numerator: number; denominator: number };
      rows: { agencyId: string; principalAppeared: boolean | null }[];
    }>();
    expect(principal.rows.find((r) => r.agencyId === b!.id)?.principalAppeared).toBeNull();
    expect(principal.principalAppearance).toMatchObject({ numerator: 1, denominator: 1 });
    // The clerk sees the session their agency attended; the uncovered agency's clerk does not.
    const clerk = await as('clerk', 'agency_clerk');
    const mine = await clerk.inject({ method: 'GET', url: `/api/v1/trainings?year=${year}` });
    expect(mine.json<{ items: unknown[] }>().items).toHaveLength(1);
    const bList = await (await as('bClerk', 'agency_clerk')).inject({ method: 'GET', url: '/api/v1/trainings' });
    expect(bList.json<{ items: unknown[] }>().items).toHaveLength(0);
    expect(
      (
        await clerk.inject({
          method: 'POST',
          url: '/api/v1/trainings',
          payload: { kind: 'training', title: 'x', heldOn: `${year}-02-01`, attendees: [{ agencyId: org.agencyId }] },
        })
      ).statusCode,
    ).toBe(403);
    // Reminders: both kinds for the uncovered agency, training for the test department; once per quarter.
    const now = new Date();
    const first = await database.db.transaction((tx) => remindUncovered(tx, now));
    expect(first.reminded).toBeGreaterThanOrEqual(3);
    expect((await database.db.transaction((tx) => remindUncovered(tx, now))).reminded).toBe(0);
    const msgs = await database.db
      .select()
      .from(notificationMessages)
      .where(eq(notificationMessages.link, '/accountability/trainings'));
    expect(msgs.some((m) => m.title.includes('庭审观摩'))).toBe(true);
  });
});
