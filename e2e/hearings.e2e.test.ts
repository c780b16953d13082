/**
 * Hearings in a real browser (issue 13): a clerk schedules a hearing on one of their cases from the case's page
 * (新增庭审), sees it in the case's 庭审 section, designates a head of the defendant (出庭记录), is told clearly when
 * someone else changed the hearing before a status change (409), and finds it among the upcoming hearings on 庭审与出庭 (/hearings),
 * its case number linking back to the case.
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

/** A China wall-clock time `days` from now, as the picker takes it. */
function chinaTimeIn(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000 + 8 * 3600_000);
  return `${d.toISOString().slice(0, 10)} 09:30`;
}

describe('hearings', () => {
  it('a clerk schedules a hearing from the case page and sees it on /hearings', async () => {
    const page = await signedInPage(browser, baseUrl, demoLogin('clerk1', 'Demo@2026clerk'));
    const target = await page.evaluate(async () => {
      const list = (await (await fetch('/api/v1/cases?pageSize=1&kind=litigation')).json()) as {
        items: { id: string; caseNumber: string | null }[];
      };
      return list.items[0]!;
    });
    const courtroom = `第${Date.now() % 100000}号法庭`;
    const at = chinaTimeIn(10);

    await page.goto(`${baseUrl}/cases/${target.id}`);
    const section = page.locator('[data-testid=section-case-hearings]');
    await section.getByRole('button', { name: '新增庭审' }).click();
    const dialog = page.getByRole('dialog', { name: '新增庭审' });
    await dialog.getByLabel('开庭时间').fill(at);
    await page.locator('.ant-picker-ok button').click();
    await dialog.getByLabel('法庭').fill(courtroom);
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-message', { hasText: '已新增庭审' }).waitFor();

    const row = section.locator('.ant-table-row', { hasText: courtroom });
    await row.waitFor();
    expect(await row.textContent()).toContain(at);
    expect(await row.textContent()).toContain('已排期');

    // Designate a head of the defendant for it (出庭记录): saved, the row still there.
    await row.getByRole('button', { name: /^记录 .* 庭审的出庭人员$/ }).click();
    const record = page.getByRole('dialog', { name: /^出庭记录/ });
    await record.getByRole('button', { name: '添加出庭人员' }).click();
    await record.getByLabel('负责人').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await record.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-message', { hasText: '出庭记录已保存' }).waitFor();
    const saved = await page.evaluate(
      async ({ id, room }) => {
        const res = (await (await fetch(`/api/v1/cases/${id}/hearings`)).json()) as {
          items: { courtroom: string | null; appearances: { role: string; designated: boolean }[] }[];
        };
        return res.items.find((h) => h.courtroom === room)?.appearances;
      },
      { id: target.id, room: courtroom },
    );
    expect(saved).toEqual([expect.objectContaining({ role: 'head', designated: true })]);

    // Someone else edits the hearing meanwhile: cancelling it with the version the page read is refused, said clearly.
    const edited = await page.evaluate(
      async ({ id, room }) => {
        const list = (await (await fetch(`/api/v1/cases/${id}/hearings`)).json()) as {
          items: { id: string; courtroom: string | null; version: number }[];
        };
        const h = list.items.find((x) => x.courtroom === room)!;
        const { token } = (await (await fetch('/api/v1/auth/csrf')).json()) as { token: string };
        const res = await fetch(`/api/v1/hearings/${h.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': token },
          body: JSON.stringify({ version: h.version, notes: '另一位用户的修改' }),
        });
        return res.status;
      },
      { id: target.id, room: courtroom },
    );
    expect(edited).toBe(200);
    await row.getByRole('button', { name: /^变更 .* 庭审的状态$/ }).click();
    const change = page.getByRole('dialog', { name: '变更庭审状态' });
    await change.getByLabel('变更为').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '取消' }).click();
    await change.getByLabel('变更原因').fill('法院通知取消');
    await change.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-message', { hasText: '该庭审已被他人修改' }).waitFor();
    await page.waitForFunction(
      () => !document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal'),
    );
    expect(await row.textContent()).toContain('已排期');

    await page.goto(`${baseUrl}/hearings`);
    const upcoming = page.locator('[data-testid=upcoming-hearings] .ant-table-row', { hasText: courtroom });
    await upcoming.waitFor();
    expect(await upcoming.textContent()).toContain(at);
    const link = upcoming.getByRole('link');
    expect(await link.getAttribute('href')).toBe(`/cases/${target.id}`);
    if (target.caseNumber) expect(await link.textContent()).toBe(target.caseNumber);
    // A clerk approves no absences: the coordinators' list is not shown.
    expect(await page.locator('[data-testid=pending-absences]').count()).toBe(0);
    await page.context().close();
  });
});
