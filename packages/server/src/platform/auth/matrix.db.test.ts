/**
 * The authorization matrix, generated from the route table: every API route × anonymous and every role.
 *
 * - Every route of every module must be listed in EXPECTED_ROUTES below with the access it is meant to have; a new
 *   route without a line here, a line without a route, or a route whose `config.access` differs fails the test.
 *   (Adding a route = adding one reviewed line here.)
 * - EXPECTED_ROLE_PERMISSIONS is the reviewed copy of the role table; permissions.ts must agree with it.
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
import { ROLE_PERMISSIONS } from './permissions.js';
import { listRoutes } from './plugin.js';
import { ROLES, type Role } from './principal.js';
import { createTestUser, ensureTestOrg, sessionAs, TEST_CITY, TEST_COUNTY, type TestUser } from './testing.js';

const p = (permission: string): RouteAccess => ({ permission });

/** `METHOD /url` → the access the route must declare. One line per route; modules append theirs. */
const EXPECTED_ROUTES: Record<string, RouteAccess> = {
  // health
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  // metrics: public as a route, the handler answers only this computer or the METRICS_TOKEN (http/metrics.db.test.ts)
  'GET /metrics': 'public',
  // auth
  'GET /api/v1/auth/csrf': 'public',
  'GET /api/v1/auth/instance': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'authenticated',
  'GET /api/v1/auth/me': 'authenticated',
  'POST /api/v1/auth/password': 'authenticated',
  // users
  'GET /api/v1/roles': p('user.manage'),
  'GET /api/v1/users/scope-options': p('user.manage'),
  'GET /api/v1/users': p('user.manage'),
  'GET /api/v1/users/:id': p('user.manage'),
  'POST /api/v1/users': p('user.manage'),
  'PATCH /api/v1/users/:id': p('user.manage'),
  'POST /api/v1/users/:id/disable': p('user.manage'),
  'POST /api/v1/users/:id/enable': p('user.manage'),
  'POST /api/v1/users/:id/reset-password': p('user.manage'),
  'POST /api/v1/users/:id/unlock': p('user.manage'),
  'GET /api/v1/users/import-template': p('user.manage'),
  'POST /api/v1/users/import': p('user.manage'),
  // sessions
  'GET /api/v1/sessions': p('session.self'),
  'DELETE /api/v1/sessions/:id': p('session.self'),
  'POST /api/v1/sessions/revoke-others': p('session.self'),
  // audit
  'GET /api/v1/audit': p('audit.read'),
  'GET /api/v1/audit/export': p('audit.read'),
  'GET /api/v1/audit/meta': p('audit.read'),
  // cases (in-scope / out-of-scope rows: modules/cases/*.db.test.ts)
  'GET /api/v1/cases': p('case.read'),
  'GET /api/v1/cases/meta': p('case.read'),
  'GET /api/v1/cases/handler-candidates': p('case.update'),
  'GET /api/v1/cases/workload': p('dashboard.read'),
  'GET /api/v1/cases/:id': p('case.read'),
  'POST /api/v1/cases': p('case.create'),
  'PATCH /api/v1/cases/:id': p('case.update'),
  'DELETE /api/v1/cases/:id': p('case.delete'),
  'POST /api/v1/cases/:id/restore': p('case.restore'),
  'POST /api/v1/cases/:id/links': p('case.update'),
  'POST /api/v1/cases/:id/events': p('case.update'),
  'POST /api/v1/cases/:id/unmask': p('case.unmask'),
  'GET /api/v1/cases/import-template.xlsx': p('case.import'),
  'POST /api/v1/cases/imports': p('case.import'),
  'GET /api/v1/cases/imports/:id': p('case.import'),
  'POST /api/v1/cases/imports/:id/commit': p('case.import'),
  'GET /api/v1/cases/export.xlsx': p('case.export'),
  'POST /api/v1/cases/:id/judgment': p('case.update'),
  'GET /api/v1/cases/:id/files': p('case.read'),
  'GET /api/v1/cases/:id/files/:fileId': p('case.read'),
  'PATCH /api/v1/cases/:id/deadlines/:deadlineId': p('case.update'),
  'POST /api/v1/cases/:id/assignments': p('case.assign'),
  'DELETE /api/v1/cases/:id/assignments/:assignmentId': p('case.assign'),
  'GET /api/v1/users/assignable': p('case.assign'),
  'GET /api/v1/admin-domains': p('org.read'),
  // calendar (工作日历): reads for every role, changes for calendar.manage
  'GET /api/v1/calendar/years': p('org.read'),
  'GET /api/v1/calendar/days': p('org.read'),
  'GET /api/v1/calendar/check': p('org.read'),
  'GET /api/v1/calendar/notice': p('org.read'),
  'PUT /api/v1/calendar/years/:year': p('calendar.manage'),
  'POST /api/v1/calendar/overrides': p('calendar.manage'),
  'DELETE /api/v1/calendar/overrides': p('calendar.manage'),
  // org: regions, agencies, agency heads (reads for all; heads maintained by coordinators and administrators)
  'GET /api/v1/regions': p('org.read'),
  'GET /api/v1/agencies': p('org.read'),
  'GET /api/v1/agencies/:id/heads': p('org.read'),
  'GET /api/v1/agency-heads': p('org.read'),
  'POST /api/v1/agencies/:id/heads': p('org.manage'),
  'PATCH /api/v1/agency-heads/:id': p('org.manage'),
  'POST /api/v1/agency-heads/:id/deactivate': p('org.manage'),
  'POST /api/v1/agency-heads/:id/activate': p('org.manage'),
  // settings (versioned configuration)
  'GET /api/v1/settings': p('settings.read'),
  'GET /api/v1/settings/:kind': p('settings.read'),
  'GET /api/v1/settings/:kind/versions': p('settings.read'),
  'GET /api/v1/settings/:kind/versions/:version': p('settings.read'),
  'PUT /api/v1/settings/:kind': p('settings.manage'),
  // documents (Word templates and generated documents)
  'GET /api/v1/document-templates': p('settings.read'),
  'GET /api/v1/document-templates/:key/file': p('settings.read'),
  'POST /api/v1/document-templates/:key': p('settings.manage'),
  'POST /api/v1/cases/:id/documents/assignment-form': p('case.update'),
  'GET /api/v1/cases/:id/documents': p('case.read'),
  'GET /api/v1/documents/:id/file': p('case.read'),
  'GET /api/v1/documents/:id/pdf': p('case.read'),
  // jobs (background jobs and schedules, administrators)
  'GET /api/v1/admin/jobs': p('jobs.manage'),
  'POST /api/v1/admin/jobs/run': p('jobs.manage'),
  // notifications (my notification centre for everyone signed in; deliveries for notification.manage)
  'GET /api/v1/notifications': 'authenticated',
  'POST /api/v1/notifications/read-all': 'authenticated',
  'POST /api/v1/notifications/:id/read': 'authenticated',
  'GET /api/v1/notifications/contacts': 'authenticated',
  'PUT /api/v1/notifications/contacts': 'authenticated',
  'GET /api/v1/notifications/deliveries': p('notification.manage'),
  'POST /api/v1/notifications/deliveries/:id/resend': p('notification.manage'),
  // backups (the embedded database's own backups, administrators)
  'GET /api/v1/admin/backups': p('backup.manage'),
  'POST /api/v1/admin/backups': p('backup.manage'),
  // hearings (reads for case.read, changes for hearing.manage; scope = the case's: modules/hearings/*.db.test.ts)
  'GET /api/v1/hearings/meta': p('case.read'),
  'GET /api/v1/hearings/upcoming': p('case.read'),
  'GET /api/v1/hearings/figures': p('case.read'),
  'GET /api/v1/cases/:id/hearings': p('case.read'),
  'POST /api/v1/cases/:id/hearings': p('hearing.manage'),
  'GET /api/v1/hearings/:id': p('case.read'),
  'PATCH /api/v1/hearings/:id': p('hearing.manage'),
  'POST /api/v1/hearings/:id/status': p('hearing.manage'),
  'PUT /api/v1/hearings/:id/appearances': p('hearing.manage'),
  'POST /api/v1/hearings/:id/absences': p('hearing.manage'),
  'GET /api/v1/hearing-absences/pending': p('absence.approve'),
  'POST /api/v1/hearing-absences/:id/decision': p('absence.approve'),
  'PUT /api/v1/hearings/:id/evaluations/:headId': p('hearing.evaluate'),
  // the court's hearing list (开庭排期表) import: hearing.manage, rows matched to cases in scope (courtList.db.test.ts)
  'POST /api/v1/hearings/court-list': p('hearing.manage'),
  // the iCalendar feed: public as a route, its secret token is the credential (404 otherwise: feed.db.test.ts); one's own token
  'GET /api/v1/hearings/feed/:file': 'public',
  'GET /api/v1/hearings/feed-token': 'authenticated',
  'POST /api/v1/hearings/feed-token': 'authenticated',
  'DELETE /api/v1/hearings/feed-token': 'authenticated',
  'GET /api/v1/hearings/mine': p('hearing.attend'),
  'POST /api/v1/hearings/:id/confirm': p('hearing.attend'),
  'POST /api/v1/hearings/:id/my-absence': p('hearing.attend'),
  // hearing preparation kit: generating stores documents (hearing.manage); the files are read with case.read
  'POST /api/v1/cases/:id/preparation-kit/:item': p('hearing.manage'),
  'POST /api/v1/cases/:id/preparation-kit.zip': p('hearing.manage'),
  // risk (风险预警与化解; reads case.read, level/lead/close risk.manage, plan risk.plan; scope = the case's: modules/risk/*.db.test.ts)
  // after judgment (modules/judgments): the approval is case.read + the approver rule (a head of a defendant or a
  // coordinator; others 403 in judgments.db.test.ts)
  'GET /api/v1/cases/:id/after-judgment': p('case.read'),
  'PUT /api/v1/cases/:id/judgment-service': p('hearing.manage'),
  'POST /api/v1/cases/:id/appeal-decisions': p('case.update'),
  'PATCH /api/v1/appeal-decisions/:id': p('case.update'),
  'POST /api/v1/appeal-decisions/:id/decision': p('case.read'),
  'POST /api/v1/compliance-tasks/:id/evidence': p('case.update'),
  'POST /api/v1/compliance-tasks/:id/complete': p('case.update'),
  'GET /api/v1/risk-items/meta': p('case.read'),
  'GET /api/v1/risk-items': p('case.read'),
  'POST /api/v1/risk-items': p('risk.manage'),
  'GET /api/v1/risk-items/figures': p('case.read'),
  'GET /api/v1/risk-items/:id': p('case.read'),
  'PUT /api/v1/risk-items/:id/level': p('risk.manage'),
  'PUT /api/v1/risk-items/:id/lead': p('risk.manage'),
  'PUT /api/v1/risk-items/:id/plan': p('risk.plan'),
  'POST /api/v1/risk-items/:id/plan/progress': p('risk.plan'),
  'POST /api/v1/risk-items/:id/close': p('risk.manage'),
  'POST /api/v1/risk-items/:id/reopen': p('risk.manage'),
  'GET /api/v1/supervisions': p('case.read'),
  'GET /api/v1/risk-signals': p('case.read'),
  'POST /api/v1/risk-signals': p('risk.signal'),
  'POST /api/v1/risk-signals/:id/withdraw': p('risk.signal'),
  'POST /api/v1/supervisions': p('risk.manage'),
  'POST /api/v1/supervisions/:id/lift': p('risk.manage'),
  // indicators (figures scoped by role: modules/indicators/routes.db.test.ts; the import is a settings change)
  'GET /api/v1/indicators/figures': p('indicator.read'),
  'GET /api/v1/indicators/rankings': p('indicator.read'),
  'GET /api/v1/indicators/definitions': p('indicator.read'),
  'PUT /api/v1/indicators/definitions': p('settings.manage'),
  'POST /api/v1/indicators/snapshots': p('indicator.publish'),
  'GET /api/v1/indicators/snapshots': p('indicator.read'),
  'GET /api/v1/indicators/snapshots/:id': p('indicator.read'),
  // reports (通报; scoped by region: modules/reports/reports.db.test.ts)
  'GET /api/v1/reports': p('report.read'),
  'POST /api/v1/reports': p('report.manage'),
  'GET /api/v1/reports/:id': p('report.read'),
  'GET /api/v1/reports/:id.docx': p('report.read'),
  'GET /api/v1/reports/:id.xlsx': p('report.read'),
  'POST /api/v1/reports/:id/issue': p('report.manage'),
  // statistics (统计报表; fill/review scope by unit, 404 outside: modules/statistics/statistics.db.test.ts)
  'GET /api/v1/statistics/forms': p('statistics.read'),
  'GET /api/v1/statistics/filings': p('statistics.read'),
  'POST /api/v1/statistics/filings': p('statistics.fill'),
  'GET /api/v1/statistics/filings/:id': p('statistics.read'),
  'GET /api/v1/statistics/filings/:id.xlsx': p('statistics.read'),
  'PUT /api/v1/statistics/filings/:id/cells': p('statistics.fill'),
  'POST /api/v1/statistics/filings/:id/recount': p('statistics.fill'),
  'POST /api/v1/statistics/filings/:id/submit': p('statistics.fill'),
  'POST /api/v1/statistics/filings/:id/return': p('statistics.review'),
  'POST /api/v1/statistics/filings/:id/accept': p('statistics.review'),
  'POST /api/v1/statistics/summaries': p('statistics.review'),
  // suggestions (scope: own agency or region; 404 outside — modules/suggestions/suggestions.db.test.ts)
  'GET /api/v1/suggestions': p('suggestion.read'),
  'GET /api/v1/suggestions/kinds': p('suggestion.read'),
  'GET /api/v1/suggestions/figures': p('suggestion.read'),
  'GET /api/v1/suggestions/:id': p('suggestion.read'),
  'POST /api/v1/suggestions': p('suggestion.manage'),
  'PATCH /api/v1/suggestions/:id': p('suggestion.manage'),
  // the document needs suggestion.manage, the reply suggestion.answer (checked in the service)
  'POST /api/v1/suggestions/:id/files': p('suggestion.read'),
  'GET /api/v1/suggestions/:id/files/:fileId': p('suggestion.read'),
  'POST /api/v1/suggestions/:id/answer': p('suggestion.answer'),
  // typical cases (anonymised for every reader) and trainings with coverage
  'GET /api/v1/typical-cases': p('typical_case.read'),
  'GET /api/v1/typical-cases/compilation.docx': p('typical_case.read'),
  'GET /api/v1/typical-cases/:id': p('typical_case.read'),
  'POST /api/v1/typical-cases': p('typical_case.manage'),
  'PATCH /api/v1/typical-cases/:id': p('typical_case.manage'),
  'GET /api/v1/trainings': p('training.read'),
  'GET /api/v1/trainings/coverage': p('training.read'),
  'POST /api/v1/trainings': p('training.manage'),
  'DELETE /api/v1/trainings/:id': p('training.manage'),
  // cards (proposals scoped by role: modules/cards/cards.db.test.ts)
  'GET /api/v1/cards': p('card.read'),
  'GET /api/v1/cards/:id': p('card.read'),
  'POST /api/v1/cards/:id/confirm': p('card.decide'),
  'POST /api/v1/cards/:id/reject': p('card.decide'),
  'GET /api/v1/cards/:id/notice.docx': p('card.read'),
  // accountability (败诉评价与移送; reads evaluation.read, scoped and blind: modules/accountability/*.db.test.ts)
  'GET /api/v1/evaluations': p('evaluation.read'),
  'GET /api/v1/evaluations/meta': p('evaluation.read'),
  'GET /api/v1/evaluations/figures': p('evaluation.read'),
  'POST /api/v1/evaluations': p('evaluation.manage'),
  'GET /api/v1/evaluations/:id': p('evaluation.read'),
  'PUT /api/v1/evaluations/:id/initial': p('evaluation.initial'),
  'POST /api/v1/evaluations/:id/experts': p('evaluation.manage'),
  'POST /api/v1/evaluations/:id/reviews': p('evaluation.review'),
  'POST /api/v1/evaluations/:id/conclusion': p('evaluation.manage'),
  'GET /api/v1/referrals': p('evaluation.read'),
  'POST /api/v1/referrals': p('evaluation.manage'),
  'POST /api/v1/referrals/:id/outcome': p('referral.outcome'),
  // mediation (行政争议化解中心; scoped by region, mediators see no case: modules/mediation/mediation.db.test.ts)
  'GET /api/v1/mediations': p('mediation.read'),
  'GET /api/v1/mediations/:id': p('mediation.read'),
  'POST /api/v1/mediations': p('mediation.manage'),
  'POST /api/v1/mediations/:id/accept': p('mediation.manage'),
  'POST /api/v1/mediations/:id/refuse': p('mediation.manage'),
  'POST /api/v1/mediations/:id/assign': p('mediation.manage'),
  'POST /api/v1/mediations/:id/sessions': p('mediation.manage'),
  'POST /api/v1/mediations/:id/result': p('mediation.manage'),
  'POST /api/v1/mediations/:id/became-case': p('mediation.manage'),
  'POST /api/v1/mediations/:id/agreement': p('mediation.manage'),
  'GET /api/v1/mediations/:id/agreement/:fileId': p('mediation.read'),
};

