import { count } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db/client.js';
import { seedDemoCases } from '../cases/demo.js';
import { agencies, agencyHeads, regions } from '../org/schema.js';
import { seedDemoUsers } from '../users/demo.js';
import { buildDemoOrg, type DemoOrg } from './org.js';
import { Rng } from './random.js';

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
  logins: DemoLogin[];
}

export type DemoStep = (tx: Tx, ctx: DemoContext) => Promise<void>;

const seedOrg: DemoStep = async (tx, ctx) => {
  await tx.insert(regions).values(ctx.org.regions);
  for (const a of ctx.org.agencies) {
    const [row] = await tx
      .insert(agencies)
      .values({ name: a.name, shortName: a.shortName, kind: a.kind, regionCode: a.regionCode, courtCode: a.courtCode })
      .returning({ id: agencies.id });
    ctx.agencyIds.set(a.key, row!.id);
    if (a.heads.length > 0) await tx.insert(agencyHeads).values(a.heads.map((h) => ({ ...h, agencyId: row!.id })));
  }
};

/** The demo data set, step by step; later modules append their step (users, cases, hearings …). */
export const demoSteps: DemoStep[] = [seedOrg, seedDemoUsers, seedDemoCases];

export const DEMO_SEED = 20261129;

/**
 * Loads the demo city into an empty database, all in one transaction (a crash leaves the database empty, and the
 * next start tries again). Does nothing when the database already has regions.
 */
export async function seedDemoIfEmpty(database: Database): Promise<{ seeded: boolean; logins: DemoLogin[] }> {
  const [existing] = await database.db.select({ n: count() }).from(regions);
  if (Number(existing?.n ?? 0) > 0) return { seeded: false, logins: [] };
  const rng = new Rng(DEMO_SEED);
  const ctx: DemoContext = { rng, org: buildDemoOrg(rng), agencyIds: new Map(), logins: [] };
  await database.db.transaction(async (tx) => {
    for (const step of demoSteps) await step(tx, ctx);
  });
  return { seeded: true, logins: ctx.logins };
}
