/**
 * Settings in a real browser against the real server with the demo data: the administrator creates an account and
 * sees its first password once; that user must change it before anything else; the audit log shows the creation;
 * "my sessions" lists the current session; a non-administrator gets "no permission". Screenshots at 1366×768.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  type DemoLogin,
  demoLogin,
  launchBrowser,
  screenshotPath,
  signedInPage as signInAs,
  submitLogin,
} from './browser.js';

const baseUrl = inject('baseUrl');
const login = demoLogin;
const admin = login('admin', 'Demo@2026admin');
const county = login('county1', 'Demo@2026county');

let browser: Browser;
const NEW_USER = `e2e${Date.now().toString(36)}`;

const signedInPage = (who: DemoLogin) => signInAs(browser, baseUrl, who);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('settings', () => {
  let firstPassword = '';

  it('the administrator creates a user and sees the first password once', async () => {
    const page = await signedInPage(admin);
    await page.goto(`${baseUrl}/settings/users`);
    await page.locator('.ant-table-row', { hasText: 'clerk1' }).waitFor();
    await page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.locator('#username').fill(NEW_USER);
    await dialog.locator('#displayName').fill('端到端测试员');
    await dialog.locator('#role').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '领导' }).click();
    await dialog.locator('#regionCode').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: '示例市' }).first().click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const shown = page.getByTestId('one-time-password');
    await shown.waitFor();
    firstPassword = ((await shown.textContent()) ?? '').trim();
    expect(firstPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenshotPath('settings-password.png') });
    await page.getByRole('button', { name: /关\s*闭/ }).click();
    await page.locator('.ant-table-row', { hasText: NEW_USER }).waitFor();
    expect(await page.locator('.ant-table-row', { hasText: NEW_USER }).textContent()).toContain('待改密');
    await page.screenshot({ path: screenshotPath('settings-users.png') });
    await page.context().close();
  });

  it('the new user must change the password first', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await submitLogin(page, NEW_USER, firstPassword);
    await page.waitForURL(`${baseUrl}/password`);
    await page.locator('#currentPassword').fill(firstPassword);
    await page.locator('#newPassword').fill('Changed-pass-2026');
    await page.locator('#confirmPassword').fill('Changed-pass-2026');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(`${baseUrl}/`);
    await page.goto(`${baseUrl}/settings/sessions`);
    await page.locator('.ant-table-row', { hasText: '当前会话' }).waitFor();
    await page.screenshot({ path: screenshotPath('settings-sessions.png') });
    // Not an administrator: the users page says so instead of failing.
    await page.goto(`${baseUrl}/settings/users`);
    await page.getByText('没有权限').waitFor();
    await context.close();
  });

  it('the administrator sees repeated failed sign-ins of an account in the user list', async () => {
    const context = await browser.newContext(DESKTOP);
    const stranger = await context.newPage();
    for (let i = 0; i < 2; i++) {
      await stranger.goto(`${baseUrl}/login`);
      await submitLogin(stranger, NEW_USER, `wrong-${i}-password`);
      await stranger.getByRole('alert').first().waitFor();
    }
    await context.close();
    const page = await signedInPage(admin);
    await page.goto(`${baseUrl}/settings/users`);
    const row = page.locator('.ant-table-row', { hasText: NEW_USER });
    await row.getByTestId('failed-logins').waitFor();
    expect(await row.getByTestId('failed-logins').textContent()).toContain('连续登录失败 2 次');
    await page.context().close();
  });

  it('the audit log shows the creation and the password change, filterable by action', async () => {
    const page = await signedInPage(admin);
    await page.goto(`${baseUrl}/settings/audit`);
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByPlaceholder('姓名或用户名').fill(NEW_USER);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const row = page.locator('.ant-table-row', { hasText: '修改密码' });
    await row.waitFor();
    expect(await page.locator('.ant-table-row', { hasText: '登录' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('settings-audit.png') });
    await page.context().close();
  });

  it('a county coordinator gets "no permission" on the audit log', async () => {
    const page = await signedInPage(county);
    await page.goto(`${baseUrl}/settings/audit`);
    await page.getByText('没有权限').waitFor();
    await page.context().close();
  });
});
