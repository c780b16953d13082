/**
 * Test helpers for route tests of any module: accounts of each role and signed-in `app.inject` calls carrying
 * the session cookie and the CSRF token. Not used by the running server.
 */

import { and, eq } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { agencies, regions } from '../../modules/org/schema.js';
import { users } from '../../modules/users/schema.js';
import type { DbOrTx } from '../db/client.js';
import type { App } from '../http/types.js';
import { hashPassword } from './password.js';
import type { Role } from './principal.js';
import { createSession, SESSION_COOKIE } from './sessionStore.js';

/** Codes of the test org (unused in GB/T 2260): a city, one county under it. */
export const TEST_CITY = '999900';
export const TEST_COUNTY = '999901';
export const TEST_PASSWORD = 'Test-password-1';

export interface TestOrg {
  cityCode: string;
  countyCode: string;
  /** A department of the test county (clerks and heads by default). */
  agencyId: string;
  /** The test county's court (court liaisons by default). */
  courtId: string;
}

/** Creates (once per database) a test city, county, department and court; returns their keys. */
export async function ensureTestOrg(db: DbOrTx): Promise<TestOrg> {
  await db
    .insert(regions)
    .values([
      { code: TEST_CITY, name: '测试市', level: 'city', parentCode: null, path: `/${TEST_CITY}/` },
      {
        code: TEST_COUNTY,
        name: '测试区',
        level: 'county',
        parentCode: TEST_CITY,
        path: `/${TEST_CITY}/${TEST_COUNTY}/`,
      },
    ])
    .onConflictDoNothing();
  const agency = async (name: string, kind: 'department' | 'court', courtCode: string | null) => {
    const [found] = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(eq(agencies.name, name), eq(agencies.regionCode, TEST_COUNTY)));
    if (found) return found.id;
    const [row] = await db
      .insert(agencies)
      .values({ name, kind, regionCode: TEST_COUNTY, courtCode })
      .returning({ id: agencies.id });
    return row!.id;
  };
  return {
    cityCode: TEST_CITY,
    countyCode: TEST_COUNTY,
    agencyId: await agency('测试市测试区测试局', 'department', null),
    courtId: await agency('测试市测试区人民法院', 'court', '苏9999'),
  };
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  role: Role;
  regionCode: string | null;
  agencyId: string | null;
}

export interface CreateTestUserOptions {
  role: Role;
  /** Default by role: the test city (city coordinator, leader, expert, discipline), the test county (county coordinator). */
  regionCode?: string | null;
  /** Default by role: the test department (clerk, head) or the test court (court liaison). */
  agencyId?: string | null;
  username?: string;
  password?: string;
  displayName?: string;
  mustChangePassword?: boolean;
  disabled?: boolean;
}

let defaultHash: Promise<string> | undefined;
let counter = 0;

/** Inserts an account (argon2id hash of TEST_PASSWORD unless `password` is given); ready to sign in. */
export async function createTestUser(db: DbOrTx, opts: CreateTestUserOptions): Promise<TestUser> {
  const org = await ensureTestOrg(db);
  const agencyDefault =
    opts.role === 'agency_clerk' || opts.role === 'agency_head'
      ? org.agencyId
      : opts.role === 'court_liaison'
        ? org.courtId
        : null;
  const agencyId = opts.agencyId !== undefined ? opts.agencyId : agencyDefault;
  let regionCode = opts.regionCode;
  if (regionCode === undefined) {
    if (agencyId) {
      const [a] = await db.select({ r: agencies.regionCode }).from(agencies).where(eq(agencies.id, agencyId));
      regionCode = a?.r ?? null;
    } else {
      regionCode = opts.role === 'admin' ? null : opts.role === 'county_coordinator' ? org.countyCode : org.cityCode;
    }
  }
  const password = opts.password ?? TEST_PASSWORD;
  defaultHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = opts.password ? await hashPassword(opts.password) : await defaultHash;
  const username = (opts.username ?? `t${process.pid}_${++counter}_${opts.role}`).toLowerCase();
  const [row] = await db
    .insert(users)
    .values({
      username,
      displayName: opts.displayName ?? `测试${username}`,
      passwordHash,
      role: opts.role,
      regionCode,
      agencyId,
      mustChangePassword: opts.mustChangePassword ?? false,
      disabled: opts.disabled ?? false,
    })
    .returning({ id: users.id });
  return { id: row!.id, username, password, role: opts.role, regionCode, agencyId };
}

