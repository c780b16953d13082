/**
 * Case import (案件导入) in a real browser against the real server with the demo data: a county coordinator downloads
 * the template, fills it (exceljs) with two cases of which one has an impossible 立案日期, uploads it and reads the
 * row/column error in Chinese with the commit disabled, uploads the corrected file, commits, sees the done state and
 * finds the imported case in the 案件台账 list by its 案号; then uploads a TXT judgment on it and downloads it again
 * from the 文书 section.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, screenshotPath, submitLogin } from './browser.js';

const baseUrl = inject('baseUrl');
const county = inject('demoLogins').find((l) => l.username === 'county1') ?? {
  username: 'county1',
  password: 'Demo@2026county',
};

// Numbers the demo data and the other browser tests don't use; random against a long-running server.
const SEQ = process.env.E2E_BASE_URL ? 7000 + Math.floor(Math.random() * 900) * 2 : 8801;
const NUMBER_A = `（2026）苏9902行初${SEQ}号`;
const NUMBER_B = `（2026）苏9902行初${SEQ + 1}号`;
const dir = mkdtempSync(path.join(tmpdir(), 'sj-e2e-import-'));

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, county.username, county.password);
  await page.waitForURL(`${baseUrl}/`);
});

afterAll(async () => {
  await browser?.close();
});

/** The downloaded template with `rows` written under its header (by header name, as a clerk would fill it). */
async function fillTemplate(template: string, out: string, rows: Record<string, string>[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('案件')!;
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((cell, n) => {
    col.set(String(cell.value), n);
  });
  rows.forEach((r, i) => {
    for (const [header, value] of Object.entries(r)) {
      const n = col.get(header);
      if (!n) throw new Error(`template has no column ${header}`);
      ws.getCell(2 + i, n).value = value;
    }
  });
  await wb.xlsx.writeFile(out);
  return out;
}

const caseRow = (caseNumber: string, filedDate: string) => ({
  案号: caseNumber,
  案件类型: '行政诉讼',
  '受理法院/复议机关': '示例市城东区人民法院',
  立案日期: filedDate,
  案由: '行政处罚',
  '原告/申请人': '王某导',
  '被告/被申请人': '示例市城东区公安分局',
});

async function upload(file: string): Promise<void> {
  const checked = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/cases/imports') && r.request().method() === 'POST',
  );
  await page.locator('input[type=file]').setInputFiles(file);
  expect((await checked).status()).toBe(201);
}

