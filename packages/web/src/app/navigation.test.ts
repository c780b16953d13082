import { describe, expect, it } from 'vitest';
import { navTrail, selectedNavPath } from './navigation.js';

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
