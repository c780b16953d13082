import { readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../../server/src/modules/cases/schema.js';
import { seedOrgFixture } from '../../../server/src/modules/cases/testing.js';
import { readWorkbook, tmpFile, writeSimpleXlsx } from '../../../server/src/modules/imports/fixtures.js';
import { importJobs } from '../../../server/src/modules/imports/schema.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../server/src/platform/db/testing.js';
import { type ImportCommandOptions, jsonSummary, runExportCases, runImportCases } from './import.js';

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

  const run = async (file: string, opts: ImportCommandOptions) => {
    const out = capture();
    const err = capture();
    const code = await runImportCases(database, file, opts, { stdout: out.stream, stderr: err.stream });
    return { code, stdout: out.text(), stderr: err.text() };
  };

  it('--json prints exactly its keys (errors capped, counted by kind) and exits 1 on errors', async () => {
    const file = await writeSimpleXlsx(tmpFile('cli-bad.xlsx'), [good(1), { ...good(2), filedDate: '2024.02.30' }]);
    const r = await run(file, { json: true });
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout);
    expect(Object.keys(body)).toEqual([
      'rows',
      'created',
      'updated',
      'unchanged',
      'errorCount',
      'errors',
      'errorKinds',
      'warnings',
      'skippedRows',
    ]);
    expect(body).toEqual({
      rows: 2,
      created: 1,
      updated: 0,
      unchanged: 0,
      errorCount: 1,
      errors: [{ row: 3, column: 'D列 立案日期', message: '日期不存在：2024.02.30' }],
      errorKinds: [{ column: 'D列 立案日期', kind: '日期不存在', count: 1 }],
      warnings: [],
      skippedRows: [],
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
    expect(JSON.parse(first.stdout)).toMatchObject({ rows: 2, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(first.stderr).toContain('完成');
    const again = await run(file, {});
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('新增 0，更新 0，无变化 2，错误 0');
    const changed = await writeSimpleXlsx(tmpFile('cli-changed.xlsx'), [{ ...good(11), filedDate: '2024-03-06' }]);
    const upd = await run(changed, {});
    expect(upd.stdout).toContain('立案日期: 2024-03-05 → 2024-03-06');
  });

  it('a file that is not a ledger: exit 1 with a Chinese message, never a library message', async () => {
    const xls = tmpFile('old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await run(xls, {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/旧版 Excel 文件（\.xls）.*另存为/);
    const whole = readFileSync(await writeSimpleXlsx(tmpFile('cli-whole.xlsx'), [good(31)]));
    const cut = tmpFile('cut.xlsx');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const truncated = await run(cut, { json: true });
    expect(truncated.code).toBe(1);
    expect(JSON.parse(truncated.stdout).errors[0].message).toMatch(/损坏或不完整/);
    expect(truncated.stderr).not.toMatch(/invalid signature|FILE_ENDED/);
    const headerOnly = await writeSimpleXlsx(tmpFile('cli-header.xlsx'), []);
    expect((await run(headerOnly, {})).stderr).toContain('文件没有数据行');
  });

  it('a run closes the jobs a killed run left reading', async () => {
    const [job] = await database.db
      .insert(importJobs)
      .values({ fileName: 'killed.xlsx', status: 'reading', createdAt: new Date(Date.now() - 2 * 3_600_000) })
      .returning();
    const file = await writeSimpleXlsx(tmpFile('cli-after-kill.xlsx'), [good(41)]);
    const r = await run(file, { dryRun: true });
    expect(r.stderr).toContain('已关闭 1 个中断的导入任务');
    const [after] = await database.db.select().from(importJobs).where(eq(importJobs.id, job!.id));
    expect(after).toMatchObject({ status: 'failed', message: expect.stringContaining('导入中断') });
  });

  it('the dry run shows every column and how it is read, the unread ones in a block of their own', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['序号', '案号', '审理法院', '原告', '被告', '应诉日期', '应诉承办人', '结案方式']);
    ws.addRow([
      1,
      '（2024）苏9902行初51号',
      '示例市城东区人民法院',
      '王某',
      '示例市城东区公安分局',
      '2024-03-05',
      '张某',
      '判决',
    ]);
    ws.addRow(['制表人：张三', null, null, '审核人：李四']);
    const file = tmpFile('cli-real.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run(file, { dryRun: true });
    expect(r.code, r.stdout).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('表头各列 / columns of the file:');
    expect(r.stdout).toContain('F   应诉日期  → 收到起诉状副本日期（按列名推断 / guessed from its name）');
    expect(r.stdout).toContain('H   结案方式  → 结案方式（按列名 / by name）');
    expect(r.stdout).toContain('!! 2 列未导入，其内容不会读取 / 2 column(s) NOT READ:');
    expect(r.stdout).toContain('!!   G 应诉承办人');
    expect(r.stdout).toContain('已跳过表尾 1 行 / footer rows skipped:\n  第3行：制表人：张三 审核人：李四');
    // The unread columns come before the counts, not in a line at the end.
    expect(r.stdout.indexOf('NOT READ')).toBeLessThan(r.stdout.indexOf('检查（未写入）'));
    // --map 结案方式= is applied to a recognised column, and the report says so because it is.
    const ignored = await run(file, { dryRun: true, map: ['结案方式='] });
    expect(ignored.stdout).toContain('H   结案方式  → —（忽略 / ignored）');
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
        errorKinds: [],
        warningCount: 0,
        warnings: [],
        skippedRows: [],
        changes: [],
        importId: null,
        status: 'validated',
      }),
    ).toBe(
      '{"rows":1,"created":0,"updated":0,"unchanged":1,"errorCount":0,"errors":[],"errorKinds":[],"warnings":[],"skippedRows":[]}',
    );
  });

  describe('column mapping: --map 源列=字段 and --mapping FILE.json', () => {
    /** A county's own ledger: 争议事由 (our 案由) and two columns we do not know. */
    // 经办科室: a column no field claims (承办人 is the 承办人 field's own header since issue 14).
    const HEADER = ['序号', '案号', '受理法院', '立案时间', '原告', '被告', '争议事由', '经办科室'];
    const line = (n: number, filed = '2024-05-06') => [
      n,
      `（2024）苏9902行初${n}号`,
      '示例市城东区人民法院',
      filed,
      `赵某${n}`,
      '示例市城东区公安分局',
      `不服行政处罚${n}`,
      '李某',
    ];
    const ledger = async (rows: unknown[][], header = HEADER) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('台账');
      ws.addRow(header);
      for (const r of rows) ws.addRow(r);
      const file = tmpFile('county-ledger.xlsx');
      await wb.xlsx.writeFile(file);
      return file;
    };
    const causes = async (...ns: number[]) =>
      (
        await database.db
          .select({ caseNumber: cases.caseNumber, cause: cases.causeOfAction })
          .from(cases)
          .where(
            inArray(
              cases.caseNumber,
              ns.map((n) => `（2024）苏9902行初${n}号`),
            ),
          )
      ).map((c) => c.cause);
    const MAP = ['争议事由=causeOfAction', '序号=', '经办科室='];

    it('maps columns; remembered by a run without --dry-run (row errors or not), applied by itself next time', async () => {
      const file = await ledger([line(101), line(102)]);
      const plain = await run(file, { dryRun: true });
      expect(plain.code).toBe(0);
      expect(plain.stdout).toContain(
        '!! 3 列未导入，其内容不会读取 / 3 column(s) NOT READ:\n!!   A 序号\n!!   G 争议事由\n!!   H 经办科室',
      );

      // A dry run with the mapping applies it and writes nothing, the mapping included.
      const dry = await run(file, { dryRun: true, map: MAP });
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain('列对应（本次指定 / given）/ column mapping: 争议事由→causeOfAction');
      expect(dry.stdout).not.toContain('NOT READ');
      expect((await run(file, { dryRun: true })).stdout).toContain('NOT READ');

      // --json keeps exactly its keys with a mapping.
      const json = await run(file, { dryRun: true, json: true, map: MAP });
      expect(Object.keys(JSON.parse(json.stdout))).toEqual([
        'rows',
        'created',
        'updated',
        'unchanged',
        'errorCount',
        'errors',
        'errorKinds',
        'warnings',
        'skippedRows',
      ]);

      // A run with a row error: nothing imported (exit 1), but the mapping the user gave is remembered.
      const bad = await run(await ledger([line(101), line(102, '2024-02-30')]), { map: MAP });
      expect(bad.code).toBe(1);
      expect(await causes(101, 102)).toEqual([]);
      // The corrected file, without --map: mapped as remembered, 争议事由 imported as 案由.
      const fixed = await run(file, { json: true });
      expect(fixed.code).toBe(0);
      expect(JSON.parse(fixed.stdout)).toMatchObject({ rows: 2, created: 2, updated: 0, unchanged: 0, errors: [] });
      expect((await causes(101, 102)).sort()).toEqual(['不服行政处罚101', '不服行政处罚102']);
      expect((await run(file, { dryRun: true })).stdout).toContain('列对应（沿用上次 / remembered）');
    });

    it('--mapping FILE.json is the API format; --map entries win over it', async () => {
      const header = [...HEADER, '案件摘要'];
      const file = await ledger(
        [
          [...line(111), '摘要111'],
          [...line(112), '摘要112'],
        ],
        header,
      );
      const json = tmpFile('mapping.json');
      writeFileSync(json, JSON.stringify({ 序号: null, 争议事由: 'notes', 经办科室: null, 案件摘要: 'causeOfAction' }));
      const r = await run(file, { mapping: json, map: ['争议事由=', '案件摘要=causeOfAction'] });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('争议事由→忽略/ignored');
      expect((await causes(111, 112)).sort()).toEqual(['摘要111', '摘要112']);
    });

    it('a bad mapping is a usage error (exit 2) naming the field or the column, in Chinese and English', async () => {
      const file = await ledger([[...line(121), '']], [...HEADER, '备注丁']);
      const unknownField = await run(file, { map: ['争议事由=cause'] });
      expect(unknownField.code).toBe(2);
      expect(unknownField.stderr).toContain('列“争议事由”对应的字段“cause”不存在');
      expect(unknownField.stderr).toContain('unknown field "cause" for column "争议事由"');
      expect(unknownField.stderr).toContain('causeOfAction（案由）');

      const notInFile = await run(file, { map: ['办案人=notes', '争议事由=causeOfAction'] });
      expect(notInFile.code).toBe(2);
      expect(notInFile.stderr).toContain('文件表头中没有“办案人”列');
      expect(notInFile.stderr).toContain('column "办案人" is not in the file\'s header');
      expect(await causes(121)).toEqual([]);

      // --json: still exactly the five keys, the error naming the column.
      const asJson = await run(file, { json: true, map: ['办案人=notes'] });
      expect(asJson.code).toBe(2);
      expect(JSON.parse(asJson.stdout)).toEqual({
        rows: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        errors: [{ row: 0, column: '办案人', message: expect.stringContaining('办案人') }],
      });

      const noEquals = await run(file, { map: ['争议事由'] });
      expect(noEquals.code).toBe(2);
      expect(noEquals.stderr).toContain('--map expects COLUMN=FIELD (got "争议事由")');

      const missing = await run(file, { mapping: tmpFile('nowhere.json') });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('cannot read the mapping file');
      const notJson = tmpFile('bad.json');
      writeFileSync(notJson, '{"争议事由": ');
      expect((await run(file, { mapping: notJson })).stderr).toContain('the mapping file is not valid JSON');
      const array = tmpFile('array.json');
      writeFileSync(array, '["争议事由"]');
      expect((await run(file, { mapping: array })).code).toBe(2);

      // None of these wrote anything, nor remembered a mapping.
      expect(await causes(121)).toEqual([]);
      expect((await run(file, { dryRun: true })).stdout).toContain('NOT READ');
    });
  });
});
