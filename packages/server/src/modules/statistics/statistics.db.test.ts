/**
 * The statistics filings on the demo city (PGlite, PostgreSQL): a county's pre-filled 行政复议 form and 行政应诉 form
 * equal a recount of the demo registry in SQL written here, independently of the module; the flow submit → return
 * with a comment → adjust and resubmit → accept → the city's own → summary (the sum of the units); a failed check names
 * its cases and blocks the submission; stale versions 409; roles and scopes 403/404; the workbook read back with
 * exceljs holds the layout (title, 表号, 填报单位, merged headers) and the values; every step is audited.
 */
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/auditLog.js';
import type { Role } from '../../platform/auth/principal.js';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { seedDemoIfEmpty } from '../demo/seed.js';
import type { FilingOut } from './dto.js';

const CITY = '329900';
const COUNTY = '329902';
const OTHER = '329903';

describe(`statistics filings of the demo city on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  const sessions = new Map<string, TestSession>();
  async function as(role: Role, regionCode?: string) {
    const key = `${role}:${regionCode ?? ''}`;
    if (!sessions.has(key)) {
      const user = await createTestUser(database.db, { role, ...(regionCode ? { regionCode } : {}) });
      sessions.set(key, await sessionAs(app, database.db, user));
    }
    return sessions.get(key)!;
  }
  const county = () => as('county_coordinator', COUNTY);
  const city = () => as('city_coordinator', CITY);
  const q = async <T>(s: ReturnType<typeof sql>) => (await database.db.execute(s)).rows as T[];
  async function call(s: TestSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
    const res = await s.inject({ method, url: `/api/v1/statistics${url}`, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json() as FilingOut & { code?: string; details?: unknown } };
  }
  const cell = (f: FilingOut, key: string) => f.cells.find((c) => c.key === key)!;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoIfEmpty(database);
    app = await buildTestApp(database);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('pre-fills the county’s 行政复议 form for 2025 with what a recount of the registry gives', async () => {
    const res = await call(await county(), 'POST', '/filings', { form: 'reconsideration', period: '2025' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const f = res.body;
    expect([f.region.code, f.status, f.formCode, f.periodLabel]).toEqual([COUNTY, 'draft', '国法复统字1号', '2025年']);
    // The recount: the county's reconsiderations are those its government (the 复议机关) decides.
    const [r] = await q<Record<string, number>>(sql`
      with rc as (
        select c.*, fd.kind as resp_kind from cases c
        join agencies b on b.id = c.court_agency_id
        left join agencies fd on fd.id = c.first_defendant_agency_id
        where c.kind = 'reconsideration' and c.deleted_at is null and b.region_code = ${COUNTY}
      ), acc as (select * from rc where filed_date is not null and outcome is distinct from 'RECON_NOT_ACCEPTED')
      select
        (select count(*)::int from acc where filed_date < '2025-01-01'
          and (outcome_date is null or outcome_date >= '2025-01-01')) as carried,
        (select count(*)::int from rc where coalesce(received_date, filed_date) between '2025-01-01' and '2025-12-31') as received,
        (select count(*)::int from acc where filed_date between '2025-01-01' and '2025-12-31') as accepted,
        (select coalesce(sum(greatest(plaintiff_count, 1)), 0)::int from acc
          where filed_date between '2025-01-01' and '2025-12-31') as applicants,
        (select count(*)::int from acc where filed_date between '2025-01-01' and '2025-12-31' and resp_kind = 'town') as township,
        (select count(*)::int from acc where filed_date between '2025-01-01' and '2025-12-31'
          and resp_kind = 'department') as county_dept,
        (select count(*)::int from acc where filed_date between '2025-01-01' and '2025-12-31' and act_kind = 'penalty') as penalty,
        (select count(*)::int from acc where outcome_date between '2025-01-01' and '2025-12-31') as closed,
        (select count(*)::int from acc where outcome_date between '2025-01-01' and '2025-12-31'
          and outcome = 'RECON_UPHELD') as upheld,
        (select count(*)::int from acc where outcome_date between '2025-01-01' and '2025-12-31'
          and outcome = 'RECON_REVOKED') as revoked,
        (select count(*)::int from acc where filed_date <= '2025-12-31'
          and (outcome_date is null or outcome_date > '2025-12-31')) as open`);
    expect(r!.accepted).toBeGreaterThan(10);
    const got = (col: string) => cell(f, `total:${col}`).value;
    expect({
      carried: got('carried'),
      received: got('received'),
      accepted: got('accepted'),
      applicants: got('applicants'),
      township: got('resp_township'),
      county_dept: got('resp_county_dept'),
      penalty: got('matter_penalty'),
      closed: got('closed'),
      upheld: got('closed_upheld'),
      revoked: got('closed_revoked'),
      open: got('open'),
    }).toEqual(r);
    // Every body of a county reconsideration in the demo is the county government.
    expect(got('body_county_gov')).toBe(r!.accepted);
    expect(f.checks.filter((c) => !c.ok)).toEqual([]);
    // Asked again: the same filing.
    const again = await call(await county(), 'POST', '/filings', { form: 'reconsideration', period: '2025' });
    expect([again.status, again.body.id]).toEqual([200, f.id]);
  });

  it('pre-fills the 行政应诉 form by 审级 as the registry counts them, 负责人出庭 from the hearings', async () => {
    const res = await call(await county(), 'POST', '/filings', { form: 'litigation', period: '2025' });
    expect(res.status).toBe(201);
    const rows = await q<{ instance: string; received: number; closed: number; lost: number }>(sql`
      select instance,
        count(*) filter (where filed_date between '2025-01-01' and '2025-12-31')::int as received,
        count(*) filter (where filed_date <= '2025-12-31' and outcome_date between '2025-01-01' and '2025-12-31')::int as closed,
        count(*) filter (where filed_date <= '2025-12-31' and outcome_date between '2025-01-01' and '2025-12-31'
          and government_lost)::int as lost
      from cases where kind = 'litigation' and deleted_at is null and region_code = ${COUNTY}
        and instance in ('first', 'appeal') group by instance`);
    for (const r of rows) {
      expect([r.instance, cell(res.body, `${r.instance}:received`).value]).toEqual([r.instance, r.received]);
      expect(cell(res.body, `${r.instance}:closed`).value).toBe(r.closed);
      expect(cell(res.body, `${r.instance}:lost`).value).toBe(r.lost);
    }
    expect(cell(res.body, 'first:received').value).toBeGreaterThan(10);
    expect(cell(res.body, 'total:heard').value).toBeGreaterThan(0);
    expect(cell(res.body, 'total:appeared').value).toBeLessThanOrEqual(cell(res.body, 'total:heard').value);
    expect(res.body.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('submit → return with a comment → adjust and resubmit → accept → the city’s own → the summary', async () => {
    const c = await county();
    const boss = await city();
    let f = (await call(c, 'POST', '/filings', { form: 'reconsideration', period: '2025' })).body;

    // A failed check names its cases and blocks the submission.
    expect(
      (await call(c, 'PUT', `/filings/${f.id}/cells`, { version: f.version, cell: 'total:closed_upheld', value: 1 }))
        .status,
    ).toBe(400);
    const bad = await call(c, 'PUT', `/filings/${f.id}/cells`, {
      version: f.version,
      cell: 'total:closed_upheld',
      value: cell(f, 'total:closed_upheld').computed + 1,
      reason: '一件维持决定漏登',
    });
    expect(bad.status).toBe(200);
    f = bad.body;
    const failed = f.checks.filter((x) => !x.ok);
    expect(failed.map((x) => x.id)).toEqual(['sum:closed:total']);
    const upheld = await q<{ id: string; case_number: string }>(sql`
      select c.id, c.case_number from cases c join agencies b on b.id = c.court_agency_id
      where c.kind = 'reconsideration' and b.region_code = ${COUNTY} and c.outcome = 'RECON_UPHELD'
        and c.outcome_date between '2025-01-01' and '2025-12-31' and c.deleted_at is null`);
    expect(failed[0]!.cases.map((x) => x.id).sort()).toEqual(upheld.map((u) => u.id).sort());
    expect(failed[0]!.cases.map((x) => x.caseNumber).sort()).toEqual(upheld.map((u) => u.case_number).sort());
    expect(cell(f, 'total:closed_upheld').adjustment).toMatchObject({ reason: '一件维持决定漏登' });
    const refused = await call(c, 'POST', `/filings/${f.id}/submit`, { version: f.version });
    expect([refused.status, refused.body.code]).toEqual([422, 'UNPROCESSABLE']);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'sum:closed:total' })]);
    // Back to the count (value null), then 数额 entered with a reason (no total depends on it): submit.
    f = (
      await call(c, 'PUT', `/filings/${f.id}/cells`, { version: f.version, cell: 'total:closed_upheld', value: null })
    ).body;
    expect(cell(f, 'total:closed_upheld').adjustment).toBeNull();
    f = (
      await call(c, 'PUT', `/filings/${f.id}/cells`, {
        version: f.version,
        cell: 'total:comp_amount',
        value: 12000.5,
        reason: '赔偿决定书载明数额',
      })
    ).body;
    expect(cell(f, 'total:comp_amount').value).toBe(12000.5);
    // A stale version is refused.
    expect((await call(c, 'POST', `/filings/${f.id}/submit`, { version: f.version - 1 })).status).toBe(409);
    const submitted = await call(c, 'POST', `/filings/${f.id}/submit`, { version: f.version });
    expect([submitted.status, submitted.body.status]).toEqual([200, 'submitted']);
    f = submitted.body;
    // Submitted: the county can no longer adjust.
    expect(
      (
        await call(c, 'PUT', `/filings/${f.id}/cells`, {
          version: f.version,
          cell: 'total:comp_amount',
          value: 1,
          reason: '再改',
        })
      ).status,
    ).toBe(422);

    // The city sees it and returns it with a comment; the county sees the comment.
    const listed = (await call(boss, 'GET', '/filings?form=reconsideration&period=2025')).body as unknown as {
      items: FilingOut[];
    };
    expect(listed.items.find((i) => i.id === f.id)).toMatchObject({
      status: 'submitted',
      can: { fill: false, review: true },
    });
    expect((await call(boss, 'POST', `/filings/${f.id}/return`, { version: f.version, comment: '' })).status).toBe(400);
    const returned = await call(boss, 'POST', `/filings/${f.id}/return`, {
      version: f.version,
      comment: '行政赔偿数额请附赔偿决定书',
    });
    expect([returned.status, returned.body.status]).toEqual([200, 'returned']);
    const seen = (await call(c, 'GET', `/filings/${f.id}`)).body;
    expect(seen.status).toBe('returned');
    expect(seen.events.filter((e) => e.kind === 'returned').map((e) => e.comment)).toEqual([
      '行政赔偿数额请附赔偿决定书',
    ]);
    expect(seen.can).toEqual({ fill: true, review: false });

    // Adjusted again and resubmitted; accepted.
    f = (
      await call(c, 'PUT', `/filings/${f.id}/cells`, {
        version: seen.version,
        cell: 'total:comp_amount',
        value: 12500,
        reason: '按赔偿决定书（附件）更正',
      })
    ).body;
    f = (await call(c, 'POST', `/filings/${f.id}/submit`, { version: f.version })).body;
    expect(f.status).toBe('submitted');
    // Only the level above accepts.
    expect((await call(c, 'POST', `/filings/${f.id}/accept`, { version: f.version })).status).toBe(403);
    const accepted = await call(boss, 'POST', `/filings/${f.id}/accept`, { version: f.version });
    expect([accepted.status, accepted.body.status]).toEqual([200, 'accepted']);
    expect(accepted.body.events.map((e) => e.kind)).toEqual([
      'created',
      'adjusted',
      'adjusted',
      'adjusted',
      'submitted',
      'returned',
      'adjusted',
      'submitted',
      'accepted',
    ]);

    // The city's own filing, confirmed by the city; then the summary.
    let own = (await call(boss, 'POST', '/filings', { form: 'reconsideration', period: '2025' })).body;
    expect(own.region.code).toBe(CITY);
    own = (await call(boss, 'POST', `/filings/${own.id}/submit`, { version: own.version })).body;
    own = (await call(boss, 'POST', `/filings/${own.id}/accept`, { version: own.version })).body;
    expect(own.status).toBe('accepted');
    const sum = await call(boss, 'POST', '/summaries', { form: 'reconsideration', period: '2025' });
    expect(sum.status, JSON.stringify(sum.body)).toBe(200);
    expect(sum.body.scope).toBe('summary');
    expect(sum.body.units.map((u) => u.region.code).sort()).toEqual([CITY, COUNTY]);
    for (const key of ['total:accepted', 'total:closed', 'total:open', 'total:applicants']) {
      expect(cell(sum.body, key).value).toBe(cell(accepted.body, key).value + cell(own, key).value);
    }
    expect(cell(sum.body, 'total:comp_amount').value).toBe(12500);
    expect(sum.body.checks.find((x) => x.id === 'units')).toMatchObject({ ok: true });
    // A summary is not reviewed here.
    expect((await call(boss, 'POST', `/filings/${sum.body.id}/accept`, { version: sum.body.version })).status).toBe(
      422,
    );

    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'statistics_filing'), eq(auditLog.entityId, f.id)));
    expect(audits.length).toBe(9);
  });

  it('roles and scopes: leaders read, others 403; another county 404; fill and review by unit only', async () => {
    const f = (await call(await county(), 'POST', '/filings', { form: 'disclosure', period: '2025' })).body;
    const leader = await as('leader', CITY);
    expect((await call(leader, 'GET', `/filings/${f.id}`)).status).toBe(200);
    expect((await call(leader, 'POST', '/filings', { form: 'disclosure', period: '2025' })).status).toBe(403);
    expect((await call(leader, 'POST', `/filings/${f.id}/return`, { version: 1, comment: '请核实' })).status).toBe(403);
    expect((await call(await as('agency_clerk'), 'GET', '/filings')).status).toBe(403);
    expect((await call(await as('admin'), 'GET', '/forms')).status).toBe(403);
    const other = await as('county_coordinator', OTHER);
    expect((await call(other, 'GET', `/filings/${f.id}`)).status).toBe(404);
    expect((await call(other, 'POST', `/filings/${f.id}/submit`, { version: f.version })).status).toBe(404);
    expect((await call(other, 'POST', '/filings', { form: 'disclosure', period: '2025', region: COUNTY })).status).toBe(
      403,
    );
    expect(
      (await call(await county(), 'POST', '/filings', { form: 'disclosure', period: '2025', region: CITY })).status,
    ).toBe(403);
    expect(
      (await call(await county(), 'POST', `/filings/${f.id}/return`, { version: 1, comment: '请核实' })).status,
    ).toBe(403);
    const boss = await city();
    expect((await call(boss, 'POST', '/filings', { form: 'disclosure', period: '2025', region: COUNTY })).status).toBe(
      403,
    );
    expect((await call(boss, 'POST', `/filings/${f.id}/submit`, { version: f.version })).status).toBe(403);
    // 表4 is annual only.
    expect((await call(await county(), 'POST', '/filings', { form: 'disclosure', period: '2025-H1' })).status).toBe(
      400,
    );
    // The county's list holds its own only.
    const mine = (await call(other, 'GET', '/filings')).body as unknown as { items: FilingOut[] };
    expect(mine.items.every((i) => i.region.code === OTHER)).toBe(true);
  });

  it('上期结转 is checked against the previous period’s filing', async () => {
    const c = await county();
    const h1 = (await call(c, 'POST', '/filings', { form: 'reconsideration', period: '2025-H1' })).body;
    const adjusted = (
      await call(c, 'PUT', `/filings/${h1.id}/cells`, {
        version: h1.version,
        cell: 'total:open',
        value: cell(h1, 'total:open').computed + 2,
        reason: '测试：上期未审结改大',
      })
    ).body;
    expect(adjusted.checks.find((x) => x.id === 'sum:balance:total')?.ok).toBe(false);
    const h2 = (await call(c, 'POST', '/filings', { form: 'reconsideration', period: '2025-H2' })).body;
    expect(h2.previousId).toBe(h1.id);
    const carried = h2.checks.find((x) => x.id === 'carried:total')!;
    expect(carried.ok).toBe(false);
    expect(carried.detail).toBe(
      `${cell(h2, 'total:carried').value} = ${cell(h2, 'total:carried').value + 2}（上期未审结）`,
    );
  });

  it('exports the form in its layout (.xlsx) and reads it back', async () => {
    const c = await county();
    const f = (await call(c, 'POST', '/filings', { form: 'reconsideration', period: '2025' })).body;
    const res = await c.inject({ method: 'GET', url: `/api/v1/statistics/filings/${f.id}.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe('行政复议案件统计报表');
    expect(ws.getCell(2, 1).value).toBe('表号：国法复统字1号');
    expect(String(ws.getCell(3, 1).value)).toContain('填报单位：城东区');
    expect(String(ws.getCell(3, 1).value)).toContain('2025年');
    // Headers: 收案情况 over four columns, 被申请人 over nine, 已审结 · 终止 over three.
    const header = (r: number, c: number) => ws.getCell(r, c).value;
    expect([header(5, 2), header(5, 5), header(5, 6), header(5, 14)]).toEqual([
      '收案情况',
      '收案情况',
      '被申请人',
      '被申请人',
    ]);
    expect(ws.getCell(5, 2).isMerged && ws.getCell(5, 5).isMerged).toBe(true);
    const termCols = [...Array(ws.columnCount).keys()].filter((i) => header(6, i + 1) === '终止');
    expect(termCols.length).toBe(3);
    expect(termCols.map((i) => header(7, i + 1))).toEqual(['撤回申请', '和解协议', '其他']);
    // The values row under the three header rows: 受理 in column 4, the adjusted 数额 with its note.
    expect(ws.getCell(8, 1).value).toBe('合计');
    expect(ws.getCell(8, 4).value).toBe(cell(f, 'total:accepted').value);
    const amountCol = f.cells.findIndex((x) => x.key === 'total:comp_amount') + 2;
    expect(ws.getCell(8, amountCol).value).toBe(12500);
    expect(JSON.stringify(ws.getCell(8, amountCol).note)).toContain('按赔偿决定书（附件）更正');
  });
});
