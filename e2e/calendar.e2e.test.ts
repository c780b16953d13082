/**
 * The working-day calendar, deadline adjustments and assignments in a real browser against the real server with the
 * demo data: the administrator imports next year's schedule and corrects a day (the screen says how many deadlines
 * moved), a clerk sees the calendar read-only and no account or audit menus, a county coordinator adjusts a deadline
 * (statutory and custom dates side by side) and assigns a case to an expert. Screenshots at 1366×768.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DemoLogin, demoLogin, launchBrowser, screenshotPath, signedInPage as signInAs } from './browser.js';

const baseUrl = inject('baseUrl');
const login = demoLogin;
const admin = login('admin', 'Demo@2026admin');
const clerk = login('clerk1', 'Demo@2026clerk');
const county = login('county1', 'Demo@2026county');

let browser: Browser;

const signedInPage = (who: DemoLogin) => signInAs(browser, baseUrl, who);

async function menuLabels(page: Page): Promise<string[]> {
  await page.locator('.ant-menu-root').first().waitFor();
  // Open 系统设置 so its children are rendered.
  const settings = page.locator('.ant-menu-submenu-title', { hasText: '系统设置' });
  if (await settings.count()) {
    await settings.click();
    await page.locator('.ant-menu-sub .ant-menu-title-content').first().waitFor();
  }
  return (await page.locator('.ant-menu-root .ant-menu-title-content').allInnerTexts()).map((s) => s.trim());
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('working-day calendar', () => {
  it('the administrator sees holidays by month, imports a year and corrects a day', async () => {
    const page = await signedInPage(admin);
    const menu = await menuLabels(page);
    expect(menu).toEqual(expect.arrayContaining(['用户与角色', '审计日志', '工作日历']));
    expect(menu).not.toContain('案件台账');

    await page.goto(`${baseUrl}/settings/calendar`);
    await page.getByTestId('calendar-page').waitFor();
    await page.locator('.ant-tabs-tab', { hasText: '2025' }).click();
    const october = page.getByTestId('calendar-year-2025').getByTestId('calendar-month-10');
    await october.waitFor();
    expect(await october.textContent()).toContain('国庆节、中秋节放假');

    // Import a (made-up) next year: the tab appears and the screen says how many deadlines moved.
    const years = await page.locator('.ant-tabs-tab').allInnerTexts();
    const last = Math.max(...years.map((y) => Number.parseInt(y, 10)).filter(Number.isFinite));
    const next = last + 1;
    await page.getByTestId('calendar-import').click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByTestId('import-json').fill(
      JSON.stringify({
        year: next,
        papers: ['https://www.gov.cn/e2e'],
        days: [
          { name: '元旦', date: `${next}-01-01`, isOffDay: true },
          { name: '元旦', date: `${next - 1}-12-31`, isOffDay: true },
        ],
      }),
    );
    await dialog.getByRole('button', { name: /录入并重新计算/ }).click();
    // A date outside the year is refused with its row.
    const problems = dialog.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('第2条');
    await dialog.getByTestId('import-json').fill(
      JSON.stringify({
        year: next,
        papers: ['https://www.gov.cn/e2e'],
        days: [{ name: '元旦', date: `${next}-01-01`, isOffDay: true }],
      }),
    );
    await dialog.getByRole('button', { name: /录入并重新计算/ }).click();
    const result = page.getByTestId('calendar-change-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(new RegExp(`已录入${next}年放假安排.*\\d+ 个未完成期限`));
    await page.getByTestId(`calendar-year-${next}`).waitFor();

    // Correct a day of 2026 (a Wednesday): a day off for a typhoon.
    await page.getByTestId('calendar-add-override').click();
    const o = page.locator('.ant-modal:visible');
    await o.getByTestId('override-date').click();
    await page.keyboard.type('2026-09-16');
    await page.keyboard.press('Enter');
    await o.getByTestId('override-name').fill('台风停工');
    await o.getByTestId('override-reason').fill('市政府紧急通知（端到端测试）');
    await o.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForFunction(() =>
      /个未完成期限/.test(document.querySelector('[data-testid=calendar-change-result]')?.textContent ?? ''),
    );
    await page.locator('.ant-tabs-tab', { hasText: '2026' }).click();
    const day = page.getByTestId('calendar-day-2026-09-16');
    await day.waitFor();
    expect(await day.textContent()).toContain('台风停工');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenshotPath('settings-calendar.png') });
    await page.context().close();
  });

  it('a clerk sees the calendar read-only and no account or audit menus', async () => {
    const page = await signedInPage(clerk);
    const menu = await menuLabels(page);
    expect(menu).toEqual(expect.arrayContaining(['案件台账', '工作日历', '我的登录会话']));
    expect(menu).not.toContain('用户与角色');
    expect(menu).not.toContain('审计日志');
    await page.goto(`${baseUrl}/settings/calendar`);
    await page.getByTestId('calendar-page').waitFor();
    await page.getByText('您可以查看工作日历').waitFor();
    expect(await page.getByTestId('calendar-import').count()).toBe(0);
    await page.context().close();
  });
});

describe('deadlines and assignments on the case detail', () => {
  it('a county coordinator adjusts a deadline, marks one done and assigns an expert', async () => {
    const page = await signedInPage(county);
    await page.goto(`${baseUrl}/cases?kind=litigation&status=registered,in_progress`);
    await page.locator('[data-testid=case-table] tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('case-link').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const deadlines = page.getByTestId('section-deadlines');
    await deadlines.waitFor();

    const adjust = deadlines.locator('[data-testid^=deadline-adjust-]').first();
    const ruleId = ((await adjust.getAttribute('data-testid')) ?? '').replace('deadline-adjust-', '');
    await adjust.click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByTestId('deadline-custom-date').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2030-06-28');
    await page.keyboard.press('Enter');
    await dialog.getByTestId('deadline-custom-reason').fill('法院准许延期（端到端测试）');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const custom = page.getByTestId(`deadline-custom-${ruleId}`);
    await custom.waitFor();
    const text = (await custom.textContent()) ?? '';
    expect(text).toContain('2030-06-28');
    expect(text).toContain('法定期限');
    expect(text).toContain('法院准许延期');

    const done = deadlines.locator('[data-testid^=deadline-done-]').first();
    if (await done.count()) {
      await done.click();
      // The toast (the live region repeats it for screen readers, so the text is on the page twice).
      await page.locator('.ant-message').getByText('已标记为已完成').waitFor();
    }

    await page.getByTestId('assign-case').click();
    const assign = page.locator('.ant-modal:visible');
    await assign.getByTestId('assign-user').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await assign.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByTestId('section-assignments').locator('.ant-tag', { hasText: '专家评查' }).waitFor();
    await page.locator('.ant-modal-wrap:visible').waitFor({ state: 'detached' });
    await deadlines.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenshotPath('case-deadline-adjusted.png') });
    await page.context().close();
  });
});
