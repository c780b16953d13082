/** The administrator's view of an account (list and detail). */
import { maskPhone } from '../../../platform/auth/masking.js';
import { ROLE_NAMES_ZH, type Role } from '../../../platform/auth/principal.js';
import type { UserListRow } from '../repository.js';
import type { UserRow } from '../schema.js';

export interface UserListItem {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleName: string;
  regionCode: string | null;
  regionName: string | null;
  agencyId: string | null;
  agencyName: string | null;
  /** Masked in lists (`139****5678`); the detail view shows it in full to the administrator. */
  phone: string | null;
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export function presentUser(r: UserListRow, now: Date, opts: { fullPhone?: boolean } = {}): UserListItem {
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    roleName: ROLE_NAMES_ZH[r.role],
    regionCode: r.regionCode,
    regionName: r.regionName,
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    phone: opts.fullPhone ? r.phone : maskPhone(r.phone),
    disabled: r.disabled,
    locked: !!r.lockedUntil && r.lockedUntil > now,
    lockedUntil: r.lockedUntil && r.lockedUntil > now ? r.lockedUntil.toISOString() : null,
    failedLogins: r.failedLogins,
    mustChangePassword: r.mustChangePassword,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** What the audit log keeps of an account (never the password hash). */
export const auditView = (u: Partial<UserRow>) => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  regionCode: u.regionCode,
  agencyId: u.agencyId,
  phone: u.phone,
  disabled: u.disabled,
  mustChangePassword: u.mustChangePassword,
});
