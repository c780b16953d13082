/**
 * The search key of a case number: the number with one kind of bracket around its year and ASCII digits, whatever
 * was typed — a 复议 number is stored as the body writes it (城东区政复〔2026〕28号), a lawsuit's as the parser
 * normalises it (（2025）苏9902行初12号), and people type 〔〕, [], (), （） alike. The same mapping runs in SQL on the
 * stored number (an expression index, migration 0007) and in JS on the query, so a typed number meets its case
 * through the index. The index expression and the query's must stay textually the same: change both, with a migration.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** Opening and closing brackets typed around a year (〔〕 [] () 【】 ［］ ﹝﹞), and full-width digits … */
const FROM = '〔〕[]()【】［］﹝﹞０１２３４５６７８９';
/** … and what each becomes (position by position, as SQL `translate` maps them). */
const TO = '（）（）（）（）（）（）0123456789';

const MAP = new Map([...FROM].map((c, i) => [c, [...TO][i]!]));

/** The stored number's key in SQL: `translate(case_number, …)` with the mapping as literals (an index expression). */
export function numberKeySql(column: AnyPgColumn | SQL): SQL {
  return sql`translate(${column}, ${sql.raw(`'${FROM}'`)}, ${sql.raw(`'${TO}'`)})`;
}

/** The key of typed text: no spaces, the brackets and digits mapped as in SQL. */
export function numberKey(text: string): string {
  return [...text.replace(/\s+/g, '')].map((c) => MAP.get(c) ?? c).join('');
}
