/** Small pure helpers of the case screens: days left, labels, what a role may do. */
import { todayInChina } from '@shuangjiang/domain';
import type { TFunction } from 'i18next';
import type { SessionUser } from '../../app/auth/session.js';
import { deadlineRuleKey } from '../../app/i18n/codeKeys.js';
import type { DeadlineOut, Labelled } from './api.js';

/** Today in China (UTC+8 all year) as YYYY-MM-DD: the domain's rule, the one the server counts deadlines from. */
export { todayInChina };

/** A timestamp as China local time, 'YYYY-MM-DD HH:mm' (hearings are in China whatever the browser's zone). */
export function chinaDateTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** Whole days from today (China) to a date; negative when the date has passed. */
export function daysUntil(date: string, today = todayInChina()): number {
  return dayNumber(date) - dayNumber(today);
}

/** The label of a code in a meta list, or the code itself when the list does not know it (or is still loading). */
export function labelOf(list: readonly Labelled[] | undefined, value: string | null | undefined): string {
  if (!value) return '';
  return list?.find((l) => l.value === value)?.label ?? value;
}

/**
 * An outcome category's label in the UI language, by its code (i18n `outcomes.<code>`); for a code this UI does not
 * know, the server's label, else the code.
 */
export function outcomeLabel(t: TFunction, code: string | null | undefined, fallback?: string | null): string {
  if (!code) return fallback ?? '';
  return t(`outcomes.${code}` as 'outcomes.UNKNOWN', { defaultValue: fallback ?? code });
}

/**
 * A deadline's rule name and legal basis in the UI language, by its rule id (i18n `deadlineRules`); for a rule this UI
 * does not know, the server's Chinese wording. The explanation is not translated: it is the computed Chinese text.
 */
export function deadlineRuleText(
  t: TFunction,
  d: Pick<DeadlineOut, 'ruleId' | 'name' | 'basis'>,
): { name: string; basis: string } {
  const key = `deadlineRules.${deadlineRuleKey(d.ruleId)}` as const;
  return {
    name: t(`${key}.name` as 'deadlineRules.x.name', { defaultValue: d.name }),
    basis: t(`${key}.basis` as 'deadlineRules.x.basis', { defaultValue: d.basis }),
  };
}

export const RISK_COLORS: Record<string, string> = { green: 'green', yellow: 'gold', red: 'red' };

/**
 * What the signed-in user may do with cases: the permissions /auth/me lists (the server's one role table). Without a
 * list, nothing: a second copy of the table here would drift from the server's. Only used to hide buttons; the
 * server checks every request.
 */
export function casePermissions(user: Pick<SessionUser, 'role'> & { permissions?: unknown }) {
  const list: unknown[] = Array.isArray(user.permissions) ? user.permissions : [];
  const has = (p: string) => list.includes(p);
  return {
    create: has('case.create'),
    update: has('case.update'),
    delete: has('case.delete'),
    restore: has('case.restore'),
    export: has('case.export'),
    import: has('case.import'),
  };
}
