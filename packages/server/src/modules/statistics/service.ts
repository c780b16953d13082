/**
 * The statistics filings' use cases (README.md, docs/rules/statistics.md#workflow): create a unit's filing pre-filled
 * from the registry, recount, adjust a cell with a reason, check and submit (上报); the level above returns (退回, with a
 * comment) or accepts (接收) and sums the accepted ones (汇总). Every write names the version it saw and writes its
 * audit row and history entry in the same transaction.
 *
 * Scope (docs/rules/statistics.md#access): the city coordinator and the leader read the city's and its counties'
 * filings, the county coordinator the county's; the county coordinator fills the county's filing, the city coordinator
 * the city's own and the summary, and reviews (the counties' and the city's own).
 */
export { adjustCell } from './useCases/adjust.js';
export { createFiling, recountFiling } from './useCases/create.js';
export { filingXlsx, getFiling, listFor, statisticsMeta } from './useCases/read.js';
export { summarise } from './useCases/summaries.js';
export { acceptFiling, returnFiling, submitFiling } from './useCases/workflow.js';