export interface TestSession {
  /** The Cookie header to send (session and CSRF secret cookies). */
  cookie: string;
  /** The CSRF token bound to this session (x-csrf-token). */
  csrfToken: string;
  /** `app.inject` with the cookie, and the CSRF header on state-changing methods. */
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

type Jar = Map<string, string>;

function absorb(jar: Jar, res: LightMyRequestResponse): void {
  for (const c of res.cookies as { name: string; value: string }[]) {
    if (c.value === '') jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
}
const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

async function csrfFor(app: App, jar: Jar): Promise<string> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { cookie: cookieHeader(jar) } });
  if (res.statusCode !== 200) throw new Error(`GET /auth/csrf → ${res.statusCode} ${res.body}`);
  absorb(jar, res);
  return res.json<{ token: string }>().token;
}

function sessionOf(app: App, jar: Jar, csrfToken: string): TestSession {
  const cookie = cookieHeader(jar);
  return {
    cookie,
    csrfToken,
    inject: (opts) => {
      const method = String(opts.method ?? 'GET').toUpperCase();
      const headers: Record<string, string> = { cookie };
      if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) headers['x-csrf-token'] = csrfToken;
      return app.inject({ ...opts, headers: { ...headers, ...(opts.headers as Record<string, string> | undefined) } });
    },
  };
}

/**
 * Signs in through POST /api/v1/auth/login (as the browser does: CSRF token first) and returns a session to
 * inject with. Throws if the sign-in fails. Login is rate-limited (10/min per address and username).
 */
export async function loginAs(app: App, user: Pick<TestUser, 'username' | 'password'>): Promise<TestSession> {
  const jar: Jar = new Map();
  const anonymousToken = await csrfFor(app, jar);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { cookie: cookieHeader(jar), 'x-csrf-token': anonymousToken },
    payload: { username: user.username, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`login as ${user.username} → ${res.statusCode} ${res.body}`);
  absorb(jar, res);
  if (!jar.has(SESSION_COOKIE)) throw new Error('login set no session cookie');
  return sessionOf(app, jar, await csrfFor(app, jar));
}

/** A session opened directly in the database (no password check, no rate limit): for tests making many. */
export async function sessionAs(app: App, db: DbOrTx, user: Pick<TestUser, 'id'>): Promise<TestSession> {
  const s = await createSession(db, user.id, { ip: '127.0.0.1', userAgent: 'test' });
  const jar: Jar = new Map([[SESSION_COOKIE, s.token]]);
  return sessionOf(app, jar, await csrfFor(app, jar));
}

/**
 * Sessions by name, each a new test user of the role made at first use (`as('clerk', 'agency_clerk')`), so a test
 * names who acts instead of passing sessions around.
 */
export function sessionsByName(app: () => App, db: () => DbOrTx) {
  const sessions = new Map<string, TestSession>();
  return async (
    name: string,
    role: Role,
    extra: { agencyId?: string; regionCode?: string } = {},
  ): Promise<TestSession> => {
    const found = sessions.get(name);
    if (found) return found;
    const s = await sessionAs(app(), db(), await createTestUser(db(), { role, ...extra }));
    sessions.set(name, s);
    return s;
  };
}

/** A second county of the test city (out of the test county's scope); returns a maker of agencies or courts in it. */
export async function addTestCounty(db: DbOrTx, code: string, name: string) {
  await db
    .insert(regions)
    .values({ code, name, level: 'county', parentCode: TEST_CITY, path: `/${TEST_CITY}/${code}/` })
    .onConflictDoNothing();
  return async (agencyName: string, kind: 'department' | 'court' = 'department'): Promise<string> =>
    (await db.insert(agencies).values({ name: agencyName, kind, regionCode: code }).returning())[0]!.id;
}
