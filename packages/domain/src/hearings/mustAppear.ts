/**
 * Cases where the head must appear (docs/rules/head-appearance.md#must-appear): major public interest, high public
 * concern, possible mass incident, or the court's written request (适用行政诉讼法的解释第129条第1款;
 * 负责人出庭规定第4条第1款). Flagged as soon as a hearing is entered, with the reason.
 */

export const MUST_APPEAR_GROUNDS = ['major_public_interest', 'high_concern', 'mass_incident', 'court_request'] as const;
export type MustAppearGround = (typeof MUST_APPEAR_GROUNDS)[number];

const RULE = 'docs/rules/head-appearance.md#must-appear';

export const MUST_APPEAR_GROUND_TABLE: Readonly<Record<MustAppearGround, { text: string; basis: string }>> = {
  major_public_interest: {
    text: '涉及重大公共利益（食品药品安全、生态环境和资源保护、公共卫生安全等）',
    basis: '适用行政诉讼法的解释第129条第1款；负责人出庭规定第4条第1款',
  },
  high_concern: {
    text: '社会高度关注',
    basis: '适用行政诉讼法的解释第129条第1款；负责人出庭规定第4条第1款',
  },
  mass_incident: {
    text: '可能引发群体性事件',
    basis: '适用行政诉讼法的解释第129条第1款；负责人出庭规定第4条第1款',
  },
  court_request: {
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
  /** The same as stored codes (`MUST_APPEAR_GROUNDS`); unknown codes are ignored. */
  readonly grounds?: readonly string[];
}

/** A hearing's own request: the court asked in writing for the head at this hearing (cf. `HearingInput`). */
export interface MustAppearHearing {
  readonly id: string;
  readonly courtAskedAgain?: boolean;
  /** Grounds recorded on the hearing (`MUST_APPEAR_GROUNDS` codes); unknown codes are ignored. */
  readonly grounds?: readonly string[];
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

const isGround = (g: string): g is MustAppearGround => (MUST_APPEAR_GROUNDS as readonly string[]).includes(g);

export function mustHeadAppear(flags: MustAppearFlags, hearings: readonly MustAppearHearing[] = []): MustAppear {
  const reasons: MustAppearReason[] = [];
  // In the table's order, once each.
  const add = (grounds: readonly MustAppearGround[], hearingId?: string) => {
    for (const g of MUST_APPEAR_GROUNDS) if (grounds.includes(g)) reasons.push(reason(g, hearingId));
  };
  const own: MustAppearGround[] = (flags.grounds ?? []).filter(isGround);
  if (flags.majorPublicInterest) own.push('major_public_interest');
  if (flags.highPublicConcern) own.push('high_concern');
  if (flags.possibleMassIncident) own.push('mass_incident');
  if (flags.courtWrittenRequest) own.push('court_request');
  add(own);
  for (const h of hearings) {
    if (h.status === 'cancelled') continue;
    const grounds: MustAppearGround[] = (h.grounds ?? []).filter(isGround);
    if (h.courtAskedAgain) grounds.push('court_request');
    add(grounds, h.id);
  }
  return { required: reasons.length > 0, reasons };
}
