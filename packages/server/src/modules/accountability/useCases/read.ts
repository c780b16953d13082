/**
 * Reads: the evaluations in the caller's scope (list, detail), the referrals, the lists in force and the figures.
 * Every evaluation goes through the presenter's `viewOf`, so the blind review holds on each of them
 * (docs/rules/accountability.md#blind-review). The referral's package carries the reviews too: it is shown only to
 * those `visibleReviews` lets see every review (the coordinator; the discipline liaison, who sees it once referred).
 */
import { DEFAULT_REFERRAL_OUTCOMES, evaluationFigures, FOUR_CHECKS, todayInChina } from '@shuangjiang/domain';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { lossCaseFacts } from '../../cases/public.js';
import { getSetting } from '../../settings/service.js';
import { activeUsersOfRole, displayNamesOf } from '../../users/service.js';
import type { EvaluationListQueryInput, evaluationDetailOut, evaluationSummaryOut } from '../dto.js';
import { evaluationRole } from '../policy.js';
import { presentCase, presentReferral, toDomain, viewOf } from '../presenter.js';
import { evaluationRowsInScope, listEvaluationRows, listReferralRows, referralsOfEvaluations } from '../repository.js';
import type { AccountabilityReferralRow, LossEvaluationRow } from '../schema.js';

async function namesOf(db: DbOrTx, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)].filter(Boolean);
  return list.length ? displayNamesOf(db, list) : new Map();
}

type Summary = z.infer<typeof evaluationSummaryOut>;
type Detail = z.infer<typeof evaluationDetailOut>;

async function load(db: DbOrTx, rows: LossEvaluationRow[]) {
  const refs = await referralsOfEvaluations(
    db,
    rows.map((r) => r.id),
  );
  const facts = await lossCaseFacts(
    db,
    rows.map((r) => r.caseId),
  );
  const names = await namesOf(db, [
    ...rows.flatMap((r) => r.expertIds),
    ...[...refs.values()].map((r) => r.disciplineUserId),
  ]);
  return { refs, facts, names };
}

function summaryOf(
  row: LossEvaluationRow,
  p: Principal,
  { refs, facts, names }: Awaited<ReturnType<typeof load>>,
): { summary: Summary; view: ReturnType<typeof viewOf> } {
  const ref = refs.get(row.id) ?? null;
  const view = viewOf(row, ref, p);
  return {
    view,
    summary: {
      ...view.out,
      case: presentCase(facts.get(row.caseId)),
      experts: row.expertIds.map((id) => ({ id, displayName: names.get(id) ?? id })),
      referral: ref ? presentReferral(ref, names) : null,
    },
  };
}

/** One evaluation as the principal may see it (the caller checked scope). */
export async function readEvaluation(db: DbOrTx, p: Principal, row: LossEvaluationRow): Promise<Detail> {
  const loaded = await load(db, [row]);
  const { summary, view } = summaryOf(row, p, loaded);
  const ref = loaded.refs.get(row.id);
  const role = evaluationRole(p);
  // The package holds every review: only for who sees them all (the coordinator; the liaison once referred).
  const seesPackage =
    !!ref &&
    (role === 'coordinator' || (role === 'discipline_liaison' && view.reviews.length === view.e.reviews.length));
  return {
    ...summary,
    reviews: view.reviews.map((r) => ({ ...r, expertName: loaded.names.get(r.expertId) ?? null })),
    package: seesPackage ? ref.package : null,
  };
}

export async function listEvaluations(db: DbOrTx, p: Principal, q: EvaluationListQueryInput) {
  const { rows, total } = await listEvaluationRows(db, p, q);
  const loaded = await load(db, rows);
  return { items: rows.map((row) => summaryOf(row, p, loaded).summary), total };
}

export async function listReferrals(
  db: DbOrTx,
  p: Principal,
  q: { outcome?: 'pending' | 'recorded'; page: number; pageSize: number },
) {
  const { rows, total } = await listReferralRows(db, p, q);
  const facts = await lossCaseFacts(
    db,
    rows.map((r) => r.caseId),
  );
  const names = await namesOf(
    db,
    rows.map((r) => r.disciplineUserId),
  );
  return {
    items: rows.map((r: AccountabilityReferralRow) => ({
      ...presentReferral(r, names),
      case: presentCase(facts.get(r.caseId)),
    })),
    total,
  };
}

const cityPath = (path: string | null) => {
  const first = path?.split('/').filter(Boolean)[0];
  return first ? `/${first}/` : null;
};

/** The lists in force, and for coordinators the experts and discipline liaisons of their city they may assign. */
export async function evaluationMeta(db: DbOrTx, p: Principal) {
  const lists = (await getSetting(db, 'accountabilityLists')).value;
  const coordinator = evaluationRole(p) === 'coordinator';
  const people = async (role: 'expert' | 'discipline_liaison') =>
    coordinator
      ? (await activeUsersOfRole(db, role, cityPath(p.regionPath))).map((u) => ({
          id: u.id,
          displayName: u.displayName,
        }))
      : [];
  return {
    reasons: lists.reasons,
    outcomes: lists.outcomes.length ? lists.outcomes : [...DEFAULT_REFERRAL_OUTCOMES],
    fourChecks: [...FOUR_CHECKS],
    experts: await people('expert'),
    disciplineLiaisons: await people('discipline_liaison'),
  };
}

/** The figures over the evaluations in scope (自我纠错 counted; referrals on time against their deadline). */
export async function evaluationFiguresOf(db: DbOrTx, p: Principal) {
  const rows = await evaluationRowsInScope(db, p);
  const refs = await referralsOfEvaluations(
    db,
    rows.map((r) => r.id),
  );
  const f = evaluationFigures(
    rows.map((r) => {
      const ref = refs.get(r.id);
      return { id: r.id, evaluation: toDomain(r, ref), referralDue: ref?.dueDate ?? null };
    }),
    todayInChina(),
  );
  const counts = (rec: Readonly<Record<string, readonly string[]>>) =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v.length]));
  return {
    total: f.total,
    byState: counts(f.byState),
    byConclusion: counts(f.byConclusion),
    selfCorrected: f.byConclusion.self_corrected.length,
    openedForSelfCorrection: f.openedForSelfCorrection.length,
    referralOnTime: {
      numerator: f.referralOnTime.numerator,
      denominator: f.referralOnTime.denominator,
      value: f.referralOnTime.value,
    },
    referralOverdue: f.referralOverdue.length,
  };
}
