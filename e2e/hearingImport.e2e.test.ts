/**
 * The court's hearing list and the calendar feed in a real browser (issue 13): a clerk opens 导入开庭排期表 on
 * /hearings, uploads a list with a bad row (the check shows it by row and column, and 确认导入 stays off), uploads the
 * corrected list, confirms, and finds the hearing among the upcoming ones; then makes their calendar subscription
 * address (订阅到手机日历), which serves an iCalendar with that hearing, and stops it (the address answers 404).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLogin, launchBrowser, signedInPage } from './browser.js';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(path.join(tmpdir(), 'sj-e2e-court-list-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The date `days` from now in China, as a court writes it. */
function chinaDateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
}

async function courtList(name: string, rows: (string | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('排期表');
  ws.addRow(['行政案件开庭排期表']);
  ws.mergeCells('A1:E1');
  ws.addRow(['案号', '开庭日期', '开庭时间', '法庭', '开庭方式']);
  for (const r of rows) ws.addRow(r);
  ws.addRow(['制表人：法院立案庭']);
  const out = path.join(dir, name);
  await wb.xlsx.writeFile(out);
  return out;
}

describe('hearing list import and calendar feed', () => {
  it('a clerk imports the court’s list after fixing a bad row, then subscribes and stops the feed', async () => {
    const page = await signedInPage(browser, baseUrl, demoLogin('clerk1', 'Demo@2026clerk'));
    const target = await page.evaluate(async () => {
      const list = (await (await fetch('/api/v1/cases?pageSize=20&kind=litigation')).json()) as {
        items: { id: string; caseNumber: string | null }[];
      };
      return list.items.find((c) => c.caseNumber)!;
    });
    const courtroom = `第${Date.now() % 100000}审判庭`;
    const day = chinaDateIn(12);
    const good = [target.caseNumber, day, '15:10', courtroom, '现场'];
    const bad = await courtList('排期表（有误）.xlsx', [
      good,
      ['（2026）苏9999行初99999号', day, '9:00', '第一法庭', null],
    ]);
    const fixed = await courtList('排期表.xlsx', [good]);

    await page.goto(`${baseUrl}/hearings`);
    await page.getByRole('button', { name: '导入开庭排期表' }).click();
    const dialog = page.getByRole('dialog', { name: '导入法院开庭排期表' });
    await dialog.locator('input[type=file]').setInputFiles(bad);
    const errors = dialog.locator('[data-testid=court-list-errors]');
    await errors.waitFor();
    const errorText = await errors.textContent();
    expect(errorText).toContain('第4行');
    expect(errorText).toContain('案号');
    expect(errorText).toContain('（2026）苏9999行初99999号');
    expect(await dialog.locator('[data-testid=court-list-commit]').isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: /重\s*新\s*上\s*传/ }).click();
    await dialog.locator('input[type=file]').setInputFiles(fixed);
    const items = dialog.locator('[data-testid=court-list-items]');
    await items.getByText('新增').waitFor();
    expect(await items.textContent()).toContain(`${day} 15:10`);
    await dialog.locator('[data-testid=court-list-commit]').click();
    await dialog.getByText('导入完成：新增 1 场').waitFor();
    await dialog.getByRole('button', { name: /完\s*成/ }).click();

    const upcoming = page.locator('[data-testid=upcoming-hearings]');
    const row = upcoming.locator('.ant-table-row', { hasText: courtroom });
    await row.waitFor();
    expect(await row.textContent()).toContain(`${day} 15:10`);

    // 订阅到手机日历: the address is shown once; it serves the hearing; stopped, it answers 404.
    const card = page.locator('[data-testid=calendar-feed]');
    await card.getByRole('button', { name: '生成订阅地址' }).click();
    const urlText = card.locator('[data-testid=calendar-feed-url]');
    await urlText.waitFor();
    const url = (await urlText.textContent())!.trim();
    expect(url).toMatch(/\/api\/v1\/hearings\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const served = await page.evaluate(async (u) => {
      const res = await fetch(u, { credentials: 'omit' });
      // RFC 5545 folds long lines (a CRLF and a space): unfolded, as a calendar reads it.
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        body: (await res.text()).replace(/\r\n[ \t]/g, ''),
      };
    }, url);
    expect(served.status).toBe(200);
    expect(served.type).toContain('text/calendar');
    expect(served.body).toContain('BEGIN:VCALENDAR');
    expect(served.body).toContain(courtroom);

    await card.getByRole('button', { name: /停\s*用/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.locator('.ant-message', { hasText: '订阅地址已停用' }).waitFor();
    const after = await page.evaluate(async (u) => (await fetch(u, { credentials: 'omit' })).status, url);
    expect(after).toBe(404);
  });
});
