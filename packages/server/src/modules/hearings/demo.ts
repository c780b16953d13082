/**
 * The demo's hearings: the cases step builds them with the cases (cases/demoBuilder.ts, handed over in
 * `ctx.hearings`) and this step writes them — a past hearing held, a later one scheduled, each with its first history
 * row, and the head who appeared (found in org's heads list by agency and name) as a designated, appeared appearance
 * with the identity proof filed. Rows travel as one JSON parameter per batch (`json_populate_recordset`), as the
 * case registry's demo writer does, so the benchmark generator's million cases stay fast.
 */
import { randomUUID } from 'node:crypto';
import { chinaInstant, type IsoDate } from '@shuangjiang/domain';
import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client.js';
import { DEMO_TODAY } from '../cases/public.js';
import type { DemoHearing, DemoStep } from '../demo/public.js';
import { headsOfAgencies, linkHeadLogin } from '../org/public.js';
import { getSetting } from '../settings/service.js';
import { enqueueReminders } from './reminders.js';
import { hearingAppearances, hearingStatusChanges, hearings } from './schema.js';

const BATCH = 5000;

async function insertJson(tx: DbOrTx, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const name = sql.identifier(getTableName(table));
  const columns = sql.join(
    Object.keys(rows[0]!).map((c) => sql.identifier(c)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = JSON.stringify(rows.slice(i, i + BATCH));
    await tx.execute(
      sql`insert into ${name} (${columns}) select ${columns} from json_populate_recordset(null::${name}, ${batch}::json)`,
    );
  }
}

/** Writes the built hearings (seed data: no audit rows; the history says who entered them). */
export async function writeDemoHearings(
  tx: DbOrTx,
  built: readonly DemoHearing[],
): Promise<{ id: string; scheduledAt: Date; status: string }[]> {
  if (built.length === 0) return [];
  const agencyIds = [...new Set(built.map((h) => h.defendantAgencyId).filter((v): v is string => !!v))];
  const heads = await headsOfAgencies(tx, agencyIds, true);
  const headOf = new Map(heads.map((h) => [`${h.agencyId}/${h.name}`, h]));
  const today = new Date(`${DEMO_TODAY}T00:00:00+08:00`);
  const rows: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];
  const appearances: Record<string, unknown>[] = [];
  for (const h of built) {
    const id = randomUUID();
    const status = h.scheduledAt < today ? 'held' : 'scheduled';
    const at = h.scheduledAt.toISOString();
    rows.push({ id, case_id: h.caseId, scheduled_at: at, courtroom: h.courtroom, status });
    history.push({
      hearing_id: id,
      at,
      by_name: '系统（示例数据）',
      from_status: null,
      to_status: status,
      to_scheduled_at: at,
      reason: '示例数据',
    });
    if (h.headAppearance !== 'none') {
      const head = h.headName ? headOf.get(`${h.defendantAgencyId}/${h.headName}`) : undefined;
      appearances.push({
        hearing_id: id,
        role: 'head',
        head_id: head?.id ?? null,
        name: h.headName ?? '（姓名未记录）',
        title: head?.title ?? null,
        head_role: head?.headRole ?? h.headAppearance,
        agency_id: h.defendantAgencyId,
        designated: true,
        appeared: true,
        spoke: h.spoke,
        identity_proof_filed: true,
      });
    }
  }
  await insertJson(tx, hearings, rows);
  await insertJson(tx, hearingStatusChanges, history);
  await insertJson(tx, hearingAppearances, appearances);
  return rows.map((r) => ({
    id: r.id as string,
    scheduledAt: new Date(r.scheduled_at as string),
    status: r.status as string,
  }));
}

/** The agency whose clerk and head have demo accounts (users/demo.ts). */
const DEMO_ACCOUNTS_AGENCY = 'county-0-dept-1';
/** Its next hearing: three days after the demo's today, so the 3-days-before reminder is due on its next morning. */
const DEMO_NEXT_HEARING = '2026-12-01T09:30:00+08:00';

/**
 * The demo step after the cases: writes the hearings they built; the demo accounts' agency gets its next hearing on
 * 2026-12-01 09:30 with its 正职 designated (moved there if it has one ahead, else entered on its latest case), the 正职
 * linked to the demo's head account; then
 * the reminders of every hearing still ahead of the demo's today (reminders.ts: jobs `hearings.remind`, the setting's
 * days), so `jobs run --now 2026-11-30T08:00:00+08:00` finds them due. A reminder whose hearing has passed by the
 * time it runs sends nothing.
 */
export const seedDemoHearings: DemoStep = async (tx, ctx) => {
  const built = ctx.hearings.splice(0);
  const today = chinaInstant(DEMO_TODAY as IsoDate, 0);
  const agencyId = ctx.agencyIds.get(DEMO_ACCOUNTS_AGENCY);
  const theirs = built.filter((h) => h.defendantAgencyId === agencyId);
  const next = theirs.find((h) => h.scheduledAt >= today);
  if (next) next.scheduledAt = new Date(DEMO_NEXT_HEARING);
  else if (theirs.length) {
    const last = theirs.reduce((a, b) => (b.scheduledAt > a.scheduledAt ? b : a));
    built.push({
      ...last,
      scheduledAt: new Date(DEMO_NEXT_HEARING),
      headAppearance: 'none',
      headName: null,
      spoke: false,
    });
  }
  const written = await writeDemoHearings(tx, built);
  const principal = agencyId
    ? (await headsOfAgencies(tx, [agencyId])).find((h) => h.headRole === 'principal')
    : undefined;
  const demoNext = written.find((h) => h.scheduledAt.getTime() === new Date(DEMO_NEXT_HEARING).getTime());
  // The demo's head account (users/demo.ts `head1`) is this 正职's login: 我的开庭 shows their hearings.
  const headLogin = ctx.userIds.get('head1');
  if (principal && headLogin) await linkHeadLogin(tx, principal.id, headLogin);
  if (principal && demoNext) {
    await tx.insert(hearingAppearances).values({
      hearingId: demoNext.id,
      role: 'head',
      headId: principal.id,
      name: principal.name,
      title: principal.title,
      headRole: principal.headRole,
      agencyId,
      designated: true,
    });
  }
  const { value } = await getSetting(tx, 'reminders');
  for (const h of written) {
    if (h.status !== 'scheduled' || h.scheduledAt < today) continue;
    await enqueueReminders(tx, { id: h.id, scheduledAt: h.scheduledAt }, value.hearingDays, today);
  }
};
