/**
 * Reports in a real browser (issue 15 §Tests: “the county coordinator previews and issues the quarterly notice, the
 * city coordinator sees it”): the county coordinator opens 报告, drafts the 2025 Q3 指标通报 of the county in the draft
 * form, previews its figures, issues it after the confirmation and sees it 已印发; the city coordinator finds it in the
 * list of notices and opens it: the same title, issued, the same figures. Independent of other files: it drafts only
 * the county's 2025 Q3 notice, which no other test drafts (run again on the same server it is the next edition, a
 * correction, issued the same way).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs } from './api.js';
import { demoLogin, launchBrowser, screenshotPath, signedInPage } from './browser.js';

const baseUrl = inject('baseUrl');
const county = demoLogin('county1', 'Demo@2026county');
const city = demoLogin('city', 'Demo@2026city');

interface Report {
  id: string;
  title: string;
  status: string;
  region: { code: string };
  tables: { id: string; rows: { key: string; cells: string[] }[] }[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('reports', () => {
  it('the county coordinator previews and issues the quarterly notice; the city coordinator sees and opens it', async () => {
    const page = await signedInPage(browser, baseUrl, county);
    await page.goto(`${baseUrl}/reports`);
    await page.getByRole('button', { name: '起草通报' }).click();
    const form = page.getByRole('dialog');
    await form.locator('.ant-select', { has: page.locator('#kind') }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '季度指标通报' }).click();
    await form.locator('#year').fill('2025');
    await form.locator('#quarter').fill('3');
    await form.getByRole('button', { name: /^起\s*草$/ }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    const id = page.url().split('/').pop()!;

    // The preview: the draft's title, its figures as the Word file shows them (the 主要指标 table), 草稿.
    const countyApi = await apiAs(baseUrl, county);
    const drafted = await countyApi.get<Report>(`/reports/${id}`);
    await countyApi.ctx.dispose();
    expect(drafted.title).toMatch(/^关于2025年第3季度.+行政应诉工作主要指标情况的通报/);
    const preview = page.locator('[data-testid=report-preview]');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain(drafted.title);
    expect(await preview.textContent()).toContain('草稿');
    const lossRate = drafted.tables.find((t) => t.id === 'figures')!.rows.find((r) => r.key === 'loss_rate')!.cells[1]!;
    expect(await preview.textContent()).toContain(lossRate);
    await page.screenshot({ path: screenshotPath('reports-draft.png') });

    await preview.getByRole('button', { name: /^印\s*发$/ }).click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /^(确\s*定|OK)$/ })
      .click();
    await expect.poll(() => preview.locator('.ant-tag').first().textContent(), { timeout: 30_000 }).toBe('已印发');
    expect(await preview.getByRole('button', { name: /^印\s*发$/ }).count()).toBe(0);

    // The city coordinator: the county's notice in the list, issued; opened, the same notice.
    const cityPage = await signedInPage(browser, baseUrl, city);
    await cityPage.goto(`${baseUrl}/reports`);
    const row = cityPage.locator('[data-testid=reports] .ant-table-row', { hasText: drafted.title }).first();
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('已印发');
    await row.click();
    await cityPage.waitForURL(`${baseUrl}/reports/${id}`);
    const opened = cityPage.locator('[data-testid=report-preview]');
    await expect.poll(() => opened.textContent(), { timeout: 30_000 }).toContain(drafted.title);
    expect(await opened.locator('.ant-tag').first().textContent()).toBe('已印发');
    expect(await opened.textContent()).toContain(lossRate);
    await cityPage.screenshot({ path: screenshotPath('reports-city.png') });
    await cityPage.context().close();
    await page.context().close();
  }, 180_000);
});
