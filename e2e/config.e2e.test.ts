/**
 * 配置管理 in a real browser: the administrator saves a new version of the reminder settings with a reason and sees it
 * in force and in the history; a value outside the rules is refused with the field named in Chinese and nothing saved;
 * a county coordinator reads the settings but cannot change them. (Only the hearing offsets change here: the defence
 * offsets stay at their default, which the notification tests rely on.)
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

describe('versioned settings', () => {
  it('the administrator saves a new version with a reason; a bad value is refused naming the field', async () => {
    const page = await signedInPage(admin);
    await page.goto(`${baseUrl}/settings/config`);
    const hearing = page.getByLabel('开庭提醒（提前几天）');
    await hearing.waitFor();
    expect(await hearing.inputValue()).toBe('7, 3, 1');
    const current = await page.locator('#setting-kind-title .ant-tag').textContent();

    // A negative day: the server refuses, naming the field; nothing new in the history.
    await hearing.fill('5, -1');
    await page.getByLabel('修改原因').fill('试一个错误的值');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '配置未保存' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('开庭提醒（天）');
    expect(await page.locator('#setting-kind-title .ant-tag').textContent()).toBe(current);

    await hearing.fill('5，3，1');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.locator('.ant-message', { hasText: /已保存为第 \d+ 版/ }).waitFor();
    const history = page.locator('.ant-table-row', { hasText: '试一个错误的值' });
    await history.waitFor();
    expect(await history.textContent()).toContain('当前生效');
    expect(await hearing.inputValue()).toBe('5, 3, 1');
    await page.screenshot({ path: screenshotPath('settings-config.png') });
    await page.context().close();
  });

  it('a county coordinator reads the settings but is not offered a save', async () => {
    const page = await signedInPage(county);
    await page.goto(`${baseUrl}/settings/config`);
    await page.getByText('您可以查看配置').waitFor();
    expect(await page.getByRole('button', { name: '保存为新版本' }).count()).toBe(0);
    expect(await page.getByLabel('开庭提醒（提前几天）').isDisabled()).toBe(true);
    await page.context().close();
  });
});
