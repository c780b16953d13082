import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import {
  addTestCounty,
  ensureTestOrg,
  sessionsByName,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { hearingStatusChanges } from './schema.js';

const OTHER_COUNTY = '999903';
const FUTURE = '2031-03-02T09:30:00+08:00';
const LATER = '2031-04-15T14:30:00+08:00';

describe(`hearings: entry, edits, status and scope on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let otherAgencyId: string;
  let otherCourtId: string;
  let caseId: string;
  const as = sessionsByName(
    () => app,
    () => database.db,
  );

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database, { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await ensureTestOrg(database.db);
    const agency = await addTestCounty(database.db, OTHER_COUNTY, '第三区');
    otherAgencyId = await agency('测试市第三区某局', 'department');
    otherCourtId = await agency('测试市第三区人民法院', 'court');
    const clerk = await as('clerk', 'agency_clerk');
    const made = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: '（2026）苏9999行初77号',
        filedDate: '2026-03-01',
        courtAgencyId: org.courtId,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '李某' },
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

  const audits = (id: string) =>
    database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'hearing'), eq(auditLog.entityId, id)))
      .orderBy(auditLog.id);

  async function enter(session: TestSession, payload: Record<string, unknown> = {}) {
    return session.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/hearings`,
      payload: { scheduledAt: FUTURE, courtroom: '第一法庭', ...payload },
    });
  }

  it('lets the clerk enter a hearing: 201, must-appear reasons, its first history row and audit row, shown on the case', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const res = await enter(clerk, {
      kind: 'trial',
      mode: 'online',
      mustAppearReasons: ['court_request', 'high_concern', 'court_request'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const h = res.json();
    expect(h).toMatchObject({
      caseId,
      caseNumber: '（2026）苏9999行初77号',
      kind: 'trial',
      mode: 'online',
      status: 'scheduled',
      courtroom: '第一法庭',
      version: 1,
      appearances: [],
      absences: [],
    });
    expect(h.mustAppearReasons.sort()).toEqual(['court_request', 'high_concern']);
    expect(h.scheduledAt).toBe(new Date(FUTURE).toISOString());
    expect(h.history).toHaveLength(1);
    expect(h.history[0]).toMatchObject({ fromStatus: null, toStatus: 'scheduled', reason: '录入庭审' });
    const [audit] = await audits(h.id);
    expect(audit).toMatchObject({ action: 'create', entityType: 'hearing' });
    const detail = await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}` });
    expect(detail.json().hearings).toEqual([
      expect.objectContaining({ id: h.id, courtroom: '第一法庭', headAppearance: 'none', headName: null }),
    ]);
  });

  it('refuses bad input naming the field in Chinese, and writes nothing', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const before = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/hearings` })).json().items.length;
    const bad = await enter(clerk, { scheduledAt: '2031-03-02 09:30', kind: 'party' });
    expect(bad.statusCode).toBe(400);
    const messages = bad
      .json()
      .details.map((d: { message: string }) => d.message)
      .join('；');
    expect(messages).toContain('开庭时间应为带时区的日期时间');
    expect(messages).toContain('庭审类型无效，可选值：trial（开庭）');
    const after = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/hearings` })).json().items.length;
    expect(after).toBe(before);
  });

  it('answers reads for every role in the case scope and 404 outside it', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const id = (await enter(clerk)).json().id;
    const inScope: [string, Role, { agencyId?: string; regionCode?: string }][] = [
      ['head', 'agency_head', {}],
      ['court', 'court_liaison', {}],
      ['county', 'county_coordinator', {}],
      ['city', 'city_coordinator', {}],
      ['leader', 'leader', {}],
    ];
    for (const [name, role, extra] of inScope) {
      const s = await as(name, role, extra);
      const list = await s.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/hearings` });
      expect(list.statusCode, `${role} ${list.body}`).toBe(200);
      expect((await s.inject({ method: 'GET', url: `/api/v1/hearings/${id}` })).statusCode, role).toBe(200);
    }
    const outside: [string, Role, { agencyId?: string; regionCode?: string }][] = [
      ['otherClerk', 'agency_clerk', { agencyId: otherAgencyId }],
      ['otherCourt', 'court_liaison', { agencyId: otherCourtId }],
      ['otherCounty', 'county_coordinator', { regionCode: OTHER_COUNTY }],
      ['expert', 'expert', {}],
    ];
    for (const [name, role, extra] of outside) {
      const s = await as(name, role, extra);
      const list = await s.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/hearings` });
      expect(list.statusCode, role).toBe(404);
      const one = await s.inject({ method: 'GET', url: `/api/v1/hearings/${id}` });
      expect(one.statusCode, role).toBe(404);
      expect(one.json().code).toBe('NOT_FOUND');
    }
  });

  it('refuses writes with 403 for roles without hearing.manage and 404 for writers outside the case scope', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const h = (await enter(clerk)).json();
    for (const [name, role] of [
      ['head', 'agency_head'],
      ['leader', 'leader'],
      ['expert', 'expert'],
    ] as const) {
      const s = await as(name, role);
      const post = await enter(s);
      expect(post.statusCode, role).toBe(403);
      expect(post.json().code).toBe('FORBIDDEN');
      const patch = await s.inject({
        method: 'PATCH',
        url: `/api/v1/hearings/${h.id}`,
        payload: { version: h.version, courtroom: '第九法庭' },
      });
      expect(patch.statusCode, role).toBe(403);
    }
    for (const [name, role, extra] of [
      ['otherClerk', 'agency_clerk', { agencyId: otherAgencyId }],
      ['otherCourt', 'court_liaison', { agencyId: otherCourtId }],
      ['otherCounty', 'county_coordinator', { regionCode: OTHER_COUNTY }],
    ] as const) {
      const s = await as(name, role, extra);
      expect((await enter(s)).statusCode, role).toBe(404);
      const patch = await s.inject({
        method: 'PATCH',
        url: `/api/v1/hearings/${h.id}`,
        payload: { version: h.version, courtroom: '第九法庭' },
      });
      expect(patch.statusCode, role).toBe(404);
      const status = await s.inject({
        method: 'POST',
        url: `/api/v1/hearings/${h.id}/status`,
        payload: { version: h.version, status: 'cancelled', reason: '试探' },
      });
      expect(status.statusCode, role).toBe(404);
    }
    const court = await as('court', 'court_liaison');
    expect((await enter(court)).statusCode).toBe(201);
    const county = await as('county', 'county_coordinator');
    expect((await enter(county)).statusCode).toBe(201);
    const unchanged = await clerk.inject({ method: 'GET', url: `/api/v1/hearings/${h.id}` });
    expect(unchanged.json()).toMatchObject({ courtroom: '第一法庭', version: 1, status: 'scheduled' });
  });

  it('edits at the version read: 200 and audited; a stale version is 409 with the current hearing', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const court = await as('court', 'court_liaison');
    const h = (await enter(clerk)).json();
    const first = await court.inject({
      method: 'PATCH',
      url: `/api/v1/hearings/${h.id}`,
      payload: { version: 1, courtroom: '第三法庭', kind: 'mediation' },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ courtroom: '第三法庭', kind: 'mediation', version: 2 });
    const stale = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/hearings/${h.id}`,
      payload: { version: 1, courtroom: '第五法庭' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { current: { courtroom: '第三法庭', version: 2 } },
    });
    const rows = await audits(h.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1]!.diff).toMatchObject({
      courtroom: { from: '第一法庭', to: '第三法庭' },
      kind: { from: 'trial', to: 'mediation' },
    });
  });

  it('changes status with a reason along the allowed paths, each change in the history and the audit log', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const h = (await enter(clerk)).json();
    const status = (version: number, body: Record<string, unknown>) =>
      clerk.inject({ method: 'POST', url: `/api/v1/hearings/${h.id}/status`, payload: { version, ...body } });

    const noReason = await status(1, { status: 'postponed', reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('变更原因');
    const early = await status(1, { status: 'held', reason: '已开庭' });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toContain('开庭时间未到');

    const postponed = await status(1, { status: 'postponed', reason: '原告申请延期' });
    expect(postponed.statusCode, postponed.body).toBe(200);
    expect(postponed.json()).toMatchObject({ status: 'postponed', version: 2 });
    const noTime = await status(2, { status: 'scheduled', reason: '法院重新排期' });
    expect(noTime.statusCode).toBe(400);
    expect(noTime.json().details[0]).toMatchObject({ field: 'scheduledAt' });
    const again = await status(2, { status: 'scheduled', reason: '法院重新排期', scheduledAt: LATER });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ status: 'scheduled', version: 3, scheduledAt: new Date(LATER).toISOString() });
    const stale = await status(2, { status: 'cancelled', reason: '撤诉' });
    expect(stale.statusCode).toBe(409);
    const cancelled = await status(3, { status: 'cancelled', reason: '原告撤诉' });
    expect(cancelled.statusCode).toBe(200);
    const final = await status(4, { status: 'scheduled', reason: '再开', scheduledAt: LATER });
    expect(final.statusCode).toBe(400);
    expect(final.json().message).toBe('取消的庭审不能改为已排期');
    const moveTime = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/hearings/${h.id}`,
      payload: { version: 4, scheduledAt: FUTURE },
    });
    expect(moveTime.statusCode).toBe(400);

    const detail = (await clerk.inject({ method: 'GET', url: `/api/v1/hearings/${h.id}` })).json();
    expect(
      detail.history.map((c: { fromStatus: string | null; toStatus: string; reason: string }) => [
        c.fromStatus,
        c.toStatus,
        c.reason,
      ]),
    ).toEqual([
      [null, 'scheduled', '录入庭审'],
      ['scheduled', 'postponed', '原告申请延期'],
      ['postponed', 'scheduled', '法院重新排期'],
      ['scheduled', 'cancelled', '原告撤诉'],
    ]);
    expect(detail.history[2]).toMatchObject({
      fromScheduledAt: new Date(FUTURE).toISOString(),
      toScheduledAt: new Date(LATER).toISOString(),
    });
    const byUser = await database.db
      .select()
      .from(hearingStatusChanges)
      .where(eq(hearingStatusChanges.hearingId, h.id));
    expect(byUser.every((c) => c.byName.length > 0)).toBe(true);
    expect((await audits(h.id)).map((r) => r.action)).toEqual(['create', 'update', 'update', 'update']);
  });

  it('lists upcoming scheduled hearings of the cases the caller sees', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const h = (await enter(clerk, { scheduledAt: '2031-06-01T09:00:00+08:00', courtroom: '第七法庭' })).json();
    const url = '/api/v1/hearings/upcoming?from=2031-05-31T00:00:00%2B08:00&days=7';
    const mine = await clerk.inject({ method: 'GET', url });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.map((i: { id: string }) => i.id)).toEqual([h.id]);
    const other = await as('otherClerk', 'agency_clerk', { agencyId: otherAgencyId });
    expect((await other.inject({ method: 'GET', url })).json().items).toEqual([]);
    const head = await as('head', 'agency_head');
    expect((await head.inject({ method: 'GET', url })).json().items).toHaveLength(1);
    await clerk.inject({
      method: 'POST',
      url: `/api/v1/hearings/${h.id}/status`,
      payload: { version: 1, status: 'cancelled', reason: '撤诉' },
    });
    expect((await clerk.inject({ method: 'GET', url })).json().items).toEqual([]);
    const withCancelled = await clerk.inject({ method: 'GET', url: `${url}&status=scheduled,cancelled` });
    expect(withCancelled.json().items).toHaveLength(1);
  });
});
