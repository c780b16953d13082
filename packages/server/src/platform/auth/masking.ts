import { can } from './permissions.js';
import type { Principal, Role } from './principal.js';

/**
 * Masking of plaintiffs' personal information (个人信息, PIPL; docs/rules/personal-data.md). Lists, details, exports and the audit
 * log show masked values. Nobody sees ID numbers or phone numbers in full by default: a user with 'case.unmask'
 * (coordinators, agency clerks) asks for one record's values through the unmask action, which is audited.
 */

/** `maskIdNumber('320102199001011234')` → `'3201**********1234'`: region prefix and last four kept. */
export function maskIdNumber(value: string | null | undefined): string | null {
  if (value == null) return null;
  const v = value.trim();
  if (v.length <= 8) return '*'.repeat(v.length);
  return v.slice(0, 4) + '*'.repeat(v.length - 8) + v.slice(-4);
}

/** `maskPhone('13912345678')` → `'139****5678'`; landlines keep the area code and the last four digits. */
export function maskPhone(value: string | null | undefined): string | null {
  if (value == null) return null;
  const v = value.trim();
  const digits = v.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(v.length);
  const keepStart = v.startsWith('0') ? v.search(/[-\s]/) + 1 || 4 : 3;
  const end = v.length - 4;
  return v.slice(0, keepStart) + v.slice(keepStart, end).replace(/\d/g, '*') + v.slice(end);
}

/** `maskName('张三')` → `'张*'`, `maskName('王小明')` → `'王*明'`, `maskName('欧阳娜娜')` → `'欧**娜'`. */
export function maskName(value: string | null | undefined): string | null {
  if (value == null) return null;
  const chars = [...value.trim()];
  if (chars.length <= 1) return '*'.repeat(chars.length);
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/**
 * Whether ID numbers and phone numbers are shown unmasked in ordinary views: never (docs/rules/personal-data.md#masking). Kept as a
 * function so the policy stays in one place; the unmask action is the only way to see them.
 */
export function canSeePersonalData(_principal: Pick<Principal, 'role'> | null | undefined): boolean {
  return false;
}

/** Whether the principal may use the audited unmask action (permission 'case.unmask'). */
export function canUnmaskPersonalData(principal: Pick<Principal, 'role'> | null | undefined): boolean {
  return can(principal, 'case.unmask');
}

/**
 * Roles that handle cases see plaintiffs' names (they must know who sued); leaders, experts and the administrator
 * see them masked (experts review loss cases on the merits; typical cases are anonymised anyway).
 */
const NAME_ROLES: ReadonlySet<Role> = new Set<Role>([
  'city_coordinator',
  'county_coordinator',
  'agency_clerk',
  'agency_head',
  'court_liaison',
  'discipline_liaison',
]);

export function canSeePartyNames(principal: Pick<Principal, 'role'> | null | undefined): boolean {
  return !!principal && NAME_ROLES.has(principal.role);
}

/**
 * Agency heads' phones (docs/rules/personal-data.md#agency-heads): seen in full by those who maintain the heads
 * ('org.manage', within their region — `inManageScope`, decided by the org module) and by the agency's own clerks and
 * heads; every other role sees them masked. Heads' phones are for reminders and for the coordinator's call before a
 * hearing, nobody else's business.
 */
export function canSeeAgencyHeadPhone(
  principal: Pick<Principal, 'role' | 'agencyId'> | null | undefined,
  agencyId: string,
  inManageScope: boolean,
): boolean {
  if (!principal) return false;
  if (inManageScope && can(principal, 'org.manage')) return true;
  return (principal.role === 'agency_clerk' || principal.role === 'agency_head') && principal.agencyId === agencyId;
}
