/**
 * 统计报表 in the browser on the demo data (docs/rules/statistics.md#workflow): the county coordinator opens the
 * county's 政府信息公开年报表4 for last year (pre-filled), submits it; the city coordinator sees it submitted and returns
 * it with a comment; the county coordinator sees the filing returned with the city's comment. Both screens (the
 * reviewer's and the filler's, with the grid's merged headers) are scanned with axe-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, seriousViolations, submitLogin, waitSettled } from './browser.js';

const baseUrl = inject('baseUrl');
const logins = inject('demoLogins');
const county = logins.find((l) => l.username === 'county1') ?? { username: 'county1', password: 'Demo@2026county' };
const city = logins.find((l) => l.username === 'city') ?? { username: 'city', password: 'Demo@2026city' };

let browser: Browser;

async function signedIn(who: { username: string; password: string }): Promise<Page> {
  // The app's CSP forbids inline scripts: a context that runs axe needs bypassCSP.
  const context = await browser.newContext({ ...DESKTOP, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, who.username, who.password);
  await page.waitForURL(`${baseUrl}/`);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('statistics filings', () => {
  it('the county submits, the city returns with a comment, the county sees the comment', async () => {
    const c = await signedIn(county);
    await c.getByRole('menuitem', { name: '统计报表' }).click();
    await c.waitForURL(`${baseUrl}/statistics`);
    // antd draws the chosen value over its input: click the select itself.
    await c.locator('.ant-select', { has: c.getByRole('combobox', { name: '报表' }) }).click();
    await c.locator('.ant-select-dropdown:visible').getByText('政府信息公开年报表4（复议、诉讼情况）').click();
    await c.getByRole('button', { name: '填报本单位报表' }).click();
    const filing = c.getByTestId('statistics-filing');
    await filing.waitFor();
    await expect.poll(() => filing.textContent()).toContain('城东区');
    expect(await filing.textContent()).toContain('政府信息公开工作年度报告表4');
    const id = new URL(c.url()).pathname.split('/').pop()!;
    // Pre-filled and checked: submit.
    await expect.poll(() => filing.textContent()).toMatch(/校验：\d+ 项全部通过/);
    await c.getByRole('button', { name: /上\s*报/ }).click();
    await c
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /OK|确\s*定/ })
      .click();
    await expect.poll(() => filing.textContent()).toContain('已上报');

    const boss = await signedIn(city);
    await boss.goto(`${baseUrl}/statistics/${id}`);
    const seen = boss.getByTestId('statistics-filing');
    await expect.poll(() => seen.textContent()).toContain('已上报');
    // The grid with its merged headers and the reviewer's buttons: no serious accessibility violation (axe).
    await waitSettled(boss);
    expect(await seriousViolations(boss)).toEqual([]);
    await boss.getByRole('button', { name: /退\s*回/ }).click();
    const dialog = boss.getByRole('dialog');
    await dialog.getByLabel('退回意见（必填）').fill('信息公开行政诉讼件数请与法院通报核对');
    await dialog.getByRole('button', { name: /退\s*回/ }).click();
    await expect.poll(() => seen.textContent()).toContain('已退回');

    await c.reload();
    const comment = c.getByTestId('statistics-return-comment');
    await comment.waitFor();
    expect(await comment.textContent()).toContain('信息公开行政诉讼件数请与法院通报核对');
    expect(await c.getByTestId('statistics-filing').textContent()).toContain('已退回');
    // The filler's screen (editable cells, the return comment): no serious accessibility violation either.
    await waitSettled(c);
    expect(await seriousViolations(c)).toEqual([]);
  });
});
