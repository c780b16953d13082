/**
 * Keyboard only (GB/T 37668-2019 / WCAG 2.1.1, 2.4.1, 2.4.3): the skip link is the first Tab stop and lands in the
 * page; a case is registered from the case list with Tab, typing, Enter and the arrow keys alone; a dialog opened from
 * a menu closes with Escape and gives focus back to the button it came from. The larger-text mode is switched on from
 * the user menu by keyboard and survives a reload.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, signedInState } from './browser.js';

const baseUrl = inject('baseUrl');
const clerk = inject('demoLogins').find((l) => l.username === 'county1') ?? {
  username: 'county1',
  password: 'Demo@2026county',
};
// A number no other test creates (against a long-running server, E2E_BASE_URL, one not used before).
// (8801 is the import test's: the keyboard test's own number must differ, or its save is refused as a duplicate.)
const SEQ = process.env.E2E_BASE_URL ? 7000 + Math.floor(Math.random() * 990) : 8857;
const NUMBER = `（2026）苏9902行初${SEQ}号`;

let browser: Browser;
let state: Awaited<ReturnType<BrowserContext['storageState']>>;

beforeAll(async () => {
  browser = await launchBrowser();
  state = await signedInState(browser, baseUrl, clerk);
});

afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until the focused element is inside `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 60, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector)) return;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${selector} not reached with ${max} × ${key}; focus is on ${at}`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('keyboard only', () => {
  it('starts every page with a skip link that moves focus into the page', async () => {
    const context = await browser.newContext({ ...DESKTOP, storageState: state });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cases`);
    await page.locator('[data-testid=case-table]').waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('跳到主要内容');
    expect(await page.locator('[data-testid=skip-link]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    // The next Tab stop is in the page, past the menu and the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await page.waitForFunction(() => document.title === '案件台账 · 双降');
    await context.close();
  });

  it('registers a case with the keyboard alone', async () => {
    const context = await browser.newContext({ ...DESKTOP, storageState: state });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cases`);
    await page.locator('[data-testid=case-table]').waitFor();
    await tabTo(page, '[data-testid=new-case]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/cases/new`);
    await page.waitForFunction(() => document.title === '登记案件 · 双降');

    await tabTo(page, '[data-testid=case-number-input]');
    await page.keyboard.type(NUMBER);
    await page.getByTestId('case-number-parsed').waitFor();
    await page
      .locator('[data-testid=court-select] .ant-select-selection-item', { hasText: '城东区人民法院' })
      .waitFor();
    await tabTo(page, '[data-testid=cause-input]');
    await page.keyboard.type('政府信息公开');
    await tabTo(page, '[data-testid=party-0-name]');
    await page.keyboard.type('键盘原告');
    await tabTo(page, '[data-testid=party-1-agency]');
    await page.keyboard.type('城东区自然资源局');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').waitFor();
    await page.keyboard.press('Enter');
    await page
      .locator('[data-testid=party-1-agency] .ant-select-selection-item', { hasText: '城东区自然资源局' })
      .waitFor();
    await tabTo(page, '[data-testid=save-case]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.getByTestId('case-detail').waitFor();
    expect(await page.getByTestId('case-title').textContent()).toContain(NUMBER);
    // The save was announced to screen readers, not only shown.
    await page.waitForFunction(
      () => (document.querySelector('[data-testid=live-region]')?.textContent ?? '').trim() !== '',
    );
    await context.close();
  });

  it('closes a dialog with Escape and returns focus to the button that opened it', async () => {
    const context = await browser.newContext({ ...DESKTOP, storageState: state });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cases`);
    await page.locator('[data-testid=case-table]').waitFor();
    await tabTo(page, '[data-testid=saved-views]');
    await page.keyboard.press('Enter');
    // The menu took focus: the arrow keys reach "保存当前筛选" (the last item), Enter opens the dialog.
    const save = page.locator('.ant-dropdown-menu-item', { hasText: '保存当前筛选' });
    await save.waitFor();
    for (
      let i = 0;
      i < 5 && !(await save.evaluate((el) => el.classList.contains('ant-dropdown-menu-item-active')));
      i++
    )
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const dialog = page.locator('.ant-modal-content');
    await dialog.waitFor();
    await page.waitForFunction(() => Boolean(document.activeElement?.closest('.ant-modal')));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'saved-views');
    await context.close();
  });

  it('switches the larger-text mode on from the user menu, and it survives a reload', async () => {
    const context = await browser.newContext({ ...DESKTOP, storageState: state });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid=welcome-title]').waitFor();
    const baseSize = () =>
      page.evaluate(() =>
        Number.parseFloat(getComputedStyle(document.querySelector('main .ant-typography, main .ant-card')!).fontSize),
      );
    const before = await baseSize();
    await tabTo(page, '[data-testid=user-menu]');
    await page.keyboard.press('Enter');
    const item = page.locator('.ant-dropdown-menu-item', { hasText: '大字模式' });
    await item.waitFor();
    for (
      let i = 0;
      i < 8 && !(await item.evaluate((el) => el.classList.contains('ant-dropdown-menu-item-active')));
      i++
    )
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => {
      const el = document.querySelector('main .ant-typography, main .ant-card');
      return el !== null && Number.parseFloat(getComputedStyle(el).fontSize) > b;
    }, before);
    const after = await baseSize();
    expect(after).toBeGreaterThanOrEqual(before + 3);
    await page.reload();
    await page.locator('[data-testid=welcome-title]').waitFor();
    expect(await baseSize()).toBe(after);
    // Still fits a 1366 px screen without sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.goto(`${baseUrl}/cases`);
    await page.locator('[data-testid=case-table]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    // Per user: another account on the same browser keeps the normal size.
    const other = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('shuangjiang.textSize.')),
    );
    expect(other).toHaveLength(1);
    await context.close();
  });
});
