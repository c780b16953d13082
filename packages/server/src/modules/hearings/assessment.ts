/**
 * The records as the domain judges them (docs/rules/head-appearance.md): a hearing with its appearances and absences
 * becomes the domain's `HearingInput`, and the domain says whether the head validly appeared, whether an absence
 * stands, and whether the head must appear — with its reasons. Nothing here decides; it only maps.
 */
import {
  type AbsenceNotice,
  type Attendee,
  assessHearing,
  assessInstance,
  type HearingAppearance,
  type HearingInput,
  type InstanceAppearance,
  type MustAppear,
  mustHeadAppear,
} from '@shuangjiang/domain';
import type { AbsenceRow, AppearanceRow, HearingRow } from './schema.js';

/** Those who appeared (the designated who stayed away are not attendees). */
function attendees(rows: readonly AppearanceRow[]): Attendee[] {
  return rows
    .filter((a) => a.appeared)
    .map((a) => ({
      role: a.role,
      position: a.role === 'head' ? a.headRole : null,
      agencyId: a.agencyId,
      name: a.name,
      identityProofFiled: a.identityProofFiled,
      spoke: a.spoke,
    }));
}

function notice(a: AbsenceRow): AbsenceNotice {
  return {
    reason: a.reasonCode,
    explanation: a.reasonText,
    approved: a.status === 'approved',
    approvedAt: a.status === 'approved' && a.decidedAt ? a.decidedAt.toISOString() : null,
    sent: [a.deputyName],
  };
}

export function hearingInput(
  h: HearingRow,
  appearances: readonly AppearanceRow[],
  absences: readonly AbsenceRow[],
): HearingInput {
  return {
    id: h.id,
    kind: h.kind,
    status: h.status,
    at: h.scheduledAt.toISOString(),
    courtAskedAgain: h.mustAppearReasons.includes('court_request'),
    attendees: attendees(appearances),
    absences: absences.map(notice),
  };
}

export interface HearingJudgement {
  input: HearingInput;
  appearance: HearingAppearance;
  mustAppear: MustAppear;
}

export function judgeHearing(
  h: HearingRow,
  appearances: readonly AppearanceRow[],
  absences: readonly AbsenceRow[],
  defendantAgencyIds: readonly string[],
): HearingJudgement {
  const input = hearingInput(h, appearances, absences);
  return {
    input,
    appearance: assessHearing(input, defendantAgencyIds),
    mustAppear: mustHeadAppear({}, [{ id: h.id, grounds: h.mustAppearReasons, status: h.status }]),
  };
}

/** The instance (one case row) over all its hearings: valid appearance, absences, 司法建议 risk, must-appear. */
export function judgeInstance(
  inputs: readonly HearingInput[],
  rows: readonly HearingRow[],
  defendantAgencyIds: readonly string[],
): { appearance: InstanceAppearance; mustAppear: MustAppear } {
  return {
    appearance: assessInstance({ hearings: inputs, defendantAgencyIds }),
    mustAppear: mustHeadAppear(
      {},
      rows.map((h) => ({ id: h.id, grounds: h.mustAppearReasons, status: h.status })),
    ),
  };
}
