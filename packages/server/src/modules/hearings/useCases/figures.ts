/**
 * GET /hearings/figures: 负责人出庭应诉率, 主要负责人出庭率, 出声率, approved and unapproved absences, 司法建议 risk and
 * the average evaluation over the cases the caller sees with a hearing in the period, in total and per first
 * defendant agency or per county. Every figure is the domain's (`assessInstance` per case, `appearanceFigures`,
 * `appearanceFiguresBy`; docs/rules/head-appearance.md#rates) with the case ids of its numerator and denominator, so
 * each number clicks through to its cases (`cases`: their numbers and causes, for the list a click opens).
 */
import {
  type AppearanceFigures,
  appearanceFigures,
  appearanceFiguresBy,
  assessInstance,
  type CaseAppearanceRow,
  chinaInstant,
  type IsoDate,
  type Rate,
} from '@shuangjiang/domain';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { validationFailed } from '../../../platform/errors.js';
import { caseRefsByIds } from '../../cases/public.js';
import { agenciesByIds, regionsByCodes } from '../../org/public.js';
import { hearingInput } from '../assessment.js';
import type { FiguresQuery } from '../dto.js';
import {
  absencesOf,
  appearancesOf,
  caseIdsWithHearingsInScope,
  evaluationsOf,
  hearingsOfCases,
} from '../repository.js';

function byHearing<T extends { hearingId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.hearingId, [...(out.get(r.hearingId) ?? []), r]);
  return out;
}

const rate = (r: Rate) => ({
  ...r,
  numeratorCaseIds: [...r.numeratorCaseIds],
  denominatorCaseIds: [...r.denominatorCaseIds],
});
const present = (f: AppearanceFigures) => ({
  casesHeard: f.casesHeard,
  appearance: rate(f.appearance),
  principal: rate(f.principal),
  spoke: rate(f.spoke),
  approvedAbsences: rate(f.approvedAbsences),
  unapprovedAbsences: rate(f.unapprovedAbsences),
  judicialSuggestionRisk: rate(f.judicialSuggestionRisk),
  evaluation: rate(f.evaluation),
});

/** `/329900/329902/…` → 329902 (the county a case counts for); a city-level case → the city's code. */
const countyOf = (regionPath: string) => regionPath.split('/').filter(Boolean)[1] ?? regionPath.split('/')[1] ?? '';

export async function hearingFigures(db: DbOrTx, principal: Principal, q: FiguresQuery) {
  if (q.to < q.from) {
    throw validationFailed([{ field: 'to', message: '截止日期不能早于起始日期' }], '截止日期不能早于起始日期');
  }
  const from = chinaInstant(q.from as IsoDate, 0);
  const to = chinaInstant(q.to as IsoDate, 24 * 60);
  const caseIds = await caseIdsWithHearingsInScope(db, principal, from, to);
  const hearings = await hearingsOfCases(db, caseIds);
  const ids = hearings.map((h) => h.id);
  const [refs, appearances, absences, evaluations] = [
    await caseRefsByIds(db, caseIds),
    byHearing(await appearancesOf(db, ids)),
    byHearing(await absencesOf(db, ids)),
    byHearing(await evaluationsOf(db, ids)),
  ];
  const rows: (CaseAppearanceRow & { key: string })[] = [];
  for (const caseId of caseIds) {
    const ref = refs.get(caseId);
    if (!ref) continue;
    const mine = hearings.filter((h) => h.caseId === caseId);
    const result = assessInstance({
      defendantAgencyIds: ref.defendantAgencyIds,
      hearings: mine.map((h) => hearingInput(h, appearances.get(h.id) ?? [], absences.get(h.id) ?? [])),
    });
    // Each score on its own (the domain takes whole 1–5 ratings): with three per evaluation, their average is the
    // average of the evaluations' means.
    const ratings = mine.flatMap((h) =>
      (evaluations.get(h.id) ?? []).flatMap((e) => [e.prepared, e.spokeOnMerits, e.respectedCourt]),
    );
    const key = q.by === 'county' ? countyOf(ref.regionPath) : (ref.firstDefendantAgencyId ?? '');
    rows.push({ caseId, result, evaluations: ratings, key });
  }
  const groups = appearanceFiguresBy(rows, (r) => (r as (typeof rows)[number]).key);
  const keys = [...groups.keys()].filter(Boolean);
  const names = new Map<string, string>(
    q.by === 'county'
      ? (await regionsByCodes(db, keys)).map((r) => [r.code, r.name])
      : (await agenciesByIds(db, keys)).map((a) => [a.id, a.name]),
  );
  return {
    from: q.from,
    to: q.to,
    by: q.by,
    total: present(appearanceFigures(rows)),
    groups: [...groups.entries()]
      .map(([key, f]) => ({ key, name: names.get(key) ?? '（未记录）', figures: present(f) }))
      .sort((a, b) => b.figures.casesHeard - a.figures.casesHeard || a.name.localeCompare(b.name, 'zh-CN')),
    cases: [...refs.values()].map((r) => ({ id: r.id, caseNumber: r.caseNumber, causeOfAction: r.causeOfAction })),
  };
}
