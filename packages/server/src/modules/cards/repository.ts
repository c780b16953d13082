/** Every SQL statement on card_proposals. */
import { and, asc, desc, eq, gte, inArray, like, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { CardLevel, CardStatus } from './constants.js';
import { type CardProposalRow, cardProposals } from './schema.js';

export type NewCardProposal = typeof cardProposals.$inferInsert;

/** Inserts the proposals not there yet (same quarter, level, unit, sanction); returns those inserted. */
export async function insertProposals(db: DbOrTx, rows: NewCardProposal[]): Promise<CardProposalRow[]> {
  if (rows.length === 0) return [];
  return db.insert(cardProposals).values(rows).onConflictDoNothing().returning();
}

/** The rejected proposals of quarters from `from` on (they do not count toward a later step). */
export async function rejectedSince(db: DbOrTx, from: string, level: CardLevel) {
  return db
    .select({ periodFrom: cardProposals.periodFrom, unitId: cardProposals.unitId, sanction: cardProposals.sanction })
    .from(cardProposals)
    .where(
      and(eq(cardProposals.status, 'rejected'), eq(cardProposals.level, level), gte(cardProposals.periodFrom, from)),
    );
}

export interface CardFilter {
  /** Units whose region path starts with this (null: every unit). */
  regionPath: string | null;
  status?: CardStatus;
  level?: CardLevel;
  unitId?: string;
  periodFrom?: string;
  periodTo?: string;
}

export async function listProposals(db: DbOrTx, f: CardFilter, limit: number): Promise<CardProposalRow[]> {
  const where: SQL[] = [];
  if (f.regionPath) where.push(like(cardProposals.regionPath, `${f.regionPath}%`));
  if (f.status) where.push(eq(cardProposals.status, f.status));
  if (f.level) where.push(eq(cardProposals.level, f.level));
  if (f.unitId) where.push(eq(cardProposals.unitId, f.unitId));
  if (f.periodFrom) where.push(gte(cardProposals.periodFrom, f.periodFrom));
  if (f.periodTo) where.push(lte(cardProposals.periodTo, f.periodTo));
  return db
    .select()
    .from(cardProposals)
    .where(where.length ? and(...where) : undefined)
    .orderBy(
      desc(cardProposals.periodFrom),
      asc(cardProposals.level),
      asc(cardProposals.unitLabel),
      asc(cardProposals.sanction),
    )
    .limit(limit);
}

export async function proposalById(db: DbOrTx, id: string): Promise<CardProposalRow | undefined> {
  const [row] = await db.select().from(cardProposals).where(eq(cardProposals.id, id));
  return row;
}

/** The decision, at the version the caller saw; undefined when it moved meanwhile (or is decided). */
export async function decideProposal(
  db: DbOrTx,
  id: string,
  version: number,
  d: {
    status: 'confirmed' | 'rejected';
    reason: string | null;
    by: string | null;
    byName: string;
    at: Date;
    /** The `card.notice` template version in force at a confirmation (null when rejected). */
    noticeTemplateVersion: number | null;
  },
): Promise<CardProposalRow | undefined> {
  const [row] = await db
    .update(cardProposals)
    .set({
      status: d.status,
      noticeTemplateVersion: d.noticeTemplateVersion,
      decisionReason: d.reason,
      decidedBy: d.by,
      decidedByName: d.byName,
      decidedAt: d.at,
      version: sql`${cardProposals.version} + 1`,
      updatedAt: d.at,
    })
    .where(and(eq(cardProposals.id, id), eq(cardProposals.version, version), eq(cardProposals.status, 'proposed')))
    .returning();
  return row;
}

export async function proposalsOfIds(db: DbOrTx, ids: string[]): Promise<CardProposalRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(cardProposals).where(inArray(cardProposals.id, ids));
}
