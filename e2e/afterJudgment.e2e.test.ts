/**
 * 判决后 in a real browser (issue 13, docs/rules/after-judgment.md): on a lost first-instance case of their agency,
 * clerk1 records the judgment's service date (the appeal window is counted from it) and drafts the decision not to
 * appeal; head1 — the agency's 正职, linked in the heads list — approves it on the same page; the 履行 task has opened:
 * clerk1 uploads evidence of performance and marks it performed.
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

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('after judgment', () => {
  it('service date, appeal decision approved by the head, compliance with evidence', async () => {
    const clerk = await signedInPage(browser, baseUrl, demoLogin('clerk1', 'Demo@2026clerk'));
    const head = await signedInPage(browser, baseUrl, demoLogin('head1', 'Demo@2026head'));
    // A lost first-instance lawsuit of clerk1's agency that head1 may approve, untouched after judgment.
    const candidates = await clerk.evaluate(async () => {
      const r = await fetch('/api/v1/cases?kind=litigation&instance=first&governmentLost=true&pageSize=100');
      const list = (await r.json()) as {
        items: { id: string; caseNumber: string | null; outcomeDate: string | null }[];
      };
      const out: { id: string; outcomeDate: string }[] = [];
      for (const c of list.items) {
        if (!c.outcomeDate) continue;
        const v = await (await fetch(`/api/v1/cases/${c.id}/after-judgment`)).json();
        if (!v.servedDate && v.decisions.length === 0 && v.compliance === null)
          out.push({ id: c.id, outcomeDate: c.outcomeDate });
      }
      return out;
    });
    const target = await head.evaluate(async (ids: { id: string; outcomeDate: string }[]) => {
      for (const c of ids) {
        const r = await fetch(`/api/v1/cases/${c.id}/after-judgment`);
        if (r.ok && (await r.json()).canApprove) return c;
      }
      return null;
    }, candidates);
    expect(target, 'a lost case of clerk1 that head1 may approve').not.toBeNull();

    await clerk.goto(`${baseUrl}/cases/${target!.id}`);
    const section = clerk.locator('[data-testid=section-after-judgment]');
    await section.waitFor();
    const due = section.locator('[data-testid=appeal-window-due]');
    expect(await due.textContent()).toContain(`自 ${target!.outcomeDate} 起算`);

    // The service date: two days after the judgment (or the judgment's day when that is in the future).
    const served = new Date(`${target!.outcomeDate}T00:00:00Z`);
    served.setUTCDate(served.getUTCDate() + 2);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const servedDate =
      served.toISOString().slice(0, 10) <= today ? served.toISOString().slice(0, 10) : target!.outcomeDate;
    await section.getByLabel('送达日期').fill(servedDate);
    await section.getByLabel('送达日期').press('Enter');
    await section.getByRole('button', { name: /保存送达日期/ }).click();
    await clerk.locator('.ant-message', { hasText: '已登记送达日期' }).waitFor();
    await clerk.waitForFunction(
      (d) => document.querySelector('[data-testid=appeal-window-due]')?.textContent?.includes(`自 ${d} 起算`),
      servedDate,
    );

    // The decision not to appeal, for the head's approval.
    const decision = section.locator('.ant-card', { hasText: '上诉决定' }).first();
    await decision.getByLabel('不上诉').check();
    await decision.getByLabel('理由').fill('判决认定事实清楚，经研究不上诉');
    await decision.getByRole('button', { name: /提交负责人审批/ }).click();
    await section.locator('[data-testid=appeal-decision]', { hasText: '待审批' }).waitFor();

    // head1 approves it on the case page.
    await head.goto(`${baseUrl}/cases/${target!.id}`);
    const headSection = head.locator('[data-testid=section-after-judgment]');
    const item = headSection.locator('[data-testid=appeal-decision]', { hasText: '待审批' });
    await item.getByLabel('审批意见（退回时必填）').fill('同意');
    await item.getByRole('button', { name: /批\s*准/ }).click();
    await headSection.locator('[data-testid=appeal-decision]', { hasText: '已批准' }).waitFor();
    expect(await headSection.locator('[data-testid=appeal-window-due]').textContent()).toContain('已记录是否上诉');

    // The compliance task: clerk1 uploads evidence and marks it performed.
    await clerk.reload();
    const task = clerk.locator('[data-testid=compliance-task]');
    await task.locator('text=履行中').waitFor();
    await task
      .locator('input[type=file]')
      .setInputFiles({ name: '重新作出的决定书.pdf', mimeType: 'application/pdf', buffer: PDF });
    await task.locator('a', { hasText: '重新作出的决定书.pdf' }).waitFor();
    await task.getByLabel('履行情况').fill('已重新作出行政行为并送达原告');
    await task.getByRole('button', { name: /履行完毕/ }).click();
    await task.locator('text=已履行').waitFor();
    expect(await task.textContent()).toContain('已重新作出行政行为并送达原告');
    await clerk.context().close();
    await head.context().close();
  }, 120_000);
});
