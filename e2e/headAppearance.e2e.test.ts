/**
 * A head's appearance end to end in a real browser (issue 13's browser test): the clerk schedules a hearing on a case
 * of their agency from the case page; the head (demo `head1`, linked to the agency's 正职) finds it on 我的开庭 on a
 * phone (375×812) and confirms in one tap, which the clerk then sees on the hearing's row; the court liaison marks it
 * held, records the head's appearance (spoke, identity proof filed) and evaluates it; and the county coordinator's
 * 负责人出庭应诉率 on 庭审与出庭, read on the screen before and after, has changed — its number opening the case.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, demoLogin, launchBrowser, PHONE, submitLogin } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** China wall-clock time of this minute, as the picker takes it: a hearing that has just begun. */
function chinaThisMinute(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * Signs in at the given screen size. Patient: a freshly started demo server runs its start-up jobs (the month's risk
 * screening held the embedded database for a minute on a loaded 2-core machine), and a login waits for them.
 */
async function signedIn(username: string, password: string, size: BrowserContextOptions = DESKTOP): Promise<Page> {
  const page = await (await browser.newContext(size)).newPage();
  await page.goto(`${baseUrl}/login`);
  const who = demoLogin(username, password);
  await submitLogin(page, who.username, who.password);
  await page.waitForURL(`${baseUrl}/`, { timeout: 150_000 });
  return page;
}

async function json<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await (await fetch(p)).json()) as unknown, path) as Promise<T>;
}

