/**
 * A case's hearings as its detail shows them. The hearings belong to the hearings module, which depends on this one;
 * so it registers how to read them here (docs/ARCHITECTURE.md: the dependent registers, cases never imports it).
 * Without a registered reader (the module not loaded) a case shows no hearings.
 */
import type { DbOrTx } from '../../platform/db/client.js';
import type { HeadAppearance } from './constants.js';

export interface CaseHearingSummary {
  id: string;
  scheduledAt: Date;
  courtroom: string | null;
  /** The role of the head who appeared ('none' when no head did). */
  headAppearance: HeadAppearance;
  headName: string | null;
  spoke: boolean;
}

export type CaseHearingsReader = (db: DbOrTx, caseId: string) => Promise<CaseHearingSummary[]>;

let reader: CaseHearingsReader | null = null;

/** The hearings module's reader of a case's hearings (registered when the module loads). */
export function registerCaseHearings(r: CaseHearingsReader): void {
  reader = r;
}

export async function caseHearings(db: DbOrTx, caseId: string): Promise<CaseHearingSummary[]> {
  return reader ? reader(db, caseId) : [];
}
