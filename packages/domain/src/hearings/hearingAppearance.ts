/**
 * One held hearing: did a head of the defendant agency validly appear, did the staff, and if the head did not, was the
 * absence approved (docs/rules/head-appearance.md#who-counts, #proof-and-speaking, #absences). Pure.
 */
import { ABSENCE_REASON_LABELS, type AbsenceReason, absenceReasonStated } from './absenceReasons.js';
import {
  type AttendeeRole,
  HEAD_POSITION_LABELS,
  HEARING_KIND_COUNTS,
  type HeadPosition,
  type HearingKind,
  type HearingStatus,
} from './kinds.js';
import { type AppearanceReason, appearanceReason } from './reasons.js';

/** A person who appeared for the defendant at a held hearing. */
export interface Attendee {
  readonly role: AttendeeRole;
  /** For `head`: 正职/副职/分管. A head without a position still counts, but not as the 正职. */
  readonly position?: HeadPosition | null;
  /**
   * The agency the person belongs to. When given with `AppearanceInstance.defendantAgencyIds`, a `head` of an agency
   * that is not a defendant of the case is not the defendant's head (负责人出庭规定第2条、第3条).
   */
  readonly agencyId?: string | null;
  /** For display in the reasons, e.g. 张三. */
  readonly name?: string | null;
  /** The sealed identity proof (身份证明) was filed with the court (负责人出庭规定第6条、第10条第3款). */
  readonly identityProofFiled: boolean;
  /** For a head: spoke on resolving the dispute in substance (出声, 第11条第3款). */
  readonly spoke?: boolean;
}

/** 不出庭说明: the head cannot attend; a coordinator approves it (备案) before the hearing. */
export interface AbsenceNotice {
  /** One of `ABSENCE_REASONS` (负责人出庭规定第8条); anything else does not hold. */
  readonly reason: AbsenceReason | string;
  /** Required for `other_good_cause`. */
  readonly explanation?: string | null;
  /** 备案: approved by a county or city coordinator. */
  readonly approved: boolean;
  /** When approved (ISO 8601). Approval after the hearing's start is not approval before the hearing. */
  readonly approvedAt?: string | null;
  /** The deputy or staff sent instead, for display; whether they came is what `attendees` records. */
  readonly sent?: readonly string[];
}

export interface HearingInput {
  readonly id: string;
  readonly kind: HearingKind;
  readonly status: HearingStatus;
  /** Scheduled start (ISO 8601 instant): orders the instance's hearings and times the absence approval. */
  readonly at: string;
  /** The court asked in writing for the head to appear (again) at this hearing (负责人出庭规定第7条第1款但书). */
  readonly courtAskedAgain?: boolean;
  /** Who appeared for the defendant; looked at for `held` hearings only. */
  readonly attendees?: readonly Attendee[];
  readonly absence?: AbsenceNotice | null;
  /** Several 不出庭说明 (e.g. one returned, then one approved): one that stands is enough. Read with `absence`. */
  readonly absences?: readonly AbsenceNotice[];
}

/** Whether the absence of the head from a hearing was approved in time with a statutory reason. */
export type AbsenceStatus = 'none' | 'approved' | 'unapproved';

export interface HearingAppearance {
  readonly hearingId: string;
  /** Held, and of a kind where appearing counts (docs/rules/head-appearance.md#which-hearings-count). */
  readonly counts: boolean;
  /** A head of the defendant agency appeared with identity proof filed. */
  readonly headAppeared: boolean;
  /** …and it was the 正职. */
  readonly principalAppeared: boolean;
  /** A validly appearing head spoke (出声). */
  readonly headSpoke: boolean;
  /** Staff (or the head of an entrusted / lower-level body, 第10条第2款) appeared with identity proof filed. */
  readonly staffAppeared: boolean;
  /** For a counting hearing without the head: the 不出庭说明's standing; otherwise `none`. */
  readonly absence: AbsenceStatus;
  /** Neither the head nor staff appeared (负责人出庭规定第12条第1款第3项). */
  readonly noHeadOrStaff: boolean;
  readonly reasons: readonly AppearanceReason[];
}

const who = (a: Attendee) => a.name?.trim() || '';

/**
 * Whether the hearing's 不出庭说明 stands: statutory reason, approved, approved before the hearing. With several, the
 * first that stands, or else the last one's failing. Explains itself.
 */
export function absenceStanding(hearing: Pick<HearingInput, 'id' | 'at' | 'absence' | 'absences'>): {
  approved: boolean;
  reason: AppearanceReason;
} {
  const notices = [...(hearing.absence ? [hearing.absence] : []), ...(hearing.absences ?? [])];
  if (!notices.length) return { approved: false, reason: appearanceReason('ABSENCE_NOT_FILED', hearing.id) };
  const judged = notices.map((n) => noticeStanding(hearing, n));
  return judged.find((j) => j.approved) ?? judged[judged.length - 1]!;
}

