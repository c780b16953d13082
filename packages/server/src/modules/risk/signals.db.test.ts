/**
 * The court liaison's pre-hearing signals (docs/rules/risk.md#liaison-signals): a red signal makes a green case red
 * with the signal as its reason, withdrawing it screens the case back; only the liaison of the case's court may signal
 * (a clerk 403, another court's liaison 404); a withdrawn signal cannot be withdrawn again. A coordinator raises a green
 * case by hand with a reason.
 */
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTestCounty,
  createTestUser,
  ensureTestOrg,
  sessionAs,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { ensureAdminDomains } from '../cases/public.js';

describe(`pre-hearing signals on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let clerk: TestSession;
  let liaison: TestSession;
  let otherLiaison: TestSession;
  let county: TestSession;
  let caseId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({ SESSION_SECRET: 'g'.repeat(40), DATA_DIR: tmpdir(), LOG_LEVEL: 'silent' });
    app = await buildApp({ config, database }, { logger: false });
    org = await ensureTestOrg(database.db);
    await ensureAdminDomains(database.db);
    const session = async (role: Parameters<typeof createTestUser>[1]['role'], agencyId?: string) =>
      sessionAs(app, database.db, await createTestUser(database.db, { role, ...(agencyId ? { agencyId } : {}) }));
    clerk = await session('agency_clerk');
    liaison = await session('court_liaison');
    county = await session('county_coordinator');
    const otherCourt = await (await addTestCounty(database.db, '999906', '第六区'))('第六区人民法院', 'court');
    otherLiaison = await session('court_liaison', otherCourt);
    const created = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: '（2026）苏9999行初801号',
        filedDate: '2026-11-02',
        courtAgencyId: org.courtId,
        causeOfAction: '行政处罚',
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '提某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().riskLevel).toBe('green');
    caseId = created.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('a red signal from the court makes the case red with the signal as its reason', async () => {
    const body = { caseId, level: 'red', note: '合议庭认为被诉行为程序存在明显瑕疵' };
    expect((await clerk.inject({ method: 'POST', url: '/api/v1/risk-signals', payload: body })).statusCode).toBe(403);
    expect((await otherLiaison.inject({ method: 'POST', url: '/api/v1/risk-signals', payload: body })).statusCode).toBe(
      404,
    );
    const bad = await liaison.inject({
      method: 'POST',
      url: '/api/v1/risk-signals',
      payload: { ...body, level: 'blue' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('提示等级');
    const res = await liaison.inject({ method: 'POST', url: '/api/v1/risk-signals', payload: body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ caseId, riskLevel: 'red', signals: [{ level: 'red', withdrawnAt: null }] });
    const item = (await county.inject({ method: 'GET', url: `/api/v1/risk-items/${res.json().riskItemId}` })).json();
    expect(item.level).toBe('red');
    expect(item.reasons).toEqual([
      expect.objectContaining({
        code: 'liaison_signal',
        level: 'red',
        text: expect.stringContaining('程序存在明显瑕疵'),
      }),
    ]);
    const c = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}` })).json();
    expect(c.timeline.map((e: { type: string }) => e.type)).toContain('risk_signal');
    // The clerk reads the signals of a case it sees.
    const read = await clerk.inject({ method: 'GET', url: `/api/v1/risk-signals?caseId=${caseId}` });
    expect(read.statusCode).toBe(200);
    expect(read.json().signals).toHaveLength(1);
  });

  it('withdrawing it screens the case again; a second withdrawal is refused', async () => {
    const [s] = (await liaison.inject({ method: 'GET', url: `/api/v1/risk-signals?caseId=${caseId}` })).json().signals;
    const url = `/api/v1/risk-signals/${s.id}/withdraw`;
    expect((await otherLiaison.inject({ method: 'POST', url, payload: { reason: '误报' } })).statusCode).toBe(404);
    const res = await liaison.inject({ method: 'POST', url, payload: { reason: '补正程序后风险消除' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ riskLevel: 'green', signals: [{ withdrawReason: '补正程序后风险消除' }] });
    const again = await liaison.inject({ method: 'POST', url, payload: { reason: '再撤' } });
    expect(again.statusCode).toBe(422);
  });

  it('a coordinator raises a green case by hand with a reason; the item runs as a screened one', async () => {
    const made = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: '（2026）苏9999行初802号',
        filedDate: '2026-11-03',
        courtAgencyId: org.courtId,
        causeOfAction: '行政处罚',
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '升某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(made.json().riskLevel).toBe('green');
    const body = { caseId: made.json().id, level: 'yellow', reason: '原告组织多人到市政府上访' };
    expect((await clerk.inject({ method: 'POST', url: '/api/v1/risk-items', payload: body })).statusCode).toBe(403);
    const res = await county.inject({ method: 'POST', url: '/api/v1/risk-items', payload: body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      level: 'yellow',
      levelSource: 'override',
      screenedLevel: 'green',
      overrideReason: '原告组织多人到市政府上访',
      state: 'warning',
      leadDeadline: { status: 'open' },
    });
    const again = await county.inject({ method: 'POST', url: '/api/v1/risk-items', payload: body });
    expect(again.statusCode).toBe(422);
    const c = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${made.json().id}` })).json();
    expect(c.riskLevel).toBe('yellow');
  });
});
