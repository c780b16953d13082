/**
 * Use cases of the risk module (README.md): the module's public index for routes and other modules. Loading it
 * registers the screening with the case registry (cases/riskPort.ts): every case registered or changed is screened
 * in its own transaction, without the cases module importing this one.
 */
import { registerCaseWritten } from '../cases/public.js';
import { screenCase } from './screening.js';

registerCaseWritten(async (tx, caseId, actor) => {
  await screenCase(tx, caseId, 'screening', actor);
});

export type { RiskContext } from './context.js';
export { screenCase } from './screening.js';
export { getRiskItem, listRiskItems, riskMeta } from './useCases/readItems.js';
export { addProgress, assignLead, closeItem, overrideLevel, reopenItem, savePlan } from './useCases/writeItems.js';
