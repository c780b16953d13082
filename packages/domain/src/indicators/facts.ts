/**
 * What the indicators read of a case (docs/rules/indicators-and-sanctions.md#case-facts): the recorded outcome, never a
 * stored won/lost, with the kind, instance, dates, links and flags. One row per case (a case row is one instance).
 * The server builds these from the registry; the figures are computed from them with a definition.
 */
import type { CaseAppearanceRow } from '../hearings/rates.js';
import type { OutcomeCaseKind } from '../outcomes/byKind.js';
import type { CoDefendantRule } from './definitions.js';

/** A defendant agency with its role (docs/rules/cases.md#co-defendants). */
export interface Defendant {
  readonly agencyId: string;
  /** 第一被告, 共同被告, or the 复议机关 as co-defendant because it upheld the act (行政诉讼法第26条第2款). */
  readonly role: 'first' | 'co_defendant' | 'reconsideration_body';
}

/** The head-appearance result of the case's instance (hearings/instanceAppearance.ts `assessInstance`), as the rates read it. */
export type AppearanceFacts = CaseAppearanceRow['result'] & {
  /** The date of the first counting hearing held (开庭/询问/调解): places the case in a period. */
  readonly heardOn: string | null;
};

export interface CaseFacts {
  readonly id: string;
  readonly kind: OutcomeCaseKind;
  /** 审级 of a lawsuit ('first', 'appeal', 'retrial' …, caseNumber `Instance`); a lawsuit without one is a first instance. */
  readonly instance?: string | null;
  /** 立案日期 (收案日期 for a reconsideration or dispute): places the case in 新收. */
  readonly filedOn: string | null;
  /** 结案日期: places the case in 审结 and the outcome rates. */
  readonly concludedOn: string | null;
  /** The recorded outcome code (outcomes/byKind.ts `ALL_CASE_OUTCOMES`). */
  readonly outcome: string | null;
  /** The operative text, when recorded: it decides when it states the recorded outcome (outcomes/caseLoss.ts). */
  readonly outcomeText?: string | null;
  /** The case whose judgment this one reviews (links `appeal_of`, `retrial_of`). */
  readonly reviewsCaseId?: string | null;
  /** The reconsideration this lawsuit was brought after (link `follows_reconsideration`). */
  readonly afterReconsiderationCaseId?: string | null;
  /** 是否上诉 as recorded (a linked appeal also counts). */
  readonly appealed?: boolean | null;
  /** The defence (答辩) due date and the day it was filed (deadlines `litigation.defense`, `reconsideration.reply`). */
  readonly defenceDueOn?: string | null;
  readonly defenceFiledOn?: string | null;
  readonly appearance?: AppearanceFacts | null;
  readonly defendants?: readonly Defendant[];
}

/** 审级 of a lawsuit, first instance when not recorded. */
export function instanceOf(c: CaseFacts): string {
  return c.instance ?? 'first';
}

export function isFirstInstance(c: CaseFacts): boolean {
  return c.kind === 'litigation' && instanceOf(c) === 'first';
}

/**
 * The agencies a case counts for in a breakdown by agency (docs/rules/indicators-and-sanctions.md#co-defendants), each
 * once, in the order recorded: `original-agency` all but a 复议机关 co-defendant (which counts only when it is the sole
 * defendant: it changed the act, 行政诉讼法第26条第2款); `first-defendant` the 第一被告 (the first recorded when none is
 * marked first); `every-defendant` all.
 */
export function attributedAgencies(c: CaseFacts, rule: CoDefendantRule): readonly string[] {
  const ds = c.defendants ?? [];
  let chosen: readonly Defendant[];
  if (rule === 'every-defendant') chosen = ds;
  else if (rule === 'first-defendant') {
    const first = ds.find((d) => d.role === 'first') ?? ds[0];
    chosen = first ? [first] : [];
  } else {
    const original = ds.filter((d) => d.role !== 'reconsideration_body');
    chosen = original.length > 0 ? original : ds;
  }
  return [...new Set(chosen.map((d) => d.agencyId))];
}

/** Throws when two rows share an id: a case (an instance) counts once. */
export function checkUniqueIds(cases: readonly CaseFacts[]): void {
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new RangeError(`案件 ${c.id} 重复出现：每个案件（审级）只能计一次`);
    seen.add(c.id);
  }
}