const CASE_WORK = ['case.read', 'case.create', 'case.update', 'case.export', 'case.unmask'];
/** The reviewed role → permission matrix (docs/rules/roles-and-scope.md#permissions). permissions.ts must match it exactly. */
const EXPECTED_ROLE_PERMISSIONS: Record<Role, string[]> = {
  city_coordinator: [
    ...CASE_WORK,
    'case.delete',
    'case.restore',
    'case.import',
    'case.assign',
    'org.read',
    'org.manage',
    'audit.read',
    'calendar.manage',
    'settings.read',
    'settings.manage',
    'session.self',
    'notification.manage',
    'hearing.manage',
    'absence.approve',
    'risk.manage',
    'risk.plan',
    'indicator.read',
    'indicator.publish',
    'dashboard.read',
    'card.read',
    'card.decide',
    'suggestion.read',
    'suggestion.manage',
    'suggestion.answer',
    'typical_case.read',
    'typical_case.manage',
    'training.read',
    'training.manage',
    'evaluation.read',
    'evaluation.manage',
    'report.read',
    'report.manage',
    'mediation.read',
    'mediation.manage',
    'statistics.read',
    'statistics.fill',
    'statistics.review',
  ],
  county_coordinator: [
    ...CASE_WORK,
    'case.delete',
    'case.restore',
    'case.import',
    'case.assign',
    'org.read',
    'org.manage',
    'settings.read',
    'session.self',
    'hearing.manage',
    'absence.approve',
    'risk.manage',
    'risk.plan',
    'indicator.read',
    'indicator.publish',
    'dashboard.read',
    'card.read',
    'suggestion.read',
    'suggestion.manage',
    'suggestion.answer',
    'typical_case.read',
    'typical_case.manage',
    'training.read',
    'training.manage',
    'evaluation.read',
    'evaluation.manage',
    'report.read',
    'report.manage',
    'mediation.read',
    'mediation.manage',
    'statistics.read',
    'statistics.fill',
  ],
  agency_clerk: [
    ...CASE_WORK,
    'org.read',
    'session.self',
    'hearing.manage',
    'risk.plan',
    'indicator.read',
    'dashboard.read',
    'suggestion.read',
    'suggestion.answer',
    'typical_case.read',
    'training.read',
  ],
  agency_head: [
    'case.read',
    'org.read',
    'session.self',
    'hearing.attend',
    'risk.plan',
    'indicator.read',
    'dashboard.read',
    'suggestion.read',
    'typical_case.read',
    'training.read',
  ],
  court_liaison: [
    'case.read',
    'case.import',
    'org.read',
    'session.self',
    'hearing.manage',
    'hearing.evaluate',
    'evaluation.read',
    'evaluation.initial',
    'risk.signal',
  ],
  expert: ['case.read', 'org.read', 'session.self', 'typical_case.read', 'evaluation.read', 'evaluation.review'],
  discipline_liaison: ['case.read', 'org.read', 'session.self', 'evaluation.read', 'referral.outcome'],
  leader: [
    'case.read',
    'org.read',
    'session.self',
    'indicator.read',
    'dashboard.read',
    'suggestion.read',
    'typical_case.read',
    'training.read',
    'card.read',
    'report.read',
    'statistics.read',
  ],
  admin: [
    'user.manage',
    'audit.read',
    'org.read',
    'org.manage',
    'calendar.manage',
    'settings.read',
    'settings.manage',
    'session.self',
    'jobs.manage',
    'notification.manage',
    'backup.manage',
  ],
  mediator: ['org.read', 'session.self', 'mediation.read', 'mediation.manage'],
};

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
