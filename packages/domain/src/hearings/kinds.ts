/**
 * Hearings (庭审) of one instance and which of them carry the head's duty to appear
 * (docs/rules/head-appearance.md#which-hearings-count, 负责人出庭规定第1条、第11条).
 */

/** 开庭 / 询问 / 调解 / 宣判. */
export const HEARING_KINDS = ['trial', 'inquiry', 'mediation', 'pronouncement'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];

export const HEARING_KIND_LABELS: Readonly<Record<HearingKind, string>> = {
  trial: '开庭',
  inquiry: '询问',
  mediation: '调解',
  pronouncement: '宣判',
};

/**
 * Whether an appearance at a hearing of this kind is 出庭应诉, and whether holding one makes the instance "heard in
 * court" (the denominator of 负责人出庭应诉率). 宣判 does not: nothing is stated, answered or argued there (第11条第2款).
 */
export const HEARING_KIND_COUNTS: Readonly<Record<HearingKind, boolean>> = {
  trial: true, // 负责人出庭规定第7条: 庭审
  inquiry: true, // 行政诉讼法第86条: 不开庭审理 after 询问当事人
  mediation: true, // 负责人出庭规定第11条第3款: 就实质性解决行政争议发表意见
  pronouncement: false,
};

/** scheduled → held, or postponed / cancelled (the hearings module keeps the history of changes). */
export const HEARING_STATUSES = ['scheduled', 'postponed', 'cancelled', 'held'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];

export const HEARING_STATUS_LABELS: Readonly<Record<HearingStatus, string>> = {
  scheduled: '已排期',
  postponed: '延期',
  cancelled: '取消',
  held: '已开庭',
};

/** 正职 / 副职 / 分管: the heads of 负责人出庭规定第2条第1款 (same codes as the org module's `HEAD_ROLES`). */
export const HEAD_POSITIONS = ['principal', 'deputy', 'in_charge'] as const;
export type HeadPosition = (typeof HEAD_POSITIONS)[number];

export const HEAD_POSITION_LABELS: Readonly<Record<HeadPosition, string>> = {
  principal: '正职负责人',
  deputy: '副职负责人',
  in_charge: '分管负责人',
};

/**
 * Who appeared for the defendant (docs/rules/head-appearance.md#who-counts):
 * - `head`: a head of the defendant agency (正职/副职/分管, with `position`);
 * - `other_body_head`: the head of a body the agency entrusted, or of a lower-level agency (负责人出庭规定第2条第2款);
 * - `staff`: the agency's staff exercising the power in question, 应诉工作人员 (第10条);
 * - `lawyer`: a lawyer or other agent (适用行政诉讼法的解释第128条第2款).
 */
export const ATTENDEE_ROLES = ['head', 'other_body_head', 'staff', 'lawyer'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

export const ATTENDEE_ROLE_LABELS: Readonly<Record<AttendeeRole, string>> = {
  head: '被告行政机关负责人',
  other_body_head: '受委托组织或下级行政机关负责人',
  staff: '应诉工作人员',
  lawyer: '律师',
};
