/**
 * The hearing preparation kit (应诉材料包, docs/rules/documents.md#preparation-kit): 行政答辩状 skeleton, 证据目录,
 * 授权委托书, 法定代表人（负责人）身份证明书 and 应诉批办单, each from the template in force (the city's, else the
 * built-in one) through the documents module, filled from the case as the caller sees it, the hearing and the heads
 * list; one at a time or all five as one .zip. Each generated document is stored and audited (documents module).
 */

import { todayInChina } from '@shuangjiang/domain';
import PizZip from 'pizzip';
import type { Db, DbOrTx } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { getCaseDetail } from '../../cases/service.js';
import { assignmentFormValues, generateCaseDocument } from '../../documents/service.js';
import { headsOfAgencies } from '../../org/public.js';
import type { HearingContext } from '../context.js';
import { type KitFacts, preparationKitData } from '../kitData.js';
import { appearancesOf, hearingInScope, hearingsOfCase } from '../repository.js';
import type { HearingRow } from '../schema.js';

/** The kit's parts (route names) → the documents module's template keys, in the order of the .zip. */
export const KIT_ITEMS = {
  'defence-statement': 'case.defence-statement',
  'evidence-list': 'case.evidence-list',
  'power-of-attorney': 'case.power-of-attorney',
  'head-identity': 'case.head-identity',
  'assignment-form': 'case.assignment-form',
} as const;
export type KitItem = keyof typeof KIT_ITEMS;
export const KIT_ITEM_NAMES = Object.keys(KIT_ITEMS) as KitItem[];

/** The hearing a kit is for when none is named: the next scheduled one, else the latest not cancelled. */
function defaultHearing(rows: readonly HearingRow[], now: Date): HearingRow | null {
  const next = rows.find((h) => h.status === 'scheduled' && h.scheduledAt >= now);
  return next ?? rows.filter((h) => h.status !== 'cancelled').at(-1) ?? null;
}

async function kitFacts(db: DbOrTx, ctx: HearingContext, caseId: string, hearingId?: string): Promise<KitFacts> {
  const detail = await getCaseDetail(db, ctx.principal, caseId);
  let hearing: HearingRow | null;
  if (hearingId) {
    hearing = await hearingInScope(db, ctx.principal, hearingId);
    if (!hearing || hearing.caseId !== caseId) throw notFound('庭审');
  } else hearing = defaultHearing(await hearingsOfCase(db, caseId), new Date());
  const appearances = hearing ? await appearancesOf(db, [hearing.id]) : [];
  const heads = detail.firstDefendantAgencyId ? await headsOfAgencies(db, [detail.firstDefendantAgencyId]) : [];
  return { detail, hearing, appearances, heads, today: todayInChina() };
}

async function valuesOf(db: DbOrTx, ctx: HearingContext, item: KitItem, facts: KitFacts) {
  return item === 'assignment-form' ? assignmentFormValues(db, ctx.principal, facts.detail) : preparationKitData(facts);
}

async function generate(db: DbOrTx, ctx: HearingContext, item: KitItem, facts: KitFacts) {
  return generateCaseDocument(db, ctx.actor, {
    key: KIT_ITEMS[item],
    caseId: facts.detail.id,
    caseVersion: facts.detail.version,
    caseNumber: facts.detail.caseNumber,
    values: await valuesOf(db, ctx, item, facts),
    inputs: { hearing: facts.hearing ? { id: facts.hearing.id, version: facts.hearing.version } : null },
  });
}

/** One part of the kit, stored; 404 when the case (or the named hearing of it) is outside the caller's scope. */
export async function generateKitDocument(
  db: Db,
  ctx: HearingContext,
  caseId: string,
  item: KitItem,
  hearingId?: string,
) {
  const facts = await kitFacts(db, ctx, caseId, hearingId);
  return (await generate(db, ctx, item, facts)).meta;
}

/** All five parts, stored in one transaction, as one .zip (名称-案号-日期.docx each). */
export async function generateKitZip(db: Db, ctx: HearingContext, caseId: string, hearingId?: string) {
  const facts = await kitFacts(db, ctx, caseId, hearingId);
  const parts = await db.transaction(async (tx) => {
    const out = [];
    for (const item of KIT_ITEM_NAMES) out.push(await generate(tx, ctx, item, facts));
    return out;
  });
  const zip = new PizZip();
  for (const [i, p] of parts.entries()) zip.file(`${i + 1}-${p.meta.fileName}`, p.content);
  return {
    fileName: `应诉材料包-${facts.detail.caseNumber ?? '待核实'}-${facts.today}.zip`.replace(/[\\/:*?"<>|]/g, '_'),
    content: zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer,
    documents: parts.map((p) => p.meta),
  };
}
