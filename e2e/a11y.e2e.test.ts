/**
 * Accessibility sweep (GB/T 37668-2019 / WCAG 2.1 A and AA through axe-core): every role signs in once, then every
 * route of its menu — plus the screens reached from them (a case's detail, 登记案件, 导入, 修改密码) — is scanned in
 * Chinese at 1366×768; each distinct screen is scanned in English and at phone width (375×812) in both languages too,
 * by the first role that has it (the same screen for the next role differs only by its buttons, which the Chinese
 * desktop scan of every role covers). Any critical or serious violation fails, so a new screen stays accessible.
 * The login page is scanned signed out. Navigation is client-side (as a menu click), so axe is injected once a page.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_ACCOUNTS,
  DESKTOP,
  launchBrowser,
  PHONE,
  seriousViolations,
  signedInState,
  softNavigate,
  waitSettled,
} from './browser.js';

const baseUrl = inject('baseUrl');
const accounts = DEMO_ACCOUNTS.map((a) => inject('demoLogins').find((l) => l.username === a.username) ?? a);
const LANGS = ['zh-CN', 'en'] as const;
const SIZES: [string, BrowserContextOptions][] = [
  ['1366', DESKTOP],
  ['375', PHONE],
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every leaf of the side menu (submenus opened), as paths: rc-menu ids end in the item's key, our route path. */
async function menuRoutes(page: Page): Promise<string[]> {
  await page.locator('.ant-menu-root').first().waitFor();
  // One closed submenu at a time: the locator is live, and an opened one leaves the "not open" list (with two
  // submenus, clicking the second of a list taken before the first opened waited for an element no longer there).
  const closed = page.locator('.ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title');
  for (let n = await closed.count(); n > 0; n = await closed.count()) {
    await closed.first().click();
    await page.waitForFunction((before) => {
      return document.querySelectorAll('.ant-menu-submenu:not(.ant-menu-submenu-open)').length < before;
    }, n);
  }
  const ids = await page
    .locator('.ant-menu-root .ant-menu-item')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-menu-id') ?? ''));
  return ids.map((id) => id.slice(id.indexOf('-/') + 1)).filter((p) => p.startsWith('/'));
}

/** Screens reached from the menu's pages that the role may open. */
async function furtherRoutes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { user: { permissions?: string[] } };
    const can = (p: string) => me.user.permissions?.includes(p) ?? false;
    const routes = ['/password', '/notifications'];
    if (can('case.read')) {
      const list = (await (await fetch('/api/v1/cases?pageSize=1')).json()) as { items: { id: string }[] };
      if (list.items[0]) routes.push(`/cases/${list.items[0].id}`);
    }
    if (can('case.create')) routes.push('/cases/new');
    if (can('case.import')) routes.push('/cases/import');
    return routes;
  });
}

/** The screen a route shows: a case's own id does not make another screen. */
const screenOf = (route: string) => route.replace(/^\/cases\/[0-9a-f-]{36}/, '/cases/:id');
/** Screens already scanned per language and width (the Chinese desktop scan runs for every role regardless). */
const scanned = new Set<string>();

async function sweep(page: Page, routes: string[], size: string, lang: (typeof LANGS)[number]): Promise<string[]> {
  const found: string[] = [];
  const every = size === '1366' && lang === 'zh-CN';
  const todo = routes.filter((r) => every || !scanned.has(`${size} ${lang} ${screenOf(r)}`));
  if (!todo.length) return found;
  await page.goto(`${baseUrl}${todo[0]}`);
  await page.evaluate((l) => localStorage.setItem('shuangjiang.lang', l), lang);
  await page.reload();
  for (const route of todo) {
    if (route !== todo[0]) await softNavigate(page, route);
    await waitSettled(page, 20_000).catch((err: Error) => {
      throw new Error(`${size} ${lang} ${route}: ${err.message}`);
    });
    scanned.add(`${size} ${lang} ${screenOf(route)}`);
    for (const v of await seriousViolations(page)) found.push(`${size} ${lang} ${route}: ${v}`);
  }
  return found;
}

