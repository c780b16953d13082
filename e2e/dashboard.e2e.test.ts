/**
 * The workbench in a real browser (issue 14 §Dashboards): the city coordinator opens 工作台, sees the deadline buckets
 * per county (chart and table), clicks a county's number and lands on exactly those cases — the list's exact total
 * equals the number clicked and every case listed is of that county.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLogin, launchBrowser, screenshotPath, signedInPage } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('workbench', () => {
  it('the city coordinator clicks a county’s number and lands on exactly those cases', async () => {
    const page = await signedInPage(browser, baseUrl, demoLogin('city', 'Demo@2026city'));
    await page.goto(`${baseUrl}/`);
    const card = page.locator('[data-testid=dashboard-workload]');
    const table = card.locator('[data-testid=workload-table]');
    await card.waitFor({ timeout: 20_000 }).catch(async (e) => {
      await page.screenshot({ path: `${screenshotPath('dashboard-debug')}.png` });
      throw e;
    });
    await table.locator('.ant-table-row').first().waitFor();
    await card.locator('[data-testid=bucket-chart] canvas').first().waitFor();
    // The key figures above load on their own; let them settle so the layout does not move under the click.
    await page
      .locator(
        '[data-testid=dashboard-figures] [data-testid=figures-table], [data-testid=dashboard-figures] .ant-alert',
      )
      .first()
      .waitFor({ timeout: 60_000 });

    // The county with the most cases due within 20 days (the table's rows are the counties and 市本级).
    const rows = await table.locator('.ant-table-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('[data-testid=workload-row-name]')?.textContent ?? '',
        within20: Number(tr.querySelector('[data-testid=bucket-within20]')?.textContent ?? '0'),
      })),
    );
    const county = rows.filter((r) => !r.name.endsWith('本级')).sort((a, b) => b.within20 - a.within20)[0]!;
    expect(county.within20).toBeGreaterThan(0);

    const row = table.locator('.ant-table-row', { hasText: county.name });
    await row.locator('[data-testid=bucket-within20]').click();
    await page.waitForURL(/\/cases\?/, { waitUntil: 'commit' }).catch(async (e) => {
      await page.screenshot({ path: `${screenshotPath('dashboard-click')}.png`, fullPage: true });
      throw e;
    });
    const url = new URL(page.url());
    expect(url.searchParams.get('exactTotal')).toBe('true');
    expect(url.searchParams.get('dueBy')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const regionCode = url.searchParams.get('regionCode')!;
    expect(regionCode).toMatch(/^\d{6}$/);

    const total = page.locator('[data-testid=case-total]');
    await total.filter({ hasText: String(county.within20) }).waitFor();
    expect(await total.textContent()).toBe(`共 ${county.within20} 件`);
    // Every case on the page is of that county, and the server agrees on the count.
    const check = await page.evaluate(async (query) => {
      const res = (await (await fetch(`/api/v1/cases?${query}&pageSize=200`)).json()) as {
        total: number;
        totalIsEstimate: boolean;
        items: { regionCode: string; nextDueDate: string | null }[];
      };
      return res;
    }, url.searchParams.toString());
    expect(check.total).toBe(county.within20);
    expect(check.totalIsEstimate).toBe(false);
    for (const item of check.items) expect(item.regionCode.startsWith(regionCode)).toBe(true);
  });

  it('the city coordinator clicks a county on the map and lands on exactly that county’s cases of the figure', async () => {
    const page = await signedInPage(browser, baseUrl, demoLogin('city', 'Demo@2026city'));
    await page.goto(`${baseUrl}/`);
    const card = page.locator('[data-testid=dashboard-map]');
    const map = card.locator('[data-testid=county-map]');
    // Drawn as SVG: the counties' names are text in it.
    await map.locator('svg text', { hasText: '城西区' }).first().waitFor({ timeout: 60_000 });
    // The same numbers as a table: the six counties of the map and 市本级, 新收 of this year by default.
    const rows = await card.locator('[data-testid=map-row-value]').evaluateAll((cells) =>
      cells.map((c) => ({
        region: c.getAttribute('data-region') ?? '',
        count: Number(c.getAttribute('data-count')),
      })),
    );
    expect(rows).toHaveLength(7);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBeGreaterThan(0);
    await page.locator('[data-testid=suggestion-figures]').waitFor({ timeout: 30_000 });

    // A point just left of the map's centre lies inside 城西区 (城西区 and 城东区 meet at the centre).
    await map.scrollIntoViewIfNeeded();
    const box = (await map.locator('svg').first().boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 - 30, box.y + box.height / 2);
    await page.waitForURL(/\/cases\?.*indicator=new_cases/, { waitUntil: 'commit' }).catch(async (e) => {
      await page.screenshot({ path: `${screenshotPath('dashboard-map-click')}.png`, fullPage: true });
      throw e;
    });
    const url = new URL(page.url());
    const regionCode = url.searchParams.get('regionCode')!;
    const county = rows.find((r) => r.region === regionCode);
    expect(county, `clicked region ${regionCode}`).toBeTruthy();
    expect(regionCode).toBe('329903');
    expect(url.searchParams.get('exactTotal')).toBe('true');
    await page.locator('[data-testid=indicator-filter]').waitFor();
    const total = page.locator('[data-testid=case-total]');
    await total.filter({ hasText: String(county!.count) }).waitFor();
    expect(await total.textContent()).toBe(`共 ${county!.count} 件`);
    // The server agrees, and every case is of that county.
    const check = await page.evaluate(async (query) => {
      const res = await fetch(`/api/v1/cases?${query}&pageSize=200`);
      return (await res.json()) as { total: number; totalIsEstimate: boolean; items: { regionCode: string }[] };
    }, url.searchParams.toString());
    expect(check.total).toBe(county!.count);
    expect(check.totalIsEstimate).toBe(false);
    for (const item of check.items) expect(item.regionCode.startsWith(regionCode)).toBe(true);
    await page.context().close();
  });

  it('a key figure opens exactly the cases of its numerator, the indicator filter shown', async () => {
    const page = await signedInPage(browser, baseUrl, demoLogin('city', 'Demo@2026city'));
    await page.goto(`${baseUrl}/`);
    // The coordinators' 工作台 also shows the year's 及时答复率 of suggestions per agency.
    await page.locator('[data-testid=suggestion-figures]').waitFor({ timeout: 30_000 });
    const link = page
      .locator('[data-testid=dashboard-figures] [data-testid=figures-table] a', { hasText: /%$/ })
      .first();
    await link.waitFor({ timeout: 60_000 });
    const label = (await link.getAttribute('aria-label')) ?? '';
    const count = Number(/计入分子的 (\d+) 件/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(/\/cases\?.*indicator=/, { waitUntil: 'commit' });
    await page.locator('[data-testid=indicator-filter]').waitFor();
    await page
      .locator('[data-testid=case-total]')
      .filter({ hasText: String(count) })
      .waitFor();
    expect(await page.locator('[data-testid=case-total]').textContent()).toBe(`共 ${count} 件`);
    await page.context().close();
  });
});
