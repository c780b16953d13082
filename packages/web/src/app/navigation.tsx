import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CloudServerOutlined,
  ControlOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FileWordOutlined,
  HomeOutlined,
  LaptopOutlined,
  NotificationOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** i18n keys of the navigation labels (nav.*). */
export type NavLabelKey =
  | 'nav.dashboard'
  | 'nav.cases'
  | 'nav.hearings'
  | 'nav.myHearings'
  | 'nav.risks'
  | 'nav.mediations'
  | 'nav.suggestions'
  | 'nav.typicalCases'
  | 'nav.trainings'
  | 'nav.accountability'
  | 'nav.evaluations'
  | 'nav.indicators'
  | 'nav.reports'
  | 'nav.statistics'
  | 'nav.settings'
  | 'nav.settingsUsers'
  | 'nav.settingsAudit'
  | 'nav.settingsCalendar'
  | 'nav.settingsConfig'
  | 'nav.settingsTemplates'
  | 'nav.settingsOrg'
  | 'nav.settingsDeliveries'
  | 'nav.settingsBackups'
  | 'nav.notifications'
  | 'nav.settingsSessions';

export interface NavItem {
  /** Route path; also the menu key. */
  path: string;
  label: NavLabelKey;
  icon: ReactNode;
  /** Short description on the workbench (dashboard.*). */
  description?: `dashboard.${'cases' | 'hearings' | 'risks' | 'indicators' | 'reports' | 'settings'}Desc`;
  /** False while the module is a placeholder; the workbench marks it "in development". */
  available: boolean;
  /**
   * The permission (GET /auth/me `permissions`, the server's role table) a role needs to see the item; any of a list.
   * No permission: every signed-in user. A parent with children is shown when at least one child is.
   */
  permission?: string | readonly string[];
  children?: NavItem[];
}

/** The product's areas, in menu order. The router and the side menu are both built from this list. */
export const NAVIGATION: NavItem[] = [
  { path: '/', label: 'nav.dashboard', icon: <HomeOutlined />, available: true },
  {
    path: '/cases',
    label: 'nav.cases',
    icon: <ProfileOutlined />,
    description: 'dashboard.casesDesc',
    available: true,
    permission: 'case.read',
  },
  {
    path: '/hearings',
    label: 'nav.hearings',
    icon: <ScheduleOutlined />,
    description: 'dashboard.hearingsDesc',
    available: true,
    permission: 'case.read',
  },
  // 我的开庭: the head's phone view (issue 13), for heads whose account is linked in the heads list.
  {
    path: '/my-hearings',
    label: 'nav.myHearings',
    icon: <CarryOutOutlined />,
    available: true,
    permission: 'hearing.attend',
  },
  {
    path: '/risks',
    label: 'nav.risks',
    icon: <AlertOutlined />,
    description: 'dashboard.risksDesc',
    available: true,
    permission: 'case.read',
  },
  // 行政争议化解中心 (issue 16), beside 风险预警与化解: mediators and coordinators (mediation.read).
  {
    path: '/mediations',
    label: 'nav.mediations',
    icon: <SolutionOutlined />,
    available: true,
    permission: 'mediation.read',
  },
  // 问责与建议 (issue 17): loss evaluations here; suggestions, typical cases and training add their children.
  {
    path: '/accountability',
    label: 'nav.accountability',
    icon: <SafetyCertificateOutlined />,
    available: true,
    children: [
      {
        path: '/accountability/evaluations',
        label: 'nav.evaluations',
        icon: <FileSearchOutlined />,
        available: true,
        permission: 'evaluation.read',
      },
      {
        path: '/accountability/suggestions',
        label: 'nav.suggestions',
        icon: <NotificationOutlined />,
        available: true,
        permission: 'suggestion.read',
      },
      {
        path: '/accountability/typical-cases',
        label: 'nav.typicalCases',
        icon: <FileWordOutlined />,
        available: true,
        permission: 'typical_case.read',
      },
      {
        path: '/accountability/trainings',
        label: 'nav.trainings',
        icon: <TeamOutlined />,
        available: true,
        permission: 'training.read',
      },
    ],
  },
  {
    path: '/indicators',
    label: 'nav.indicators',
    icon: <BarChartOutlined />,
    description: 'dashboard.indicatorsDesc',
    available: false,
  },
  {
    path: '/reports',
    label: 'nav.reports',
    icon: <FileTextOutlined />,
    description: 'dashboard.reportsDesc',
    available: true,
    permission: 'report.read',
  },
  // 统计报表 (docs/rules/statistics.md): coordinators fill and review, leaders read.
  {
    path: '/statistics',
    label: 'nav.statistics',
    icon: <TableOutlined />,
    available: true,
    permission: 'statistics.read',
  },
  {
    path: '/settings',
    label: 'nav.settings',
    icon: <SettingOutlined />,
    description: 'dashboard.settingsDesc',
    available: false,
    children: [
      {
        path: '/settings/users',
        label: 'nav.settingsUsers',
        icon: <TeamOutlined />,
        available: true,
        permission: 'user.manage',
      },
      {
        path: '/settings/audit',
        label: 'nav.settingsAudit',
        icon: <AuditOutlined />,
        available: true,
        permission: 'audit.read',
      },
      // Read-only for every role that reads reference data; changes need calendar.manage (the page hides them).
      {
        path: '/settings/calendar',
        label: 'nav.settingsCalendar',
        icon: <CalendarOutlined />,
        available: true,
        permission: ['calendar.manage', 'org.read'],
      },
      // 机关与负责人: coordinators and administrators maintain the heads of their region's agencies.
      {
        path: '/settings/org',
        label: 'nav.settingsOrg',
        icon: <ApartmentOutlined />,
        available: true,
        permission: 'org.manage',
      },
      {
        path: '/settings/config',
        label: 'nav.settingsConfig',
        icon: <ControlOutlined />,
        available: true,
        permission: 'settings.read',
      },
      {
        path: '/settings/templates',
        label: 'nav.settingsTemplates',
        icon: <FileWordOutlined />,
        available: true,
        permission: 'settings.read',
      },
      // External notification deliveries (queued, sent, failed, uncertain) with resend.
      {
        path: '/settings/deliveries',
        label: 'nav.settingsDeliveries',
        icon: <NotificationOutlined />,
        available: true,
        permission: 'notification.manage',
      },
      // The embedded database's backups: last run, files, back up now (administrators).
      {
        path: '/settings/backups',
        label: 'nav.settingsBackups',
        icon: <CloudServerOutlined />,
        available: true,
        permission: 'backup.manage',
      },
      {
        path: '/settings/sessions',
        label: 'nav.settingsSessions',
        icon: <LaptopOutlined />,
        available: true,
        permission: 'session.self',
      },
    ],
  },
];

