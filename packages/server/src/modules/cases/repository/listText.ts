/**
 * The list's free text (`q`): index-friendly prefix branches over the case number, its end, a bare sequence number,
 * the 案由 and the parties' names, and the probe that tells sparse branches from dense ones.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { cachedRead } from '../../../platform/db/readCache.js';
import { caseParties, cases } from '../schema.js';
import { numberKey, numberKeySql } from '../searchKey.js';

/** Escapes LIKE wildcards in user text. */
const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Normalises free text as case numbers are keyed: no spaces, one kind of bracket, ASCII digits (searchKey.ts). */
export const normaliseText = numberKey;

/** Up to this many bare matches a text branch is read through its prefix index and then sorted ("sparse"). */
const SPARSE_MATCHES = 10_000;

interface TextBranch {
  /** The branch as a row predicate on `cases`, excluding rows an earlier branch matches (branches are disjoint). */
  match: SQL;
  /** The cases rows the branch can match, through its prefix index (a superset of `match`). */
  source: SQL;
  /** `select 1` per bare match, for counting them up to a bound. */
  probe: SQL;
}

/**
 * Free text, index-friendly (no `%q%`): a prefix of the case number (with or without its year: "（2025）苏99",
 * "苏9902行初12"), its end ("〔2026〕28号" of 城东区政复〔2026〕28号), a bare sequence number ("123"), a prefix of the
 * 案由 or of a party's name; numbers compared by their key (searchKey.ts: whatever brackets were typed or stored).
 * Returned as DISJOINT branches (each excludes the rows an earlier one matches), so a list runs one query per branch with every other
 * condition (scope first) inside it, and their union needs no de-duplication. An OR across the branches (with the
 * EXISTS on parties) would make the planner scan the whole table; an `id in (… union …)` of the bare matches builds
 * every match (61,000 at 1M for "苏9902行初2") before the scope and the sort can cut them down. The parties' EXISTS
 * comes last, so the exclusions are plain column tests.
 */
function textBranches(q: string): TextBranch[] {
  const p = likePrefix(q);
  const own = (cond: SQL) => ({
    pred: cond,
    source: sql`select * from ${cases} where ${cond}`,
    probe: sql`select 1 from ${cases} where ${cond}`,
  });
  // The number's end ("〔2026〕28号", "行初12号"): a prefix of the reversed key; a typed end without 号 gets it. A bare
  // number ("28") is a 复议/争议 number's sequence, right after the year's bracket ("）28号", not "128号" — and an
  // index range that small): lawsuits' sequence numbers have their own column (the seq branch below).
  const bare = /^(\d{1,8})号?$/.exec(q);
  const end = bare ? `）${bare[1]}号` : /号$/.test(q) ? q : `${q}号`;
  const reversed = [...end].reverse().join('');
  // The tail first: it is the branch that matches many (a number without its year), and the first needs no exclusion.
  const plain = [
    own(sql`${cases.caseNumberTail} like ${p}`),
    own(sql`${numberKeySql(cases.caseNumber)} like ${p}`),
    own(sql`reverse(${numberKeySql(cases.caseNumber)}) like ${likePrefix(reversed)}`),
    own(sql`${cases.causeOfAction} like ${p}`),
  ];
  if (bare) plain.push(own(sql`${cases.caseSeq} = ${Number(bare[1])}`));
  const byName = sql`select ${caseParties.caseId} from ${caseParties} where ${caseParties.name} like ${p}`;
  const all = [
    ...plain,
    {
      pred: sql`exists (select 1 from ${caseParties} where ${caseParties.caseId} = ${cases.id} and ${caseParties.name} like ${p})`,
      source: sql`select * from ${cases} where ${cases.id} in (${byName})`,
      probe: byName,
    },
  ];
  return all.map((b, i) => ({
    match:
      i === 0
        ? b.pred
        : sql`(${b.pred} and (${sql.join(
            all.slice(0, i).map((x) => x.pred),
            sql` or `,
          )}) is not true)`,
    source: b.source,
    probe: b.probe,
  }));
}

/**
 * The branches that match anything, each as the `from` of its query: a sparse branch (few bare matches) reads its
 * prefix index first (`offset 0` keeps the planner from walking a sort index in the hope of finding a page early,
 * which scans the whole table when its estimate is too high); a dense one is left to the planner (walking the sort
 * index with the branch as a filter stops after a page). One round trip counts the bare matches of every branch.
 */
export async function textSources(db: DbOrTx, q: string): Promise<{ match: SQL; from: SQL }[]> {
  const branches = textBranches(q);
  // The bare matches of a text do not depend on who asks: one cached probe per text (readCache.ts).
  const counts = await cachedRead(db, `text-probe:${q}`, async () => {
    const probe = await db.execute<Record<string, number | string>>(
      sql`select ${sql.join(
        branches.map(
          (b, i) => sql`(select count(*) from (${b.probe} limit ${SPARSE_MATCHES + 1}) t) as ${sql.raw(`b${i}`)}`,
        ),
        sql`, `,
      )}`,
    );
    return (probe as unknown as { rows: Record<string, number | string>[] }).rows[0]!;
  });
  return branches.flatMap((b, i) => {
    const n = Number(counts[`b${i}`]);
    if (n === 0) return [];
    const from = n <= SPARSE_MATCHES ? sql`(${b.source} offset 0) as ${cases}` : sql`${cases}`;
    return [{ match: b.match, from }];
  });
}
