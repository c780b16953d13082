import { hashPassword } from '../../platform/auth/password.js';
import { ROLE_NAMES_ZH, type Role } from '../../platform/auth/principal.js';
import type { DemoStep } from '../demo/public.js';
import { users } from './schema.js';

interface DemoUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  /** Region code, or the demo agency key (its region is the agency's). */
  region?: string;
  agencyKey?: string;
}

/** One account per role, with fixed passwords (listed in the README). Demo accounts need no password change. */
export const DEMO_USERS: DemoUser[] = [
  {
    username: 'city',
    password: 'Demo@2026city',
    displayName: '市司法局应诉科',
    role: 'city_coordinator',
    region: '329900',
  },
  {
    username: 'county1',
    password: 'Demo@2026county',
    displayName: '城东区司法局',
    role: 'county_coordinator',
    region: '329902',
  },
  {
    username: 'clerk1',
    password: 'Demo@2026clerk',
    displayName: '城东区自然资源局应诉专员',
    role: 'agency_clerk',
    agencyKey: 'county-0-dept-1',
  },
  {
    username: 'head1',
    password: 'Demo@2026head',
    displayName: '城东区自然资源局局长',
    role: 'agency_head',
    agencyKey: 'county-0-dept-1',
  },
  {
    username: 'court1',
    password: 'Demo@2026court',
    displayName: '城东区法院联络员',
    role: 'court_liaison',
    agencyKey: 'county-0-court',
  },
  { username: 'expert1', password: 'Demo@2026expert', displayName: '评查专家', role: 'expert', region: '329900' },
  {
    username: 'discipline1',
    password: 'Demo@2026discipline',
    displayName: '市纪委监委联络员',
    role: 'discipline_liaison',
    region: '329900',
  },
  { username: 'leader1', password: 'Demo@2026leader', displayName: '市领导', role: 'leader', region: '329900' },
  { username: 'admin', password: 'Demo@2026admin', displayName: '系统管理员', role: 'admin' },
  // The city's 行政争议化解中心 (docs/rules/mediation.md#who).
  {
    username: 'mediator1',
    password: 'Demo@2026mediator',
    displayName: '市行政争议化解中心调解员',
    role: 'mediator',
    region: '329900',
  },
];

export const seedDemoUsers: DemoStep = async (tx, ctx) => {
  for (const u of DEMO_USERS) {
    const agency = u.agencyKey ? ctx.org.agencies.find((a) => a.key === u.agencyKey) : undefined;
    const agencyId = u.agencyKey ? ctx.agencyIds.get(u.agencyKey) : undefined;
    if (u.agencyKey && (!agency || !agencyId)) throw new Error(`demo agency ${u.agencyKey} missing`);
    const [row] = await tx
      .insert(users)
      .values({
        username: u.username,
        displayName: u.displayName,
        passwordHash: await hashPassword(u.password),
        role: u.role,
        regionCode: agency?.regionCode ?? u.region ?? null,
        agencyId: agencyId ?? null,
        mustChangePassword: false,
      })
      .returning({ id: users.id });
    ctx.userIds.set(u.username, row!.id);
    ctx.logins.push({
      username: u.username,
      password: u.password,
      role: ROLE_NAMES_ZH[u.role],
      scope: agency?.name ?? ctx.org.regions.find((r) => r.code === u.region)?.name ?? '—',
    });
  }
};
