import { describe, expect, it } from 'vitest';
import { NAVIGATION, navTrail, pageTitleKey, selectedNavPath, visibleNavigation } from './navigation.js';

describe('selectedNavPath', () => {
  it.each([
    ['/', '/', null],
    ['/cases', '/cases', null],
    ['/cases/123', '/cases', null],
    ['/casesx', '/', null],
    ['/settings/audit', '/settings/audit', '/settings'],
    ['/unknown', '/', null],
  ])('%s → %s (open %s)', (pathname, selected, openParent) => {
    expect(selectedNavPath(pathname)).toEqual({ selected, openParent });
  });

  it('gives the breadcrumb from the area down', () => {
    expect(navTrail('/settings/calendar')).toEqual(['nav.settings', 'nav.settingsCalendar']);
    expect(navTrail('/hearings')).toEqual(['nav.hearings']);
  });
});

describe('visibleNavigation', () => {
  const paths = (perms: string[] | null) =>
    visibleNavigation(NAVIGATION, perms).flatMap((i) => [i.path, ...(i.children ?? []).map((c) => c.path)]);

  it('shows users and audit only to roles that manage users / read the audit log', () => {
    const admin = paths(['user.manage', 'audit.read', 'org.read', 'org.manage', 'calendar.manage', 'session.self']);
    expect(admin).toEqual(expect.arrayContaining(['/settings/users', '/settings/audit', '/settings/calendar']));
    expect(admin).not.toContain('/cases');
    const clerk = paths(['case.read', 'case.create', 'case.update', 'org.read', 'session.self']);
    expect(clerk).toContain('/cases');
    expect(clerk).not.toContain('/settings/users');
    expect(clerk).not.toContain('/settings/audit');
    // The calendar is read-only for everyone who reads reference data.
    expect(clerk).toEqual(expect.arrayContaining(['/settings', '/settings/calendar', '/settings/sessions']));
  });

  it('drops a parent whose children are all hidden; shows everything without a permission list', () => {
    expect(paths(['case.read'])).not.toContain('/settings');
    expect(paths(null)).toContain('/settings/users');
  });
});

describe('pageTitleKey', () => {
  it.each([
    ['/', 'nav.dashboard'],
    ['/login', 'auth.loginTitle'],
    ['/password', 'auth.changePasswordTitle'],
    ['/cases', 'nav.cases'],
    ['/cases/', 'nav.cases'],
    ['/cases/new', 'cases.newCase'],
    ['/cases/import', 'imports.title'],
    ['/cases/0d6f1c2e-1', 'a11y.caseDetailTitle'],
    ['/cases/0d6f1c2e-1/edit', 'a11y.editCaseTitle'],
    ['/settings/calendar', 'nav.settingsCalendar'],
    ['/hearings', 'nav.hearings'],
    ['/no-such-page', 'notFound.title'],
  ])('%s → %s', (pathname, key) => {
    expect(pageTitleKey(pathname)).toBe(key);
  });
});
