/**
 * What other modules use of the accountability module: the demo seed's step that opens the evaluations of the demo's
 * lost cases (they are written by the batch writer, which does not tell this module).
 */
import type { Tx } from '../../platform/db/client.js';
import { DEMO_ACTOR } from './jobs.js';
import { openMissingEvaluations } from './service.js';

export async function seedDemoEvaluations(tx: Tx): Promise<void> {
  await openMissingEvaluations(tx, DEMO_ACTOR);
}
