/**
 * Loss evaluation in a real browser (issue 17): the court liaison records the initial evaluation of one of the demo's
 * loss cases and the city coordinator assigns expert1, both through the API; then expert1, on a 390 px phone screen,
 * opens 问责与建议 › 败诉评价, finds the case, writes the review (fault, referral, opinion) and submits it — the page
 * shows it as submitted, the form is gone, and nothing is wider than the screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DemoLogin, demoLogin, launchBrowser, PHONE, screenshotPath } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A JSON request from the signed-in page (its session and CSRF token). */
async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { token } = (await (await fetch('/api/v1/auth/csrf')).json()) as { token: string };
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as T };
    },
    { method, path, body },
  ) as Promise<{ status: number; json: T }>;
}

/** Signs the page's context in as `who` through the API (the login form is the other tests' subject). */
async function apiLogin(page: Page, who: DemoLogin): Promise<void> {
  const res = await call<{ code?: string }>(page, 'POST', '/api/v1/auth/login', {
    username: who.username,
    password: who.password,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
}

interface Item {
  id: string;
  version: number;
  case: { caseNumber: string | null } | null;
}

describe('loss evaluation', () => {
  it('an expert reviews a case on a phone-width screen', async () => {
    // Set up through the API, in one desktop context: the court liaison's initial evaluation of a demo loss case of
    // their court, then the city coordinator assigns expert1.
    const setupContext = await browser.newContext();
    const court = await setupContext.newPage();
    await court.goto(`${baseUrl}/login`);
    await apiLogin(court, demoLogin('court1', 'Demo@2026court'));
    const opened = await call<{ items: Item[] }>(court, 'GET', '/api/v1/evaluations?state=opened&pageSize=50');
    expect(opened.status).toBe(200);
    const item = opened.json.items.find((i) => i.case?.caseNumber);
    expect(item, 'a demo loss case of 城东区人民法院 awaiting its initial evaluation').toBeTruthy();
    const initial = await call<Item>(court, 'PUT', `/api/v1/evaluations/${item!.id}/initial`, {
      reasons: ['procedure_violated'],
      faultAppears: true,
      opinion: '未依法告知陈述申辩权利',
      version: item!.version,
    });
    expect(initial.status).toBe(200);

    // The city coordinator assigns expert1.
    const city = court;
    await apiLogin(city, demoLogin('city', 'Demo@2026city'));
    const meta = await call<{ experts: { id: string; displayName: string }[] }>(
      city,
      'GET',
      '/api/v1/evaluations/meta',
    );
    const expert = meta.json.experts.find((e) => e.displayName === '评查专家') ?? meta.json.experts[0];
    expect(expert).toBeTruthy();
    const assigned = await call<Item>(city, 'POST', `/api/v1/evaluations/${item!.id}/experts`, {
      expertIds: [expert!.id],
      version: initial.json.version,
    });
    expect(assigned.status).toBe(200);

    // expert1 on a phone.
    await setupContext.close();
    const context = await browser.newContext({ ...PHONE, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/login`);
      await apiLogin(page, demoLogin('expert1', 'Demo@2026expert'));
      await page.goto(`${baseUrl}/accountability/evaluations`);
      const caseNumber = item!.case!.caseNumber!;
      const link = page.locator('[data-testid=evaluations-list]').getByRole('link', { name: caseNumber });
      await link.waitFor();
      await link.click();
      await page.getByRole('heading', { name: `败诉评价：${caseNumber}` }).waitFor();
      const form = page.locator('[data-testid=review-form]');
      await form.waitFor();
      // The initial evaluation is shown to the expert.
      await page.getByText('未依法告知陈述申辩权利').waitFor();
      await form.getByRole('radio', { name: '是' }).first().check();
      await form.locator('#recommendReferral').getByRole('radio', { name: '否' }).check();
      await form.getByLabel('复评意见').fill('未告知陈述申辩权利，属程序违法，存在一般过错，建议批评教育。');
      await form.getByRole('button', { name: '提交复评' }).click();
      await page.getByText('您已提交复评').waitFor();
      expect(await form.count()).toBe(0);
      await page
        .locator('[data-testid=reviews]')
        .getByText('未告知陈述申辩权利，属程序违法，存在一般过错，建议批评教育。')
        .waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath('evaluation-review-phone.png'), fullPage: true });

      // The server agrees: the review is in, as expert1's.
      const after = await call<{ reviewsSubmitted: number; myReviewSubmitted: boolean }>(
        page,
        'GET',
        `/api/v1/evaluations/${item!.id}`,
      );
      expect(after.json).toMatchObject({ reviewsSubmitted: 1, myReviewSubmitted: true });
    } finally {
      await context.close();
    }
  });
});
