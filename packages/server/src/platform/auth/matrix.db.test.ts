/**
 * The authorization matrix, generated from the route table: every API route × anonymous and every role.
 *
 * - Every route of every module must be listed in EXPECTED_ROUTES (matrix.routes.expected.ts) with the access it is meant to have; a new
 *   route without a line here, a line without a route, or a route whose `config.access` differs fails the test.
 *   (Adding a route = adding one reviewed line here.)
 * - EXPECTED_ROLE_PERMISSIONS (matrix.roles.expected.ts) is the reviewed copy of the role table; permissions.ts must agree with it.
 * - Then each route is called without a session (401 unless public), and with a fresh session of each role:
 *   403 FORBIDDEN for a role without the permission, neither 401/403 nor 5xx for a role with it (path ids are
 *   random, bodies empty: the answer is typically 400 or 404, which shows the request got past authorization).
 * Object-level scope (in-region vs out-of-region records) is tested per module.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, regions } from '../../modules/org/schema.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../db/testing.js';
import type { RouteAccess } from '../http/access.js';
import { buildApp } from '../http/app.js';
import { testConfig } from '../http/testing.js';
import type { App } from '../http/types.js';
import { EXPECTED_ROLE_PERMISSIONS } from './matrix.roles.expected.js';
import { EXPECTED_ROUTES } from './matrix.routes.expected.js';
import { ROLE_PERMISSIONS } from './permissions.js';
import { listRoutes } from './plugin.js';
import { ROLES, type Role } from './principal.js';
import { createTestUser, ensureTestOrg, sessionAs, TEST_CITY, TEST_COUNTY, type TestUser } from './testing.js';

const SAMPLE_UUID = '00000000-0000-4000-8000-000000000000';

/** A concrete URL for a route pattern: ids become a random (absent) uuid, other parameters a plain word. */
function concrete(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, (_m, name: string) => (/id$/i.test(name) ? SAMPLE_UUID : 'x'));
}

const key = (method: string, url: string) => `${method} ${url}`;
const same = (a: RouteAccess, b: RouteAccess) => JSON.stringify(a) === JSON.stringify(b);

