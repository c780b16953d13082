/**
 * After judgment on a real database (docs/rules/after-judgment.md): the service date recorded by the court liaison
 * moves the appeal window (dates across the 2025 National Day holiday) and opens the compliance task of a lost case;
 * the appeal decision drafted by the clerk, rejected and approved by the defendant's linked head (others refused), the
 * approval closing the window; evidence uploaded and the task completed by the clerk; an approved appeal cancels the
 * task; an overdue task notifies the coordinator once. Refusals (403, 404, 409, 400 naming the field), audit rows.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import {
  createTestUser,
  ensureTestOrg,
  sessionAs,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { agencies } from '../org/schema.js';
import { openLateCompliance } from './compliance.js';
import { notifyOverdueCompliance } from './service.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function multipart(file: { name: string; content: Buffer }) {
  const boundary = `----sj${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

interface View {
  caseVersion: number;
  servedDate: string | null;
  appealed: boolean | null;
  appealWindow: { fromDate: string; dueDate: string; status: string } | null;
  decisions: { id: string; status: string; appeal: boolean; version: number; decidedAs: string | null }[];
  canApprove: boolean;
  compliance: {
    id: string;
    status: string;
    fromDate: string;
    days: number;
    version: number;
    deadline: { dueDate: string; status: string } | null;
    evidence: { id: string; label: string }[];
    cancelReason: string | null;
  } | null;
}

describe(`after judgment on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  const sessions = new Map<string, TestSession>();

  async function as(name: string, role: Role, extra: { agencyId?: string; regionCode?: string } = {}) {
    const found = sessions.get(name);
    if (found) return found;
    const user = await createTestUser(database.db, { role, ...extra });
    const s = await sessionAs(app, database.db, user);
    sessions.set(name, s);
    sessions.set(`${name}:id`, user.id as unknown as TestSession);
    return s;
  }

  /** A first-instance lawsuit decided on `outcomeDate` with `outcome` (REVOKED: a loss). */
  async function decidedCase(n: number, outcome = 'REVOKED', outcomeDate = '2025-09-10') {
    const clerk = await as('clerk', 'agency_clerk');
    const res = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        instance: 'first',
        caseNumber: `（2025）苏9999行初${n}号`,
        filedDate: '2025-03-01',
        courtAgencyId: org.courtId,
        outcome,
        outcomeDate,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '李某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  }
  const view = async (s: TestSession, caseId: string) => {
    const res = await s.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/after-judgment` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as View;
  };
  const serve = (s: TestSession, caseId: string, servedDate: string, version: number) =>
    s.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/judgment-service`, payload: { servedDate, version } });
  const draft = (s: TestSession, caseId: string, appeal: boolean, reason = '判决认定事实清楚，不再上诉') =>
    s.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/appeal-decisions`, payload: { appeal, reason } });
  const decide = (s: TestSession, id: string, version: number, decision: string, note?: string) =>
    s.inject({ method: 'POST', url: `/api/v1/appeal-decisions/${id}/decision`, payload: { decision, note, version } });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database);
    org = await ensureTestOrg(database.db);
    const city = await as('city', 'city_coordinator');
    await as('head', 'agency_head');
    await as('unlinkedHead', 'agency_head');
    const linked = await city.inject({
      method: 'POST',
      url: `/api/v1/agencies/${org.agencyId}/heads`,
      payload: { name: '周正', title: '局长', headRole: 'principal', userId: sessions.get('head:id') },
    });
    expect(linked.statusCode, linked.body).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('the service date moves the appeal window (across the National Day holiday) and opens the compliance task', async () => {
    const c = await decidedCase(1);
    const clerk = await as('clerk', 'agency_clerk');
    const before = await view(clerk, c.id);
    // Judgment of 2025-09-10: 15 days → 2025-09-25, a Thursday.
    expect(before.appealWindow).toMatchObject({ fromDate: '2025-09-10', dueDate: '2025-09-25', status: 'open' });
    expect(before.servedDate).toBeNull();
    expect(before.compliance).toBeNull();

    const liaison = await as('liaison', 'court_liaison');
    const early = await serve(liaison, c.id, '2025-09-09', before.caseVersion);
    expect(early.statusCode).toBe(400);
    expect(JSON.stringify(early.json().details)).toContain('送达日期：不能早于结案日期（2025-09-10）');
    expect((await serve(liaison, c.id, '2025-09-22', before.caseVersion + 5)).statusCode).toBe(409);
    expect((await serve(await as('expert', 'expert'), c.id, '2025-09-22', before.caseVersion)).statusCode).toBe(403);
    const [other] = await database.db
      .insert(agencies)
      .values({ name: '测试市测试区另一局', kind: 'department', regionCode: org.countyCode })
      .returning();
    const otherClerk = await as('otherClerk', 'agency_clerk', { agencyId: other!.id });
    expect((await serve(otherClerk, c.id, '2025-09-22', before.caseVersion)).statusCode).toBe(404);
    expect((await otherClerk.inject({ method: 'GET', url: `/api/v1/cases/${c.id}/after-judgment` })).statusCode).toBe(
      404,
    );

    const res = await serve(liaison, c.id, '2025-09-22', before.caseVersion);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as View;
    // Served 2025-09-22: 15 days → 10-07, inside the holiday (10-01..10-08) → the first working day, 10-09.
    expect(after.servedDate).toBe('2025-09-22');
    expect(after.appealWindow).toMatchObject({ fromDate: '2025-09-22', dueDate: '2025-10-09', status: 'open' });
    expect(after.caseVersion).toBe(before.caseVersion + 1);
    // Lost: the compliance task, 30 days after service → 2025-10-22 (a Wednesday).
    expect(after.compliance).toMatchObject({ status: 'open', fromDate: '2025-09-22', days: 30 });
    expect(after.compliance?.deadline).toMatchObject({ dueDate: '2025-10-22', status: 'open' });
    const detail = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${c.id}` })).json();
    expect(detail.deadlines.map((d: { name: string }) => d.name)).toContain('履行判决');

    const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, c.id));
    expect(audits.some((a) => (a.after as { judgmentServedDate?: string })?.judgmentServedDate === '2025-09-22')).toBe(
      true,
    );
    const taskAudit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'compliance_task'), eq(auditLog.entityId, after.compliance!.id)));
    expect(taskAudit).toHaveLength(1);
  });

  it('the appeal decision: drafted by the clerk, refused to others, rejected with a note, approved by the linked head', async () => {
    const c = await decidedCase(2);
    const clerk = await as('clerk', 'agency_clerk');
    const first = await draft(clerk, c.id, false);
    expect(first.statusCode, first.body).toBe(201);
    expect((await draft(clerk, c.id, true)).statusCode).toBe(409);
    expect((await draft(await as('head', 'agency_head'), c.id, true)).statusCode).toBe(403);
    const d1 = (first.json() as View).decisions[0]!;
    expect(d1).toMatchObject({ status: 'drafted', appeal: false });

    const unlinked = await as('unlinkedHead', 'agency_head');
    expect((await view(unlinked, c.id)).canApprove).toBe(false);
    const refused = await decide(unlinked, d1.id, d1.version, 'approved');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('负责人或协调员');
    expect((await decide(clerk, d1.id, d1.version, 'approved')).statusCode).toBe(403);
    expect((await decide(await as('liaison', 'court_liaison'), d1.id, d1.version, 'approved')).statusCode).toBe(403);

    const head = await as('head', 'agency_head');
    expect((await view(head, c.id)).canApprove).toBe(true);
    const noNote = await decide(head, d1.id, d1.version, 'rejected');
    expect(noNote.statusCode).toBe(400);
    expect(JSON.stringify(noNote.json())).toContain('退回理由');
    const rejected = await decide(head, d1.id, d1.version, 'rejected', '请补充上诉风险分析');
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((rejected.json() as View).decisions[0]).toMatchObject({ status: 'rejected', decidedAs: 'head' });
    expect((await decide(head, d1.id, d1.version + 1, 'approved')).statusCode).toBe(422);

    const second = (await draft(clerk, c.id, true, '认定事实有误，拟上诉')).json() as View;
    const d2 = second.decisions[0]!;
    const revised = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/appeal-decisions/${d2.id}`,
      payload: { appeal: false, reason: '经研究不上诉', version: d2.version },
    });
    expect(revised.statusCode, revised.body).toBe(200);
    expect((await decide(head, d2.id, d2.version, 'approved')).statusCode).toBe(409);
    const approved = await decide(head, d2.id, d2.version + 1, 'approved', '同意不上诉');
    expect(approved.statusCode, approved.body).toBe(200);
    const v = approved.json() as View;
    expect(v.appealed).toBe(false);
    expect(v.appealWindow?.status).toBe('met');
    expect(v.decisions.map((d) => d.status)).toEqual(['approved', 'rejected']);
    // Lost and not appealed: the compliance task opens (no service date yet: from the judgment date).
    expect(v.compliance).toMatchObject({ status: 'open', fromDate: '2025-09-10' });
    const decisionAudits = await database.db.select().from(auditLog).where(eq(auditLog.entityType, 'appeal_decision'));
    expect(decisionAudits.length).toBeGreaterThanOrEqual(5);
  });

  it('compliance: evidence required, uploaded and read back, completed by the clerk; the deadline is met', async () => {
    const c = await decidedCase(3);
    const clerk = await as('clerk', 'agency_clerk');
    const liaison = await as('liaison', 'court_liaison');
    const v0 = await view(clerk, c.id);
    const task = ((await serve(liaison, c.id, '2025-09-12', v0.caseVersion)).json() as View).compliance!;
    const complete = (version: number, s = clerk) =>
      s.inject({
        method: 'POST',
        url: `/api/v1/compliance-tasks/${task.id}/complete`,
        payload: { note: '已重新作出行政行为并送达', version },
      });
    const none = await complete(task.version);
    expect(none.statusCode).toBe(400);
    expect(JSON.stringify(none.json())).toContain('履行证明材料');
    const upload = (content: Buffer, name: string, s = clerk) =>
      s.inject({
        method: 'POST',
        url: `/api/v1/compliance-tasks/${task.id}/evidence`,
        ...multipart({ name, content }),
      });
    expect((await upload(Buffer.from('plain text'), '说明.txt')).statusCode).toBe(415);
    expect((await upload(PDF, '履行.pdf', await as('head', 'agency_head'))).statusCode).toBe(403);
    const up = await upload(PDF, '重新作出的决定书.pdf');
    expect(up.statusCode, up.body).toBe(200);
    const ev = (up.json() as View).compliance!.evidence;
    expect(ev).toHaveLength(1);
    expect(ev[0]!.label).toBe('履行证明材料');
    const head = await as('head', 'agency_head');
    const file = await head.inject({ method: 'GET', url: `/api/v1/documents/${ev[0]!.id}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);

    expect((await complete(task.version, await as('liaison', 'court_liaison'))).statusCode).toBe(403);
    expect((await complete(task.version + 3)).statusCode).toBe(409);
    const done = await complete(task.version);
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as View).compliance).toMatchObject({ status: 'completed' });
    expect((done.json() as View).compliance?.deadline?.status).toBe('met');
    expect((await upload(PDF, '补充.pdf')).statusCode).toBe(422);
  });

  it('an approved decision to appeal cancels the compliance task; a case not lost gets none', async () => {
    const c = await decidedCase(4);
    const clerk = await as('clerk', 'agency_clerk');
    const city = await as('city', 'city_coordinator');
    const v0 = await view(clerk, c.id);
    expect((await serve(clerk, c.id, '2025-09-15', v0.caseVersion)).json().compliance.status).toBe('open');
    const d = ((await draft(clerk, c.id, true, '适用法律错误，上诉')).json() as View).decisions[0]!;
    const approved = (await decide(city, d.id, d.version, 'approved')).json() as View;
    expect(approved.decisions[0]).toMatchObject({ status: 'approved', decidedAs: 'coordinator' });
    expect(approved.appealed).toBe(true);
    expect(approved.compliance).toMatchObject({ status: 'cancelled', cancelReason: '已批准上诉，判决未生效' });
    expect(approved.compliance?.deadline).toBeNull();

    const won = await decidedCase(5, 'CLAIMS_REJECTED');
    const w = await view(clerk, won.id);
    expect((await serve(clerk, won.id, '2025-09-15', w.caseVersion)).json().compliance).toBeNull();
  });

  it('a case found lost after its service date was recorded gets its task from the daily job', async () => {
    const c = await decidedCase(7, 'CLAIMS_REJECTED');
    const clerk = await as('clerk', 'agency_clerk');
    const v0 = await view(clerk, c.id);
    const served = (await serve(clerk, c.id, '2025-09-12', v0.caseVersion)).json() as View;
    expect(served.compliance).toBeNull();
    const patched = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${c.id}`,
      payload: { version: served.caseVersion, outcome: 'REVOKED' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await view(clerk, c.id)).compliance).toBeNull();
    expect(await database.db.transaction((tx) => openLateCompliance(tx))).toBeGreaterThanOrEqual(1);
    const after = await view(clerk, c.id);
    expect(after.compliance).toMatchObject({ status: 'open', fromDate: '2025-09-12' });
    expect(after.compliance?.deadline?.dueDate).toBe('2025-10-13'); // 10-12 is a Sunday
    expect(await database.db.transaction((tx) => openLateCompliance(tx))).toBe(0);
  });

  it('an overdue compliance task notifies the coordinator and the clerk once', async () => {
    const c = await decidedCase(6);
    const clerk = await as('clerk', 'agency_clerk');
    const city = await as('city', 'city_coordinator');
    const v0 = await view(clerk, c.id);
    const due = ((await serve(clerk, c.id, '2025-09-22', v0.caseVersion)).json() as View).compliance!.deadline!.dueDate;
    expect(due).toBe('2025-10-22');
    const run = (at: string) => database.db.transaction((tx) => notifyOverdueCompliance(tx, new Date(at)));
    await run('2025-10-22T08:00:00+08:00');
    const mine = async (s: TestSession) =>
      ((await s.inject({ method: 'GET', url: '/api/v1/notifications' })).json().items as { title: string }[]).filter(
        (n) => n.title.includes('履行逾期') && n.title.includes('行初6号'),
      );
    expect(await mine(city)).toHaveLength(0);
    const next = await run('2025-10-23T08:00:00+08:00');
    expect(next.notified).toBeGreaterThanOrEqual(1);
    expect(await mine(city)).toHaveLength(1);
    expect(await mine(clerk)).toHaveLength(1);
    await run('2025-10-24T08:00:00+08:00');
    expect(await mine(city)).toHaveLength(1);
  });
});
