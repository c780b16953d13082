import { accountabilityJobs } from '../../modules/accountability/jobs.js';
import { accountabilityRoutes } from '../../modules/accountability/routes.js';
import { auditRoutes } from '../../modules/audit/routes.js';
import { authRoutes } from '../../modules/auth/routes.js';
import { backupJobs } from '../../modules/backups/jobs.js';
import { backupMetrics } from '../../modules/backups/metrics.js';
import { backupRoutes } from '../../modules/backups/routes.js';
import { calendarJobs } from '../../modules/calendar/jobs.js';
import { calendarRoutes } from '../../modules/calendar/routes.js';
import { cardJobs } from '../../modules/cards/jobs.js';
import { cardRoutes } from '../../modules/cards/routes.js';
import { caseFileRoutes } from '../../modules/cases/fileRoutes.js';
import { caseRoutes } from '../../modules/cases/routes.js';
import { documentRoutes } from '../../modules/documents/routes.js';
import { healthRoutes } from '../../modules/health/routes.js';
import { courtListRoutes } from '../../modules/hearings/courtListRoutes.js';
import { hearingFeedRoutes } from '../../modules/hearings/feedRoutes.js';
import { hearingKitRoutes } from '../../modules/hearings/kitRoutes.js';
import { hearingJobs } from '../../modules/hearings/reminders.js';
import { hearingRoutes } from '../../modules/hearings/routes.js';
import { importRoutes } from '../../modules/imports/routes.js';
import { indicatorJobs } from '../../modules/indicators/jobs.js';
import { indicatorRoutes } from '../../modules/indicators/routes.js';
import { jobsRoutes } from '../../modules/jobs/routes.js';
import { judgmentJobs } from '../../modules/judgments/compliance.js';
import { judgmentRoutes } from '../../modules/judgments/routes.js';
import { mediationRoutes } from '../../modules/mediation/routes.js';
import { notificationJobs } from '../../modules/notifications/jobs.js';
import { notificationRoutes } from '../../modules/notifications/routes.js';
import { orgRoutes } from '../../modules/org/routes.js';
import { reportJobs } from '../../modules/reports/jobs.js';
import { reportRoutes } from '../../modules/reports/routes.js';
import { riskJobs } from '../../modules/risk/jobs.js';
import { riskRoutes } from '../../modules/risk/routes.js';
import { sessionRows } from '../../modules/sessions/public.js';
import { sessionsRoutes } from '../../modules/sessions/routes.js';
import { settingsRoutes } from '../../modules/settings/routes.js';
import { statisticsRoutes } from '../../modules/statistics/routes.js';
import { suggestionJobs } from '../../modules/suggestions/reminders.js';
import { suggestionRoutes } from '../../modules/suggestions/routes.js';
import { trainingJobs } from '../../modules/suggestions/trainingReminders.js';
import { trainingRoutes } from '../../modules/suggestions/trainingRoutes.js';
import { typicalCaseRoutes } from '../../modules/suggestions/typicalCaseRoutes.js';
import { loadPrincipal } from '../../modules/users/public.js';
import { usersRoutes } from '../../modules/users/routes.js';
import type { AuthProviders } from '../auth/sessionStore.js';
import type { RegisterJobs } from '../jobs/registry.js';
import type { RegisterMetrics } from './metrics.js';
import type { App, AppDeps } from './types.js';

export interface ServerModule {
  name: string;
  /** URL prefix for every route of the module. */
  prefix?: string;
  routes: (app: App, deps: AppDeps) => Promise<void>;
}

/** The modules of the server, in registration order. One line per module. */
export const serverModules: ServerModule[] = [
  { name: 'health', routes: healthRoutes },
  { name: 'auth', prefix: '/api/v1', routes: authRoutes },
  { name: 'users', prefix: '/api/v1', routes: usersRoutes },
  { name: 'sessions', prefix: '/api/v1', routes: sessionsRoutes },
  { name: 'audit', prefix: '/api/v1', routes: auditRoutes },
  { name: 'cases', prefix: '/api/v1', routes: caseRoutes },
  { name: 'org', prefix: '/api/v1', routes: orgRoutes },
  { name: 'imports', prefix: '/api/v1', routes: importRoutes },
  { name: 'case files', prefix: '/api/v1', routes: caseFileRoutes },
  { name: 'calendar', prefix: '/api/v1', routes: calendarRoutes },
  { name: 'settings', prefix: '/api/v1', routes: settingsRoutes },
  { name: 'documents', prefix: '/api/v1', routes: documentRoutes },
  { name: 'jobs', prefix: '/api/v1', routes: jobsRoutes },
  { name: 'notifications', prefix: '/api/v1', routes: notificationRoutes },
  { name: 'backups', prefix: '/api/v1', routes: backupRoutes },
  { name: 'hearings', prefix: '/api/v1', routes: hearingRoutes },
  { name: 'hearing court list', prefix: '/api/v1', routes: courtListRoutes },
  { name: 'hearing feed', prefix: '/api/v1', routes: hearingFeedRoutes },
  { name: 'hearing kit', prefix: '/api/v1', routes: hearingKitRoutes },
  { name: 'judgments', prefix: '/api/v1', routes: judgmentRoutes },
  { name: 'risk', prefix: '/api/v1', routes: riskRoutes },
  { name: 'indicators', prefix: '/api/v1', routes: indicatorRoutes },
  { name: 'reports', prefix: '/api/v1', routes: reportRoutes },
  { name: 'statistics', prefix: '/api/v1', routes: statisticsRoutes },
  { name: 'suggestions', prefix: '/api/v1', routes: suggestionRoutes },
  { name: 'typical cases', prefix: '/api/v1', routes: typicalCaseRoutes },
  { name: 'trainings', prefix: '/api/v1', routes: trainingRoutes },
  { name: 'cards', prefix: '/api/v1', routes: cardRoutes },
  { name: 'accountability', prefix: '/api/v1', routes: accountabilityRoutes },
  { name: 'mediation', prefix: '/api/v1', routes: mediationRoutes },
];

/** The modules' background jobs and schedules (platform/jobs), registered at app build. One line per module. */
export const moduleJobs: RegisterJobs[] = [
  calendarJobs,
  notificationJobs,
  backupJobs,
  hearingJobs,
  riskJobs,
  reportJobs,
  judgmentJobs,
  suggestionJobs,
  trainingJobs,
  cardJobs,
  accountabilityJobs,
  indicatorJobs,
];

/** What modules add to GET /metrics (platform/http/metrics.ts), registered at app build. One line per module. */
export const moduleMetrics: RegisterMetrics[] = [backupMetrics];

/** What platform/auth needs of modules, registered at app build: where sessions are kept, who a session's user is. */
export const authProviders: AuthProviders = { sessions: sessionRows, loadPrincipal };
