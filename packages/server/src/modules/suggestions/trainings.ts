/**
 * Trainings and trial observations with their attendees, and the year's coverage per agency
 * (docs/rules/suggestions.md#training-coverage, the rule: docs/rules/accountability.md#coverage). Coordinators record
 * them; who reads a session: coordinators and leaders those organised in, above or below their region, clerks and
 * heads those their agency attended. Coverage counts the administrative agencies (departments, towns,
 * reconsideration bodies — not courts or procuratorates) of the caller's region.
 */
import { COVERAGE_KINDS, type CoverageSession, coverageOfYear, principalAppearanceCoverage } from '@shuangjiang/domain';
import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.js';
import { hearingFigures } from '../hearings/public.js';
import { type AgencyView, agenciesByIds, listAgencies } from '../org/public.js';
import type { TrainingKind } from './constants.js';
import type { SuggestionContext } from './context.js';
import type { trainingCreateBody } from './dto.js';
import { trainingAttendees, trainings } from './schema.js';

export const COVERED_AGENCY_KINDS = ['department', 'town', 'reconsideration_body'] as const;
const REGION_ROLES = new Set(['city_coordinator', 'county_coordinator', 'leader']);
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

function visible(p: Principal): SQL {
  if (REGION_ROLES.has(p.role) && p.regionPath) {
    // In the region, or organised by a region above it (a city-wide training concerns the county too).
    return or(
      sql`${trainings.regionPath} like ${`${p.regionPath}%`}`,
      sql`${p.regionPath} like ${trainings.regionPath} || '%'`,
    ) as SQL;
  }
  if (p.agencyId) {
    return inArray(
      trainings.id,
      sql`(select ${trainingAttendees.trainingId} from ${trainingAttendees} where ${trainingAttendees.agencyId} = ${p.agencyId})`,
    );
  }
  return sql`false`;
}

/** The agencies that must be covered in the caller's region. */
async function agenciesToCover(db: DbOrTx, p: Principal): Promise<AgencyView[]> {
  if (!p.regionCode) return [];
  const all = await listAgencies(db, { regionCode: p.regionCode, kind: [...COVERED_AGENCY_KINDS] });
  return REGION_ROLES.has(p.role) ? all : all.filter((a) => a.id === p.agencyId);
}

export async function listTrainings(db: DbOrTx, p: Principal, year?: number) {
  const where: SQL[] = [visible(p)];
  if (year) where.push(gte(trainings.heldOn, `${year}-01-01`), lte(trainings.heldOn, `${year}-12-31`));
  const rows = await db
    .select()
    .from(trainings)
    .where(and(...where))
    .orderBy(desc(trainings.heldOn))
    .limit(1000);
  const attendees = rows.length
    ? await db
        .select()
        .from(trainingAttendees)
        .where(
          inArray(
            trainingAttendees.trainingId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(trainingAttendees.agencyId))
    : [];
  const names = new Map(
    (await agenciesByIds(db, [...new Set(attendees.map((a) => a.agencyId))])).map((a) => [a.id, a.shortName ?? a.name]),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      heldOn: r.heldOn,
      note: r.note,
      attendees: attendees
        .filter((a) => a.trainingId === r.id)
        .map((a) => ({ agencyId: a.agencyId, agencyName: names.get(a.agencyId) ?? '', personName: a.personName })),
    })),
  };
}

