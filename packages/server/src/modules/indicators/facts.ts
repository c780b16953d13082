/**
 * A case's row of the summary (schema.ts `indicator_case_facts`), decided by the domain: the registry's facts become
 * the domain's `CaseFacts` (docs/rules/indicators-and-sanctions.md#case-facts), and every flag a definition option reads
 * is the domain's own reading of them — the losses by `LossReader` under both numerators (own decision, final result of
 * the dispute, whether the decision ended it), the other rates' numerators by `membership` itself over an all-time
 * period. So a count over the flags is the domain's figure (figures.ts; the db test checks it against
 * `computeFigure`), and no rule of law is written again here or in SQL.
 *
 * The flags of a case depend on the cases linked to it (an appeal decides its first instance's final result, a
 * lawsuit makes its reconsideration 复议后起诉): rows are always computed for whole linked groups (refresh.ts).
 */
import {
  attributedAgencies,
  type CaseFacts,
  type IndicatorDefinition,
  isAppealableRuling,
  isFirstInstance,
  isJudgment,
  LossReader,
  membership,
  rangePeriod,
} from '@shuangjiang/domain';
import type { CaseIndicatorSource } from '../cases/indicatorSource/public.js';
import type { IndicatorFactsRow } from './schema.js';

/** Every date the registry holds: the flags do not depend on the period, only on the case and its links. */
const ALL_TIME = rangePeriod('1900-01-01', '9999-12-31');
const format = { rounding: 'half-up', decimals: 2 } as const;
const base = { label: '', coDefendants: 'original-agency', format } as const;

/** Definitions used only to ask the domain which cases a rate's numerator takes (whatever the period). */
const PROBES = {
  lossConcluded: {
    ...base,
    id: 'p',
    kind: 'loss_rate',
    numerator: 'losses',
    denominator: 'concluded',
    scope: 'first-instance',
  },
  mediatedLitigation: { ...base, id: 'p', kind: 'mediation_withdrawal_rate', caseKind: 'litigation', instances: 'all' },
  mediatedReconsideration: {
    ...base,
    id: 'p',
    kind: 'mediation_withdrawal_rate',
    caseKind: 'reconsideration',
    instances: 'all',
  },
  corrected: { ...base, id: 'p', kind: 'reconsideration_correction_rate' },
  suedAfter: { ...base, id: 'p', kind: 'litigation_after_reconsideration_rate' },
  appealed: { ...base, id: 'p', kind: 'appeal_rate', denominator: 'concluded' },
} satisfies Record<string, IndicatorDefinition>;

/** The domain's facts of a registry case (appearance: the hearings' figures, not the summary). */
export function caseFactsOf(s: CaseIndicatorSource): CaseFacts {
  return {
    id: s.id,
    kind: s.kind,
    instance: s.instance,
    filedOn: s.filedOn,
    concludedOn: s.concludedOn,
    outcome: s.outcome,
    outcomeText: s.outcomeText,
    reviewsCaseId: s.reviewsCaseId,
    afterReconsiderationCaseId: s.afterReconsiderationCaseId,
    appealed: s.appealed,
    defenceDueOn: s.defenceDueOn,
    defenceFiledOn: s.defenceFiledOn,
    defendants: s.defendants,
  };
}

const idsIn = (def: IndicatorDefinition, cases: readonly CaseFacts[]) =>
  new Set(membership(def, cases, ALL_TIME).numerator.map((c) => c.id));
const denominatorIds = (def: IndicatorDefinition, cases: readonly CaseFacts[]) =>
  new Set((membership(def, cases, ALL_TIME).denominator ?? []).map((c) => c.id));

/** `/329900/329902/329902001/` → 329902; a city-level path → the city's code. */
export function countyCodeOf(regionPath: string): string {
  const parts = regionPath.split('/').filter(Boolean);
  return parts[1] ?? parts[0] ?? '';
}

/**
 * The summary rows of a closed group of cases (every case linked to one of them is among them, or deleted). Rows in
 * the sources' order.
 */
export function factsRowsOf(sources: readonly CaseIndicatorSource[]): IndicatorFactsRow[] {
  const cases = sources.map(caseFactsOf);
  const strict = new LossReader(cases, { countWithdrawalAfterChangeAsLoss: false });
  const hidden = new LossReader(cases, { countWithdrawalAfterChangeAsLoss: true });
  const deciding = denominatorIds(PROBES.lossConcluded, cases);
  const mediated = new Set([
    ...idsIn(PROBES.mediatedLitigation, cases),
    ...idsIn(PROBES.mediatedReconsideration, cases),
  ]);
  const corrected = idsIn(PROBES.corrected, cases);
  const suedAfter = idsIn(PROBES.suedAfter, cases);
  const appealed = idsIn(PROBES.appealed, cases);
  return sources.map((s, i) => {
    const c = cases[i]!;
    return {
      caseId: s.id,
      kind: s.kind,
      instance: s.instance,
      firstInstance: isFirstInstance(c),
      deciding: deciding.has(s.id),
      regionPath: s.regionPath,
      countyCode: countyCodeOf(s.regionPath),
      agenciesOriginal: [...attributedAgencies(c, 'original-agency')],
      agenciesFirst: [...attributedAgencies(c, 'first-defendant')],
      agenciesEvery: [...attributedAgencies(c, 'every-defendant')],
      domain: s.domain,
      causeOfAction: s.causeOfAction,
      filedOn: s.filedOn,
      concludedOn: s.concludedOn,
      defenceDueOn: s.defenceDueOn,
      defenceFiledOn: s.defenceFiledOn,
      outcome: s.outcome,
      isJudgment: isJudgment(s.outcome),
      appealableEnd: isJudgment(s.outcome) || isAppealableRuling(s.outcome),
      ownLost: strict.own(c) === true,
      ownLostHidden: hidden.own(c) === true,
      finalLost: strict.final(c) === true,
      finalLostHidden: hidden.final(c) === true,
      isFinal: strict.isFinal(c),
      mediatedOrWithdrawn: mediated.has(s.id),
      reconsiderationCorrected: corrected.has(s.id),
      suedAfter: suedAfter.has(s.id),
      appealedAny: appealed.has(s.id),
      facts: c,
    };
  });
}
