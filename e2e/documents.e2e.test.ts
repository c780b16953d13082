/**
 * Word output in a real browser: a clerk opens a case of the demo registry, generates its 应诉批办单, sees it listed
 * with the built-in template version, and the Word file it links to is a .docx holding the case's number; the
 * administrator sees the template with its placeholders under 文书模板.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DemoLogin, demoLogin, launchBrowser, signedInPage as signInAs } from './browser.js';

const baseUrl = inject('baseUrl');
const login = demoLogin;

let browser: Browser;

const signedInPage = (who: DemoLogin) => signInAs(browser, baseUrl, who);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('documents', () => {
  it('a clerk generates the assignment form of a case and downloads it as Word', async () => {
    const page = await signedInPage(login('clerk1', 'Demo@2026clerk'));
    const caseId = await page.evaluate(async () => {
      const list = (await (await fetch('/api/v1/cases?pageSize=1&kind=litigation')).json()) as {
        items: { id: string }[];
      };
      return list.items[0]!.id;
    });
    await page.goto(`${baseUrl}/cases/${caseId}`);
    await page.getByRole('button', { name: '生成应诉批办单' }).click();
    await page.locator('.ant-message', { hasText: '已生成' }).waitFor();
    const row = page.locator('.ant-table-row', { hasText: '应诉批办单-' });
    await row.waitFor();
    expect(await row.textContent()).toContain('系统模板');

    const href = await row.getByRole('link', { name: /^下载/ }).getAttribute('href');
    const file = await page.evaluate(async (url) => {
      const res = await fetch(url!);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type'), zip: bytes[0] === 0x50 && bytes[1] === 0x4b };
    }, href);
    expect(file).toEqual({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      zip: true,
    });
    await page.context().close();
  });

  it('the administrator sees the template in force with its placeholders', async () => {
    const page = await signedInPage(login('admin', 'Demo@2026admin'));
    await page.goto(`${baseUrl}/settings/templates`);
    const card = page.locator('.ant-card', { hasText: '应诉批办单' });
    await card.waitFor();
    expect(await card.textContent()).toContain('{案号}');
    expect(await card.getByRole('button', { name: '上传为新版本' }).isDisabled()).toBe(true);
    await page.context().close();
  });
});
