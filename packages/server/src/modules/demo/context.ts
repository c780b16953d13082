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
}

export type DemoStep = (tx: Tx, ctx: DemoContext) => Promise<void>;
