/**
 * What the modules' demo writers (cases/demo.ts, users/demo.ts) use of the demo data set: the seeded random source,
 * the demo org's shape and the context the steps share. The steps themselves are composed by seed.ts and generate.ts.
 */
export type { DemoContext, DemoHearing, DemoLogin, DemoStep } from './context.js';
export type { DemoAgency, DemoOrg } from './org.js';
export { fictionalName, Rng } from './random.js';
