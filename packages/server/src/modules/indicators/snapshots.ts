/**
 * Published figures (issue 14 §Published figures, README.md#snapshots): `publishSnapshot` keeps the figures of a
 * period, scope and definition version with the case ids behind every numerator and denominator. Later corrections to
 * the registry do not change it (the row is never updated); publishing the same period, scope and definition set
 * again is the next version, with the differences from the previous one listed per figure: the counts before and
 * after and the cases added to and removed from each part.
 */
import { todayInChina } from '@shuangjiang/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { regionByCode } from '../org/public.js';
import { definitionsOf } from './definitions.js';
import { compareFigures, memberIds } from './figures.js';
import { refreshIndicatorFacts } from './refresh.js';
import { indicatorSnapshots } from './schema.js';
import { narrowedScope, periodOf } from './service.js';

export interface SnapshotFigure {
  id: string;
  label: string;
  numerator: number;
  denominator: number | null;
  value: number | null;
  display: string;
  numeratorCaseIds: string[];
  denominatorCaseIds: string[];
}

export interface SnapshotDifference {
  id: string;
  label: string;
  before: { numerator: number; denominator: number | null; display: string } | null;
  after: { numerator: number; denominator: number | null; display: string } | null;
  numeratorAdded: string[];
  numeratorRemoved: string[];
  denominatorAdded: string[];
  denominatorRemoved: string[];
}

const minus = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(b);
  return a.filter((x) => !set.has(x));
};

/** Per figure: what changed between two publications (figures in the new one's order, then any dropped). */
export function differencesOf(before: SnapshotFigure[], after: SnapshotFigure[]): SnapshotDifference[] {
  const old = new Map(before.map((f) => [f.id, f]));
  const now = new Map(after.map((f) => [f.id, f]));
  const brief = (f: SnapshotFigure | undefined) =>
    f ? { numerator: f.numerator, denominator: f.denominator, display: f.display } : null;
  const ids = [...after.map((f) => f.id), ...before.map((f) => f.id).filter((id) => !now.has(id))];
  return ids
    .map((id) => {
      const b = old.get(id);
      const a = now.get(id);
      return {
        id,
        label: (a ?? b)!.label,
        before: brief(b),
        after: brief(a),
        numeratorAdded: minus(a?.numeratorCaseIds ?? [], b?.numeratorCaseIds ?? []),
        numeratorRemoved: minus(b?.numeratorCaseIds ?? [], a?.numeratorCaseIds ?? []),
        denominatorAdded: minus(a?.denominatorCaseIds ?? [], b?.denominatorCaseIds ?? []),
        denominatorRemoved: minus(b?.denominatorCaseIds ?? [], a?.denominatorCaseIds ?? []),
      };
    })
    .filter(
      (d) =>
        JSON.stringify(d.before) !== JSON.stringify(d.after) ||
        d.numeratorAdded.length + d.numeratorRemoved.length + d.denominatorAdded.length + d.denominatorRemoved.length >
          0,
    );
}

export interface PublishInput {
  from: string;
  to: string;
  region?: string;
  /** The settings version of the definition set (default: in force). */
  definition?: number;
}

const present = (row: typeof indicatorSnapshots.$inferSelect) => ({
  id: row.id,
  version: row.version,
  from: row.fromDate,
  to: row.toDate,
  regionCode: row.regionCode,
  definition: { id: row.definitionSetId, version: row.definitionVersion },
  figures: row.figures as SnapshotFigure[],
  differences: (row.differences as SnapshotDifference[] | null) ?? null,
  createdAt: row.createdAt.toISOString(),
  createdBy: row.createdBy,
});
export type SnapshotOut = ReturnType<typeof present>;

/** Publishes the figures of the period in the caller's scope (narrowed by `region`), audited in the same transaction. */
export async function publishSnapshot(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  input: PublishInput,
): Promise<SnapshotOut> {
  const period = periodOf(input.from, input.to);
  const scope = await narrowedScope(db, principal, input.region);
  const regionCode = input.region ?? principal.regionCode;
  await refreshIndicatorFacts(db);
  const { set, version } = await definitionsOf(db, input.definition);
  const asOf = todayInChina();
  return db.transaction(async (tx) => {
    const { compared } = await compareFigures(tx, set, scope, period, asOf);
    const figures: SnapshotFigure[] = [];
    for (const c of compared) {
      figures.push({
        id: c.def.id,
        label: c.def.label,
        numerator: c.current.numerator,
        denominator: c.current.denominator,
        value: c.current.value,
        display: c.current.display,
        numeratorCaseIds: await memberIds(tx, c.def, scope, period, 'numerator', asOf),
        denominatorCaseIds:
          c.current.denominator === null ? [] : await memberIds(tx, c.def, scope, period, 'denominator', asOf),
      });
    }
    const key = `${period.from}|${period.to}|${regionCode ?? ''}|${set.id}`;
    // One publisher of a key at a time: the next version number and the comparison are taken under the lock.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
    const [previous] = await tx
      .select()
      .from(indicatorSnapshots)
      .where(eq(indicatorSnapshots.snapshotKey, key))
      .orderBy(desc(indicatorSnapshots.version))
      .limit(1);
    const [row] = await tx
      .insert(indicatorSnapshots)
      .values({
        snapshotKey: key,
        version: (previous?.version ?? 0) + 1,
        fromDate: period.from,
        toDate: period.to,
        regionCode,
        definitionSetId: set.id,
        definitionVersion: version ?? 0,
        figures,
        differences: previous ? differencesOf(previous.figures as SnapshotFigure[], figures) : null,
        createdBy: principal.userId,
      })
      .returning();
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'indicator_snapshot',
      entityId: row!.id,
      after: { key, version: row!.version, definition: { id: set.id, version: version ?? 0 } },
    });
    return present(row!);
  });
}

/** The publications of a scope the caller sees (newest first), without their case ids. */
export async function listSnapshots(db: Db, principal: Principal, q: { region?: string }) {
  await narrowedScope(db, principal, q.region);
  const regionCode = q.region ?? principal.regionCode;
  const rows = await db
    .select()
    .from(indicatorSnapshots)
    .where(regionCode ? eq(indicatorSnapshots.regionCode, regionCode) : sql`true`)
    .orderBy(desc(indicatorSnapshots.createdAt), desc(indicatorSnapshots.version))
    .limit(200);
  return {
    items: rows.map((r) => {
      const { figures, differences, ...rest } = present(r);
      return {
        ...rest,
        figures: figures.map(({ numeratorCaseIds: _n, denominatorCaseIds: _d, ...f }) => f),
        changed: differences?.length ?? null,
      };
    }),
  };
}

/** One publication with its case ids; a region outside the caller's scope is 404. */
export async function getSnapshot(db: Db, principal: Principal, id: string): Promise<SnapshotOut> {
  const [row] = await db
    .select()
    .from(indicatorSnapshots)
    .where(and(eq(indicatorSnapshots.id, id)));
  if (!row) throw notFound('发布的指标');
  const region = row.regionCode ? await regionByCode(db, row.regionCode) : null;
  try {
    await narrowedScope(db, principal, region?.code);
  } catch {
    throw notFound('发布的指标');
  }
  return present(row);
}
