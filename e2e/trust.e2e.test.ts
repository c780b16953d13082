/**
 * What tells a person where they are and what happened: the 演示数据 banner on a demo (login page and signed-in
 * shell), and the 操作记录 screen — China time whatever the browser's zone, the case named by its 案号 instead of a
 * UUID, and an entry that says what happened (添加备注).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, demoLogin, launchBrowser, screenshotPath, submitLogin } from './browser.js';

const baseUrl = inject('baseUrl');
const login = demoLogin;
const admin = login('admin', 'Demo@2026admin');
const city = login('city', 'Demo@2026city');

/** A first page load on a busy 2-core machine can take longer than Playwright's default 30 s. */
const SLOW = 90_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page in a browser set to New York time: what the screen shows must not depend on it. */
async function signedIn(who: { username: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ ...DESKTOP, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').waitFor({ timeout: SLOW });
  await submitLogin(page, who.username, who.password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: SLOW });
  return page;
}

/** A JSON API call from the page, with its session cookie and a CSRF token. */
async function apiCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { token } = await (await fetch('/api/v1/auth/csrf')).json();
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
      return res.json();
    },
    { method, path, body },
  ) as Promise<T>;
}

describe('a demo says so', () => {
  it('shows 演示数据 on the login page and in the signed-in shell', { timeout: 240_000 }, async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    const banner = page.getByTestId('demo-banner');
    await banner.waitFor({ timeout: SLOW });
    expect(await banner.textContent()).toContain('演示数据');
    await submitLogin(page, city.username, city.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: SLOW });
    await page.getByTestId('demo-banner').waitFor({ timeout: SLOW });
    await page.screenshot({ path: screenshotPath('demo-banner.png') });
    await context.close();
  });
});

describe('操作记录', () => {
  it('shows China time, the case by its 案号 and 添加备注 for a note', { timeout: 300_000 }, async () => {
    const coordinator = await signedIn(city);
    const list = await apiCall<{ items: { id: string; caseNumber: string | null }[] }>(
      coordinator,
      'GET',
      '/cases?pageSize=20',
    );
    const target = list.items.find((c) => c.caseNumber)!;
    const title = `端到端备注${Date.now().toString(36)}`;
    await apiCall(coordinator, 'POST', `/cases/${target.id}/events`, { at: '2026-03-02', type: 'note', title });
    await coordinator.context().close();

    const page = await signedIn(admin);
    await page.goto(`${baseUrl}/settings/audit`);
    await page.getByTestId('audit-entity-id').waitFor({ timeout: SLOW });
    await page.getByTestId('audit-entity-id').fill(target.id);
    await page.getByTestId('audit-search').click();
    const row = page.locator('[data-testid=audit-table] tr.ant-table-row', { hasText: title }).first();
    await row.waitFor({ timeout: SLOW });
    expect(await row.getByTestId('audit-what').textContent()).toBe(`添加备注：${title}`);
    expect(await row.getByTestId('audit-object').textContent()).toBe(target.caseNumber);
    expect(await row.textContent()).not.toContain(target.id);
    const entries = await apiCall<{ items: { at: string; what: { detail: string | null } }[] }>(
      page,
      'GET',
      `/audit?entityId=${target.id}`,
    );
    const at = entries.items.find((e) => e.what.detail === title)!.at;
    const china = new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(await row.getByTestId('audit-at').textContent()).toBe(china);
    await page.screenshot({ path: screenshotPath('audit-what.png') });
    await page.context().close();
  });
});
