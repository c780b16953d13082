/**
 * Closed lists of the hearings module and their Chinese labels. The rules of appearance (who counts, when a head must
 * appear, the statutory reasons of absence) are the domain's (docs/rules/head-appearance.md); these lists are the
 * records' vocabulary.
 */

/** 庭审类型: 开庭, 询问, 调解, 宣判. */
export const HEARING_KINDS = ['trial', 'inquiry', 'mediation', 'pronouncement'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];
export const HEARING_KIND_LABELS: Record<HearingKind, string> = {
  trial: '开庭',
  inquiry: '询问',
  mediation: '调解',
  pronouncement: '宣判',
};

/** 现场 or 在线 (互联网庭审). */
export const HEARING_MODES = ['in_person', 'online'] as const;
export type HearingMode = (typeof HEARING_MODES)[number];
export const HEARING_MODE_LABELS: Record<HearingMode, string> = { in_person: '现场', online: '在线' };

export const HEARING_STATUSES = ['scheduled', 'postponed', 'cancelled', 'held'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];
export const HEARING_STATUS_LABELS: Record<HearingStatus, string> = {
  scheduled: '已排期',
  postponed: '延期',
  cancelled: '取消',
  held: '已开庭',
};

/**
 * Which status may follow which (the record's workflow, not a rule of law): a scheduled hearing is postponed,
 * cancelled or held; a postponed one is scheduled again (with its new time) or cancelled; cancelled and held are final.
 */
export const HEARING_TRANSITIONS: Record<HearingStatus, readonly HearingStatus[]> = {
  scheduled: ['postponed', 'cancelled', 'held'],
  postponed: ['scheduled', 'cancelled'],
  cancelled: [],
  held: [],
};

/**
 * Why the head must appear in person (适用行政诉讼法的解释第129条第1款; 负责人出庭规定第4条; docs/rules/head-appearance.md#when):
 * a case of major public interest, of high public concern, that may cause a mass incident, or the court's written
 * request. Stored on the hearing as it is entered.
 */
export const MUST_APPEAR_REASONS = ['major_public_interest', 'high_concern', 'mass_incident', 'court_request'] as const;
export type MustAppearReason = (typeof MUST_APPEAR_REASONS)[number];
export const MUST_APPEAR_REASON_LABELS: Record<MustAppearReason, string> = {
  major_public_interest: '涉及重大公共利益',
  high_concern: '社会高度关注',
  mass_incident: '可能引发群体性事件',
  court_request: '人民法院书面建议出庭',
};

/** Who appears for the defendant: one of its heads (from org's list), its 应诉 staff, or a lawyer. */
export const APPEARANCE_ROLES = ['head', 'staff', 'lawyer'] as const;
export type AppearanceRole = (typeof APPEARANCE_ROLES)[number];
export const APPEARANCE_ROLE_LABELS: Record<AppearanceRole, string> = {
  head: '负责人',
  staff: '应诉工作人员',
  lawyer: '律师',
};

/** A 不出庭说明: filed by the clerk, approved (备案) or returned by a coordinator. */
export const ABSENCE_STATUSES = ['filed', 'approved', 'rejected'] as const;
export type AbsenceStatus = (typeof ABSENCE_STATUSES)[number];
export const ABSENCE_STATUS_LABELS: Record<AbsenceStatus, string> = {
  filed: '待备案',
  approved: '已备案',
  rejected: '退回',
};
