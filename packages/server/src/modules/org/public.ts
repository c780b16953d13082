// What other modules use of the org module: lookups of regions and agencies (they never read the org tables
// themselves), heads by id or agency (the hearings' appearances), the heads' maintenance scope, and the writers the demo seed and first start use.
export { insertDemoHeads } from './demo.js';
export {
  activeHeadOfUser,
  type HeadRow,
  type HeadValues,
  hasRegions,
  headsByIds,
  insertAgency,
  insertHeads,
  insertRegions,
  linkHeadLogin,
  listHeads as headsOfAgencies,
} from './repository.js';
export { type AgencyKind, HEAD_ROLES, type HeadRole } from './schema.js';
export {
  type AgencyView,
  agenciesByIds,
  agenciesByNames,
  agencyById,
  courtByCode,
  inManageScope,
  listAgencies,
  orgManageScope,
  type RegionRow,
  regionAndDescendants,
  regionByCode,
  regionNameOf,
  regionPathOf,
  regionsByCodes,
} from './service.js';
