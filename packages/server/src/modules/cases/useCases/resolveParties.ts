/**
 * The parties' part of a case write: the agencies named must exist, an agency party names its agency, the first
 * defendant decides 第一被告 and — unless a region is given — the county the case counts for; the plaintiff count.
 */
import type { DbOrTx } from '../../../platform/db/client.js';
import { validationFailed } from '../../../platform/errors.js';
import type { CreateCaseInput, PartyInput, UpdateCaseInput } from '../dto.js';
import { countyPath } from '../policy.js';
import { agenciesByIds, type CaseRow, regionPathOf } from '../repository.js';
import type { CaseValues } from './writeSupport.js';

type PartyLike = { side: string; agencyId?: string | null; defendantRole?: string | null };
type Agency = Awaited<ReturnType<typeof agenciesByIds>>[number];

const NO_DEFENDANT = '请至少填写一个被告（被申请人）行政机关';

/** The agencies of the parties and the court, by id; any that does not exist is refused. */
async function knownAgencies(
  tx: DbOrTx,
  parties: PartyLike[],
  courtAgencyId: string | null | undefined,
): Promise<Map<string, Agency>> {
  const agencyIds = [
    ...new Set([
      ...parties.map((p) => p.agencyId).filter((x): x is string => !!x),
      ...(courtAgencyId ? [courtAgencyId] : []),
    ]),
  ];
  const found = await agenciesByIds(tx, agencyIds);
  const byId = new Map(found.map((a) => [a.id, a]));
  const missing = agencyIds.filter((id) => !byId.has(id));
  if (missing.length)
    throw validationFailed([{ field: 'parties', message: `机关不存在：${missing.join('、')}` }], '机关不存在');
  return byId;
}

/** An agency party (行政机关当事人) must name its agency. */
function requireAgencyOfAgencyParties(parties: PartyInput[]): void {
  parties.forEach((p, i) => {
    if (p.partyType === 'agency' && !p.agencyId) {
      throw validationFailed([{ field: `parties.${i}.agencyId`, message: '行政机关当事人须选择机关' }]);
    }
  });
}

/** The defendant marked first, else the first defendant agency listed. */
function firstDefendant(parties: PartyLike[]): PartyLike | undefined {
  const defendants = parties.filter((p) => p.side === 'defendant' && p.agencyId);
  return defendants.find((p) => p.defendantRole === 'first') ?? defendants[0];
}

/** The region the case counts for: the one given, else (on a new case or new parties) the first defendant's county. */
async function resolveRegion(
  tx: DbOrTx,
  v: CaseValues,
  regionCode: string | undefined,
  partiesChanged: boolean,
  agency: Agency | undefined,
): Promise<void> {
  if (regionCode !== undefined) {
    const path = await regionPathOf(tx, regionCode);
    if (!path) throw validationFailed([{ field: 'regionCode', message: '所属地区不存在' }]);
    v.regionCode = regionCode;
    v.regionPath = path;
  } else if (partiesChanged && agency) {
    // The case counts for the county (or the city): a town's case counts for its county.
    const path = countyPath(agency.regionPath)!;
    v.regionPath = path;
    v.regionCode = path.split('/').filter(Boolean).pop()!;
  }
}

/**
 * Sets the first defendant, the region and the plaintiff count on `v` from the parties given (`parties`, null when
 * the input leaves them as they are) or the current ones.
 */
export async function resolveParties(
  tx: DbOrTx,
  v: CaseValues,
  input: CreateCaseInput | UpdateCaseInput,
  parties: PartyInput[] | null,
  current: CaseRow | null,
  currentParties: PartyLike[],
): Promise<void> {
  const effectiveParties: PartyLike[] = parties ?? currentParties;
  const byId = await knownAgencies(tx, effectiveParties, v.courtAgencyId);
  if (parties) requireAgencyOfAgencyParties(parties);
  const first = firstDefendant(effectiveParties);
  v.firstDefendantAgencyId = first?.agencyId ?? null;
  // Every dispute has an administrative agency as 被告 / 被申请人 (行政诉讼法第二十六条, 行政复议法第十九条): a case
  // without one is bad input, refused as such before any scope question arises.
  if (!first && (parties || !current)) {
    throw validationFailed([{ field: 'parties', message: NO_DEFENDANT }], NO_DEFENDANT);
  }
  const agency = first?.agencyId ? byId.get(first.agencyId) : undefined;
  await resolveRegion(tx, v, input.regionCode, !!parties || !current, agency);
  if (input.plaintiffCount !== undefined) v.plaintiffCount = input.plaintiffCount;
  else if (parties) v.plaintiffCount = Math.max(1, parties.filter((p) => p.side === 'plaintiff').length);
}
