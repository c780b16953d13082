/**
 * Findings of a hands-on QA pass, kept from coming back: the workbench shows real, role-appropriate figures (counts
 * by status and the deadlines due within a week or overdue, the same numbers GET /cases gives) and only the modules a
 * role may open; the administrator's workbench makes no case request at all; the English UI shows the closed lists
 * (kind, status, risk), outcome categories, deadline rules, the calendar's holidays and the audit log's field names in
 * English; the case list's default columns fit 1366 px and a case's deadlines fit a phone. Screenshots at 1366×768 and
 * 375×812.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, demoLogin, launchBrowser, PHONE, screenshotPath, submitLogin } from './browser.js';

const baseUrl = inject('baseUrl');
const login = demoLogin;
const clerk = login('clerk1', 'Demo@2026clerk');
const admin = login('admin', 'Demo@2026admin');
const county = login('county1', 'Demo@2026county');
const city = login('city', 'Demo@2026city');

let browser: Browser;
const text = async (l: Locator) => (await l.textContent()) ?? '';

async function signedInPage(
  who: { username: string; password: string },
  options = DESKTOP,
  lang?: 'en',
): Promise<{ page: Page; failed: string[] }> {
  const context = await browser.newContext(options);
  if (lang) await context.addInitScript((l) => localStorage.setItem('shuangjiang.lang', l), lang);
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400 && !r.url().endsWith('/auth/me')) {
      failed.push(`${r.status()} ${r.url()}`);
    }
  });
  page.on('pageerror', (e) => failed.push(`pageerror ${e.message}`));
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, who.username, who.password);
  await page.waitForURL(`${baseUrl}/`);
  return { page, failed };
}

/** Today in China plus some days, as the workbench computes it. */
function chinaDay(offset: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

interface ListBody {
  total: number;
  items: { id: string; nextDueDate: string | null }[];
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('QA: the workbench', () => {
  it('shows an agency clerk the counts and deadlines of their own cases, the same as GET /cases', async () => {
    const { page, failed } = await signedInPage(clerk);
    const api = async (query: string) => {
      const res = await page.request.get(`${baseUrl}/api/v1/cases?${query}`);
      expect(res.status()).toBe(200);
      return (await res.json()) as ListBody;
    };
    const counts = page.locator('[data-testid=dashboard-counts]');
    await counts.locator('[data-testid=count-in_progress] .ant-statistic-content').waitFor();
    await page.locator('[data-testid=overdue-count]').waitFor();

    const statuses = ['registered', 'in_progress', 'concluded', 'closed'];
    let sum = 0;
    for (const status of statuses) {
      const { total } = await api(`status=${status}&pageSize=1`);
      sum += total;
      const shown = await text(counts.locator(`[data-testid=count-${status}] .ant-statistic-content`));
      expect(shown.replace(/,/g, '')).toBe(String(total));
    }
    const all = await text(counts.locator('[data-testid=count-all] .ant-statistic-content'));
    expect(all.replace(/,/g, '')).toBe(String(sum));
    expect((await api('pageSize=1')).total).toBe(sum);

    // Deadlines: not archived, due by today + 7 (overdue included), nearest first.
    const live = 'status=registered,in_progress,concluded';
    const overdue = await api(`${live}&dueBy=${chinaDay(-1)}&pageSize=1`);
    const soon = await api(`${live}&dueBy=${chinaDay(7)}&sort=nextDueDate&order=asc&pageSize=10`);
    expect(await text(page.locator('[data-testid=overdue-count]'))).toContain(String(overdue.total));
    expect(await text(page.locator('[data-testid=due-soon-count]'))).toContain(String(soon.total - overdue.total));
    const items = page.locator('[data-testid=deadline-item]');
    expect(await items.count()).toBe(soon.items.length);
    const dates = soon.items.map((i) => i.nextDueDate ?? '');
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) expect(d <= chinaDay(7)).toBe(true);
    if (soon.items.length > 0) {
      const href = await items.first().locator('a').first().getAttribute('href');
      expect(href).toBe(`/cases/${soon.items[0]!.id}`);
    }
    // Settings is built (users, audit, calendar, sessions): not marked "in development".
    expect(await text(page.locator('[data-testid="module-/settings"]'))).not.toContain('建设中');
    expect(failed).toEqual([]);
    await page.screenshot({ path: screenshotPath('qa-dashboard-clerk.png') });
    await page.context().close();
  });

  it('fits a phone and still lists the deadlines', async () => {
    const { page, failed } = await signedInPage(clerk, PHONE);
    await page.locator('[data-testid=dashboard-deadlines]').waitFor();
    await page.locator('[data-testid=overdue-count]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(failed).toEqual([]);
    await page.screenshot({ path: screenshotPath('qa-dashboard-phone.png'), fullPage: true });
    await page.context().close();
  });

  it('gives the administrator (no case access) no case figures, no case module and no refused request', async () => {
    const { page, failed } = await signedInPage(admin);
    await page.locator('[data-testid=welcome-title]').waitFor();
    await page.locator('[data-testid="module-/settings"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-testid=dashboard-counts]').count()).toBe(0);
    expect(await page.locator('[data-testid=dashboard-deadlines]').count()).toBe(0);
    expect(await page.locator('[data-testid="module-/cases"]').count()).toBe(0);
    expect(failed).toEqual([]);
    await page.context().close();
  });
});

describe('QA: layout', () => {
  /** Whether an element scrolls sideways (its content is wider than it). */
  const overflows = (page: Page, selector: string) =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`${sel} not found`);
      return el.scrollWidth > el.clientWidth + 1;
    }, selector);

  it.each([
    ['Chinese', undefined],
    ['English', 'en' as const],
  ])('fits the default columns of the case list at 1366 px (%s): the pinned columns cover none', async (_, lang) => {
    for (const who of [county, city]) {
      const { page, failed } = await signedInPage(who, DESKTOP, lang);
      await page.goto(`${baseUrl}/cases`);
      await page.locator('[data-testid=case-link]').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      expect(await overflows(page, '[data-testid=case-table] .ant-table-content')).toBe(false);
      expect(failed).toEqual([]);
      await page.context().close();
    }
  });

  it("fits a case's deadlines on a phone, actions in the expanded row", async () => {
    const { page, failed } = await signedInPage(county, PHONE, 'en');
    const list = (await (await page.request.get(`${baseUrl}/api/v1/cases?kind=litigation&pageSize=20`)).json()) as {
      items: { id: string }[];
    };
    let caseId: string | undefined;
    for (const { id } of list.items) {
      const detail = (await (await page.request.get(`${baseUrl}/api/v1/cases/${id}`)).json()) as {
        deadlines: unknown[];
      };
      if (detail.deadlines.length > 1) {
        caseId = id;
        break;
      }
    }
    expect(caseId).toBeTruthy();
    await page.goto(`${baseUrl}/cases/${caseId}`);
    const deadlines = page.getByTestId('section-deadlines');
    await deadlines.locator('tr.ant-table-row').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await overflows(page, '[data-testid=section-deadlines] .ant-table-content')).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await deadlines.locator('.ant-table-row-expand-icon').first().click();
    await deadlines.getByTestId('deadline-actions-expanded').waitFor();
    await deadlines.scrollIntoViewIfNeeded();
    expect(failed).toEqual([]);
    await page.screenshot({ path: screenshotPath('qa-case-deadlines-phone.png') });
    await page.context().close();
  });
});

