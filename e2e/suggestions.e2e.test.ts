/**
 * Answering a suggestion in a real browser (issue 17): the county coordinator registers a 司法建议 for clerk1's agency
 * (through the API); clerk1 finds it on 建议办理, opens it, uploads the reply letter, records the reply date and a
 * summary, and sees it 按期答复.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLogin, launchBrowser, signedInPage } from './browser.js';

const baseUrl = inject('baseUrl');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('suggestions', () => {
  it('clerk1 answers a judicial suggestion to their agency', async () => {
    const clerk = await signedInPage(browser, baseUrl, demoLogin('clerk1', 'Demo@2026clerk'));
    const agencyId = await clerk.evaluate(
      async () => ((await (await fetch('/api/v1/auth/me')).json()) as { user: { agencyId: string } }).user.agencyId,
    );
    const county = await signedInPage(browser, baseUrl, demoLogin('county1', 'Demo@2026county'));
    const title = `关于规范行政执法程序的司法建议${Date.now() % 1_000_000}`;
    const made = await county.evaluate(
      async ({ agencyId, title }) => {
        const { token } = (await (await fetch('/api/v1/auth/csrf')).json()) as { token: string };
        const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
        const res = await fetch('/api/v1/suggestions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': token },
          body: JSON.stringify({ kind: 'judicial', issuer: '示例区人民法院', title, receivedOn: today, agencyId }),
        });
        return { status: res.status, body: (await res.json()) as { id: string; due: string } };
      },
      { agencyId, title },
    );
    expect(made.status, JSON.stringify(made.body)).toBe(201);

    await clerk.goto(`${baseUrl}/accountability/suggestions`);
    const row = clerk.locator('[data-testid=suggestions] .ant-table-row', { hasText: title });
    await row.waitFor();
    await row.getByRole('link', { name: title }).click();
    await clerk.locator('[data-testid=suggestion-due]', { hasText: made.body.due }).waitFor();

    await clerk
      .locator('.ant-card', { hasText: '材料' })
      .locator('input[type=file]')
      .setInputFiles({ name: '答复函.pdf', mimeType: 'application/pdf', buffer: PDF });
    await clerk.locator('[data-testid=suggestion-files]', { hasText: '答复函.pdf' }).waitFor();
    await clerk.getByLabel('答复内容摘要').fill('已组织专题培训并修订执法流程');
    await clerk.getByRole('button', { name: '登记答复' }).click();
    await clerk.locator('.ant-tag', { hasText: '按期答复' }).first().waitFor();
    expect(await clerk.getByRole('button', { name: '登记答复' }).count()).toBe(0);
  });
});
