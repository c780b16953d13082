/**
 * `shuangjiang indicators` on the demo city (a database no server holds): `--json` prints exactly the keys the issue
 * names, each display the domain's format of its definition, a breakdown that adds up to the new cases, a region
 * that narrows to the breakdown's count, a definition file that changes the rounding (version null: not a settings
 * version), and a broken file refused with its field named in Chinese (exit 2).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DEMO_CITY_DEFINITIONS, formatRate } from '@shuangjiang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContext, demoSteps } from '../../../server/src/modules/demo/seed.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../server/src/platform/db/testing.js';
import { type IndicatorsOptions, runIndicatorsCommand } from './indicators.js';

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

interface Printed {
  definition: { id: string; version: number | null };
  figures: {
    id: string;
    label: string;
    numerator: number;
    denominator: number | null;
    value: number | null;
    display: string;
  }[];
  breakdown: { key: string; label: string; count: number; share: number | null; display: string }[];
}

const Q3 = { from: '2025-07-01', to: '2025-09-30' };

describe(`shuangjiang indicators on ${testDbKind()}`, () => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'sj-indicators-'));
  beforeAll(async () => {
    database = await createTestDatabase();
    const demo = demoContext(20261129);
    await database.db.transaction(async (tx) => {
      for (const step of demoSteps) await step(tx, demo);
    });
  }, 300_000);
  afterAll(async () => {
    await database?.cleanup();
  });
  const run = async (opts: IndicatorsOptions) => {
    const out = capture();
    const err = capture();
    const code = await runIndicatorsCommand(database, opts, { stdout: out.stream, stderr: err.stream });
    return { code, stdout: out.text(), stderr: err.text() };
  };

  it('--json: exactly {definition, figures, breakdown}, displays in the definitions’ formats, a breakdown that adds up', async () => {
    const r = await run({ ...Q3, by: 'region', json: true });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Printed;
    expect(Object.keys(printed)).toEqual(['definition', 'figures', 'breakdown']);
    expect(printed.definition).toEqual({ id: 'demo-city', version: 0 });
    for (const f of printed.figures) {
      expect(Object.keys(f)).toEqual(['id', 'label', 'numerator', 'denominator', 'value', 'display']);
      const def = DEMO_CITY_DEFINITIONS.definitions.find((d) => d.id === f.id)!;
      if ('format' in def && f.denominator !== null && f.denominator > 0) {
        expect(f.display).toBe(formatRate(f.numerator, f.denominator, def.format));
        expect(f.value).toBe(f.numerator / f.denominator);
      }
    }
    const newCases = printed.figures.find((f) => f.id === 'new_cases')!;
    expect(newCases.display).toBe(String(newCases.numerator));
    expect(printed.breakdown.reduce((n, b) => n + b.count, 0)).toBe(newCases.numerator);
    for (const b of printed.breakdown) {
      expect(Object.keys(b)).toEqual(['key', 'label', 'count', 'share', 'display']);
      expect(b.display).toBe(formatRate(b.count, newCases.numerator));
    }
    const east = printed.breakdown.find((b) => b.key === '329902')!;
    expect(east.label).toBe('城东区');
    const county = JSON.parse((await run({ ...Q3, region: '329902', json: true })).stdout) as Printed;
    expect(county.figures.find((f) => f.id === 'new_cases')!.numerator).toBe(east.count);
  }, 120_000);

  it('--definition FILE: the file’s rounding and labels (no settings version); a broken file is refused by field', async () => {
    const set = structuredClone(DEMO_CITY_DEFINITIONS) as unknown as {
      id: string;
      definitions: { id: string; label: string; format?: { rounding: string; decimals: number } }[];
    };
    set.id = 'truncated-city';
    const loss = set.definitions.find((d) => d.id === 'loss_rate')!;
    loss.format = { rounding: 'truncate', decimals: 1 };
    loss.label = '一审败诉率（截尾一位）';
    const file = join(dir, 'definitions.json');
    writeFileSync(file, JSON.stringify(set));
    const r = await run({ ...Q3, definition: file, json: true });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Printed;
    expect(printed.definition).toEqual({ id: 'truncated-city', version: null });
    const f = printed.figures.find((x) => x.id === 'loss_rate')!;
    expect(f.label).toBe('一审败诉率（截尾一位）');
    expect(f.display).toBe(formatRate(f.numerator, f.denominator!, { rounding: 'truncate', decimals: 1 }));

    loss.format = { rounding: 'truncate', decimals: 9 };
    writeFileSync(file, JSON.stringify(set));
    const broken = await run({ ...Q3, definition: file, json: true });
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/definitions\[3\]\.format\.decimals: .*小数位数/);
    writeFileSync(file, '{ not json');
    expect((await run({ ...Q3, definition: file })).stderr).toMatch(/不是 JSON/);
  }, 120_000);

  it('bad options are usage errors (exit 2) in Chinese', async () => {
    expect((await run({ from: '2025-13-01', to: '2025-09-30' })).code).toBe(2);
    const reversed = await run({ from: '2025-09-30', to: '2025-07-01' });
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/晚于/);
    expect((await run({ ...Q3, by: 'planet' })).stderr).toMatch(/--by/);
    const text = await run({ ...Q3 });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/2025年第3季度.*示范市指标口径（第0版）/);
  }, 120_000);
});
