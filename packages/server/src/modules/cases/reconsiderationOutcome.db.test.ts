import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { AppError } from '../../platform/errors.js';
import { readWorkbook, tmpFile } from '../imports/fixtures.js';
import { importCasesFromXlsx } from '../imports/service.js';
import { exportCasesXlsx } from './export.js';
import { proposeFromJudgment } from './judgment.js';
import { caseEvents, cases } from './schema.js';
import { createCase, getCaseDetail, updateCase } from './service.js';
import { litigationInput, type OrgFixture, seedOrgFixture, testContext, testPrincipal } from './testing.js';

/**
 * A reconsideration records the 复议机关's decision (行政复议法 2023 arts. 63–74), never a court's judgment: refused by
 * the field's name (复议结果 / 裁判结果), classified with the reconsideration classifier, labelled and exported in the
 * body's own words, and re-imported from that export unchanged.
 */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('VALIDATION_FAILED');
    const details = (err as AppError).details as { field: string; message: string }[];
    expect(details[0]!.field).toBe('outcome');
    return details[0]!.message;
  }
  throw new Error('expected VALIDATION_FAILED');
}

describe(`reconsideration outcomes on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let org: OrgFixture;
  let city: Principal;
  const db = () => database.db;
  const reconsideration = (n: number, extra: Record<string, unknown> = {}) =>
    litigationInput(org.agency('county-0-dept-0'), {
      kind: 'reconsideration',
      caseNumber: `城东区政复〔2026〕${n}号`,
      filedDate: '2026-03-02',
      complaintReceivedDate: '2026-03-04',
      ...extra,
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('a 复议 case takes 撤销 (纠错, labelled as the body words it) and refuses 判决驳回诉讼请求 by its field name', async () => {
    const c = await createCase(db(), testContext(city), reconsideration(1, { outcome: 'RECON_REVOKED' }));
    expect(c.outcome).toBe('RECON_REVOKED');
    expect(c.outcomeLabel).toBe('决定撤销（部分撤销、责令重作）');
    expect(c.governmentLost).toBe(true);
    expect(c.timeline.find((e) => e.type === 'outcome')?.title).toBe('结案：决定撤销（部分撤销、责令重作）');

    const message = await refusal(
      updateCase(db(), testContext(city), c.id, { version: c.version, outcome: 'CLAIMS_REJECTED' }),
    );
    expect(message).toContain('复议结果');
    expect(message).toContain('判决驳回诉讼请求');
    expect(message).not.toMatch(/outcome|CLAIMS_REJECTED/);
    expect((await getCaseDetail(db(), city, c.id)).outcome).toBe('RECON_REVOKED');

    const upheld = await updateCase(db(), testContext(city), c.id, { version: c.version, outcome: 'RECON_UPHELD' });
    expect(upheld).toMatchObject({ outcome: 'RECON_UPHELD', outcomeLabel: '决定维持', governmentLost: false });
  });

  it('a lawsuit refuses a 复议 decision, naming 裁判结果; a kind change re-checks the kept outcome', async () => {
    const message = await refusal(
      createCase(
        db(),
        testContext(city),
        litigationInput(org.agency('county-0-dept-0'), {
          caseNumber: '（2026）苏9902行初31号',
          outcome: 'RECON_UPHELD',
        }),
      ),
    );
    expect(message).toContain('裁判结果');
    expect(message).toContain('决定维持');

    const suit = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-0-dept-0'), { caseNumber: '（2026）苏9902行初32号', outcome: 'REVOKED' }),
    );
    const moved = await refusal(
      updateCase(db(), testContext(city), suit.id, {
        version: suit.version,
        kind: 'reconsideration',
        caseNumber: '城东区政复〔2026〕32号',
      }),
    );
    expect(moved).toContain('复议结果');
    expect(moved).toContain('判决撤销');
  });

  it('classifies a 复议决定书 operative part with the reconsideration classifier', async () => {
    const c = await createCase(
      db(),
      testContext(city),
      reconsideration(2, {
        outcomeText: '本机关决定：维持被申请人作出的某市监罚〔2026〕12号行政处罚决定。',
        outcomeDate: '2026-04-20',
      }),
    );
    expect(c).toMatchObject({ outcome: 'RECON_UPHELD', outcomeLabel: '决定维持', governmentLost: false });
  });

  it('an uploaded 复议决定书 proposes a 复议结果', async () => {
    const c = await createCase(db(), testContext(city), reconsideration(3));
    const text =
      '某市人民政府\n行政复议决定书\n城东区政复〔2026〕3号\n申请人请求：撤销被申请人作出的行政处罚决定。' +
      '本机关认为：被申请人认定事实不清。根据《中华人民共和国行政复议法》第六十四条的规定，本机关决定：' +
      '撤销被申请人作出的某市监罚〔2026〕12号行政处罚决定，责令被申请人在六十日内重新作出行政行为。' +
      '申请人如不服本决定，可以自收到本决定书之日起十五日内向人民法院提起行政诉讼。';
    const p = await proposeFromJudgment(db(), city, testContext(city).actor, c.id, {
      fileName: '复议决定书.txt',
      content: Buffer.from(text, 'utf8'),
    });
    expect(p).toMatchObject({
      outcome: 'RECON_REVOKED',
      outcomeLabel: '决定撤销（部分撤销、责令重作）',
      governmentLost: true,
    });
  });

  it('exports 复议 wording and re-imports the export unchanged', async () => {
    const path = tmpFile('reconsideration-export.xlsx');
    const n = await exportCasesXlsx(
      db(),
      city,
      testContext(city).actor,
      { sort: 'filedDate', order: 'desc', kind: ['reconsideration'] },
      createWriteStream(path),
    );
    expect(n).toBeGreaterThanOrEqual(3);
    const sheet = (await readWorkbook(path)).get('案件')!;
    const outcomeColumn = sheet[0]!.indexOf('裁判结果');
    const outcomes = sheet.slice(1).map((r) => r[outcomeColumn]);
    expect(outcomes).toContain('决定维持');
    expect(JSON.stringify(sheet)).not.toMatch(/判决驳回诉讼请求|判决撤销|裁定驳回起诉/);
    const again = await importCasesFromXlsx(db(), city, path, { dryRun: true });
    expect(again).toMatchObject({ errorCount: 0, updated: 0, unchanged: n });
  });

  it('migration 0006 translates a 复议 or dispute case recorded with a court category, and its 结案 entry', async () => {
    const c = await createCase(db(), testContext(city), reconsideration(4));
    const d = await createCase(
      db(),
      testContext(city),
      reconsideration(5, { kind: 'dispute', caseNumber: '示争〔2026〕5号' }),
    );
    await db().update(cases).set({ outcome: 'SUIT_DISMISSED', governmentLost: false }).where(eq(cases.id, c.id));
    await db().update(cases).set({ outcome: 'TERMINATED' }).where(eq(cases.id, d.id));
    await db()
      .insert(caseEvents)
      .values({ caseId: c.id, at: '2026-04-01', type: 'outcome', title: '结案：裁定驳回起诉' });

    const file = fileURLToPath(new URL('../../../drizzle/0006_reconsideration_outcomes.sql', import.meta.url));
    for (const statement of readFileSync(file, 'utf8').split('--> statement-breakpoint')) {
      await db().execute(sql.raw(statement));
    }
    const [rc] = await db().select().from(cases).where(eq(cases.id, c.id));
    const [dc] = await db().select().from(cases).where(eq(cases.id, d.id));
    expect(rc!.outcome).toBe('RECON_APPLICATION_DISMISSED');
    expect(dc!.outcome).toBe('DISPUTE_UNRESOLVED');
    const titles = (await db().select().from(caseEvents).where(eq(caseEvents.caseId, c.id))).map((e) => e.title);
    expect(titles).toContain('结案：驳回行政复议申请');
    expect(titles).not.toContain('结案：裁定驳回起诉');
  });
});
