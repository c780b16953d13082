import type { Database } from '../../platform/db/client.js';
import { seedDemoEvaluations } from '../accountability/public.js';
import { seedDemoCases } from '../cases/public.js';
import { seedDemoHearings } from '../hearings/public.js';
import { hasRegions, insertAgency, insertDemoHeads, insertRegions } from '../org/public.js';
import { seedDemoUsers } from '../users/public.js';
import type { DemoContext, DemoLogin, DemoStep } from './context.js';
import { buildDemoOrg } from './org.js';
import { Rng } from './random.js';

export type { DemoContext, DemoLogin, DemoStep } from './context.js';

const seedOrg: DemoStep = async (tx, ctx) => {
  await insertRegions(tx, ctx.org.regions);
  for (const a of ctx.org.agencies) {
    const id = await insertAgency(tx, {
      name: a.name,
      shortName: a.shortName,
      kind: a.kind,
      regionCode: a.regionCode,
      courtCode: a.courtCode,
    });
    ctx.agencyIds.set(a.key, id);
    // Heads with their matters and a fictional phone (org/demo.ts: not from the seeded random source).
    await insertDemoHeads(tx, id, a.key, a.heads);
  }
};

/** The demo data set, step by step; later modules append their step (users, cases, hearings …). */
export const demoSteps: DemoStep[] = [seedOrg, seedDemoUsers, seedDemoCases, seedDemoHearings, seedDemoEvaluations];

export const DEMO_SEED = 20261129;

/** A fresh context for the steps: the seeded random source and the demo org built from it. */
export function demoContext(seed: number): DemoContext {
  const rng = new Rng(seed);
  return { rng, org: buildDemoOrg(rng), agencyIds: new Map(), userIds: new Map(), logins: [], hearings: [] };
}

/**
 * Loads the demo city into an empty database, all in one transaction (a crash leaves the database empty, and the
 * next start tries again). Does nothing when the database already has regions.
 */
export async function seedDemoIfEmpty(database: Database): Promise<{ seeded: boolean; logins: DemoLogin[] }> {
  if (await hasRegions(database.db)) return { seeded: false, logins: [] };
  const ctx = demoContext(DEMO_SEED);
  await database.db.transaction(async (tx) => {
    for (const step of demoSteps) await step(tx, ctx);
  });
  return { seeded: true, logins: ctx.logins };
}