describe('case import', () => {
  it('template → a file with a bad date is refused row by row → the corrected file is imported and listed', async () => {
    // From the registry to the import screen.
    await page.locator('.ant-menu-title-content', { hasText: '案件台账' }).click();
    await page.waitForURL(`${baseUrl}/cases`);
    await page.getByRole('link', { name: /导入/ }).click();
    await page.waitForURL(`${baseUrl}/cases/import`);

    // 1. The template.
    const downloading = page.waitForEvent('download');
    await page.getByTestId('import-template').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('案件导入模板.xlsx');
    const template = path.join(dir, download.suggestedFilename());
    await download.saveAs(template);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['案件', '填写说明']));
    const header = (wb.getWorksheet('案件')!.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['案号', '案件类型', '受理法院/复议机关', '立案日期']);
    expect(header).toEqual(expect.arrayContaining(['原告/申请人', '被告/被申请人']));

    // 2. One bad row: 2026年2月30日 does not exist.
    const bad = await fillTemplate(template, path.join(dir, '台账-有错误.xlsx'), [
      caseRow(NUMBER_A, '2026-02-03'),
      caseRow(NUMBER_B, '2026.02.30'),
    ]);
    await upload(bad);
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const errorRows = errors.locator('tbody tr.ant-table-row');
    expect(await errorRows.count()).toBe(1);
    expect((await errorRows.first().locator('td').allInnerTexts()).map((s) => s.trim())).toEqual([
      '3',
      // The column as the file names it, with its letter.
      'D列 立案日期',
      '日期不存在：2026.02.30',
    ]);
    await expect.poll(() => page.getByText('文件中有 1 处错误').count()).toBe(1);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenshotPath('import-errors.png'), fullPage: true });

    // 3. The corrected file: checked clean, then committed.
    await page.getByRole('button', { name: '重新选择文件' }).click();
    const good = await fillTemplate(template, path.join(dir, '台账.xlsx'), [
      caseRow(NUMBER_A, '2026-02-03'),
      caseRow(NUMBER_B, '2026-02-27'),
    ]);
    await upload(good);
    await page.getByText('检查通过，可以导入。').waitFor();
    // Which cases are new, and whose.
    await page.getByRole('tab', { name: '涉及机关与案件' }).click();
    const overview = page.getByTestId('import-overview');
    await overview.waitFor();
    expect(
      (await overview.locator('tbody tr.ant-table-row').first().locator('td').allInnerTexts()).map((s) => s.trim()),
    ).toEqual(['示例市城东区公安分局', '2', '0']);
    expect(await overview.textContent()).toContain(NUMBER_B);
    const commit = page.getByTestId('import-commit');
    expect(await commit.textContent()).toContain('确认导入（2 个案件）');
    expect(await commit.isEnabled()).toBe(true);
    await commit.click();
    await page.getByText('导入完成', { exact: true }).waitFor();
    // In the result itself (a live region for screen readers may repeat it).
    expect(await page.locator('.ant-result').getByText('新增 2 个，更新 0 个，无变化 0 个案件').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('import-done.png') });

    // 4. The case in the registry, found by its 案号.
    await page.getByRole('button', { name: '查看案件台账' }).click();
    await page.waitForURL(`${baseUrl}/cases`);
    // antd puts the test id on the <input> of Input.Search.
    const search = page.locator('input[data-testid=filter-q], [data-testid=filter-q] input').first();
    await search.fill(NUMBER_B);
    await search.press('Enter');
    await page.waitForURL(/[?&]q=/);
    const links = page.locator('[data-testid=case-table] tbody tr.ant-table-row [data-testid=case-link]');
    await expect.poll(async () => (await links.allInnerTexts()).map((s) => s.trim())).toEqual([NUMBER_B]);
    await links.first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('case-title').textContent()).toContain(NUMBER_B);
    await page.getByTestId('section-basic').waitFor();
  });

  it('uploads a TXT judgment on the imported case and downloads it from 文书 under its own name', async () => {
    // Still on the imported case's detail page.
    const section = page.getByTestId('section-files');
    await section.scrollIntoViewIfNeeded();
    // The section's list arrives after the page: wait for it rather than read the heading alone.
    await expect.poll(async () => (await section.textContent()) ?? '').toContain('暂无文书');
    const judgment = [
      '示例市城东区人民法院 行政判决书',
      `${NUMBER_B}`,
      '依照《中华人民共和国行政诉讼法》第六十九条之规定，判决如下：',
      '驳回原告王某导的诉讼请求。',
      '审判长 张某',
    ].join('\n');
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/judgment') && r.request().method() === 'POST');
    await section.locator('input[type=file]').setInputFiles({
      name: '判决书（一审）.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(judgment, 'utf8'),
    });
    expect((await uploaded).status()).toBe(201);
    await expect.poll(() => page.getByTestId('judgment-proposal').textContent()).toContain('驳回诉讼请求');
    const link = page.getByTestId('case-file-link');
    await expect.poll(() => link.allInnerTexts()).toEqual(['判决书（一审）.txt']);
    const downloading = page.waitForEvent('download');
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('判决书（一审）.txt');
    const saved = path.join(dir, 'downloaded.txt');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toBe(judgment);
    await page.screenshot({ path: screenshotPath('case-files.png') });
  });

  it('maps an unrecognised column of a county ledger once; the next file of that layout is mapped by itself', async () => {
    const write = async (name: string, seq: number) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('台账');
      ws.addRow(['案号', '受理法院', '立案时间', '原告', '被告', '争议事由']);
      ws.addRow([
        `（2026）苏9902行初${seq}号`,
        '示例市城东区人民法院',
        '2026-03-02',
        '王某映',
        '示例市城东区公安分局',
        '不服罚款',
      ]);
      const file = path.join(dir, name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    await page.goto(`${baseUrl}/cases/import`);
    await upload(await write('县台账-3月.xlsx', SEQ + 2));
    const card = page.getByTestId('import-mapping');
    await card.waitFor();
    expect(await card.locator('tbody tr.ant-table-row td').first().textContent()).toBe('F');
    expect(await card.textContent()).toContain('争议事由');
    await page.getByTestId('import-mapping-F').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="案由"]').click();
    const rechecked = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/cases/imports') && r.request().method() === 'POST',
    );
    await page.getByTestId('import-mapping-apply').click();
    const body = (await (await rechecked).json()) as { unmappedColumns: unknown[]; mappingSource: string };
    expect(body).toMatchObject({ unmappedColumns: [], mappingSource: 'request' });
    await page.getByText('检查通过，可以导入。').waitFor();
    expect(await card.count()).toBe(0);
    await page.getByTestId('import-commit').click();
    await page.getByText('导入完成', { exact: true }).waitFor();

    // April's file of the same ledger: no question asked.
    await page.getByRole('button', { name: '继续导入' }).click();
    await upload(await write('县台账-4月.xlsx', SEQ + 3));
    await page.getByTestId('import-mapping-remembered').waitFor();
    expect(await page.getByTestId('import-mapping').count()).toBe(0);
  });
  it('a real ledger: unread columns are named above the figures, the footer is skipped; an old .xls is refused with what to do', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('应诉案件');
    ws.getCell('A1').value = '示例市城东区行政应诉案件台账';
    ws.mergeCells('A1:K1');
    ws.addRow([
      '序号',
      '案号',
      '审级',
      '审理法院',
      '原告',
      '被告',
      '应诉承办人',
      '应诉日期',
      '答辩截止日期',
      '结案日期',
      '结案方式',
    ]);
    ws.addRow([
      1,
      `（2026）苏9902行初${SEQ + 10}号`,
      '一审',
      '示例市城东区人民法院',
      '王某',
      '示例市城东区公安分局',
      '张某',
      '2026.3.2',
      null,
      '2026-06-01',
      '判决',
    ]);
    ws.addRow([
      2,
      `（2026）苏9902行初${SEQ + 11}号`,
      '一审',
      '示例市城东区人民法院',
      '李某',
      '示例市城东区公安分局',
      '张某',
      '2026/3/3',
      null,
      null,
      '撤诉',
    ]);
    ws.addRow(['合计', '2件']);
    ws.addRow(['制表人：张三', null, null, null, '审核人：李四']);
    const file = path.join(dir, '应诉台账.xlsx');
    await wb.xlsx.writeFile(file);
    await page.goto(`${baseUrl}/cases/import`);
    await upload(file);
    const alert = page.getByTestId('import-unmapped-alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('A 序号、G 应诉承办人');
    // Above the check's figures, not after them.
    const alertBox = await alert.boundingBox();
    const commitBox = await page.getByTestId('import-commit').boundingBox();
    expect(alertBox!.y).toBeLessThan(commitBox!.y);
    const skipped = page.getByTestId('import-skipped');
    expect(await skipped.textContent()).toContain('已跳过表尾 2 行');
    expect(await skipped.textContent()).toContain('制表人：张三 审核人：李四');
    // 结案方式 is read as itself: no row is rejected for it.
    await page.getByText('检查通过，可以导入。').waitFor();
    await page.screenshot({ path: screenshotPath('import-real-ledger.png'), fullPage: true });

    await page.getByRole('button', { name: '重新选择文件' }).click();
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/cases/imports') && r.request().method() === 'POST',
    );
    await page.locator('input[type=file]').setInputFiles({
      name: '旧台账.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    });
    expect((await refused).status()).toBe(400);
    await page.getByText('这是旧版 Excel 文件（.xls）', { exact: false }).waitFor();
  });
});