describe('accessibility (axe-core, WCAG 2.1 AA): no critical or serious violation', () => {
  it('on the login page, in both languages and at both widths', async () => {
    const found: string[] = [];
    for (const [size, options] of SIZES) {
      const context = await browser.newContext({ ...options, bypassCSP: true });
      const page = await context.newPage();
      for (const lang of LANGS) {
        await page.goto(`${baseUrl}/login`);
        await page.evaluate((l) => localStorage.setItem('shuangjiang.lang', l), lang);
        await page.reload();
        await page.locator('#username').waitFor();
        for (const v of await seriousViolations(page)) found.push(`${size} ${lang} /login: ${v}`);
      }
      await context.close();
    }
    expect(found).toEqual([]);
  });

  for (const account of accounts) {
    it(`on every screen of ${account.username}'s menu`, { timeout: 180_000 }, async () => {
      const state = await signedInState(browser, baseUrl, account);
      const found: string[] = [];
      let routes: string[] = [];
      for (const [size, options] of SIZES) {
        const context = await browser.newContext({ ...options, storageState: state, bypassCSP: true });
        const page = await context.newPage();
        if (!routes.length) {
          await page.goto(`${baseUrl}/`);
          routes = [...(await menuRoutes(page)), ...(await furtherRoutes(page))];
          expect(routes.length).toBeGreaterThan(2);
        }
        for (const lang of LANGS) found.push(...(await sweep(page, routes, size, lang)));
        await context.close();
      }
      expect(found).toEqual([]);
    });
  }
});

describe('readable in place (issue 10 §9)', () => {
  it('case list at 1366: type, parties and cause readable without opening the case; the menu colour runs down the page', async () => {
    const state = await signedInState(browser, baseUrl, accounts[0]!);
    const context = await browser.newContext({ ...DESKTOP, storageState: state });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cases`);
    await page.locator('[data-testid=case-table] tbody tr.ant-table-row').first().waitFor();
    const cells = await page.locator('[data-testid=case-table] [data-testid=two-lines]').evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent ?? '',
        title: el.getAttribute('title'),
        lines: Math.round(el.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(el).lineHeight)),
        clipped: el.scrollHeight > el.clientHeight + 1,
      })),
    );
    expect(cells.length).toBeGreaterThanOrEqual(20 * 4);
    for (const c of cells) expect(c.title).toBe(c.text);
    // 行政诉讼 / 行政复议 / 行政争议 are never cut; most names and causes show whole in two lines, all in the title.
    const kinds = await page
      .locator('[data-testid=case-table] tbody td:nth-child(2) [data-testid=two-lines]')
      .evaluateAll((els) => els.map((el) => el.scrollHeight <= el.clientHeight + 1));
    expect(kinds.every(Boolean)).toBe(true);
    expect(cells.filter((c) => !c.clipped).length / cells.length).toBeGreaterThan(0.6);
    // The page is longer than the window: the menu column is as long as the page.
    const heights = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      column: document.querySelector('[data-testid=sider-column]')!.getBoundingClientRect().height,
    }));
    expect(heights.page).toBeGreaterThan(768);
    expect(heights.column).toBeGreaterThanOrEqual(heights.page - 1);
    await context.close();
  });

  it("on a phone: a case's parties table fits the screen, click targets are 44 px; the calendar names its source in Chinese", async () => {
    const state = await signedInState(browser, baseUrl, accounts[0]!);
    const context = await browser.newContext({ ...PHONE, storageState: state });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // A case with a long party name (an agency), where the table used to scroll sideways.
    const id = await page.evaluate(async () => {
      const list = (await (await fetch('/api/v1/cases?pageSize=20')).json()) as { items: { id: string }[] };
      for (const { id } of list.items) {
        const res = await fetch(`/api/v1/cases/${id}`);
        const c = (await res.json()) as { parties?: { agencyName: string | null }[] };
        if (res.ok && c.parties?.some((p) => (p.agencyName ?? '').length >= 10)) return id;
      }
      throw new Error('no case with a long party name among the first 20');
    });
    await page.goto(`${baseUrl}/cases/${id}`);
    const parties = page.locator('[data-testid=section-parties] table');
    await parties.waitFor();
    const fit = await page.evaluate(() => {
      const card = document.querySelector('[data-testid=section-parties]')!.getBoundingClientRect();
      const table = document.querySelector('[data-testid=section-parties] table')!.getBoundingClientRect();
      return { card: card.right, table: table.right, page: document.documentElement.scrollWidth };
    });
    expect(fit.table).toBeLessThanOrEqual(fit.card);
    expect(fit.page).toBeLessThanOrEqual(375);

    // Click targets of at least 44 px on a phone: header, filters, toolbar and pager.
    await page.goto(`${baseUrl}/cases`);
    await page.locator('[data-testid=case-filters]').waitFor();
    const small = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll(
          'header button:not([tabindex="-1"]), main button:not([tabindex="-1"]), main .ant-select-selector, main .ant-pagination li',
        ),
      )
        .map((el) => ({ el: el.outerHTML.slice(0, 80), h: el.getBoundingClientRect().height }))
        .filter((x) => x.h > 0 && x.h < 44),
    );
    expect(small).toEqual([]);

    await page.goto(`${baseUrl}/settings/calendar`);
    await page.getByText('依据文件').first().waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('国务院办公厅放假通知');
    expect(text).not.toMatch(/snapshot|github\.com/i);
    await context.close();
  });
});
