/**
 * The summary is kept right on every write path and its counts are the domain's figures (README.md#summary): on the
 * demo city (written by the batch writer, as an import and the benchmark generator write) and after random writes
 * through the registry's use cases (create, update, link, delete, restore, defence filed, deadline changed), the stored
 * rows equal a recount from the registry, the counts (counts.ts) equal a recount of the summary, and every figure
 * counted in SQL — from the counts over whole months, from the summary rows over a day range — equals the domain's
 * `computeFigure` / `computeFigureBy` over all cases' facts, in total and per unit of every key.
 */
import {
  agencyUnits,
  type CaseFacts,
  computeFigure,
  computeFigureBy,
  DEMO_CITY_DEFINITIONS,
  type Period,
  quarterPeriod,
  rangePeriod,
  yearPeriod,
} from '@shuangjiang/domain';
import { eq, isNull, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { cases } from '../cases/schema.js';
import { addCaseEvent, createCase, deleteCase, linkCases, restoreCase, updateCase } from '../cases/service.js';
import { litigationInput, testContext, testPrincipal } from '../cases/testing.js';
import { demoContext, demoSteps } from '../demo/seed.js';
import { regions } from '../org/schema.js';
import { wholeMonths } from './counts.js';
import { type ByKey, countFigureBy, countFigures, countFiguresBy, type FigureScope } from './figures.js';
import { definitionSql } from './predicates.js';
import { rebuildAndCompare, refreshIndicatorFacts } from './refresh.js';
import { type IndicatorFactsRow, indicatorCaseFacts, indicatorCounts, indicatorDirty } from './schema.js';

const AS_OF = '2026-11-30';
const PERIODS: Period[] = [
  quarterPeriod(2025, 3),
  quarterPeriod(2025, 4),
  yearPeriod(2025),
  rangePeriod('2024-05-17', '2026-02-03'),
];
/**
 * Whole months (the counts answer: overlapping, and a dashboard's quarter with 同比 and 环比, which is counted grouped by
 * period) and a day range (the summary rows answer): each statement takes one kind.
 */
const PERIOD_SETS = [
  PERIODS.filter(wholeMonths),
  [quarterPeriod(2025, 3), quarterPeriod(2024, 3), quarterPeriod(2025, 2)],
  PERIODS.filter((p) => !wholeMonths(p)),
];
const DEFS = DEMO_CITY_DEFINITIONS.definitions.filter((d) => definitionSql(d, AS_OF) !== null);
const OUTCOMES = [
  'REVOKED',
  'CLAIMS_REJECTED',
  'WITHDRAWN',
  'WITHDRAWN_AFTER_CHANGE',
  'MEDIATED',
  'APPEAL_DISMISSED',
  'SUIT_DISMISSED',
  'REMANDED',
];

describe(`indicators summary on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let cityPath: string;
  let agencyIds: string[];
  let seq = 500;

  const ctx = () => testContext(testPrincipal('city_coordinator', { regionPath: cityPath }));

  async function allFacts(): Promise<CaseFacts[]> {
    const rows = await database.db.select({ facts: indicatorCaseFacts.facts }).from(indicatorCaseFacts);
    return rows.map((r) => r.facts as CaseFacts);
  }

  /** A case's unit under each key, read from its summary row (what the SQL groups by), for the domain's figures. */
  function unitsOf(by: ByKey, def: (typeof DEFS)[number], rows: Map<string, IndicatorFactsRow>) {
    return (c: CaseFacts): readonly string[] => {
      const r = rows.get(c.id)!;
      const date =
        def.kind === 'new_cases' ? c.filedOn : def.kind === 'defence_on_time_rate' ? c.defenceDueOn : c.concludedOn;
      switch (by) {
        case 'agency':
          return agencyUnits(def)(c);
        case 'region':
          return [r.countyCode];
        case 'domain':
          return [r.domain ?? ''];
        case 'cause':
          return [r.causeOfAction ?? ''];
        case 'kind':
          return [r.kind];
        case 'instance':
          return [r.kind === 'litigation' ? (r.instance ?? 'first') : (r.instance ?? '')];
        case 'outcome':
          return [r.outcome ?? ''];
        case 'month':
          return [date!.slice(0, 7)];
        case 'quarter':
          return [`${date!.slice(0, 4)}-Q${Math.ceil(Number(date!.slice(5, 7)) / 3)}`];
      }
    };
  }

  /** Every SQL figure of the set equals the domain's over all cases, in total and per unit of every key. */
  async function expectDomainFigures(scope: FigureScope = { regionPath: null, agencyId: null }) {
    const facts = await allFacts();
    for (const periods of PERIOD_SETS) {
      const counts = await countFigures(database.db, DEFS, scope, periods, AS_OF);
      for (const def of DEFS) {
        for (const [j, period] of periods.entries()) {
          const want = computeFigure(def, facts, period, { asOf: AS_OF });
          expect({ def: def.id, period, ...counts.get(def.id)![j] }).toEqual({
            def: def.id,
            period,
            numerator: want.numerator,
            denominator: want.denominator,
          });
        }
      }
    }
    const rows = new Map(
      (await database.db.select().from(indicatorCaseFacts)).map((r) => [r.caseId, r as IndicatorFactsRow]),
    );
    const keys: ByKey[] = ['region', 'agency', 'domain', 'cause', 'kind', 'instance', 'outcome', 'month', 'quarter'];
    for (const period of [PERIODS[0]!, PERIODS[3]!]) {
      for (const by of keys) {
        const batched = await countFiguresBy(database.db, DEFS, scope, period, by, AS_OF);
        for (const def of DEFS) {
          const want = computeFigureBy(def, facts, period, unitsOf(by, def, rows), { asOf: AS_OF });
          const wanted = new Map(
            [...want].map(([k, f]) => [k, { numerator: f.numerator, denominator: f.denominator }]),
          );
          const got = await countFigureBy(database.db, def, scope, period, by, AS_OF);
          expect({ def: def.id, by, period, got }).toEqual({ def: def.id, by, period, got: wanted });
          expect({ def: def.id, by, period, batched: batched.get(def.id) }).toEqual({
            def: def.id,
            by,
            period,
            batched: wanted,
          });
        }
      }
    }
    const q = PERIODS[2]!;
    // The dashboard's batched breakdown (one statement per unit key) equals the one-figure-at-a-time one.
    for (const by of ['agency', 'region', 'month', 'instance'] as const) {
      const batched = await countFiguresBy(database.db, DEFS, scope, q, by, AS_OF);
      for (const def of DEFS) {
        const single = await countFigureBy(database.db, def, scope, q, by, AS_OF);
        const nonEmpty = new Map([...single].filter(([, c]) => c.numerator + (c.denominator ?? 0) > 0));
        expect({ def: def.id, by, units: batched.get(def.id) }).toEqual({ def: def.id, by, units: nonEmpty });
      }
    }
    for (const def of DEFS) {
      const want = computeFigureBy(def, facts, q, agencyUnits(def), { asOf: AS_OF });
      const got = await countFigureBy(database.db, def, scope, q, 'agency', AS_OF);
      const wanted = new Map([...want].map(([k, f]) => [k, { numerator: f.numerator, denominator: f.denominator }]));
      expect({ def: def.id, got: new Map([...got].filter(([, c]) => (c.denominator ?? c.numerator) > 0)) }).toEqual({
        def: def.id,
        got: wanted,
      });
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const demo = demoContext(20261129);
    await database.db.transaction(async (tx) => {
      for (const step of demoSteps) await step(tx, demo);
    });
    const [city] = await database.db.select().from(regions).where(isNull(regions.parentCode));
    cityPath = city!.path;
    agencyIds = [...demo.agencyIds.entries()].filter(([k]) => k.includes('dept')).map(([, id]) => id);
  }, 300_000);

  afterAll(async () => {
    await database?.close();
  });

  it('the demo seed queues every case in its transaction; the refresh computes them and equals a recount', async () => {
    const n = (await database.db.select().from(indicatorDirty)).length;
    expect(n).toBeGreaterThan(2000);
    await refreshIndicatorFacts(database.db);
    expect(await database.db.select().from(indicatorDirty)).toEqual([]);
    const live = await database.db.select({ id: cases.id }).from(cases).where(isNull(cases.deletedAt));
    expect((await allFacts()).length).toBe(live.length);
    expect(await rebuildAndCompare(database.db)).toEqual([]);
    await expectDomainFigures();
  }, 300_000);

  it('a wrong count is found by the check, is what the figures read, and is repaired', async () => {
    const whole = PERIOD_SETS[0]!;
    const all = { regionPath: null, agencyId: null };
    const before = await countFigures(database.db, DEFS, all, whole, AS_OF);
    const dashboard = await countFigures(database.db, DEFS, all, PERIOD_SETS[1]!, AS_OF);
    const bumped = await database.db.execute(sql`
      update indicator_counts set n = n + 1
      where key = (select key from indicator_counts where unit_by = '' and concluded_on = ${whole[0]!.from}::date
                   and deciding and first_instance order by key limit 1)
      returning key, n`);
    const [row] = (bumped as unknown as { rows: { key: string; n: number }[] }).rows;
    expect(row).toBeDefined();
    expect(await countFigures(database.db, DEFS, all, whole, AS_OF)).not.toEqual(before);
    expect(await countFigures(database.db, DEFS, all, PERIOD_SETS[1]!, AS_OF)).not.toEqual(dashboard);
    expect(await rebuildAndCompare(database.db)).toEqual([
      { countsKey: row!.key, problem: 'counts', stored: Number(row!.n), recount: Number(row!.n) - 1 },
    ]);
    await rebuildAndCompare(database.db, { repair: true });
    expect(await rebuildAndCompare(database.db)).toEqual([]);
    expect(await countFigures(database.db, DEFS, all, whole, AS_OF)).toEqual(before);
    expect(await countFigures(database.db, DEFS, all, PERIOD_SETS[1]!, AS_OF)).toEqual(dashboard);
    expect((await database.db.select().from(indicatorCounts)).length).toBeGreaterThan(0);
  }, 300_000);

  it('a county and an agency see the figures of their own cases', async () => {
    const [county] = await database.db
      .select()
      .from(regions)
      .where(eq(regions.parentCode, cityPath.split('/')[1]!));
    await expectDomainFiguresScoped({ regionPath: county!.path, agencyId: null });
    await expectDomainFiguresScoped({ regionPath: null, agencyId: agencyIds[0]! });
  }, 300_000);

  /** Scoped: the domain over the scope's cases (links inside a county, as in the demo). */
  async function expectDomainFiguresScoped(scope: FigureScope) {
    const rows = await database.db.select().from(indicatorCaseFacts);
    const facts = rows
      .filter(
        (r) =>
          (!scope.regionPath || r.regionPath.startsWith(scope.regionPath)) &&
          (!scope.agencyId || r.agenciesEvery.includes(scope.agencyId)),
      )
      .map((r) => r.facts as CaseFacts);
    let nonZero = 0;
    for (const periods of PERIOD_SETS) {
      const counts = await countFigures(database.db, DEFS, scope, periods, AS_OF);
      for (const def of DEFS.filter((d) => d.kind !== 'loss_rate' || d.scope !== 'effective')) {
        for (const [j, period] of periods.entries()) {
          const want = computeFigure(def, facts, period, { asOf: AS_OF });
          const got = counts.get(def.id)![j]!;
          expect({ def: def.id, numerator: got.numerator, denominator: got.denominator }).toEqual({
            def: def.id,
            numerator: want.numerator,
            denominator: want.denominator,
          });
          nonZero += got.numerator;
        }
      }
    }
    expect(nonZero).toBeGreaterThan(0);
    // Per unit of every key within the scope: from the counts where they hold it (a county: all keys; an agency:
    // county, kind, month, quarter), from the summary rows otherwise — both the domain's over the scope's cases.
    const byId = new Map(rows.map((r) => [r.caseId, r as IndicatorFactsRow]));
    const keys: ByKey[] = ['region', 'agency', 'domain', 'cause', 'kind', 'instance', 'outcome', 'month', 'quarter'];
    for (const by of keys) {
      for (const def of DEFS.filter((d) => d.kind !== 'loss_rate' || d.scope !== 'effective')) {
        const want = computeFigureBy(def, facts, PERIODS[0]!, unitsOf(by, def, byId), { asOf: AS_OF });
        const wanted = new Map([...want].map(([k, f]) => [k, { numerator: f.numerator, denominator: f.denominator }]));
        const got = await countFigureBy(database.db, def, scope, PERIODS[0]!, by, AS_OF);
        expect({ def: def.id, by, got }).toEqual({ def: def.id, by, got: wanted });
      }
    }
  }

  it('after random writes through every use case, the summary equals a recount and the domain', async () => {
    const live = async () =>
      (await database.db.select({ id: cases.id, version: cases.version }).from(cases).where(isNull(cases.deletedAt)))
        .map((r) => r)
        .sort((a, b) => (a.id < b.id ? -1 : 1));
    const deleted = async () =>
      (await database.db.select({ id: cases.id }).from(cases)).filter(Boolean).map((r) => r.id);
    const date = fc
      .date({ min: new Date('2024-01-01'), max: new Date('2026-11-20'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const write = fc.oneof(
      fc.record({
        op: fc.constant('create' as const),
        filed: date,
        days: fc.integer({ min: 0, max: 300 }),
        outcome: fc.option(fc.constantFrom(...OUTCOMES)),
        agency: fc.nat(),
        co: fc.option(fc.nat()),
        appeal: fc.boolean(),
      }),
      fc.record({
        op: fc.constant('update' as const),
        pick: fc.nat(),
        outcome: fc.option(fc.constantFrom(...OUTCOMES)),
        appealed: fc.option(fc.boolean()),
      }),
      fc.record({
        op: fc.constant('link' as const),
        a: fc.nat(),
        b: fc.nat(),
        type: fc.constantFrom('appeal_of', 'retrial_of', 'follows_reconsideration'),
      }),
      fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ op: fc.constant('restore' as const), pick: fc.nat() }),
      fc.record({ op: fc.constant('defence' as const), pick: fc.nat(), at: date }),
    );
    let succeeded = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 6 }), async (writes) => {
        for (const w of writes) {
          const ids = await live();
          const one = (n: number) => ids[n % ids.length]!;
          try {
            if (w.op === 'create') {
              seq += 1;
              const concluded = new Date(Date.parse(w.filed) + w.days * 86_400_000).toISOString().slice(0, 10);
              const first = agencyIds[w.agency % agencyIds.length]!;
              const parties = litigationInput(first).parties!;
              if (w.co !== null) {
                parties.push({
                  side: 'defendant',
                  partyType: 'agency',
                  name: '共同被告',
                  agencyId: agencyIds[w.co % agencyIds.length]!,
                  defendantRole: 'co_defendant',
                });
              }
              await createCase(
                database.db,
                ctx(),
                litigationInput(first, {
                  caseNumber: `（${w.filed.slice(0, 4)}）苏9902${w.appeal ? '行终' : '行初'}${seq}号`,
                  filedDate: w.filed,
                  complaintReceivedDate: w.filed,
                  outcome: w.outcome ?? null,
                  outcomeDate: w.outcome && concluded <= '2026-11-20' ? concluded : null,
                  parties,
                }),
              );
            } else if (w.op === 'update') {
              const c = one(w.pick);
              await updateCase(database.db, ctx(), c.id, {
                version: c.version,
                outcome: w.outcome ?? undefined,
                appealed: w.appealed,
              });
            } else if (w.op === 'link') {
              await linkCases(database.db, ctx(), one(w.a).id, { toCaseId: one(w.b).id, linkType: w.type });
            } else if (w.op === 'delete') {
              const c = one(w.pick);
              await deleteCase(database.db, ctx(), c.id, { reason: '测试删除', version: c.version });
            } else if (w.op === 'restore') {
              const all = await deleted();
              await restoreCase(database.db, ctx(), all[w.pick % all.length]!);
            } else {
              await addCaseEvent(database.db, ctx(), one(w.pick).id, {
                at: w.at,
                type: 'defence_submitted',
                title: '提交答辩状',
              });
            }
            succeeded += 1;
          } catch (err) {
            // A write the registry refuses (a date before filing, a link to itself, a kind mismatch …) writes nothing.
            if (!(err instanceof Error && 'code' in err)) throw err;
          }
        }
        expect(await rebuildAndCompare(database.db)).toEqual([]);
      }),
      { numRuns: 12 },
    );
    // The writes were not all refused: the registry changed under the summary.
    expect(succeeded).toBeGreaterThan(15);
    await expectDomainFigures();
  }, 600_000);
});
