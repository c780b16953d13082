/**
 * The import's check and mapping step: the columns it will not read are named before anything is imported, a column
 * is mapped (or a guess corrected) and the same file goes back to the server with that mapping, and the check's
 * errors are shown by row and column with the import held back. The server is faked at fetch only.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { chooseFile, pickOption } from '../../test/antd.js';
import { fakeServer, type Recorded, renderScreen } from '../../test/render.js';
import type { ColumnUse, ImportJob } from './api.js';
import { ImportPage } from './ImportPage.js';

const m = zhCN.importMapping;

const column = (index: number, header: string, field: ColumnUse['field'], how: ColumnUse['how']): ColumnUse => ({
  index,
  letter: String.fromCharCode(65 + index),
  header,
  field,
  how,
});

/** A checked job as GET /cases/imports/:id answers it: five columns, the last two not read. */
function job(over: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1',
    fileName: '2024年行政诉讼台账.xlsx',
    status: 'validated',
    rows: 3,
    created: 2,
    updated: 1,
    unchanged: 0,
    errorCount: 0,
    errors: [],
    changes: [],
    message: null,
    progress: { phase: 'reading', rowsRead: 3, rowsWritten: 0, rowsTotal: 3 },
    createdAt: '2026-12-07T08:00:00.000Z',
    finishedAt: null,
    warningCount: 0,
    warnings: [],
    errorKinds: [],
    skippedRows: [],
    columns: [
      column(0, '案号', 'caseNumber', 'header'),
      column(1, '原告', 'plaintiffs', 'header'),
      column(2, '被诉机关', 'defendants', 'synonym'),
      column(3, '收案日', null, 'unmapped'),
      column(4, '经办人', null, 'unmapped'),
    ],
    unmappedColumns: [
      { index: 3, letter: 'D', header: '收案日' },
      { index: 4, letter: 'E', header: '经办人' },
    ],
    appliedMapping: null,
    mappingSource: null,
    mappableFields: [
      { key: 'caseNumber', header: '案号' },
      { key: 'plaintiffs', header: '原告' },
      { key: 'defendants', header: '被告' },
      { key: 'filedDate', header: '立案日期' },
      { key: 'notes', header: '备注' },
    ],
    overview: null,
    ...over,
  };
}

/** Every column read: D by the mapping sent, E ignored. */
const allRead = (over: Partial<ImportJob> = {}) =>
  job({
    columns: [
      column(0, '案号', 'caseNumber', 'header'),
      column(1, '原告', 'plaintiffs', 'header'),
      column(2, '被诉机关', 'defendants', 'synonym'),
      column(3, '收案日', 'filedDate', 'mapping'),
      column(4, '经办人', null, 'ignored'),
    ],
    unmappedColumns: [],
    appliedMapping: { 收案日: 'filedDate', 经办人: null },
    mappingSource: 'request',
    ...over,
  });

