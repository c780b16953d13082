/**
 * A reconsideration speaks its own language (行政复议法 2023 arts. 63–74) in the browser, on the demo data: a 复议 case
 * shows its 复议结果 (决定维持 …), its form offers the 复议机关's decisions only — never 判决驳回诉讼请求 or 裁定驳回起诉 —
 * and a new case switched to 行政复议 reads a pasted 复议决定 with the reconsideration classifier.
 */
import { type Browser, type BrowserContext, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, submitLogin } from './browser.js';

const baseUrl = inject('baseUrl');
const county = inject('demoLogins').find((l) => l.username === 'county1') ?? {
  username: 'county1',
  password: 'Demo@2026county',
};

let browser: Browser;
let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...DESKTOP, storageState: signedIn });
  return { context, page: await context.newPage() };
}

/** The texts of the options the open outcome drop-down offers (antd renders them virtually: scroll through all). */
async function outcomeOptions(page: Page): Promise<string[]> {
  // A drop-down closed just before (the kind's) stays visible while it fades: wait until none is open.
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await page.getByTestId('outcome-select').click();
  const list = page.locator('.ant-select-dropdown:visible');
  await list.locator('.ant-select-item-option').first().waitFor();
  const seen = new Set<string>();
  for (let i = 0; i < 10; i++) {
    for (const text of await list.locator('.ant-select-item-option').allInnerTexts()) seen.add(text.trim());
    await list.locator('.rc-virtual-list-holder').evaluate((el) => el.scrollBy(0, 200));
  }
  await page.keyboard.press('Escape');
  return [...seen];
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

describe('reconsideration outcomes', () => {
  it("a 复议 case shows its 复议结果 and its form offers the reconsideration body's decisions only", async () => {
    const api = await request.newContext({ baseURL: baseUrl, storageState: signedIn });
    const res = await api.get('/api/v1/cases?kind=reconsideration&outcome=RECON_UPHELD&pageSize=1');
    expect(res.status(), await res.text()).toBe(200);
    const upheld = ((await res.json()) as { items: { id: string; outcomeLabel: string }[] }).items[0];
    expect(upheld?.outcomeLabel).toBe('决定维持');
    await api.dispose();

    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/cases/${upheld!.id}`);
    await page.getByTestId('case-detail').waitFor();
    expect(await page.getByTestId('outcome-tag').first().textContent()).toBe('决定维持');
    expect(await page.getByTestId('case-detail').textContent()).not.toMatch(/判决驳回诉讼请求|裁定驳回起诉/);

    await page.goto(`${baseUrl}/cases/${upheld!.id}/edit`);
    await page.getByTestId('outcome-select').waitFor();
    expect(await page.locator('label', { hasText: '复议结果' }).count()).toBeGreaterThan(0);
    const options = await outcomeOptions(page);
    expect(options).toContain('决定维持');
    expect(options).toContain('驳回行政复议申请');
    expect(options.some((o) => o.startsWith('决定撤销'))).toBe(true);
    expect(options.some((o) => /判决|裁定|诉讼/.test(o))).toBe(false);
    await context.close();
  });

  it("the list's outcome filter offers the filtered kind's outcomes only", async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/cases?kind=reconsideration`);
    await page.getByTestId('filter-outcome').click();
    const list = page.locator('.ant-select-dropdown:visible');
    await list.locator('.ant-select-item-option').first().waitFor();
    const offered = (await list.locator('.ant-select-item-option').allInnerTexts()).map((o) => o.trim());
    expect(offered).toContain('决定维持');
    expect(offered.some((o) => /判决|裁定/.test(o))).toBe(false);
    await context.close();
  });

  it('a new case switched to 行政复议 offers 复议结果 and reads a pasted 复议决定', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/cases/new`);
    await page.getByTestId('outcome-select').waitFor();
    expect(await outcomeOptions(page)).toContain('判决驳回诉讼请求');

    await page.getByTestId('kind-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '行政复议' }).click();
    const options = await outcomeOptions(page);
    expect(options).toContain('决定维持');
    expect(options).not.toContain('判决驳回诉讼请求');

    await page
      .getByTestId('outcome-text')
      .fill('本机关决定：撤销被申请人作出的某罚〔2026〕3号行政处罚决定，责令被申请人在三十日内重新作出。');
    await page.getByTestId('outcome-preview').waitFor();
    const preview = await page.getByTestId('outcome-preview').textContent();
    expect(preview).toContain('决定撤销（部分撤销、责令重作）');
    expect(preview).toContain('复议纠错');
    await context.close();
  });
});
