/**
 * What other modules use of the mediation module (行政争议化解中心, docs/rules/mediation.md).
 *
 * `settledByMediation(db, caseIds)`: of these cases, those with an agreement (达成调解协议) reached in a 诉中 mediation
 * linked to them — they count in the 调撤 figures (docs/rules/mediation.md#settlement) — with the agreement's day.
 * Case ids must be uuids (the cases module's ids).
 */
export { settledCases as settledByMediation } from './repository.js';
