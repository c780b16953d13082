/**
 * Rankings and cards in a real browser (issue 14 §Rankings and cards): the administrator runs the quarter-end card
 * schedule alone (POST /admin/jobs/run with `only`) for the first working day after 2025 Q3 (9 October 2025, after the
 * National Day holiday), as the worker would; the demo data's Q3 gives a county the highest loss rate, a yellow card
 * proposal. The city coordinator opens 工作台, sees the 排名 table with Wilson intervals, confirms the proposed yellow
 * card in 红黄牌, sees it confirmed and in the county's history. Independent of other files: it reads only 2025 Q3's
 * proposals, which no other test makes or decides.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs } from './api.js';
import { demoLogin, launchBrowser, screenshotPath, signedInPage } from './browser.js';

const baseUrl = inject('baseUrl');
const city = demoLogin('city', 'Demo@2026city');
const admin = demoLogin('admin', 'Demo@2026admin');
const JOB = 'cards.quarter-proposals';

interface Card {
  id: string;
  period: { from: string };
  level: string;
  sanction: string;
  status: string;
  unit: { id: string; label: string };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('cards', () => {
  it('the quarter-end job proposes a yellow card; the city coordinator confirms it on 工作台', async () => {
    const adminApi = await apiAs(baseUrl, admin);
    const run = await adminApi.post<{ jobs: { name: string; key: string; status: string }[] }>('/admin/jobs/run', {
      now: '2025-10-09T09:00:00+08:00',
      only: [JOB],
    });
    // Done now, or by an earlier run against the same (external) server.
    const mine = run.jobs.filter((j) => j.name === JOB);
    expect(mine.every((j) => j.status === 'done')).toBe(true);
    await adminApi.ctx.dispose();

    const cityApi = await apiAs(baseUrl, city);
    const { items } = await cityApi.get<{ items: Card[] }>('/cards?level=county');
    const yellow = items.find(
      (c) => c.period.from === '2025-07-01' && c.sanction === 'yellow_card' && c.status === 'proposed',
    );
    expect(yellow, JSON.stringify(items.slice(0, 5))).toBeDefined();
    await cityApi.ctx.dispose();

    const page = await signedInPage(browser, baseUrl, city);
    const ranking = page.locator('[data-testid=dashboard-ranking] [data-testid=ranking-table]');
    await ranking.locator('.ant-table-row').first().waitFor({ timeout: 60_000 });
    // Every ranked or listed rate has its interval beside it ("a%–b%").
    expect(await ranking.locator('.ant-table-row').first().textContent()).toMatch(/\d%–\d/);

    const panel = page.locator('[data-testid=dashboard-cards]');
    const item = panel.locator(`[data-card-id="${yellow!.id}"]`);
    await item.waitFor({ timeout: 30_000 });
    await expect.poll(() => item.locator('[data-testid=card-status]').textContent()).toBe('待确认');
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('cards-proposed.png') });
    await item.getByRole('button', { name: /^确\s*认$/ }).click();
    await expect
      .poll(() => item.locator('[data-testid=card-status]').textContent(), { timeout: 15_000 })
      .toBe('已确认');
    await expect(item.locator('[data-testid=card-notice]').getAttribute('href')).resolves.toBe(
      `/api/v1/cards/${yellow!.id}/notice.docx`,
    );

    // The county's history lists it, confirmed.
    await item.getByRole('button', { name: /^历\s*史$/ }).click();
    const history = page.locator('[data-testid=card-history]');
    await history.waitFor();
    const entry = history.locator('[data-testid=card-history-item]', { hasText: '2025年第3季度' }).filter({
      hasText: '黄牌',
    });
    await expect.poll(() => entry.first().locator('[data-testid=card-status]').textContent()).toBe('已确认');
    await page.screenshot({ path: screenshotPath('cards-history.png') });
    await page.context().close();
  });
});
