/**
 * What the mediation module (行政争议化解中心, docs/rules/mediation.md) uses of the case registry: a case found by its
 * number in a region (mediators read no case file, so the region is the check, not the case scope), the timeline entry
 * of a mediation step, and the `became_case` link when a failed mediation's dispute became a 复议 or a lawsuit.
 */
import { parseCaseNumber } from '@shuangjiang/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { findCasesByNumbers } from './byNumbers.js';
import { LINK_TYPE_LABELS } from './constants.js';
import { insertEvent, insertLink, linkExists } from './repository.js';

export interface MediationCaseRef {
  id: string;
  caseNumber: string;
  kind: string;
  regionPath: string;
}

/**
 * The live case with this number whose region is under `regionPath`; null when there is none (or it lies outside).
 * The number is matched as typed and in its normalized form (（2026）苏0102行初1号 = (2026)苏0102行初1号).
 */
export async function caseByNumberInRegion(
  db: DbOrTx,
  caseNumber: string,
  regionPath: string,
): Promise<MediationCaseRef | null> {
  const typed = caseNumber.trim();
  const parsed = parseCaseNumber(typed);
  const numbers = [...new Set([typed, ...(parsed.valid ? [parsed.normalized] : [])])];
  const found = await findCasesByNumbers(db, numbers);
  const c = found.find((f) => f.regionPath.startsWith(regionPath));
  return c ? { id: c.id, caseNumber: c.caseNumber ?? typed, kind: c.kind, regionPath: c.regionPath } : null;
}

/** A mediation step on the case's timeline (type `mediation`, 协调化解), in the caller's transaction. */
export async function addMediationTimelineEvent(
  tx: DbOrTx,
  e: { caseId: string; at: string; title: string; detail?: string | null; by: string | null },
): Promise<void> {
  await insertEvent(tx, {
    caseId: e.caseId,
    at: e.at,
    type: 'mediation',
    title: e.title,
    detail: e.detail ?? null,
    createdBy: e.by,
  });
}

/**
 * The new case (复议 or lawsuit) is what the linked dispute became: link `became_case` from it to the earlier case,
 * with a `linked` entry on the new case's timeline. Already linked: nothing to do (false).
 */
export async function linkBecameCase(
  tx: DbOrTx,
  link: { fromCaseId: string; toCaseId: string; toCaseNumber: string; at: string; by: string | null },
): Promise<boolean> {
  if (link.fromCaseId === link.toCaseId) return false;
  if (await linkExists(tx, link.fromCaseId, link.toCaseId)) return false;
  if (await linkExists(tx, link.toCaseId, link.fromCaseId)) return false;
  await insertLink(tx, {
    fromCaseId: link.fromCaseId,
    toCaseId: link.toCaseId,
    linkType: 'became_case',
    createdBy: link.by,
  });
  await insertEvent(tx, {
    caseId: link.fromCaseId,
    at: link.at,
    type: 'linked',
    title: `${LINK_TYPE_LABELS.became_case}：${link.toCaseNumber}`,
    createdBy: link.by,
  });
  return true;
}
