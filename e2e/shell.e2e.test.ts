/**
 * The application shell in a real browser against the real server: login, the side menu in Chinese, fonts that
 * actually render Chinese, the wrong-password message, the language switch and the phone layout.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, screenshotPath, submitLogin } from './browser.js';

const baseUrl = inject('baseUrl');
const demo = inject('demoLogins').find((l) => l.username === 'city') ?? {
  username: process.env.E2E_USERNAME ?? 'city',
  password: process.env.E2E_PASSWORD ?? 'Demo@2026city',
};

const MENU_ZH = [
  '工作台',
  '案件台账',
  '庭审与出庭',
  '风险预警与化解',
  '行政争议化解中心',
  '问责与建议',
  '指标与通报',
  '报告',
  '统计报表',
  '系统设置',
];
const MENU_EN = [
  'Workbench',
  'Case ledger',
  'Hearings',
  'Risk alerts',
  'Dispute resolution centre',
  'Accountability & suggestions',
  'Indicators',
  'Reports',
  'Statistical returns',
  'Settings',
];

let browser: Browser;
/** Cookies and storage of the signed-in city coordinator, reused so the suite signs in only once. */
let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;

async function menuLabels(page: Page): Promise<string[]> {
  const items = page.locator('.ant-menu-root > li .ant-menu-title-content');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((s) => s.trim());
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('application shell', () => {
  it('sends a signed-out visitor to /login and back to the page asked for after signing in', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cases`);
    await page.waitForURL(/\/login\?next=%2Fcases$/);
    expect(await page.locator('h1').textContent()).toBe('双降');
    expect(await page.getByText('行政争议“双下降”工作平台').first().isVisible()).toBe(true);

    await submitLogin(page, demo.username, demo.password);
    await page.waitForURL(`${baseUrl}/cases`);
    // The case registry (案件台账) is built: the list, not a placeholder.
    await page.locator('[data-testid=case-table]').waitFor();
    expect(await page.locator('[data-testid=module-placeholder]').count()).toBe(0);
    signedIn = await context.storageState();
    await context.close();
  });

  it('shows the shell with the Chinese side menu at 1366×768', async () => {
    const context = await browser.newContext({ ...DESKTOP, storageState: signedIn });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid=welcome-title]').waitFor();
    expect(await menuLabels(page)).toEqual(MENU_ZH);
    expect(await page.locator('[data-testid=sider]').isVisible()).toBe(true);
    // No horizontal scrolling at the laptop size.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenshotPath('shell.png') });
    await context.close();
  });

  it('renders Chinese with a real CJK font, not tofu boxes', async () => {
    const context = await browser.newContext({ ...DESKTOP, storageState: signedIn });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const menuItem = page.locator('.ant-menu-title-content', { hasText: '案件台账' });
    await menuItem.waitFor();
    // Draw single characters in the menu's own font stack. Without a CJK font every character falls back to the
    // same .notdef box, so two different characters would produce identical pixels (and match an unassigned one).
    const result = await menuItem.evaluate((el) => {
      const family = getComputedStyle(el).fontFamily;
      const draw = (text: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, 64, 64);
        ctx.fillStyle = '#000';
        ctx.font = `40px ${family}`;
        ctx.textBaseline = 'top';
        ctx.fillText(text, 8, 8);
        const data = ctx.getImageData(0, 0, 64, 64).data;
        let ink = 0;
        let hash = 0;
        for (let i = 0; i < data.length; i += 4) {
          const dark = data[i]! < 128 ? 1 : 0;
          ink += dark;
          hash = (hash * 31 + dark * (i + 1)) | 0;
        }
        return { ink, hash };
      };
      return {
        family,
        shuang: draw('双'),
        jiang: draw('降'),
        unassigned: draw('\u{3FFFD}'),
        unassigned2: draw('\u{3FFFC}'),
      };
    });
    expect(result.shuang.ink).toBeGreaterThan(50);
    expect(result.jiang.ink).toBeGreaterThan(50);
    expect(result.shuang.hash).not.toBe(result.jiang.hash);
    expect(result.shuang.hash).not.toBe(result.unassigned.hash);
    // Control: two characters no font has do render identically, so the comparison above can tell tofu apart.
    expect(result.unassigned.hash).toBe(result.unassigned2.hash);
    await context.close();
  });

  it('shows an error for a wrong password and stays on the login page', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await submitLogin(page, demo.username, 'not-the-password-1');
    const alert = page.locator('[data-testid=login-error]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.locator('#password').inputValue()).toBe('');
    await context.close();
  });

  it('switches the menu to English and remembers the choice', async () => {
    const context = await browser.newContext({ ...DESKTOP, storageState: signedIn });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await menuLabels(page)).toEqual(MENU_ZH);
    await page.locator('[data-testid=language-switch]').click();
    await page.locator('.ant-dropdown-menu-item', { hasText: 'English' }).click();
    await page.locator('.ant-menu-title-content', { hasText: 'Case ledger' }).waitFor();
    expect(await menuLabels(page)).toEqual(MENU_EN);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.locator('.ant-menu-title-content', { hasText: 'Workbench' }).waitFor();
    expect(await menuLabels(page)).toEqual(MENU_EN);
    await page.screenshot({ path: screenshotPath('shell-en.png') });
    await context.close();
  });

  it('collapses the menu into a drawer at phone width (375×812)', async () => {
    const context = await browser.newContext({ ...PHONE, storageState: signedIn });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid=welcome-title]').waitFor();
    expect(await page.locator('[data-testid=sider]').count()).toBe(0);
    expect(await page.locator('.ant-menu').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: screenshotPath('phone.png') });

    await page.locator('[data-testid=open-menu]').click();
    const hearings = page.locator('.ant-drawer .ant-menu-title-content', { hasText: '庭审与出庭' });
    await hearings.waitFor();
    await page.waitForTimeout(400); // drawer animation, for the screenshot
    await page.screenshot({ path: screenshotPath('phone-menu.png') });
    await hearings.click();
    await page.waitForURL(`${baseUrl}/hearings`);
    // 庭审与出庭 is built: the upcoming hearings, not a placeholder.
    await page.locator('[data-testid=upcoming-hearings]').waitFor();
    await context.close();
  });

  it('signs out from the user menu', async () => {
    const context = await browser.newContext({ ...DESKTOP, storageState: signedIn });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid=user-menu]').click();
    await page.locator('.ant-dropdown-menu-item', { hasText: '退出登录' }).click();
    await page.waitForURL(`${baseUrl}/login`);
    await page.goto(`${baseUrl}/reports`);
    await page.waitForURL(/\/login\?next=%2Freports$/);
    await context.close();
  });
});
