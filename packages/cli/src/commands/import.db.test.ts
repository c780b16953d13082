import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrgFixture } from '../../../server/src/modules/cases/testing.js';
import { readWorkbook, tmpFile, writeSimpleXlsx } from '../../../server/src/modules/imports/fixtures.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../server/src/platform/db/testing.js';
import { jsonSummary, runExportCases, runImportCases } from './import.js';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}

const good = (n: number) => ({
  caseNumber: `（2024）苏9902行初${n}号`,
  court: '示例市城东区人民法院',
  filedDate: '2024-03-05',
  plaintiffs: `王某${n}`,
  defendants: '示例市城东区公安分局',
});

describe(`shuangjiang import cases on ${testDbKind()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedOrgFixture(database.db);
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  const run = async (file: string, opts: { dryRun?: boolean; json?: boolean; as?: string }) => {
    const out = capture();
    const err = capture();
    const code = await runImportCases(database, file, opts, { stdout: out.stream, stderr: err.stream });
    return { code, stdout: out.text(), stderr: err.text() };
  };

  it('--json prints exactly {rows, created, updated, unchanged, errors} and exits 1 on errors', async () => {
    const file = await writeSimpleXlsx(tmpFile('cli-bad.xlsx'), [good(1), { ...good(2), filedDate: '2024.02.30' }]);
    const r = await run(file, { json: true });
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout);
    expect(Object.keys(body)).toEqual(['rows', 'created', 'updated', 'unchanged', 'errors']);
    expect(body).toEqual({
      rows: 2,
      created: 1,
      updated: 0,
      unchanged: 0,
      errors: [{ row: 3, column: '立案日期', message: '日期不存在：2024.02.30' }],
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('imports (exit 0), re-imports unchanged, reports progress on stderr; --dry-run writes nothing', async () => {
    const file = await writeSimpleXlsx(tmpFile('cli-good.xlsx'), [good(11), good(12)]);
    const dry = await run(file, { json: true, dryRun: true });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ created: 2 });
    const first = await run(file, { json: true });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(first.stderr).toContain('完成');
    const again = await run(file, {});
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('新增 0，更新 0，无变化 2，错误 0');
    const changed = await writeSimpleXlsx(tmpFile('cli-changed.xlsx'), [{ ...good(11), filedDate: '2024-03-06' }]);
    const upd = await run(changed, {});
    expect(upd.stdout).toContain('立案日期: 2024-03-05 → 2024-03-06');
  });

  it('--as applies the account’s scope; export writes the same columns', async () => {
    const out = tmpFile('cli-export.xlsx');
    const n = await runExportCases(database, out, { region: '329902' });
    expect(n).toBe(2);
    const sheet = (await readWorkbook(out)).get('案件')!;
    expect(sheet[0]!.slice(0, 3)).toEqual(['案号', '案件类型', '受理法院/复议机关']);
    await expect(run(out, { as: 'nobody' })).rejects.toThrow('unknown or disabled user');
    expect(
      jsonSummary({
        rows: 1,
        created: 0,
        updated: 0,
        unchanged: 1,
        errorCount: 0,
        errors: [],
        changes: [],
        importId: null,
        status: 'validated',
      }),
    ).toBe('{"rows":1,"created":0,"updated":0,"unchanged":1,"errors":[]}');
  });
});
