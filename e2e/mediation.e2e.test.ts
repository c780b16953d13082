/**
 * 行政争议化解中心 in a real browser (issue 16): the city coordinator takes in a 诉前 dispute on /mediations, accepts it,
 * assigns the demo mediator, records a session and the failed result, then records the lawsuit that followed by its
 * number — the mediation shows it, and the case's timeline says it came from the centre.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLogin, launchBrowser, signedInPage } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('mediation', () => {
  it('收案 → 受理 → 分案 → 调解 → 调解不成 → the case that followed', async () => {
    const page = await signedInPage(browser, baseUrl, demoLogin('city', 'Demo@2026city'));
    // A registered lawsuit of the city (the case that followed), by the API.
    const followed = await page.evaluate(async () => {
      const list = (await (await fetch('/api/v1/cases?kind=litigation&pageSize=50')).json()) as {
        items: { id: string; caseNumber: string | null }[];
      };
      return list.items.find((c) => c.caseNumber)!;
    });
    expect(followed.caseNumber).toBeTruthy();
    const subject = `房屋征收补偿争议${Date.now() % 1_000_000}`;

    await page.goto(`${baseUrl}/mediations`);
    await page.getByRole('button', { name: /收\s*案/ }).click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByLabel('申请人').fill('王某明');
    await modal.getByLabel('被申请机关').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await modal.getByLabel('争议事项').fill(subject);
    await modal.getByRole('button', { name: /保\s*存/ }).click();

    // The mediation's page: 已收案, then each step the state allows.
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    await page.locator('.ant-tag', { hasText: '已收案' }).waitFor();
    await page
      .getByRole('button', { name: /受\s*理/ })
      .first()
      .click();
    await page.locator('.ant-tag', { hasText: '已受理' }).waitFor();

    const assign = page.locator('.ant-card', { hasText: '指定调解员' });
    await assign.getByLabel('调解员').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '市行政争议化解中心调解员' })
      .click();
    await assign.getByRole('button', { name: '指定调解员' }).click();
    await page.locator('.ant-tag', { hasText: '已分案' }).waitFor();

    const session = page.locator('.ant-card', { hasText: '保存调解记录' });
    await session.getByLabel('参加人').fill('王某明\n机关代表李某');
    await session.getByLabel('调解情况').fill('双方就补偿标准交换意见，分歧较大');
    await session.getByRole('button', { name: '保存调解记录' }).click();
    await page.locator('.ant-tag', { hasText: '调解中' }).waitFor();
    // The session listed in its table (the form's field may still hold the same words for a moment).
    await page.getByRole('cell', { name: '双方就补偿标准交换意见，分歧较大' }).waitFor();

    const result = page.locator('.ant-card', { hasText: '保存结果' });
    await result.getByText('调解不成').click();
    await result.getByLabel(/结果说明/).fill('申请人坚持起诉');
    await result.getByRole('button', { name: '保存结果' }).click();
    await page.locator('.ant-tag', { hasText: '调解不成' }).waitFor();

    const became = page.locator('.ant-card', { hasText: '登记转入的复议或诉讼案件' });
    await became.getByLabel('案号').fill(followed.caseNumber!);
    await became.getByRole('button', { name: /登\s*记/ }).click();
    await page.locator('.ant-descriptions-item', { hasText: '转入的案件' }).getByText(followed.caseNumber!).waitFor();
    expect(await page.locator('.ant-card', { hasText: '登记转入的复议或诉讼案件' }).count()).toBe(0);

    // The case's timeline names the centre.
    const timeline = await page.evaluate(async (id) => {
      const c = (await (await fetch(`/api/v1/cases/${id}`)).json()) as { timeline: { title: string }[] };
      return c.timeline.map((e) => e.title);
    }, followed.id);
    expect(timeline).toContain('行政争议化解中心调解不成后转入');
    await page.close();
  });
});