/** The total 负责人出庭应诉率 cell of the figures card, once loaded. */
async function appearanceFigure(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/hearings`);
  const cell = page.locator('[data-testid=figure-total-appearance]');
  await cell.waitFor();
  return (await cell.textContent()) ?? '';
}

describe('a head in court', () => {
  it('clerk schedules, head confirms on the phone, court liaison records and evaluates, the rate changes', async () => {
    const court = await signedIn('court1', 'Demo@2026court');
    const courtId = (await json<{ user: { agencyId: string } }>(court, '/api/v1/auth/me')).user.agencyId;
    const clerk = await signedIn('clerk1', 'Demo@2026clerk');
    const agencyId = (await json<{ user: { agencyId: string } }>(clerk, '/api/v1/auth/me')).user.agencyId;

    // A case the agency defends before court1's court whose instance has no valid head appearance yet.
    const target = await clerk.evaluate(
      async ({ agencyId, courtId }) => {
        const list = (await (
          await fetch(`/api/v1/cases?kind=litigation&agencyId=${agencyId}&courtAgencyId=${courtId}&pageSize=100`)
        ).json()) as { items: { id: string; caseNumber: string | null; firstDefendantAgencyId: string | null }[] };
        for (const c of list.items.filter((x) => x.firstDefendantAgencyId === agencyId && x.caseNumber)) {
          const h = (await (await fetch(`/api/v1/cases/${c.id}/hearings`)).json()) as { instance: { valid: boolean } };
          if (!h.instance.valid) return c;
        }
        return null;
      },
      { agencyId, courtId },
    );
    expect(target, 'a demo case of clerk1’s agency before court1’s court without a valid appearance').toBeTruthy();
    const caseId = target!.id;

    const county = await signedIn('county1', 'Demo@2026county');
    const before = await appearanceFigure(county);
    expect(before).toMatch(/%（\d+\/\d+）$/);

    // 1. The clerk schedules the hearing from the case page.
    const courtroom = `第${Date.now() % 100000}号法庭`;
    const at = chinaThisMinute();
    await clerk.goto(`${baseUrl}/cases/${caseId}`);
    const section = clerk.locator('[data-testid=section-case-hearings]');
    await section.getByRole('button', { name: '新增庭审' }).click();
    const dialog = clerk.getByRole('dialog', { name: '新增庭审' });
    await dialog.getByLabel('开庭时间').fill(at);
    await clerk.locator('.ant-picker-ok button').click();
    await dialog.getByLabel('法庭').fill(courtroom);
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await clerk.locator('.ant-message', { hasText: '已新增庭审' }).waitFor();
    const row = section.locator('.ant-table-row', { hasText: courtroom });
    await row.waitFor();
    expect(await row.textContent()).toContain('负责人未确认');

    // 2. The head, on a phone, sees it on 我的开庭 and confirms in one tap.
    const head = await signedIn('head1', 'Demo@2026head', PHONE);
    await head.goto(`${baseUrl}/my-hearings`);
    const card = head.locator('[data-testid=my-hearing]', { hasText: at });
    await card.waitFor();
    expect(await card.textContent()).toContain(target!.caseNumber!);
    expect(await card.textContent()).toContain('未确认出庭');
    // Fits the phone: nothing wider than the screen.
    expect(await head.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await card.getByRole('button', { name: `确认出席 ${at} 的庭审` }).click();
    await card.getByText(/^已于 .* 确认出庭$/).waitFor();
    const me = await json<{ head: { id: string; name: string } }>(head, '/api/v1/hearings/mine');
    // The one-screen summary of the case opens from the card.
    await card.getByRole('link', { name: target!.caseNumber! }).click();
    await head.getByText('案件摘要').waitFor();
    await head.getByText('庭前准备').waitFor();
    await head.context().close();

    // The clerk sees the confirmation on the hearing's row.
    await clerk.reload();
    await row.waitFor();
    expect(await row.textContent()).toContain(`${me.head.name} 已确认`);

    // 3. The court liaison marks it held, records the head's appearance and evaluates it.
    await court.goto(`${baseUrl}/cases/${caseId}`);
    const courtRow = court.locator('[data-testid=section-case-hearings] .ant-table-row', { hasText: courtroom });
    await courtRow.waitFor();
    await courtRow.getByRole('button', { name: /^变更 .* 庭审的状态$/ }).click();
    const change = court.getByRole('dialog', { name: '变更庭审状态' });
    await change.getByLabel('变更为').click();
    await court.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '已开庭' }).click();
    await change.getByLabel('变更原因').fill('如期开庭');
    await change.locator('.ant-modal-footer .ant-btn-primary').click();
    await court.locator('.ant-message', { hasText: '庭审状态已变更' }).waitFor();
    await courtRow.filter({ hasText: '已开庭' }).waitFor();

    await courtRow.getByRole('button', { name: /^记录 .* 庭审的出庭人员$/ }).click();
    const record = court.getByRole('dialog', { name: /^出庭记录/ });
    await record.getByRole('button', { name: '添加出庭人员' }).click();
    await record.getByLabel('负责人').click();
    await court
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: me.head.name })
      .first()
      .click();
    for (const flag of ['已出庭', '已出声', '已提交身份证明']) await record.getByLabel(flag).check();
    await record.locator('.ant-modal-footer .ant-btn-primary').click();
    await court.locator('.ant-message', { hasText: '出庭记录已保存' }).waitFor();
    await courtRow.filter({ hasText: /(^|[^不])计入出庭应诉/ }).waitFor();

    await courtRow.getByRole('button', { name: `评价 ${me.head.name} 在 ${at} 庭审的出庭情况` }).click();
    const rate = court.getByRole('dialog', { name: `出庭评价（${me.head.name}）` });
    for (const [label, score] of [
      ['庭前准备', '5'],
      ['实质性发言', '4'],
      ['尊重法庭', '4'],
    ] as const) {
      await rate.locator('.ant-form-item', { hasText: label }).getByText(score, { exact: true }).click();
    }
    await rate.getByLabel('评价意见').fill('准备充分，发言切中争议焦点');
    await rate.locator('.ant-modal-footer .ant-btn-primary').click();
    await court.locator('.ant-message', { hasText: '评价已保存' }).waitFor();
    await courtRow.filter({ hasText: '准备 5 分' }).waitFor();

    // 4. The county coordinator's 负责人出庭应诉率 has changed, and its number opens the case.
    const after = await appearanceFigure(county);
    expect(after).not.toBe(before);
    const count = (s: string) => Number(/（(\d+)\//.exec(s)?.[1]);
    expect(count(after)).toBe(count(before) + 1);
    await county.locator('[data-testid=figure-total-appearance]').click();
    const drawer = county.locator('.ant-drawer-content', { hasText: '负责人出庭应诉率：合计' });
    await drawer.getByRole('link', { name: target!.caseNumber! }).first().waitFor();
    for (const p of [clerk, court, county]) await p.context().close();
  }, 420_000);
});
