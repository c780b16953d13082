/**
 * Cases where the head must appear (docs/rules/head-appearance.md#must-appear): major public interest, high public
 * concern, possible mass incident, or the court's written request (适用行政诉讼法的解释第129条第1款;
 * 负责人出庭规定第4条第1款). Flagged as soon as a hearing is entered, with the reason.
 */

export const MUST_APPEAR_GROUNDS = [
  'major_public_interest',
  'high_public_concern',
  'possible_mass_incident',
  'court_written_request',
] as const;
export type MustAppearGround = (typeof MUST_APPEAR_GROUNDS)[number];

const RULE = 'docs/rules/head-appearance.md#must-appear';

export const MUST_APPEAR_GROUND_TABLE: Readonly<Record<MustAppearGround, { text: string; basis: string }>> = {
  major_public_interest: {
    text: '涉及重大公共利益（食品药品安全、生态环境和资源保护、公共卫生安全等）',
    basis: '适用行政诉讼法的解释第129条第1款；负责人出庭规定第4条第1款',
  },
  high_public_concern: {
    text: '社会高度关注',
    basis: '适用行政诉讼法的解释第129条第1款；负责人出庭规定第4条第1款',
  },
  possible_mass_incident: {
    text: '可能引发群体性事件',
    basis: '适用行政诉讼法的解释第129条第1款；负责人出庭规定第4条第1款',
  },
  court_written_request: {
    text: '人民法院书面建议（通知）行政机关负责人出庭',
    basis: '适用行政诉讼法的解释第129条第1款；负责人出庭规定第5条第2款、第7条第1款',
  },
};

/** The case's own flags, as the clerk or coordinator sets them. */
export interface MustAppearFlags {
  readonly majorPublicInterest?: boolean;
  readonly highPublicConcern?: boolean;
  readonly possibleMassIncident?: boolean;
  /** The court asked in writing for the head to appear in this case (出庭通知书 / 书面建议). */
  readonly courtWrittenRequest?: boolean;
}

/** A hearing's own request: the court asked in writing for the head at this hearing (cf. `HearingInput`). */
export interface MustAppearHearing {
  readonly id: string;
  readonly courtAskedAgain?: boolean;
  /** Cancelled hearings carry no duty. */
  readonly status?: string;
}

export interface MustAppearReason {
  readonly code: MustAppearGround;
  /** Chinese: "负责人应当出庭：<ground>". */
  readonly text: string;
  readonly rule: string;
  readonly basis: string;
  /** For a request made for one hearing. */
  readonly hearingId?: string;
}

export interface MustAppear {
  readonly required: boolean;
  /** One per ground, the case's first, then each hearing the court asked for. */
  readonly reasons: readonly MustAppearReason[];
}

function reason(code: MustAppearGround, hearingId?: string): MustAppearReason {
  const row = MUST_APPEAR_GROUND_TABLE[code];
  const base = { code, text: `负责人应当出庭：${row.text}`, rule: RULE, basis: row.basis };
  return hearingId === undefined ? base : { ...base, hearingId };
}

export function mustHeadAppear(flags: MustAppearFlags, hearings: readonly MustAppearHearing[] = []): MustAppear {
  const reasons: MustAppearReason[] = [];
  if (flags.majorPublicInterest) reasons.push(reason('major_public_interest'));
  if (flags.highPublicConcern) reasons.push(reason('high_public_concern'));
  if (flags.possibleMassIncident) reasons.push(reason('possible_mass_incident'));
  if (flags.courtWrittenRequest) reasons.push(reason('court_written_request'));
  for (const h of hearings) {
    if (h.courtAskedAgain && h.status !== 'cancelled') reasons.push(reason('court_written_request', h.id));
  }
  return { required: reasons.length > 0, reasons };
}
