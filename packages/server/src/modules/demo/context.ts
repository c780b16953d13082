import type { Tx } from '../../platform/db/client.js';
import type { DemoOrg } from './org.js';
import type { Rng } from './random.js';

/** A demo login printed at start and listed in the README. */
export interface DemoLogin {
  username: string;
  password: string;
  role: string;
  scope: string;
}

/** What the steps share: the random source, the org built so far (with database ids), and the logins to print. */
export interface DemoContext {
  rng: Rng;
  org: DemoOrg;
  /** Demo agency key (e.g. 'county-0-dept-1') → database id. */
  agencyIds: Map<string, string>;
  /** Demo account username → database id (once the accounts step has run). */
  userIds: Map<string, string>;
  logins: DemoLogin[];
  /** Hearings built by the cases step and not yet written (the hearings step writes and empties it). */
  hearings: DemoHearing[];
}

/**
 * A hearing the cases step built (cases/demoBuilder.ts), written by the hearings step (hearings/demo.ts): its case, the
 * defendant whose head appeared (by role and name, as the demo org names its heads), whether the head spoke.
 */
export interface DemoHearing {
  caseId: string;
  defendantAgencyId: string | null;
  scheduledAt: Date;
  courtroom: string;
  headAppearance: 'none' | 'principal' | 'deputy' | 'in_charge';
  headName: string | null;
  spoke: boolean;
}

export type DemoStep = (tx: Tx, ctx: DemoContext) => Promise<void>;