/**
 * The navigation a user may use: items whose permission the user has, parents with at least one such child. With no
 * permission list at all (an older server), everything is shown and the pages and the server still refuse.
 */
export function visibleNavigation(items: readonly NavItem[], permissions: readonly string[] | null): NavItem[] {
  if (!permissions) return [...items];
  const allowed = (item: NavItem) => {
    if (!item.permission) return true;
    const needed = typeof item.permission === 'string' ? [item.permission] : item.permission;
    return needed.some((p) => permissions.includes(p));
  };
  return items.flatMap((item) => {
    if (!allowed(item)) return [];
    if (!item.children) return [item];
    const children = visibleNavigation(item.children, permissions);
    return children.length ? [{ ...item, children }] : [];
  });
}

/** The permissions /auth/me listed, or null when it sent none. */
export function permissionList(user: unknown): string[] | null {
  const p = (user as { permissions?: unknown } | null | undefined)?.permissions;
  return Array.isArray(p) && p.length > 0 ? p.filter((x): x is string => typeof x === 'string') : null;
}

/** The menu item a location belongs to: the longest navigation path that prefixes it. */
export function selectedNavPath(pathname: string): { selected: string; openParent: string | null } {
  let best: { selected: string; openParent: string | null } = { selected: '/', openParent: null };
  const visit = (items: NavItem[], parent: string | null) => {
    for (const item of items) {
      const matches =
        item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
      if (matches && item.path.length >= best.selected.length) best = { selected: item.path, openParent: parent };
      if (item.children) visit(item.children, item.path);
    }
  };
  visit(NAVIGATION, null);
  return best;
}

/** Labels from the top-level area down to the current item, for the header breadcrumb. */
export function navTrail(pathname: string): NavLabelKey[] {
  const { selected, openParent } = selectedNavPath(pathname);
  const all = NAVIGATION.flatMap((item) => [item, ...(item.children ?? [])]);
  const label = (path: string | null) => all.find((item) => item.path === path)?.label;
  return [label(openParent), label(selected)].filter((l): l is NavLabelKey => Boolean(l));
}

/** i18n key of a page's own title (document.title), for screen readers and browser tabs: the screen, not its area. */
export type PageTitleKey =
  | NavLabelKey
  | 'auth.loginTitle'
  | 'auth.changePasswordTitle'
  | 'cases.newCase'
  | 'imports.title'
  | 'a11y.caseDetailTitle'
  | 'a11y.editCaseTitle'
  | 'notFound.title';

export function pageTitleKey(pathname: string): PageTitleKey {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/login') return 'auth.loginTitle';
  if (path === '/password') return 'auth.changePasswordTitle';
  if (path === '/notifications') return 'nav.notifications';
  if (path === '/cases/new') return 'cases.newCase';
  if (path === '/cases/import') return 'imports.title';
  if (/^\/cases\/[^/]+\/edit$/.test(path)) return 'a11y.editCaseTitle';
  if (/^\/cases\/[^/]+$/.test(path)) return 'a11y.caseDetailTitle';
  const { selected } = selectedNavPath(path);
  // Only the workbench itself maps to '/': any other path nothing matches is a page that does not exist.
  if (selected === '/' && path !== '/') return 'notFound.title';
  const trail = navTrail(path);
  return trail[trail.length - 1] ?? 'nav.dashboard';
}
