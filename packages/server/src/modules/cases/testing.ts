/**
 * Test fixtures for the case registry: the demo org (示例市) loaded into a test database, hand-made principals, and
 * a minimal valid case input. Used by this module's tests and by other modules that need cases.
 */
import { randomUUID } from 'node:crypto';
import type { AuditActor } from '../../platform/audit.js';
import type { Principal, Role } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { buildDemoOrg } from '../demo/org.js';
import { Rng } from '../demo/random.js';
import { agencies, regions } from '../org/schema.js';
import { ensureAdminDomains } from './adminDomains.js';
import type { CreateCaseInput } from './dto.js';
import type { CaseContext } from './service.js';

export interface OrgFixture {
  /** Demo agency key ('city-court', 'county-0-dept-0', 'county-0-town-0' …) → id. */
  agency: (key: string) => string;
  /** Region code → materialised path. */
  regionPath: (code: string) => string;
}

/** Loads the demo city's regions and agencies (not its cases) and the admin domains. */
export async function seedOrgFixture(db: DbOrTx): Promise<OrgFixture> {
  const org = buildDemoOrg(new Rng(7));
  await db.insert(regions).values(org.regions);
  const rows = await db
    .insert(agencies)
    .values(
      org.agencies.map((a) => ({
        name: a.name,
        shortName: a.shortName,
        kind: a.kind,
        regionCode: a.regionCode,
        courtCode: a.courtCode,
      })),
    )
    .returning({ id: agencies.id });
  const ids = new Map(org.agencies.map((a, i) => [a.key, rows[i]!.id]));
  const paths = new Map(org.regions.map((r) => [r.code, r.path]));
  await ensureAdminDomains(db);
  return {
    agency: (key) => {
      const id = ids.get(key);
      if (!id) throw new Error(`no demo agency ${key}`);
      return id;
    },
    regionPath: (code) => {
      const p = paths.get(code);
      if (!p) throw new Error(`no demo region ${code}`);
      return p;
    },
  };
}

/** A principal made by hand (before or without the auth module's users). */
export function testPrincipal(
  role: Role,
  opts: { regionCode?: string; regionPath?: string; agencyId?: string; userId?: string } = {},
): Principal {
  return {
    userId: opts.userId ?? randomUUID(),
    username: `${role}-test`,
    displayName: `测试${role}`,
    role,
    regionCode: opts.regionCode ?? null,
    regionPath: opts.regionPath ?? null,
    agencyId: opts.agencyId ?? null,
    sessionId: 'test-session',
  };
}

export function testContext(principal: Principal): CaseContext {
  const actor: AuditActor = {
    userId: principal.userId,
    name: principal.displayName,
    ip: '127.0.0.1',
    requestId: null,
  };
  return { principal, actor };
}

/** A first-instance lawsuit against `defendantAgencyId`, with one natural-person plaintiff. */
export function litigationInput(defendantAgencyId: string, overrides: Partial<CreateCaseInput> = {}): CreateCaseInput {
  return {
    kind: 'litigation',
    caseNumber: '（2024）苏9902行初101号',
    filedDate: '2024-09-10',
    complaintReceivedDate: '2024-09-20',
    causeOfAction: '城建行政管理-房屋拆迁管理',
    actKind: 'expropriation',
    // Not a watched domain (risk rules): a fixture case screens green unless a test says otherwise.
    domain: 'urban_rural_construction',
    parties: [
      {
        side: 'plaintiff',
        partyType: 'person',
        name: '王某明',
        idNumber: '329902199001011234',
        phone: '13912345678',
      },
      { side: 'defendant', partyType: 'agency', name: '被告机关', agencyId: defendantAgencyId, defendantRole: 'first' },
    ],
    ...overrides,
  };
}