export async function createTraining(db: Db, ctx: SuggestionContext, body: z.infer<typeof trainingCreateBody>) {
  const p = ctx.principal;
  if (!p.regionPath) throw forbidden('没有所属地区，不能登记培训');
  const ids = [...new Set(body.attendees.map((a) => a.agencyId))];
  const found = await agenciesByIds(db, ids);
  const bad = ids.filter((id) => !found.some((a) => a.id === id && a.regionPath.startsWith(p.regionPath ?? '\u0000')));
  if (bad.length) throw validationFailed([{ field: 'attendees', message: '参加机关不存在或不在您的管辖范围内' }]);
  const seen = new Set<string>();
  const attendees = body.attendees.filter((a) => {
    const k = `${a.agencyId}|${a.personName ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trainings)
      .values({
        kind: body.kind as TrainingKind,
        title: body.title,
        heldOn: body.heldOn,
        note: body.note ?? null,
        regionPath: p.regionPath ?? '',
        createdBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', '保存失败');
    await tx
      .insert(trainingAttendees)
      .values(attendees.map((a) => ({ trainingId: row.id, agencyId: a.agencyId, personName: a.personName ?? null })));
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'training',
      entityId: row.id,
      after: { kind: row.kind, title: row.title, heldOn: row.heldOn, agencies: ids.length, people: attendees.length },
    });
    const out = (await listTrainings(tx, p)).items.find((t) => t.id === row.id);
    if (!out) throw new AppError('INTERNAL', '保存失败');
    return out;
  });
}

/** A session recorded by mistake: removed with its attendees (only in the recorder's region). */
export async function deleteTraining(db: Db, ctx: SuggestionContext, id: string) {
  const p = ctx.principal;
  if (!isUuid(id) || !p.regionPath) throw notFound('培训记录');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(trainings)
      .where(and(eq(trainings.id, id), sql`${trainings.regionPath} like ${`${p.regionPath}%`}`));
    if (!row) throw notFound('培训记录');
    await tx.delete(trainings).where(eq(trainings.id, id));
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'delete',
      entityType: 'training',
      entityId: id,
      before: { kind: row.kind, title: row.title, heldOn: row.heldOn },
    });
  });
}

/** Every session of the year with the agencies that attended (all sessions: coverage is about the agencies). */
export async function sessionsOfYear(db: DbOrTx, year: number): Promise<CoverageSession[]> {
  const rows = await db
    .select({ id: trainings.id, kind: trainings.kind, heldOn: trainings.heldOn, agencyId: trainingAttendees.agencyId })
    .from(trainings)
    .innerJoin(trainingAttendees, eq(trainingAttendees.trainingId, trainings.id))
    .where(and(gte(trainings.heldOn, `${year}-01-01`), lte(trainings.heldOn, `${year}-12-31`)));
  const byId = new Map<string, { id: string; kind: string; date: string; attendingAgencyIds: string[] }>();
  for (const r of rows) {
    const s = byId.get(r.id) ?? { id: r.id, kind: r.kind, date: r.heldOn, attendingAgencyIds: [] };
    s.attendingAgencyIds.push(r.agencyId);
    byId.set(r.id, s);
  }
  return [...byId.values()]
    .filter((s) => (COVERAGE_KINDS as readonly string[]).includes(s.kind))
    .map((s) => s as CoverageSession);
}

export async function coverageFor(db: DbOrTx, p: Principal, year: number) {
  const agencies = await agenciesToCover(db, p);
  const result = coverageOfYear(
    agencies.map((a) => a.id),
    await sessionsOfYear(db, year),
    year,
  );
  const name = new Map(agencies.map((a) => [a.id, a.shortName ?? a.name]));
  const kindOut = (k: (typeof COVERAGE_KINDS)[number]) => {
    const c = result.byKind[k];
    return {
      numerator: c.numerator,
      denominator: c.denominator,
      value: c.value,
      full: c.full,
      uncovered: c.uncoveredAgencyIds.map((id) => ({ agencyId: id, agencyName: name.get(id) ?? '' })),
    };
  };
  // 主要负责人出庭 per defendant agency, from the hearings module's figures of the year in the caller's scope.
  const heard = await hearingFigures(db, p, { from: `${year}-01-01`, to: `${year}-12-31`, by: 'agency' });
  const principal = principalAppearanceCoverage(
    agencies.map((a) => a.id),
    heard.groups.map((g) => ({
      agencyId: g.key,
      casesHeard: g.figures.principal.denominator,
      principalAppeared: g.figures.principal.numerator,
    })),
  );
  return {
    year,
    training: kindOut('training'),
    trialObservation: kindOut('trial_observation'),
    principalAppearance: {
      numerator: principal.numerator,
      denominator: principal.denominator,
      value: principal.value,
      full: principal.full,
      uncovered: principal.uncoveredAgencyIds.map((id) => ({ agencyId: id, agencyName: name.get(id) ?? '' })),
    },
    rows: agencies.map((a) => ({
      agencyId: a.id,
      agencyName: a.shortName ?? a.name,
      regionName: a.regionName,
      training: result.byKind.training.sessionsByAgency.get(a.id)?.length ?? 0,
      trialObservation: result.byKind.trial_observation.sessionsByAgency.get(a.id)?.length ?? 0,
      principalAppeared: principal.byAgency.get(a.id) ?? null,
    })),
  };
}