describe('QA: English UI', () => {
  it('shows case kinds, statuses and risk levels in English', async () => {
    const { page, failed } = await signedInPage(clerk, DESKTOP, 'en');
    await page.goto(`${baseUrl}/cases`);
    await page.locator('[data-testid=case-link]').first().waitFor();
    await page.locator('[data-testid=risk-tag]').first().waitFor();
    const rows = await text(page.locator('[data-testid=case-table] .ant-table-tbody'));
    expect(rows).toMatch(/Litigation|Reconsideration|Pre-litigation dispute/);
    expect(rows).toMatch(/Registered|In progress|Concluded|Archived/);
    expect(rows).toMatch(/Green|Yellow|Red/);
    for (const zh of ['行政诉讼', '行政复议', '审理中', '已审结', '已归档', '绿色', '黄色', '红色']) {
      expect(rows).not.toContain(zh);
    }
    expect(failed).toEqual([]);
    await page.screenshot({ path: screenshotPath('qa-cases-en.png') });
    await page.context().close();
  });

  it('shows outcome categories by their code in English in the list and the detail, deadline rules too', async () => {
    const { page, failed } = await signedInPage(clerk, DESKTOP, 'en');
    await page.goto(`${baseUrl}/cases?outcome=REVOKED`);
    await page.locator('[data-testid=case-link]').first().waitFor();
    const rows = page.locator('[data-testid=case-table] tbody tr.ant-table-row');
    const cells = (await rows.locator('[data-testid=outcome-tag]').allInnerTexts()).map((s) => s.trim());
    expect(cells.length).toBe(await rows.count());
    for (const cell of cells) expect(cell).toBe('Act revoked');
    expect(await text(page.locator('[data-testid=case-table] .ant-table-tbody'))).not.toContain('判决撤销');
    await page.screenshot({ path: screenshotPath('qa-cases-outcome-en.png') });

    await page.getByTestId('case-link').first().click();
    await page.getByTestId('case-detail').waitFor();
    await page.getByTestId('case-detail').getByTestId('outcome-tag').waitFor();
    expect(await text(page.getByTestId('case-detail').getByTestId('outcome-tag'))).toBe('Act revoked');
    expect(await text(page.getByTestId('section-deadlines'))).not.toMatch(/行政诉讼法第\d+条/);
    expect(failed).toEqual([]);
    await page.screenshot({ path: screenshotPath('qa-case-detail-en.png') });
    await page.context().close();
  });

  it('names the changed fields of an audit entry by their English label, the raw name in a tooltip', async () => {
    // A county coordinator changes a case's filing date through the API, as the form would.
    const editor = await signedInPage(county, DESKTOP);
    const { items } = (await (
      await editor.page.request.get(`${baseUrl}/api/v1/cases?kind=litigation&pageSize=1`)
    ).json()) as {
      items: { id: string }[];
    };
    const caseId = items[0]!.id;
    const current = (await (await editor.page.request.get(`${baseUrl}/api/v1/cases/${caseId}`)).json()) as {
      version: number;
      filedDate: string | null;
    };
    const { token } = (await (await editor.page.request.get(`${baseUrl}/api/v1/auth/csrf`)).json()) as {
      token: string;
    };
    const filedDate = current.filedDate === '2026-01-05' ? '2026-01-06' : '2026-01-05';
    const patched = await editor.page.request.patch(`${baseUrl}/api/v1/cases/${caseId}`, {
      data: { version: current.version, filedDate },
      headers: { 'x-csrf-token': token },
    });
    expect(patched.status(), await patched.text()).toBe(200);
    await editor.page.context().close();

    const { page, failed } = await signedInPage(admin, DESKTOP, 'en');
    await page.goto(`${baseUrl}/settings/audit`);
    await page.getByTestId('audit-entity-id').fill(caseId);
    await page.getByTestId('audit-search').click();
    const row = page.locator('[data-testid=audit-table] tr.ant-table-row', { hasText: 'Update' }).first();
    await row.waitFor();
    // The changes column and the expanded diff name the field as the case form does: "Filed", not "filedDate".
    expect(await text(row.getByTestId('audit-changes'))).toContain('Filed');
    expect(await text(row.getByTestId('audit-changes'))).not.toContain('filedDate');
    await row.locator('.ant-table-row-expand-icon').click();
    const field = page.locator('[data-testid=audit-field][data-field=filedDate]');
    await field.waitFor();
    expect(await text(field)).toBe('Filed');
    expect(await text(page.locator('[data-testid=audit-table] .ant-descriptions'))).toContain(filedDate);
    await field.hover();
    await page.locator('.ant-tooltip:visible', { hasText: 'filedDate' }).waitFor();
    expect(failed).toEqual([]);
    await page.screenshot({ path: screenshotPath('qa-audit-en.png') });
    await page.context().close();
  });

  it('names holidays and weekdays on the working-day calendar in English', async () => {
    const { page, failed } = await signedInPage(clerk, DESKTOP, 'en');
    await page.goto(`${baseUrl}/settings/calendar`);
    await page.locator('.ant-tabs-tab', { hasText: '2025' }).click();
    const october = page.getByTestId('calendar-year-2025').getByTestId('calendar-month-10');
    await october.waitFor();
    const shown = await text(october);
    expect(shown).toContain('10-01 (Wed)');
    expect(shown).toContain('National Day / Mid-Autumn Festival holiday');
    expect(shown).not.toMatch(/[\u4e00-\u9fff]/);
    expect(failed).toEqual([]);
    await page.context().close();
  });
});
