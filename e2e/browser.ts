/** Shared Playwright helpers for the browser tests. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}

/** Fills the login form and submits it (the page must be on /login). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
}

/** The demo accounts of the README, one per role (the server prints the same list on its first start). */
export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; password: string }> = [
  { username: 'city', password: 'Demo@2026city' },
  { username: 'county1', password: 'Demo@2026county' },
  { username: 'clerk1', password: 'Demo@2026clerk' },
  { username: 'head1', password: 'Demo@2026head' },
  { username: 'court1', password: 'Demo@2026court' },
  { username: 'expert1', password: 'Demo@2026expert' },
  { username: 'discipline1', password: 'Demo@2026discipline' },
  { username: 'leader1', password: 'Demo@2026leader' },
  { username: 'admin', password: 'Demo@2026admin' },
];

export interface DemoLogin {
  username: string;
  password: string;
}

/**
 * A demo account's login: the one the e2e server printed at its first start, else the README's (an external server
 * given by E2E_BASE_URL), else `fallback`.
 */
export function demoLogin(username: string, fallback?: string): DemoLogin {
  return (
    inject('demoLogins').find((l) => l.username === username) ??
    DEMO_ACCOUNTS.find((a) => a.username === username) ?? { username, password: fallback ?? '' }
  );
}

/** A new desktop context signed in as `who`, on the home page. */
export async function signedInPage(browser: Browser, baseUrl: string, who: DemoLogin): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, who.username, who.password);
  await page.waitForURL(`${baseUrl}/`);
  return page;
}

/** Signs in once in a throw-away context and returns its cookies, for contexts of any size to reuse. */
export async function signedInState(
  browser: Browser,
  baseUrl: string,
  who: { username: string; password: string },
): Promise<Awaited<ReturnType<BrowserContext['storageState']>>> {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, who.username, who.password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const state = await context.storageState();
  await context.close();
  return state;
}

/**
 * Client-side navigation (as a menu click does): no reload, so injected scripts stay. Returns once the new screen is
 * committed — its document.title differs from the old one's (navigations are transitions: the old screen stays up
 * while a lazy chunk loads, so no spinner would tell).
 */
export async function softNavigate(page: Page, path: string): Promise<void> {
  const before = await page.title();
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForFunction((old) => document.title !== old, before, { timeout: 15_000 });
}

/** Waits until the page shows no loading spinner or skeleton for a moment (data arrived, lazy chunks loaded). */
export async function waitSettled(page: Page, timeoutMs = 8000): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __quietSince?: number };
      const busy = document.querySelector('.ant-spin-spinning, .ant-skeleton-active, .ant-table-placeholder .ant-spin');
      const now = performance.now();
      if (busy || !document.querySelector('main')) {
        w.__quietSince = undefined;
        return false;
      }
      w.__quietSince ??= now;
      return now - w.__quietSince > 250;
    },
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
}

const AXE_PATH = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
/** The rule sets GB/T 37668-2019 follows: WCAG 2.0 and 2.1, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core (injected once per document) on the page and returns the critical and serious violations as one line
 * each: rule, node count, the first node's selector and axe's summary of what is wrong.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: AXE_PATH });
    // The app's CSP forbids inline scripts: contexts that scan need bypassCSP. Animations half way through would give colour-contrast false alarms.
    await page.addStyleTag({ content: '*,*::before,*::after{transition:none!important;animation:none!important}' });
  }
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }).axe;
    type AxeResults = {
      violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[];
    };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => {
        const node = v.nodes[0];
        const why = node?.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? '';
        return `${v.id} ×${v.nodes.length} ${node?.target.join(' ') ?? ''} — ${why}`;
      });
  }, AXE_TAGS);
  return violations;
}
