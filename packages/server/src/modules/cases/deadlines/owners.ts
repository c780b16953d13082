/**
 * Who may own a deadline, and how each owner's due dates are computed (docs/rules/deadlines.md#owners). A deadline is
 * recomputed after a calendar change the way its owner registered; an owner that registered nothing (or a module not
 * loaded) gets the rule's own computation from the deadline's start date — so a calendar change moves every owner's
 * deadlines, whichever modules are loaded.
 */
import { type ComputedDeadline, computeRow, getDeadlineRule, type WorkCalendar } from '@shuangjiang/domain';

/** The deadline as its owner's computation sees it. */
export interface OwnedDeadlineRow {
  ruleId: string;
  fromDate: string;
  ownerId: string | null;
  ownerKey: string;
}

export interface DeadlineOwnerKind {
  /** 'case' (the case's own fields), 'hearing', 'risk_item', 'plan_step', 'suggestion', 'referral' … */
  type: string;
  /**
   * The due date, 暂定 flag, explanation and basis of one of its deadlines on `calendar` (default: the rule counted
   * from the deadline's start date, domain `computeRow`).
   */
  compute?(row: OwnedDeadlineRow, calendar: WorkCalendar): ComputedDeadline;
  /** Chinese names of the rules this owner defines outside the domain's statutory table (e.g. 'hearing.session'). */
  ruleNames?: Readonly<Record<string, string>>;
}

const OWNER_TYPE = /^[a-z][a-z0-9_]{1,31}$/;
const kinds = new Map<string, DeadlineOwnerKind>();

/** Registers (or replaces) an owner kind. Types are lower-case words: 'hearing', 'risk_item'. */
export function registerDeadlineOwner(kind: DeadlineOwnerKind): void {
  if (!OWNER_TYPE.test(kind.type)) throw new Error(`期限归属类型应为小写英文标识：${kind.type}`);
  kinds.set(kind.type, kind);
}

/** The owner types registered so far ('case' always). */
export function deadlineOwnerTypes(): string[] {
  return [...kinds.keys()];
}

/** A deadline's computed values, as its owner computes them. */
export function computeOwned(ownerType: string, row: OwnedDeadlineRow, calendar: WorkCalendar): ComputedDeadline {
  const kind = kinds.get(ownerType);
  return kind?.compute ? kind.compute(row, calendar) : computeRow(row.ruleId, row.fromDate, calendar);
}

/**
 * A deadline rule's Chinese name: the domain's statutory table first, then the names owners registered for their own
 * rules; the id itself for a rule retired from both.
 */
export function deadlineRuleName(ruleId: string): string {
  try {
    return getDeadlineRule(ruleId).nameZh;
  } catch {
    for (const kind of kinds.values()) {
      const name = kind.ruleNames?.[ruleId];
      if (name) return name;
    }
    return ruleId;
  }
}

/** The case's own fields: their rules counted from the case's dates (domain plannedDeadlines / computeRow). */
registerDeadlineOwner({ type: 'case' });
