/** Row types of the case tables, and the agency aliases the list and the detail join (court, first defendant). */
import { alias } from 'drizzle-orm/pg-core';
import { agencies } from '../../org/schema.js';
import type { caseParties, cases } from '../schema.js';

export type CaseRow = typeof cases.$inferSelect;
export type CaseInsert = typeof cases.$inferInsert;
export type PartyRow = typeof caseParties.$inferSelect;

export const court = alias(agencies, 'court');
export const defendant = alias(agencies, 'first_defendant');

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID_RE.test(s);
