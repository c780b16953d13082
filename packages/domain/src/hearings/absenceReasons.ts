/**
 * The statutory reasons a head cannot appear (负责人出庭规定第8条; docs/rules/head-appearance.md#absences). A
 * 不出庭说明 names one of them; `other_good_cause` must say which cause.
 */

export const ABSENCE_REASONS = ['force_majeure', 'accident', 'official_duty', 'other_good_cause'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

export interface AbsenceReasonRow {
  readonly code: AbsenceReason;
  /** The statute's words. */
  readonly label: string;
  /** 负责人出庭规定第8条, with its item. */
  readonly basis: string;
  /** Whether the 不出庭说明 must explain the cause in its own words. */
  readonly needsExplanation: boolean;
}

export const ABSENCE_REASON_TABLE: readonly AbsenceReasonRow[] = [
  { code: 'force_majeure', label: '不可抗力', basis: '负责人出庭规定第8条第1项', needsExplanation: false },
  { code: 'accident', label: '意外事件', basis: '负责人出庭规定第8条第2项', needsExplanation: false },
  {
    code: 'official_duty',
    label: '需要履行他人不能代替的公务',
    basis: '负责人出庭规定第8条第3项',
    needsExplanation: false,
  },
  {
    code: 'other_good_cause',
    label: '无法出庭的其他正当事由',
    basis: '负责人出庭规定第8条第4项',
    needsExplanation: true,
  },
];

export const ABSENCE_REASON_LABELS: Readonly<Record<AbsenceReason, string>> = Object.fromEntries(
  ABSENCE_REASON_TABLE.map((r) => [r.code, r.label]),
) as Record<AbsenceReason, string>;

export function isAbsenceReason(value: unknown): value is AbsenceReason {
  return typeof value === 'string' && (ABSENCE_REASONS as readonly string[]).includes(value);
}

/**
 * Whether a 不出庭说明's reason holds on its face: a statutory reason, and for `other_good_cause` an explanation.
 * (Whether the facts are true is the coordinator's and the court's call: 第9条.)
 */
export function absenceReasonStated(reason: unknown, explanation?: string | null): boolean {
  if (!isAbsenceReason(reason)) return false;
  const row = ABSENCE_REASON_TABLE.find((r) => r.code === reason)!;
  return !row.needsExplanation || Boolean(explanation?.trim());
}
