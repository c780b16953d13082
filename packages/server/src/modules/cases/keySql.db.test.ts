/**
 * Key SQL under review: the statements sent by the case list (the list benchmark's requests, bench/lib/shared.ts
 * `LIST_FILTERS`, as bench/explain.ts explains them), the case detail and the import's lookups are written to
 * docs/sql/*.sql, checked in. A change to them fails here until accepted, and shows in review as a diff of those
 * files: accept it with `TEST_DB=pglite npx vitest run --project db -u packages/server/src/modules/cases/keySql.db.test.ts`
 * (and look at the plans again: bench/explain.ts).
 *
 * Text only, parameters stripped ($1 … stay placeholders), so the files do not depend on the data; the read cache is
 * emptied before each request, so each one shows every statement it sends when nothing is cached. The same text on
 * PGlite and PostgreSQL: one file for both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY, COUNTY, LIST_FILTERS } from '../../../../../bench/lib/shared.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/client.js';
import { invalidateReadCache } from '../../platform/db/readCache.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { seedDemoIfEmpty } from '../demo/seed.js';
import { loadLookups } from '../imports/lookups.js';
import { principalOfUsername } from '../users/public.js';
import { findCasesByNumbers } from './byNumbers.js';
import { listQuery } from './dto.js';
import { getCaseDetail, listCasesFor } from './service.js';

const SNAPSHOTS = '../../../../../docs/sql';

/** Records the text of every statement the database client is sent (drizzle's `$client`, either driver). */
function recordStatements(database: Database): { take(): string[]; stop(): void } {
  const client = (database.db as unknown as { $client: { query: (...a: unknown[]) => unknown } }).$client;
  const original = client.query;
  let seen: string[] = [];
  client.query = function (this: unknown, ...a: unknown[]) {
    const [q] = a;
    seen.push(typeof q === 'string' ? q : (q as { text: string }).text);
    return original.apply(this, a);
  };
  return {
    take() {
      const out = seen;
      seen = [];
      return out;
    },
    stop() {
      client.query = original;
    },
  };
}

const CLAUSE = /^ (from|left join|inner join|join|where|group by|order by|limit|offset|returning) /i;

/**
 * A statement laid out for review: outside parentheses and quotes, each clause (from, join, where, order by, limit …)
 * starts a line, and so does each item of the select list, so a changed column or condition is a changed line.
 * Subqueries stay on their item's line. Only whitespace changes: the text is the statement as sent.
 */
function layOut(statement: string): string {
  const s = statement.trim().replace(/\s+/g, ' ');
  let out = '';
  let depth = 0;
  let quote: string | null = null;
  let inSelectList = /^select /i.test(s);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = null;
      out += c;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth === 0 && c === ' ') {
      const clause = CLAUSE.exec(s.slice(i));
      if (clause) {
        if (/^from$/i.test(clause[1]!)) inSelectList = false;
        out += `\n${clause[1]}`;
        i += clause[1]!.length;
        continue;
      }
    }
    if (depth === 0 && c === ',' && inSelectList) {
      out += ',\n ';
      if (s[i + 1] === ' ') i++;
      continue;
    }
    out += c;
  }
  return out;
}

/** One request's statements: a comment naming it, then each statement on its own, numbered. */
function block(title: string, statements: string[]): string {
  return [`-- ${title}`, ...statements.map((s, i) => `-- ${i + 1}\n${layOut(s)};`)].join('\n');
}

describe(`key SQL on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let recorder: ReturnType<typeof recordStatements>;
  const principals: Partial<Record<'city' | 'county', Principal>> = {};

  async function principalOf(username: string): Promise<Principal> {
    const u = await principalOfUsername(database.db, username);
    if (!u) throw new Error(`no user ${username} in the demo data`);
    const { disabled: _d, mustChangePassword: _m, ...principal } = u;
    return { ...principal, sessionId: 'key-sql' };
  }

  /** The statements of one call, on a cold read cache. */
  async function statementsOf(call: () => Promise<unknown>): Promise<string[]> {
    invalidateReadCache(database.db);
    recorder.take();
    await call();
    return recorder.take();
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoIfEmpty(database);
    principals.city = await principalOf(CITY.username);
    principals.county = await principalOf(COUNTY.username);
    recorder = recordStatements(database);
  });
  afterAll(async () => {
    recorder?.stop();
    await database?.cleanup();
  });

  it('case list: the list benchmark’s requests, page of 20', async () => {
    const blocks: string[] = [];
    for (const { who, filters } of LIST_FILTERS) {
      const query = listQuery.parse(Object.fromEntries(new URLSearchParams(filters)));
      const principal = principals[who]!;
      const statements = await statementsOf(() => listCasesFor(database.db, principal, { ...query, pageSize: 20 }));
      expect(statements.length).toBeGreaterThan(0);
      blocks.push(block(`${who} coordinator: ${decodeURIComponent(filters)}`, statements));
    }
    await expect(`${blocks.join('\n\n')}\n`).toMatchFileSnapshot(`${SNAPSHOTS}/case-list.sql`);
  });

  it('case detail: one case the city coordinator opens', async () => {
    const page = await listCasesFor(database.db, principals.city!, listQuery.parse({ pageSize: '1' }));
    const id = page.items[0]!.id;
    const statements = await statementsOf(() => getCaseDetail(database.db, principals.city!, id));
    expect(statements.length).toBeGreaterThan(0);
    await expect(`${block('city coordinator: GET /cases/:id', statements)}\n`).toMatchFileSnapshot(
      `${SNAPSHOTS}/case-detail.sql`,
    );
  });

  it('import lookups: agencies, domains, calendar, and the existing cases by number', async () => {
    const lookups = await statementsOf(() => loadLookups(database.db, principals.city!));
    const page = await listCasesFor(database.db, principals.city!, listQuery.parse({ pageSize: '2' }));
    const numbers = page.items.map((c) => c.caseNumber).filter((n): n is string => !!n);
    const byNumber = await statementsOf(async () =>
      expect(await findCasesByNumbers(database.db, numbers)).toHaveLength(numbers.length),
    );
    expect(lookups.length).toBeGreaterThan(0);
    expect(byNumber).toHaveLength(1);
    const text = [
      block('before the rows: the lookups (loadLookups)', lookups),
      block('per batch of rows: the cases already registered under these numbers (findCasesByNumbers)', byNumber),
    ].join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot(`${SNAPSHOTS}/import-lookups.sql`);
  });
});