function noticeStanding(
  hearing: Pick<HearingInput, 'id' | 'at'>,
  n: AbsenceNotice,
): { approved: boolean; reason: AppearanceReason } {
  if (!absenceReasonStated(n.reason, n.explanation)) {
    return { approved: false, reason: appearanceReason('ABSENCE_REASON_INVALID', hearing.id, String(n.reason)) };
  }
  const label = ABSENCE_REASON_LABELS[n.reason as AbsenceReason];
  const detail = n.explanation?.trim() ? `${label}（${n.explanation.trim()}）` : label;
  if (!n.approved) return { approved: false, reason: appearanceReason('ABSENCE_NOT_APPROVED', hearing.id, detail) };
  if (n.approvedAt && Date.parse(n.approvedAt) > Date.parse(hearing.at)) {
    return { approved: false, reason: appearanceReason('ABSENCE_APPROVED_LATE', hearing.id, detail) };
  }
  const sent = n.sent?.filter((s) => s.trim()).join('、');
  return {
    approved: true,
    reason: appearanceReason('ABSENCE_APPROVED', hearing.id, sent ? `${detail}；改派 ${sent}` : detail),
  };
}

/**
 * Judges one hearing. `defendantAgencyIds` (the case's defendants, co-defendants included) is optional: without it the
 * `head` role is trusted to mean the defendant's head.
 */
export function assessHearing(hearing: HearingInput, defendantAgencyIds?: readonly string[]): HearingAppearance {
  const id = hearing.id;
  const held = hearing.status === 'held';
  const counts = held && HEARING_KIND_COUNTS[hearing.kind];
  const attendees = held ? (hearing.attendees ?? []) : [];
  const reasons: AppearanceReason[] = [];
  const defendants = defendantAgencyIds?.length ? new Set(defendantAgencyIds) : null;

  const heads: Attendee[] = [];
  let staffAppeared = false;
  for (const a of attendees) {
    if (a.role === 'lawyer') continue;
    if (a.role === 'head' && defendants && a.agencyId && !defendants.has(a.agencyId)) {
      reasons.push(appearanceReason('NOT_DEFENDANT_HEAD', id, who(a) || undefined));
      continue;
    }
    if (!a.identityProofFiled) {
      const code = a.role === 'head' ? 'HEAD_PROOF_MISSING' : 'STAFF_PROOF_MISSING';
      reasons.push(appearanceReason(code, id, who(a) || undefined));
      continue;
    }
    if (a.role === 'head') heads.push(a);
    else {
      // 第10条第2款: staff — and the head — of an entrusted or lower-level body may stand in as staff, not as the head.
      if (a.role === 'other_body_head') reasons.push(appearanceReason('OTHER_BODY_HEAD', id, who(a) || undefined));
      staffAppeared = true;
    }
  }

  if (held && !counts) {
    if (heads.length) reasons.push(appearanceReason('PRONOUNCEMENT_NOT_COUNTED', id));
    return {
      hearingId: id,
      counts: false,
      headAppeared: false,
      principalAppeared: false,
      headSpoke: false,
      staffAppeared,
      absence: 'none',
      noHeadOrStaff: false,
      reasons,
    };
  }

  const headAppeared = counts && heads.length > 0;
  const principalAppeared = headAppeared && heads.some((h) => h.position === 'principal');
  const headSpoke = headAppeared && heads.some((h) => h.spoke === true);
  let absence: AbsenceStatus = 'none';
  let noHeadOrStaff = false;
  if (headAppeared) {
    const names = heads.map((h) => [h.position ? HEAD_POSITION_LABELS[h.position] : '负责人', who(h)].join(' ').trim());
    reasons.push(appearanceReason('HEAD_APPEARED', id, names.join('、')));
    reasons.push(appearanceReason(headSpoke ? 'HEAD_SPOKE' : 'HEAD_SILENT', id));
  } else if (counts) {
    const standing = absenceStanding(hearing);
    absence = standing.approved ? 'approved' : 'unapproved';
    reasons.push(standing.reason);
    if (staffAppeared) reasons.push(appearanceReason('STAFF_INSTEAD', id));
    else {
      noHeadOrStaff = true;
      if (attendees.some((a) => a.role === 'lawyer')) reasons.push(appearanceReason('LAWYER_ONLY', id));
      reasons.push(appearanceReason('NO_HEAD_OR_STAFF', id));
    }
  }
  return {
    hearingId: id,
    counts,
    headAppeared,
    principalAppeared,
    headSpoke,
    staffAppeared,
    absence,
    noHeadOrStaff,
    reasons,
  };
}