describe(`authorization matrix on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  const users = new Map<Role, TestUser>();
  // The administrator's POST /admin/backups really backs up (PGlite): into a directory of this test's own.
  const backupDir = mkdtempSync(join(tmpdir(), 'sj-matrix-backups-'));
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      SESSION_SECRET: 'm'.repeat(40),
      DATA_DIR: tmpdir(),
      BACKUP_DIR: backupDir,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    app = await buildApp({ config, database }, { logger: false });
    for (const role of ROLES) users.set(role, await createTestUser(database.db, { role }));
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('permissions.ts matches the reviewed role matrix', () => {
    for (const role of ROLES) {
      expect([...ROLE_PERMISSIONS[role]].sort(), role).toEqual([...EXPECTED_ROLE_PERMISSIONS[role]].sort());
    }
  });

  it('every route has an expectation here, and declares exactly that access', () => {
    const routes = listRoutes(app);
    expect(routes.length).toBeGreaterThan(10);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const r of routes) {
      const k = key(r.method, r.url);
      seen.add(k);
      const expected = EXPECTED_ROUTES[k];
      if (!expected) problems.push(`${k}: no expectation in matrix.db.test.ts (declares ${JSON.stringify(r.access)})`);
      else if (!same(expected, r.access))
        problems.push(`${k}: declares ${JSON.stringify(r.access)}, expected ${JSON.stringify(expected)}`);
    }
    for (const k of Object.keys(EXPECTED_ROUTES)) if (!seen.has(k)) problems.push(`${k}: expected but not registered`);
    expect(problems).toEqual([]);
  });

  // Every route × eleven callers, real requests (a backup, a jobs run among them): minutes on a loaded CI machine.
  it('each route × (anonymous and every role) answers as the matrix says', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    // Anonymous callers carry a valid pre-login CSRF token, so what is tested is authentication, not CSRF.
    const anon = await app.inject({ method: 'GET', url: '/api/v1/auth/csrf' });
    const anonCookie = anon.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const anonToken = anon.json<{ token: string }>().token;

    for (const route of listRoutes(app)) {
      const k = key(route.method, route.url);
      const access = EXPECTED_ROUTES[k] ?? route.access;
      const url = concrete(route.url);
      const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
      const method = route.method as 'GET';

      const a = await app.inject({
        method,
        url,
        payload: body,
        headers: { cookie: anonCookie, 'x-csrf-token': anonToken },
      });
      if (access === 'public') {
        if (a.statusCode === 401 || a.statusCode === 403 || a.statusCode >= 500)
          problems.push(`${k} anonymous: ${a.statusCode}, expected a public answer`);
      } else if (a.statusCode !== 401) {
        problems.push(`${k} anonymous: ${a.statusCode}, expected 401`);
      }

      for (const role of ROLES) {
        const allowed =
          access === 'public' ||
          access === 'authenticated' ||
          EXPECTED_ROLE_PERMISSIONS[role].includes(access.permission);
        const session = await sessionAs(app, database.db, users.get(role)!);
        const res = await session.inject({ method, url, payload: body });
        if (allowed) {
          if (res.statusCode === 401 || res.statusCode === 403 || res.statusCode >= 500)
            problems.push(`${k} as ${role}: ${res.statusCode} ${res.body.slice(0, 120)}, expected to pass`);
        } else if (res.statusCode !== 403 || res.json<{ code: string }>().code !== 'FORBIDDEN') {
          problems.push(`${k} as ${role}: ${res.statusCode}, expected 403 FORBIDDEN`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  /**
   * Writes that change a case's scope fields (所属地区, 第一被告) × each role that writes cases × where the case would
   * land: a write that takes a case out of the writer's scope is refused (403), one that keeps it inside passes. The
   * writer's region: the city coordinator's city, the county coordinator's county, the clerk's agency's county.
   */
  it('writes that change scope fields × writing role × in or out of the writer scope', async () => {
    const org = await ensureTestOrg(database.db);
    const OTHER_COUNTY = '999902';
    const OTHER_CITY = '999800';
    await database.db
      .insert(regions)
      .values([
        {
          code: OTHER_COUNTY,
          name: '测试二区',
          level: 'county',
          parentCode: TEST_CITY,
          path: `/${TEST_CITY}/${OTHER_COUNTY}/`,
        },
        { code: OTHER_CITY, name: '邻市', level: 'city', parentCode: null, path: `/${OTHER_CITY}/` },
      ])
      .onConflictDoNothing();
    const agency = async (name: string, regionCode: string) =>
      (await database.db.insert(agencies).values({ name, kind: 'department', regionCode }).returning())[0]!.id;
    const otherCountyAgency = await agency('测试市测试二区测试局', OTHER_COUNTY);
    const otherCityAgency = await agency('邻市某局', OTHER_CITY);

    const party = (agencyId: string, side: 'defendant' | 'third_party', first = false) => ({
      side,
      partyType: 'agency',
      name: '机关',
      agencyId,
      ...(first ? { defendantRole: 'first' } : {}),
    });
    const plaintiff = { side: 'plaintiff', partyType: 'person', name: '王某明' };
    const own = party(org.agencyId, 'defendant', true);
    // The clerk's agency stays a party, so a refusal is about the region, not about losing sight of the case.
    const ownAsSecond = party(org.agencyId, 'defendant');
    const body = (extra: Record<string, unknown>) => ({ kind: 'dispute', parties: [plaintiff, own], ...extra });

    type Where = 'own county' | 'other county' | 'other city';
    const writes: { name: string; where: Where; create?: Record<string, unknown>; patch?: Record<string, unknown> }[] =
      [
        { name: 'POST /cases first defendant in own county', where: 'own county', create: body({}) },
        {
          name: 'POST /cases 所属地区 other county',
          where: 'other county',
          create: body({ regionCode: OTHER_COUNTY }),
        },
        {
          name: 'POST /cases first defendant in other county',
          where: 'other county',
          create: body({ parties: [plaintiff, party(otherCountyAgency, 'defendant', true), ownAsSecond] }),
        },
        {
          name: 'POST /cases first defendant in other city',
          where: 'other city',
          create: body({ parties: [plaintiff, party(otherCityAgency, 'defendant', true), ownAsSecond] }),
        },
        { name: 'PATCH /cases/:id 所属地区 own county', where: 'own county', patch: { regionCode: TEST_COUNTY } },
        { name: 'PATCH /cases/:id 所属地区 other county', where: 'other county', patch: { regionCode: OTHER_COUNTY } },
        { name: 'PATCH /cases/:id 所属地区 other city', where: 'other city', patch: { regionCode: OTHER_CITY } },
        {
          name: 'PATCH /cases/:id first defendant in other county',
          where: 'other county',
          patch: { parties: [plaintiff, party(otherCountyAgency, 'defendant', true), ownAsSecond] },
        },
      ];
    const WRITERS: Record<string, Where[]> = {
      city_coordinator: ['own county', 'other county'],
      county_coordinator: ['own county'],
      agency_clerk: ['own county'],
    };
    const writers = ROLES.filter((r) => EXPECTED_ROLE_PERMISSIONS[r].includes('case.update'));
    expect(writers.sort()).toEqual(Object.keys(WRITERS).sort());

    const problems: string[] = [];
    for (const role of writers) {
      const session = await sessionAs(app, database.db, users.get(role)!);
      for (const w of writes) {
        const allowed = WRITERS[role]!.includes(w.where);
        let res: Awaited<ReturnType<typeof session.inject>>;
        if (w.create) {
          res = await session.inject({ method: 'POST', url: '/api/v1/cases', payload: w.create });
        } else {
          const made = await session.inject({ method: 'POST', url: '/api/v1/cases', payload: body({}) });
          if (made.statusCode !== 201) {
            problems.push(`${role}: setting up ${w.name}: ${made.statusCode} ${made.body.slice(0, 120)}`);
            continue;
          }
          const { id, version } = made.json<{ id: string; version: number }>();
          res = await session.inject({ method: 'PATCH', url: `/api/v1/cases/${id}`, payload: { version, ...w.patch } });
        }
        const ok = res.statusCode === 200 || res.statusCode === 201;
        if (allowed !== ok || (!allowed && res.statusCode !== 403)) {
          problems.push(
            `${w.name} as ${role}: ${res.statusCode} ${res.body.slice(0, 120)}, expected ${allowed ? '2xx' : '403'}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
