/**
 * 机关与负责人 in a real browser (issue 13): a county coordinator adds a head to one of the county's agencies — 职务,
 * 副职, 分管事项, phone — and sees it listed with the phone in full; a head whose phone is refused is named by field.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DemoLogin, demoLogin, launchBrowser, screenshotPath, signedInPage as signInAs } from './browser.js';

const baseUrl = inject('baseUrl');
const login = demoLogin;
const county = login('county1', 'Demo@2026county');

let browser: Browser;

const signedInPage = (who: DemoLogin) => signInAs(browser, baseUrl, who);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('agency heads', () => {
  it('a county coordinator adds a head to an agency of the county and sees it listed', async () => {
    const page = await signedInPage(county);
    await page.goto(`${baseUrl}/settings/org`);
    const heading = page.locator('#org-heads-title');
    await heading.waitFor();
    const agencyName = (await heading.textContent())!.replace(/的负责人$/, '');
    expect(agencyName.length).toBeGreaterThan(0);

    const name = `应诉测试${Date.now() % 100000}`;
    await page.getByRole('button', { name: '添加负责人' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill(name);
    await dialog.getByLabel('职务').fill('副局长');
    await dialog.getByLabel('负责人类别').click();
    await page.locator('.ant-select-item-option', { hasText: '分管负责人' }).click();
    const matters = dialog.getByLabel('分管事项');
    await matters.fill('行政应诉');
    await matters.press('Enter');
    await dialog.getByLabel('联系电话').fill('12345');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    // The server refuses the phone, naming the field under it.
    await dialog.getByText('电话格式有误').waitFor();

    await dialog.getByLabel('联系电话').fill('13800138000');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-message', { hasText: '负责人已保存' }).waitFor();
    const row = page.locator('.ant-table-row', { hasText: name });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('副局长');
    expect(text).toContain('分管负责人');
    expect(text).toContain('行政应诉');
    expect(text).toContain('13800138000');
    await page.screenshot({ path: screenshotPath('settings-org.png') });

    // Still there after a reload (saved on the server, not only in the page).
    await page.reload();
    await page.locator('.ant-table-row', { hasText: name }).waitFor();
    await page.context().close();
  });
});
