import { z } from 'zod';
import { ROLE_PERMISSIONS } from '../../platform/auth/permissions.js';
import { ROLE_NAMES_ZH, type Role } from '../../platform/auth/principal.js';

/** The signed-in user as /auth/me and /auth/login present it (the web app's SessionUser). */
export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleName: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  mustChangePassword: z.boolean(),
  /** What the role may do (platform/auth/permissions.ts), so the UI shows only what will be allowed. */
  permissions: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export interface UserWithNames {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  regionName: string | null;
  agencyId: string | null;
  agencyName: string | null;
  mustChangePassword: boolean;
}

export function presentSessionUser(u: UserWithNames): SessionUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleName: ROLE_NAMES_ZH[u.role],
    regionCode: u.regionCode,
    regionName: u.regionName,
    agencyId: u.agencyId,
    agencyName: u.agencyName,
    mustChangePassword: u.mustChangePassword,
    permissions: [...ROLE_PERMISSIONS[u.role]],
  };
}
