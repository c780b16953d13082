/**
 * Use cases of the hearings module (README.md): the module's public index for routes and other modules. Loading it
 * registers the module's reader of a case's hearings with the case registry (cases/hearingsPort.ts), which shows them
 * in the case detail without importing this module.
 */
import { ABSENCE_REASON_TABLE } from '@shuangjiang/domain';
import { registerCaseHearings } from '../cases/public.js';
import { caseHearingSummaries } from './caseSummary.js';
import {
  ABSENCE_STATUS_LABELS,
  APPEARANCE_ROLE_LABELS,
  HEARING_KIND_LABELS,
  HEARING_MODE_LABELS,
  HEARING_STATUS_LABELS,
  HEARING_TRANSITIONS,
  MUST_APPEAR_REASON_LABELS,
} from './constants.js';

registerCaseHearings(caseHearingSummaries);

export type { HearingContext } from './context.js';
export { decideAbsence, fileAbsence, pendingAbsences } from './useCases/absences.js';
export { recordAppearances } from './useCases/appearances.js';
export { evaluateAppearance } from './useCases/evaluations.js';
export { hearingFigures } from './useCases/figures.js';
export { generateKitDocument, generateKitZip, KIT_ITEM_NAMES, type KitItem } from './useCases/preparationKit.js';
export { getHearing, listCaseHearings, upcomingHearings } from './useCases/readHearings.js';
export { changeHearingStatus, createHearing, updateHearing } from './useCases/writeHearings.js';

const labels = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));

/** GET /hearings/meta: the closed lists with their Chinese labels, and which status may follow which. */
export function hearingMeta() {
  return {
    kinds: labels(HEARING_KIND_LABELS),
    modes: labels(HEARING_MODE_LABELS),
    statuses: labels(HEARING_STATUS_LABELS),
    transitions: Object.fromEntries(Object.entries(HEARING_TRANSITIONS).map(([k, v]) => [k, [...v]])),
    mustAppearReasons: labels(MUST_APPEAR_REASON_LABELS),
    appearanceRoles: labels(APPEARANCE_ROLE_LABELS),
    absenceStatuses: labels(ABSENCE_STATUS_LABELS),
    absenceReasons: ABSENCE_REASON_TABLE.map((r) => ({
      value: r.code,
      label: r.label,
      basis: r.basis,
      needsExplanation: r.needsExplanation,
    })),
  };
}
