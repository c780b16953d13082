/**
 * Hearings and agency heads in court (负责人出庭应诉, docs/rules/head-appearance.md). The API is described in
 * README.md beside this file; the server's hearings module calls it.
 */

export {
  ABSENCE_REASON_LABELS,
  ABSENCE_REASON_TABLE,
  ABSENCE_REASONS,
  type AbsenceReason,
  type AbsenceReasonRow,
  absenceReasonStated,
  isAbsenceReason,
} from './absenceReasons.js';
export {
  type AbsenceNotice,
  type AbsenceStatus,
  type Attendee,
  absenceStanding,
  assessHearing,
  type HearingAppearance,
  type HearingInput,
} from './hearingAppearance.js';
export { type AppearanceInstance, assessInstance, type InstanceAppearance } from './instanceAppearance.js';
export {
  ATTENDEE_ROLE_LABELS,
  ATTENDEE_ROLES,
  type AttendeeRole,
  HEAD_POSITION_LABELS,
  HEAD_POSITIONS,
  HEARING_KIND_COUNTS,
  HEARING_KIND_LABELS,
  HEARING_KINDS,
  HEARING_STATUS_LABELS,
  HEARING_STATUSES,
  type HeadPosition,
  type HearingKind,
  type HearingStatus,
} from './kinds.js';
export {
  MUST_APPEAR_GROUND_TABLE,
  MUST_APPEAR_GROUNDS,
  type MustAppear,
  type MustAppearFlags,
  type MustAppearGround,
  type MustAppearHearing,
  type MustAppearReason,
  mustHeadAppear,
} from './mustAppear.js';
export {
  type AppearanceFigures,
  absenceRates,
  appearanceFigures,
  appearanceFiguresBy,
  appearanceRate,
  averageEvaluation,
  type CaseAppearanceRow,
  principalAppearanceRate,
  type Rate,
  spokeRate,
} from './rates.js';
export {
  APPEARANCE_REASON_CODES,
  APPEARANCE_REASON_TABLE,
  type AppearanceReason,
  type AppearanceReasonCode,
  appearanceReason,
} from './reasons.js';