const ledger = () =>
  new File(['案号,原告'], '2024年行政诉讼台账.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

/** The uploads the page sent: the multipart body's mapping (parsed) and file name. */
function uploads(requests: Recorded[]) {
  return requests
    .filter((r) => r.method === 'POST' && r.path === '/cases/imports')
    .map((r) => {
      const form = r.body as FormData;
      const mapping = form.get('mapping');
      return {
        mapping: typeof mapping === 'string' ? JSON.parse(mapping) : null,
        file: (form.get('file') as File | null)?.name ?? null,
      };
    });
}

function renderImport(route = '/cases/import') {
  return renderScreen(<ImportPage />, { route, path: '/cases/import' });
}

describe('案件导入: the mapping step', () => {
  it('names the columns it will not read, and checks the same file again with the mapping chosen', async () => {
    let answers = [job(), allRead()];
    const server = fakeServer((req) => {
      if (req.method !== 'POST' || req.path !== '/cases/imports') return undefined;
      const [next, ...rest] = answers;
      answers = rest;
      return { body: next };
    });
    renderImport();
    chooseFile(screen.getByTestId('import-upload').closest('.ant-upload-wrapper') as HTMLElement, ledger());

    const card = await screen.findByTestId('import-mapping');
    expect(within(card).getByText(m.title.replace('{{count}}', '2'))).toBeTruthy();
    expect(screen.getByTestId('import-unmapped-alert').textContent).toContain('D 收案日、E 经办人');
    // The columns not read come first in the table, ahead of the recognised ones.
    const headers = [...card.querySelectorAll('tbody tr')].map((tr) => tr.children[1]?.textContent);
    expect(headers).toEqual(['收案日', '经办人', '案号', '原告', '被诉机关']);
    expect(uploads(server.requests)).toEqual([{ mapping: null, file: '2024年行政诉讼台账.xlsx' }]);

    await pickOption(screen.getByTestId('import-mapping-D'), '立案日期');
    fireEvent.click(screen.getByTestId('import-mapping-apply'));

    // The file is sent again (not chosen anew) with every unread column decided: D mapped, E ignored (null).
    await waitFor(() => expect(uploads(server.requests)).toHaveLength(2));
    expect(uploads(server.requests)[1]).toEqual({
      mapping: { 收案日: 'filedDate', 经办人: null },
      file: '2024年行政诉讼台账.xlsx',
    });
    // Now every column is read: the list folds away under a line that says so.
    expect((await screen.findByTestId('import-columns')).textContent).toContain(m.allRead.replace('{{count}}', '5'));
    expect(screen.queryByTestId('import-unmapped-alert')).toBeNull();
  });

  it('corrects a guessed column: only the change goes, on top of the mapping already applied', async () => {
    let answers = [allRead(), allRead()];
    const server = fakeServer((req) => {
      if (req.method !== 'POST' || req.path !== '/cases/imports') return undefined;
      const [next, ...rest] = answers;
      answers = rest;
      return { body: next };
    });
    renderImport();
    chooseFile(screen.getByTestId('import-upload').closest('.ant-upload-wrapper') as HTMLElement, ledger());

    const folded = await screen.findByTestId('import-columns');
    fireEvent.click(within(folded).getByText(m.allRead.replace('{{count}}', '5')));
    await screen.findByTestId('import-mapping-C');
    // Nothing changed yet: nothing to check again.
    expect(screen.queryByTestId('import-mapping-apply')).toBeNull();

    await pickOption(screen.getByTestId('import-mapping-C'), m.ignore);
    fireEvent.click(await screen.findByTestId('import-mapping-apply'));

    await waitFor(() => expect(uploads(server.requests)).toHaveLength(2));
    expect(uploads(server.requests)[1]?.mapping).toEqual({ 收案日: 'filedDate', 经办人: null, 被诉机关: null });
  });

  it('shows the check’s errors by row and column and holds the import back', async () => {
    const checked = allRead({
      status: 'invalid',
      errorCount: 2,
      errors: [
        { row: 3, column: '立案日期', message: '第3行“立案日期”：“2024-13-01”不是有效日期' },
        { row: 5, column: '原告', message: '第5行“原告”：请填写原告' },
      ],
    });
    fakeServer((req) => (req.method === 'POST' && req.path === '/cases/imports' ? { body: checked } : undefined));
    renderImport();
    chooseFile(screen.getByTestId('import-upload').closest('.ant-upload-wrapper') as HTMLElement, ledger());

    const table = await screen.findByTestId('import-errors');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows).toEqual([
      ['3', '立案日期', '第3行“立案日期”：“2024-13-01”不是有效日期'],
      ['5', '原告', '第5行“原告”：请填写原告'],
    ]);
    expect(screen.getByText(zhCN.imports.hasErrors.replace('{{count}}', '2'))).toBeTruthy();
    expect(screen.getByTestId('import-commit')).toHaveProperty('disabled', true);
  });

  it('shows a refused upload’s message and offers the upload again', async () => {
    fakeServer((req) =>
      req.method === 'POST' && req.path === '/cases/imports'
        ? {
            status: 400,
            body: {
              code: 'IMPORT_INVALID',
              message: '请选择要导入的 Excel 文件（.xlsx）或 CSV 文件',
              requestId: 'r-1',
            },
          }
        : undefined,
    );
    renderImport();
    chooseFile(screen.getByTestId('import-upload').closest('.ant-upload-wrapper') as HTMLElement, ledger());
    expect(await screen.findByText('请选择要导入的 Excel 文件（.xlsx）或 CSV 文件')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('import-upload').closest('.ant-upload-disabled')).toBeNull());
    expect(screen.queryByTestId('import-mapping')).toBeNull();
  });

  it('asks for the file again when the job comes from the address (after a reload), then sends it with the mapping', async () => {
    const server = fakeServer((req) => {
      if (req.method === 'GET' && req.path === '/cases/imports/job-1') return { body: job() };
      if (req.method === 'POST' && req.path === '/cases/imports') return { body: allRead() };
      return undefined;
    });
    renderImport('/cases/import?job=job-1');

    const card = await screen.findByTestId('import-mapping');
    expect(card.textContent).toContain(m.fileNeeded.replace('{{file}}', '2024年行政诉讼台账.xlsx'));
    expect(screen.getByTestId('import-mapping-apply').textContent).toBe(m.applyWithFile);
    await pickOption(screen.getByTestId('import-mapping-E'), '备注');
    chooseFile(card, ledger());

    await waitFor(() => expect(uploads(server.requests)).toHaveLength(1));
    expect(uploads(server.requests)[0]).toEqual({
      mapping: { 收案日: null, 经办人: 'notes' },
      file: '2024年行政诉讼台账.xlsx',
    });
  });
});
