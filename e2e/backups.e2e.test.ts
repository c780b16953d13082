/**
 * 数据库备份 in a real browser against the real server (embedded database): the administrator sees that no backup
 * ran yet, backs up now, and sees the run succeed with its file; a county coordinator has no such menu item and the
 * page's data is refused.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DemoLogin, demoLogin, launchBrowser, screenshotPath, signedInPage as signInAs } from './browser.js';

const baseUrl = inject('baseUrl');
const login = demoLogin;
const admin = login('admin', 'Demo@2026admin');
const county = login('county1', 'Demo@2026county');

let browser: Browser;

const signedInPage = (who: DemoLogin) => signInAs(browser, baseUrl, who);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('database backups', () => {
  it('the administrator backs up now and sees the run succeed with its file', async () => {
    const page = await signedInPage(admin);
    await page.goto(`${baseUrl}/settings/backups`);
    const card = page.getByTestId('backups-page');
    await card.getByText('每天在').waitFor();
    await page.getByRole('button', { name: /立即备份/ }).click();
    await page
      .locator('.ant-message')
      .getByText(/已备份：shuangjiang-\d{8}T\d{6}Z-manual\.tar\.gz/)
      .waitFor();
    const lastRun = card.locator('.ant-descriptions-row', { hasText: '最近一次备份' });
    await lastRun.getByText('成功').waitFor();
    await expect(lastRun.textContent()).resolves.toMatch(/shuangjiang-\d{8}T\d{6}Z-manual\.tar\.gz/);
    await card.locator('.ant-table-row', { hasText: '立即备份' }).first().waitFor();
    await page.screenshot({ path: screenshotPath('backups-admin.png') });
  });

  it('a county coordinator has no backups menu item and the page’s data is refused', async () => {
    const page = await signedInPage(county);
    await page.goto(`${baseUrl}/settings/sessions`);
    await page.getByRole('menuitem', { name: /我的登录会话/ }).waitFor();
    expect(await page.getByRole('menuitem', { name: /数据库备份/ }).count()).toBe(0);
    await page.goto(`${baseUrl}/settings/backups`);
    await page.getByTestId('backups-page').locator('.ant-alert-error').waitFor();
    expect(await page.getByRole('button', { name: /立即备份/ }).count()).toBe(0);
  });
});
