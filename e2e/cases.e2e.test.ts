/**
 * The case registry (案件台账) in a real browser against the real server with the demo data: a county coordinator's
 * scope, filters kept in the URL, the detail's deadlines, another county's case answered "not found", creating a case
 * from a typed 案号, and the version-conflict dialog. Screenshots of list, detail and form (1366×768) and the list on
 * a phone (375 wide) go to e2e/screenshots/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs } from './api.js';
import { DESKTOP, demoLogin, launchBrowser, PHONE, screenshotPath, submitLogin } from './browser.js';

const baseUrl = inject('baseUrl');
const login = demoLogin;
const county = login('county1', 'Demo@2026county');
const city = login('city', 'Demo@2026city');

// A fresh server per run (the default) takes 9001; against a long-running server (E2E_BASE_URL) pick an unused one.
const NEW_SEQ = process.env.E2E_BASE_URL ? 9002 + Math.floor(Math.random() * 990) : 9001;
const NEW_NUMBER = `（2026）苏9902行初${NEW_SEQ}号`;

let browser: Browser;
let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;
let createdId: string | undefined;

async function newPage(options = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...options, storageState: signedIn });
  return { context, page: await context.newPage() };
}

const rows = (page: Page) => page.locator('[data-testid=case-table] tbody tr.ant-table-row');

async function regionsShown(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid=case-region]').allInnerTexts()).map((s) => s.trim());
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, county.username, county.password);
  await page.waitForURL(`${baseUrl}/`);
  signedIn = await context.storageState();
  await context.close();
});

afterAll(async () => {
  await browser?.close();
});

describe('case registry', () => {
  it('shows a county coordinator only their county and keeps the year filter in the URL', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('.ant-menu-title-content', { hasText: '案件台账' }).click();
    await page.waitForURL(`${baseUrl}/cases`);
    await rows(page).first().waitFor();
    expect(await rows(page).count()).toBeGreaterThan(1);
    // A county user's table hides the region column by default; turn it on with the column chooser (remembered).
    expect(await page.getByTestId('case-region').count()).toBe(0);
    await page.getByTestId('column-chooser').click();
    await page.locator('.ant-popover:visible .ant-checkbox-wrapper', { hasText: '地区' }).click();
    await page.getByTestId('column-chooser').click();
    const regions = await regionsShown(page);
    expect(regions.length).toBe(await rows(page).count());
    expect(new Set(regions)).toEqual(new Set(['城东区']));
    expect(await page.getByTestId('case-total').textContent()).toMatch(/^共 \d+ 件$/);

    // Filter by year through the UI.
    const all = await page.getByTestId('case-total').textContent();
    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/cases?') && r.url().includes('year=2025'));
    await page.getByTestId('filter-year').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="2025"]').click();
    await page.waitForURL(/[?&]year=2025(&|$)/);
    await answered;
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid=case-total]')?.textContent !== before,
      all,
    );
    const filtered = await page.getByTestId('case-total').textContent();

    await page.reload();
    await rows(page).first().waitFor();
    expect(page.url()).toMatch(/[?&]year=2025(&|$)/);
    expect(await page.locator('[data-testid=filter-year] .ant-select-selection-item').textContent()).toBe('2025');
    expect(await page.getByTestId('case-total').textContent()).toBe(filtered);
    expect(new Set(await regionsShown(page))).toEqual(new Set(['城东区']));
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenshotPath('cases-list.png') });

    // The back button returns to the unfiltered list.
    await page.goBack();
    await page.waitForURL(`${baseUrl}/cases`);
    await context.close();
  });

  it('opens a case and shows its deadlines', async () => {
    const { context, page } = await newPage();
    // A litigation case with a complaint-received date has computed deadlines.
    await page.goto(`${baseUrl}/cases?kind=litigation`);
    await rows(page).first().waitFor();
    await page.getByTestId('case-link').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByTestId('case-detail').waitFor();
    const deadlines = page.getByTestId('section-deadlines');
    await deadlines.waitFor();
    expect(await deadlines.textContent()).toContain('期限');
    expect(await deadlines.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('section-parties').isVisible()).toBe(true);
    expect(await page.getByTestId('section-timeline').isVisible()).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenshotPath('cases-detail.png') });
    await context.close();
  });

  it("answers another county's case with not found", async () => {
    const asCity = await apiAs(baseUrl, city);
    const west = await asCity.get<{ items: { id: string; caseNumber: string | null; regionName: string }[] }>(
      '/cases?regionCode=329903&pageSize=1',
    );
    const other = west.items[0];
    expect(other?.regionName).toBe('城西区');
    await asCity.ctx.dispose();

    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/cases/${other!.id}`);
    await page.getByTestId('case-not-found').waitFor();
    expect(await page.getByTestId('case-not-found').textContent()).toContain('案件不存在');
    expect(await page.getByTestId('case-detail').count()).toBe(0);
    if (other!.caseNumber) expect(await page.content()).not.toContain(other!.caseNumber);
    await context.close();
  });

  it('creates a case from a typed case number, filling court and instance', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/cases`);
    await page.getByTestId('new-case').click();
    await page.waitForURL(`${baseUrl}/cases/new`);
    await page.getByTestId('case-number-input').fill(NEW_NUMBER);
    await page.getByTestId('case-number-parsed').waitFor();
    expect(await page.getByTestId('parsed-court').textContent()).toContain('城东区人民法院');
    expect(await page.getByTestId('parsed-type').textContent()).toContain('行初');
    // 审级 and the court were filled from the number.
    await page.locator('[data-testid=instance-select] .ant-select-selection-item', { hasText: '一审' }).waitFor();
    await page
      .locator('[data-testid=court-select] .ant-select-selection-item', { hasText: '城东区人民法院' })
      .waitFor();

    await page.getByTestId('cause-input').fill('政府信息公开');
    await page.getByTestId('party-0-name').fill('测试原告');
    await page.getByTestId('party-1-agency').click();
    await page.keyboard.type('城东区自然资源局');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '城东区自然资源局' })
      .first()
      .click();
    await page.getByTestId('outcome-text').fill('驳回原告测试原告的诉讼请求。');
    await page.getByTestId('outcome-preview').waitFor();
    expect(await page.getByTestId('outcome-preview').textContent()).toContain('判决驳回诉讼请求');
    await page.evaluate(() => document.fonts.ready);
    await page.getByTestId('case-number-parsed').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('cases-form.png') });
    await page.getByTestId('outcome-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('cases-form-outcome.png') });

    await page.getByTestId('save-case').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    createdId = page.url().split('/').pop();
    await page.getByTestId('case-detail').waitFor();
    expect(await page.getByTestId('case-title').textContent()).toContain(NEW_NUMBER);

    await page.goto(`${baseUrl}/cases?q=${encodeURIComponent(String(NEW_SEQ))}`);
    await rows(page).first().waitFor();
    expect(await page.getByTestId('case-link').allInnerTexts()).toContain(NEW_NUMBER);
    await context.close();
  });

  it('names the court of a number from outside the city, or says its code is unknown; refuses a civil number', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/cases/new`);
    const input = page.getByTestId('case-number-input');
    const court = page.getByTestId('parsed-court');
    await input.fill('（2024）京0105行初1号');
    await page.getByTestId('case-number-parsed').waitFor();
    await court.filter({ hasText: '北京市朝阳区人民法院' }).waitFor();
    expect(await court.textContent()).toContain('不是本市法院');
    await input.fill('（2024）京0199行初1号');
    await court.filter({ hasText: '京0199' }).waitFor();
    expect(await court.textContent()).toContain('未能识别');
    await input.fill('（2025）苏9902民初3号');
    await page.getByTestId('case-number-parsed').filter({ hasText: '不是行政案件案号' }).waitFor();

    // The detail of a case before a court outside the city names that court from the number.
    const api = await apiAs(baseUrl, county);
    const { items } = await api.get<{ items: { id: string; name: string }[] }>('/agencies?regionCode=329902');
    const defendant = items.find((a) => a.name.endsWith('城东区自然资源局'))!;
    const csrf = ((await (await api.ctx.get('/api/v1/auth/csrf')).json()) as { token: string }).token;
    const created = await api.ctx.post('/api/v1/cases', {
      headers: { 'x-csrf-token': csrf },
      data: {
        kind: 'litigation',
        caseNumber: `（2025）京0105行初${NEW_SEQ}号`,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '测试原告' },
          { side: 'defendant', partyType: 'agency', name: defendant.name, agencyId: defendant.id },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${baseUrl}/cases/${id}`);
    await page.getByTestId('detail-court').waitFor();
    expect(await page.getByTestId('detail-court').textContent()).toBe(
      '北京市朝阳区人民法院（据案号识别，不是本市法院）',
    );
    await api.ctx.dispose();
    await context.close();
  });

  it('shows the conflict dialog when the case changed since the form was opened', async () => {
    expect(createdId).toBeTruthy();
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/cases/${createdId}/edit`);
    await page.getByTestId('case-form').waitFor();
    await page.getByTestId('cause-input').fill('政府信息公开（我的修改）');

    // Someone else changes the case meanwhile.
    const other = await apiAs(baseUrl, county);
    const current = await other.get<{ version: number }>(`/cases/${createdId}`);
    await other.patch(`/cases/${createdId}`, { version: current.version, notes: '他人同时修改' });
    await other.ctx.dispose();

    await page.getByTestId('save-case').click();
    await page.getByTestId('conflict-dialog').waitFor();
    expect(await page.getByTestId('conflict-dialog').textContent()).toContain('修改了这个案件');
    await page.getByTestId('conflict-reload').click();
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    // My edit survived the reload; saving now succeeds and keeps both changes.
    expect(await page.getByTestId('cause-input').inputValue()).toBe('政府信息公开（我的修改）');
    await page.getByTestId('save-case').click();
    await page.waitForURL(`${baseUrl}/cases/${createdId}`);
    const detail = await page.getByTestId('section-basic').textContent();
    expect(detail).toContain('政府信息公开（我的修改）');
    expect(detail).toContain('他人同时修改');
    await context.close();
  });

  it('shows the list as cards on a phone', async () => {
    const { context, page } = await newPage(PHONE);
    await page.goto(`${baseUrl}/cases`);
    await page.getByTestId('case-card').first().waitFor();
    expect(await page.getByTestId('case-table').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenshotPath('cases-list-phone.png') });
    await context.close();
  });
});
