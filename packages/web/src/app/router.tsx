import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { FullPageSpin, RequireAuth } from './auth/RequireAuth.js';
import { NAVIGATION, type NavItem } from './navigation.js';

// One lazy chunk per feature (and for the signed-in frame), so the login page loads only what it needs.
const AppLayout = lazy(() => import('./layout/AppLayout.js').then((m) => ({ default: m.AppLayout })));
const LoginPage = lazy(() => import('../features/auth/LoginPage.js').then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() =>
  import('../features/auth/ChangePasswordPage.js').then((m) => ({ default: m.ChangePasswordPage })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage.js').then((m) => ({ default: m.DashboardPage })),
);
const PlaceholderPage = lazy(() =>
  import('../features/placeholder/PlaceholderPage.js').then((m) => ({ default: m.PlaceholderPage })),
);
const NotFoundPage = lazy(() =>
  import('../features/placeholder/PlaceholderPage.js').then((m) => ({ default: m.NotFoundPage })),
);

const CaseListPage = lazy(() => import('../features/cases/CaseListPage.js').then((m) => ({ default: m.CaseListPage })));
const CaseDetailPage = lazy(() =>
  import('../features/cases/CaseDetailPage.js').then((m) => ({ default: m.CaseDetailPage })),
);
const ImportPage = lazy(() => import('../features/imports/ImportPage.js').then((m) => ({ default: m.ImportPage })));
const CaseFormPage = lazy(() => import('../features/cases/CaseFormPage.js').then((m) => ({ default: m.CaseFormPage })));

const UsersPage = lazy(() => import('../features/settings/UsersPage.js').then((m) => ({ default: m.UsersPage })));
const AuditLogPage = lazy(() =>
  import('../features/settings/AuditLogPage.js').then((m) => ({ default: m.AuditLogPage })),
);
const CalendarPage = lazy(() =>
  import('../features/settings/calendar/CalendarPage.js').then((m) => ({ default: m.CalendarPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage.js').then((m) => ({ default: m.NotificationsPage })),
);
const BackupsPage = lazy(() => import('../features/backups/BackupsPage.js').then((m) => ({ default: m.BackupsPage })));
const DeliveriesPage = lazy(() =>
  import('../features/notifications/DeliveriesPage.js').then((m) => ({ default: m.DeliveriesPage })),
);
const HearingsPage = lazy(() =>
  import('../features/hearings/HearingsPage.js').then((m) => ({ default: m.HearingsPage })),
);
const MyHearingsPage = lazy(() =>
  import('../features/hearings/MyHearingsPage.js').then((m) => ({ default: m.MyHearingsPage })),
);
const RiskBoardPage = lazy(() =>
  import('../features/risk/RiskBoardPage.js').then((m) => ({ default: m.RiskBoardPage })),
);
const EvaluationsListPage = lazy(() =>
  import('../features/accountability/evaluations/EvaluationsListPage.js').then((m) => ({
    default: m.EvaluationsListPage,
  })),
);
const EvaluationDetailPage = lazy(() =>
  import('../features/accountability/evaluations/EvaluationDetailPage.js').then((m) => ({
    default: m.EvaluationDetailPage,
  })),
);
const MediationListPage = lazy(() =>
  import('../features/mediation/MediationListPage.js').then((m) => ({ default: m.MediationListPage })),
);
const MediationPage = lazy(() =>
  import('../features/mediation/MediationPage.js').then((m) => ({ default: m.MediationPage })),
);
const RiskItemPage = lazy(() => import('../features/risk/RiskItemPage.js').then((m) => ({ default: m.RiskItemPage })));
const SuggestionsPage = lazy(() =>
  import('../features/suggestions/SuggestionsPage.js').then((m) => ({ default: m.SuggestionsPage })),
);
const SuggestionDetailPage = lazy(() =>
  import('../features/suggestions/SuggestionDetailPage.js').then((m) => ({ default: m.SuggestionDetailPage })),
);
const StatisticsPage = lazy(() =>
  import('../features/statistics/StatisticsPage.js').then((m) => ({ default: m.StatisticsPage })),
);
const ReportsPage = lazy(() => import('../features/reports/ReportsPage.js').then((m) => ({ default: m.ReportsPage })));
const TypicalCasesPage = lazy(() =>
  import('../features/suggestions/TypicalCasesPage.js').then((m) => ({ default: m.TypicalCasesPage })),
);
const TrainingsPage = lazy(() =>
  import('../features/suggestions/TrainingsPage.js').then((m) => ({ default: m.TrainingsPage })),
);
const SettingsIndex = lazy(() => import('./SettingsIndex.js').then((m) => ({ default: m.SettingsIndex })));
const TemplatesPage = lazy(() =>
  import('../features/documents/TemplatesPage.js').then((m) => ({ default: m.TemplatesPage })),
);
const ConfigPage = lazy(() =>
  import('../features/settings/config/ConfigPage.js').then((m) => ({ default: m.ConfigPage })),
);
const OrgPage = lazy(() => import('../features/settings/org/OrgPage.js').then((m) => ({ default: m.OrgPage })));
const MySessionsPage = lazy(() =>
  import('../features/settings/MySessionsPage.js').then((m) => ({ default: m.MySessionsPage })),
);

/** Modules not built yet: every leaf of the navigation except the workbench shows the placeholder. */
function placeholderRoutes(items: NavItem[]): NavItem[] {
  return items.flatMap((item) => (item.children ? placeholderRoutes(item.children) : item.path === '/' ? [] : [item]));
}

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/password"
          element={
            <RequireAuth allowPasswordChange>
              <ChangePasswordPage />
            </RequireAuth>
          }
        />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<DashboardPage />} />
          <Route path="/settings" element={<SettingsIndex />} />
          {placeholderRoutes(NAVIGATION).map((item) => (
            <Route key={item.path} path={`${item.path}/*`} element={<PlaceholderPage module={item.label} />} />
          ))}
          <Route path="/cases" element={<CaseListPage />} />
          <Route path="/cases/new" element={<CaseFormPage />} />
          <Route path="/cases/import" element={<ImportPage />} />
          <Route path="/cases/:id" element={<CaseDetailPage />} />
          <Route path="/cases/:id/edit" element={<CaseFormPage />} />
          <Route path="/hearings" element={<HearingsPage />} />
          <Route path="/my-hearings" element={<MyHearingsPage />} />
          <Route path="/my-hearings/:id" element={<MyHearingsPage />} />
          <Route path="/risks" element={<RiskBoardPage />} />
          <Route path="/risks/:id" element={<RiskItemPage />} />
          <Route path="/reports" element={<ReportsPage />} />
          <Route path="/reports/:id" element={<ReportsPage />} />
          <Route path="/statistics" element={<StatisticsPage />} />
          <Route path="/statistics/:id" element={<StatisticsPage />} />
          <Route path="/mediations" element={<MediationListPage />} />
          <Route path="/mediations/:id" element={<MediationPage />} />
          <Route path="/accountability/suggestions" element={<SuggestionsPage />} />
          <Route path="/accountability/suggestions/:id" element={<SuggestionDetailPage />} />
          <Route path="/accountability/typical-cases" element={<TypicalCasesPage />} />
          <Route path="/accountability/trainings" element={<TrainingsPage />} />
          <Route path="/accountability/evaluations" element={<EvaluationsListPage />} />
          <Route path="/accountability/evaluations/:id" element={<EvaluationDetailPage />} />
          <Route path="/settings/users" element={<UsersPage />} />
          <Route path="/settings/audit" element={<AuditLogPage />} />
          <Route path="/settings/deliveries" element={<DeliveriesPage />} />
          <Route path="/settings/backups" element={<BackupsPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/settings/calendar" element={<CalendarPage />} />
          <Route path="/settings/config" element={<ConfigPage />} />
          <Route path="/settings/templates" element={<TemplatesPage />} />
          <Route path="/settings/org" element={<OrgPage />} />
          <Route path="/settings/sessions" element={<MySessionsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
