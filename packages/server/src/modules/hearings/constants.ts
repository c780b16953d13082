/**
 * Closed lists of the hearings module and their Chinese labels. The rules of appearance (who counts, when a head must
 * appear, the statutory reasons of absence) are the domain's (docs/rules/head-appearance.md); these lists are the
 * records' vocabulary; the lists the law defines come from the domain.
 */
import {
  HEARING_KIND_LABELS as DOMAIN_HEARING_KIND_LABELS,
  HEARING_KINDS as DOMAIN_HEARING_KINDS,
  HEARING_STATUS_LABELS as DOMAIN_HEARING_STATUS_LABELS,
  HEARING_STATUSES as DOMAIN_HEARING_STATUSES,
  type HearingKind as DomainHearingKind,
  type HearingStatus as DomainHearingStatus,
  MUST_APPEAR_GROUND_TABLE,
  MUST_APPEAR_GROUNDS,
  type MustAppearGround,
} from '@shuangjiang/domain';

/** 庭审类型 (开庭/询问/调解/宣判) and which count for 出庭应诉: the domain's (docs/rules/head-appearance.md). */
export const HEARING_KINDS = DOMAIN_HEARING_KINDS;
export type HearingKind = DomainHearingKind;
export const HEARING_KIND_LABELS: Readonly<Record<HearingKind, string>> = DOMAIN_HEARING_KIND_LABELS;

/** 现场 or 在线 (互联网庭审). */
export const HEARING_MODES = ['in_person', 'online'] as const;
export type HearingMode = (typeof HEARING_MODES)[number];
export const HEARING_MODE_LABELS: Record<HearingMode, string> = { in_person: '现场', online: '在线' };

export const HEARING_STATUSES = DOMAIN_HEARING_STATUSES;
export type HearingStatus = DomainHearingStatus;
export const HEARING_STATUS_LABELS: Readonly<Record<HearingStatus, string>> = DOMAIN_HEARING_STATUS_LABELS;

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
 * Why the head must appear in person: the domain's grounds (适用行政诉讼法的解释第129条第1款; 负责人出庭规定第4条;
 * docs/rules/head-appearance.md#when), stored on the hearing as it is entered.
 */
export const MUST_APPEAR_REASONS = MUST_APPEAR_GROUNDS;
export type MustAppearReason = MustAppearGround;
export const MUST_APPEAR_REASON_LABELS = Object.fromEntries(
  MUST_APPEAR_GROUNDS.map((g) => [g, MUST_APPEAR_GROUND_TABLE[g].text]),
) as Record<MustAppearReason, string>;

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
