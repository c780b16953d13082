import { createCalendar, officialSchedule } from '@shuangjiang/domain';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { AppError } from '../../platform/errors.js';
import { auditLog } from '../audit/schema.js';
import { recomputeOpenDeadlines } from './deadlines.js';
import type { ListQuery } from './dto.js';
import { caseDeadlines, cases } from './schema.js';
import {
  createCase,
  deleteCase,
  getCaseDetail,
  linkCases,
  listCasesFor,
  restoreCase,
  unmaskParties,
  updateCase,
} from './service.js';
import { litigationInput, type OrgFixture, seedOrgFixture, testContext, testPrincipal } from './testing.js';

const listQuery = (q: Partial<ListQuery> = {}): ListQuery => ({ sort: 'filedDate', order: 'desc', pageSize: 50, ...q });

async function expectAppError(p: Promise<unknown>, code: string): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    return err as AppError;
  }
  throw new Error(`expected ${code}`);
}

describe(`case registry service on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let org: OrgFixture;
  let city: Principal;
  let eastCoord: Principal;
  const db = () => database.db;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
    eastCoord = testPrincipal('county_coordinator', { regionCode: '329902', regionPath: '/329900/329902/' });
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  const auditCount = async (id: string) => {
    const [r] = await db()
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, id)));
    return Number(r?.n ?? 0);
  };

  it('creates a case: number normalized, court and instance from the number, region of the first defendant', async () => {
    const c = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-0-dept-0'), { caseNumber: '(2024) 苏9902 行初 101 号' }),
    );
    expect(c.caseNumber).toBe('（2024）苏9902行初101号');
    expect(c.caseNumberRaw).toBe('(2024) 苏9902 行初 101 号');
    expect(c.caseNumberStatus).toBe('valid');
    expect(c.instance).toBe('first');
    expect(c.courtCode).toBe('苏9902');
    expect(c.courtAgencyId).toBe(org.agency('county-0-court'));
    expect(c.regionCode).toBe('329902');
    expect(c.regionPath).toBe('/329900/329902/');
    expect(c.firstDefendantAgencyId).toBe(org.agency('county-0-dept-0'));
    expect(c.plaintiffCount).toBe(1);
    expect(c.version).toBe(1);
    expect(c.timeline.map((e) => e.type).sort()).toEqual(['filed', 'notice_received', 'registered']);
    expect(await auditCount(c.id)).toBe(1);
  });

  it('computes deadlines with an explanation and re-computes them when the complaint date changes', async () => {
    const c = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-0-dept-1'), { caseNumber: '（2024）苏9902行初102号' }),
    );
    const defence = c.deadlines.find((d) => d.ruleId === 'litigation.defense')!;
    // docs/rules/deadlines.md#counting / compute.ts example: received 2024-09-20, 15 days end in the National Day holiday → 2024-10-08.
    expect(defence.fromDate).toBe('2024-09-20');
    expect(defence.dueDate).toBe('2024-10-08');
    expect(defence.explanation).toContain('国庆节');
    expect(defence.basis).toBe('行政诉讼法第67条');
    expect(defence.overdue).toBe(true);
    expect(c.deadlines.find((d) => d.ruleId === 'litigation.first-instance')?.dueDate).toBe('2025-03-10');

    const u = await updateCase(db(), testContext(city), c.id, {
      version: c.version,
      // The copy of the complaint comes after the filing (a copy received before it is refused).
      filedDate: '2024-08-30',
      complaintReceivedDate: '2024-09-02',
    });
    const moved = u.deadlines.find((d) => d.ruleId === 'litigation.defense')!;
    expect(moved.fromDate).toBe('2024-09-02');
    expect(moved.dueDate).toBe('2024-09-18');
    expect(u.timeline.find((e) => e.type === 'notice_received')?.at).toBe('2024-09-02');
    expect(u.version).toBe(2);
  });

  it('recomputeOpenDeadlines follows a calendar change', async () => {
    const c = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-0-dept-2'), { caseNumber: '（2024）苏9902行初103号' }),
    );
    const before = c.deadlines.find((d) => d.ruleId === 'litigation.defense')!;
    expect(before.dueDate).toBe('2024-10-08');
    const calendar = createCalendar(officialSchedule, [
      { date: '2024-10-08', workday: false, name: '台风', reason: '台风停工' },
    ]);
    expect(await recomputeOpenDeadlines(db(), calendar)).toBeGreaterThanOrEqual(1);
    const [row] = await db()
      .select()
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.caseId, c.id), eq(caseDeadlines.ruleId, 'litigation.defense')));
    expect(row!.dueDate).toBe('2024-10-09');
    expect(row!.explanation).toContain('2024-10-09');
    // back to the official calendar
    await recomputeOpenDeadlines(db(), createCalendar(officialSchedule));
  });

  it('rejects an unparseable case number naming the reason, or stores it as 待核实 when accepted', async () => {
    const input = litigationInput(org.agency('county-0-dept-3'), { caseNumber: '（2024）苏9902行初X号' });
    const err = await expectAppError(createCase(db(), testContext(city), input), 'CASE_NUMBER_INVALID');
    expect(err.message).toContain('案件编号被隐去');
    expect(err.details).toEqual([{ field: 'caseNumber', message: expect.stringContaining('X') }]);

    const c = await createCase(db(), testContext(city), { ...input, acceptUnverified: true });
    expect(c.caseNumberStatus).toBe('unverified');
    expect(c.caseNumber).toBe('（2024）苏9902行初X号');
    expect(c.instance).toBeNull();
  });

  it('refuses a duplicate number among live cases; soft delete frees it; restore then conflicts', async () => {
    const input = litigationInput(org.agency('county-0-dept-4'), { caseNumber: '（2024）苏9902行初104号' });
    const a = await createCase(db(), testContext(city), input);
    await expectAppError(createCase(db(), testContext(city), input), 'DUPLICATE');

    await deleteCase(db(), testContext(city), a.id, { reason: '重复登记' });
    const gone = await listCasesFor(db(), city, listQuery({ q: '（2024）苏9902行初104' }));
    expect(gone.items).toHaveLength(0);
    await expectAppError(
      getCaseDetail(db(), testPrincipal('agency_clerk', { agencyId: org.agency('county-0-dept-4') }), a.id),
      'NOT_FOUND',
    );
    // coordinators still see it (to restore it), flagged as deleted
    const seen = await getCaseDetail(db(), city, a.id);
    expect(seen.deleted).toBe(true);
    expect(seen.deleteReason).toBe('重复登记');
    const withDeleted = await listCasesFor(db(), city, listQuery({ q: '（2024）苏9902行初104', includeDeleted: true }));
    expect(withDeleted.items.map((i) => i.id)).toEqual([a.id]);

    const b = await createCase(db(), testContext(city), input);
    await expectAppError(restoreCase(db(), testContext(city), a.id), 'DUPLICATE');
    await deleteCase(db(), testContext(city), b.id, { reason: '录入错误' });
    const restored = await restoreCase(db(), testContext(city), a.id);
    expect(restored.deleted).toBe(false);
    expect(restored.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['deleted', 'restored']));
    const actions = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, a.id))
      .orderBy(auditLog.id);
    expect(actions.map((r) => r.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('the list total follows every write at once (counts are cached only until the next transaction ends)', async () => {
    // pageSize 1 with more than one case: the total comes from the (cached) count, not from the page.
    const q = listQuery({ regionCode: '329921', pageSize: 1 });
    const create = (n: number) =>
      createCase(
        db(),
        testContext(city),
        litigationInput(org.agency('county-3-dept-0'), { caseNumber: `（2024）苏9921行初${n}号` }),
      );
    const made = [await create(301), await create(302)];
    const before = (await listCasesFor(db(), city, q)).total;
    expect(before).toBeGreaterThanOrEqual(2);
    expect((await listCasesFor(db(), city, q)).total).toBe(before);
    for (const n of [303, 304]) {
      made.push(await create(n));
      expect((await listCasesFor(db(), city, q)).total).toBe(before + made.length - 2);
    }
    await deleteCase(db(), testContext(city), made[0]!.id, { reason: '测试计数' });
    expect((await listCasesFor(db(), city, q)).total).toBe(before + 1);
    // the bare-matches probe of a text search is cached too, and follows writes the same way
    const text = listQuery({ q: '（2024）苏9921行初30', pageSize: 1 });
    expect((await listCasesFor(db(), city, text)).total).toBe(3);
    await restoreCase(db(), testContext(city), made[0]!.id);
    expect((await listCasesFor(db(), city, text)).total).toBe(4);
  });

  it('refuses a stale version with VERSION_CONFLICT carrying the current record', async () => {
    const c = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-0-town-0'), { caseNumber: '（2024）苏9902行初105号' }),
    );
    const u = await updateCase(db(), testContext(city), c.id, { version: 1, notes: '第一次修改' });
    expect(u.version).toBe(2);
    const err = await expectAppError(
      updateCase(db(), testContext(city), c.id, { version: 1, notes: '过期的修改' }),
      'VERSION_CONFLICT',
    );
    expect((err.details as { current: { notes: string; version: number } }).current).toMatchObject({
      notes: '第一次修改',
      version: 2,
    });
    expect((await getCaseDetail(db(), city, c.id)).notes).toBe('第一次修改');
  });

  it('writes the audit row in the change transaction: a failed update leaves neither change nor audit row', async () => {
    const c = await createCase(
      db(),
      testContext(eastCoord),
      litigationInput(org.agency('county-0-town-1'), { caseNumber: '（2024）苏9902行初106号' }),
    );
    expect(await auditCount(c.id)).toBe(1);
    // Moving the case to another county is refused after the UPDATE ran: it must roll back.
    await expectAppError(
      updateCase(db(), testContext(eastCoord), c.id, { version: 1, regionCode: '329903', notes: '移走' }),
      'FORBIDDEN',
    );
    const after = await getCaseDetail(db(), city, c.id);
    expect(after.regionCode).toBe('329902');
    expect(after.regionPath).toBe('/329900/329902/');
    expect(after.notes).toBeNull();
    expect(after.version).toBe(1);
    expect(await auditCount(c.id)).toBe(1);

    await updateCase(db(), testContext(eastCoord), c.id, { version: 1, notes: '正常修改' });
    const rows = await db().select().from(auditLog).where(eq(auditLog.entityId, c.id)).orderBy(auditLog.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1]!.diff).toMatchObject({ notes: { from: null, to: '正常修改' } });
    // personal data never enters the audit log in clear
    expect(JSON.stringify(rows[0]!.after)).not.toContain('329902199001011234');
  });

  it('derives 败诉 from the outcome and classifies an operative text', async () => {
    const c = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-1-dept-0'), { caseNumber: '（2024）苏9903行初201号' }),
    );
    const lost = await updateCase(db(), testContext(city), c.id, {
      version: 1,
      outcome: 'REVOKED',
      outcomeDate: '2025-01-10',
    });
    expect(lost.governmentLost).toBe(true);
    expect(lost.status).toBe('concluded');
    expect(lost.outcomeLabel).toBe('判决撤销');
    expect(lost.deadlines.map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(['litigation.appeal.judgment', 'loss.analysis-report', 'accountability.referral']),
    );
    expect(lost.deadlines.find((d) => d.ruleId === 'litigation.first-instance')?.status).toBe('met');
    expect(lost.timeline.find((e) => e.type === 'outcome')?.at).toBe('2025-01-10');

    const won = await updateCase(db(), testContext(city), c.id, {
      version: 2,
      outcome: null,
      outcomeText: '判决如下：驳回原告王某明的诉讼请求。案件受理费50元，由原告负担。',
    });
    expect(won.outcome).toBe('CLAIMS_REJECTED');
    expect(won.governmentLost).toBe(false);
    expect(won.deadlines.map((d) => d.ruleId)).not.toContain('loss.analysis-report');

    const appealed = await updateCase(db(), testContext(city), c.id, { version: 3, outcome: 'APPEAL_DISMISSED' });
    expect(appealed.governmentLost).toBeNull();
  });

  it('masks personal data in the detail; unmask shows it and is audited', async () => {
    const c = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-1-dept-1'), { caseNumber: '（2024）苏9903行初202号' }),
    );
    const plaintiff = c.parties.find((p) => p.side === 'plaintiff')!;
    expect(plaintiff.idNumber).toBe('3299**********1234');
    expect(plaintiff.phone).toBe('139****5678');
    expect(plaintiff.name).toBe('王某明');
    expect(plaintiff.masked).toBe(true);
    const leader = testPrincipal('leader', { regionCode: '329900', regionPath: '/329900/' });
    const forLeader = await getCaseDetail(db(), leader, c.id);
    expect(forLeader.parties.find((p) => p.side === 'plaintiff')!.name).toBe('王*明');
    expect(forLeader.canUnmask).toBe(false);

    const list = await listCasesFor(db(), city, listQuery({ q: '（2024）苏9903行初202' }));
    expect(list.items[0]!.plaintiffs).toEqual(['王*明']);

    const un = await unmaskParties(db(), testContext(city), c.id, '电话联系原告');
    expect(un.parties.find((p) => p.side === 'plaintiff')).toMatchObject({
      idNumber: '329902199001011234',
      phone: '13912345678',
      masked: false,
    });
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, c.id), eq(auditLog.action, 'unmask')));
    expect(audit).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain('13912345678');
  });

  it('links an appeal to its first instance and marks the first instance appealed', async () => {
    const first = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-1-dept-2'), { caseNumber: '（2024）苏9903行初203号' }),
    );
    const appeal = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-1-dept-2'), {
        caseNumber: '（2025）苏99行终12号',
        filedDate: '2025-02-01',
        complaintReceivedDate: null,
      }),
    );
    expect(appeal.instance).toBe('appeal');
    expect(appeal.courtAgencyId).toBe(org.agency('city-court'));
    expect(appeal.deadlines.map((d) => d.ruleId)).toEqual(['litigation.second-instance']);
    const linked = await linkCases(db(), testContext(city), appeal.id, { toCaseId: first.id, linkType: 'appeal_of' });
    expect(linked.links).toEqual([
      expect.objectContaining({ direction: 'from', caseId: first.id, caseNumber: '（2024）苏9903行初203号' }),
    ]);
    const firstNow = await getCaseDetail(db(), city, first.id);
    expect(firstNow.appealed).toBe(true);
    expect(firstNow.links[0]).toMatchObject({ direction: 'to', caseId: appeal.id, linkType: 'appeal_of' });
    await expectAppError(
      linkCases(db(), testContext(city), first.id, { toCaseId: appeal.id, linkType: 'appeal_of' }),
      'DUPLICATE',
    );
  });

  it('rejects unknown regions, agencies and domains with the field named', async () => {
    const bad = litigationInput(org.agency('county-0-dept-0'), {
      caseNumber: '（2025）苏9902行初999号',
      domain: 'nope',
    });
    const e1 = await expectAppError(createCase(db(), testContext(city), bad), 'VALIDATION_FAILED');
    expect(e1.details).toEqual([expect.objectContaining({ field: 'domain' })]);
    const e2 = await expectAppError(
      createCase(db(), testContext(city), { ...bad, domain: null, regionCode: '999999' }),
      'VALIDATION_FAILED',
    );
    expect(e2.details).toEqual([expect.objectContaining({ field: 'regionCode' })]);
    const [{ n }] = (await db()
      .select({ n: count() })
      .from(cases)
      .where(eq(cases.caseNumber, '（2025）苏9902行初999号'))) as [{ n: number }];
    expect(Number(n)).toBe(0);
  });
});
