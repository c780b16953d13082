import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createCalendar, officialSchedule } from '@shuangjiang/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BatchDeps, type BatchMode, createLineHandler, defaultDeps, runBatch } from './batch.js';

/** A Writable that collects text; `slow` makes it apply backpressure on every write. */
function sink(slow = false) {
  const parts: string[] = [];
  const stream = new Writable({
    highWaterMark: slow ? 16 : 16 * 1024,
    write(chunk: Buffer, _enc, done) {
      parts.push(chunk.toString('utf8'));
      if (slow) setImmediate(done);
      else done();
    },
  });
  return { stream, text: () => parts.join('') };
}

async function run(mode: BatchMode, chunks: (string | Buffer)[], deps?: BatchDeps, opts = {}) {
  const out = sink();
  const stats = await runBatch(createLineHandler(mode, deps), chunks, out.stream, opts);
  const text = out.text();
  expect(text.endsWith('\n') || text === '').toBe(true);
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  expect(lines).toHaveLength(stats.lines);
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('line handling (in process)', () => {
  it('answers every line in order: good, empty, blank, bad JSON, non-object, CRLF, last line without newline', async () => {
    const input = [
      '{"date":"2024-10-01"}',
      '',
      '   ',
      '{bad',
      '[1,2]',
      '{"date":"2027-03-01"}',
      '{"day":"2024-10-01"}',
      '{"date":"2024-09-29"}\r',
      '{"date":"2024-10-08"}',
    ].join('\n');
    const out = await run('calendar', [input]);
    expect(out.map((o) => o.error === null)).toEqual([true, false, false, false, false, false, false, true, true]);
    expect(out[0]).toEqual({ date: '2024-10-01', workday: false, reason: '国庆节放假', error: null });
    expect(out[1]!.error).toMatch(/^EMPTY_LINE/);
    expect(out[2]!.error).toMatch(/^EMPTY_LINE/);
    expect(out[3]!.error).toMatch(/^INVALID_JSON/);
    expect(out[4]!.error).toMatch(/^INVALID_REQUEST/);
    expect(out[5]!.error).toMatch(/^CALENDAR_YEAR_NOT_COVERED.*2027/);
    expect(out[6]!.error).toMatch(/^INVALID_REQUEST.*date/);
    expect(out[7]).toMatchObject({ date: '2024-09-29', workday: true, reason: '国庆节调休上班' });
    expect(out[8]).toMatchObject({ date: '2024-10-08', workday: true });
    for (const o of out.slice(1, 7)) expect(o).toMatchObject({ date: null, workday: null, reason: null });
  });

  it('trailing newline does not add a line; empty input gives no output', async () => {
    expect(await run('calendar', ['{"date":"2024-10-01"}\n'])).toHaveLength(1);
    expect(await run('calendar', [])).toHaveLength(0);
    expect(await run('calendar', ['\n'])).toHaveLength(1);
  });

  it('caseno: valid, invalid and bad lines have the documented shape', async () => {
    const out = await run('caseno', [
      '{"text":"（2024）苏0102行初123号"}\n{"text":"not a case number"}\n{"text":5}\n{"text":"(2019)最高法行申1号"}\n{"text":"（2014）海行受初字第5号"}\n',
    ]);
    expect(Object.keys(out[0]!)).toEqual([
      'input',
      'valid',
      'normalized',
      'year',
      'seq',
      'format',
      'court',
      'type',
      'error',
    ]);
    expect(out[0]).toMatchObject({ valid: true, year: 2024, seq: 123, error: null, type: { administrative: true } });
    expect(Object.keys(out[0]!.court as object)).toEqual(['code', 'level', 'province']);
    expect(Object.keys(out[0]!.type as object)).toEqual(['code', 'name', 'administrative', 'instance', 'known']);
    expect(out[0]!.type).toMatchObject({ code: '行初', known: true });
    expect(out[1]).toMatchObject({ input: 'not a case number', valid: false, normalized: null, court: null });
    expect(typeof out[1]!.error).toBe('string');
    expect(out[2]).toMatchObject({ input: null, valid: null, error: expect.stringMatching(/^INVALID_REQUEST/) });
    expect(out[3]).toMatchObject({ valid: true, year: 2019, seq: 1 });
    // A type code outside the table (受理-stage 行受初) still gives year and sequence, with the code as printed.
    expect(out[4]).toMatchObject({ valid: true, year: 2014, seq: 5, type: { code: '行受初', known: false } });
  });

  it('deadline: result and unknown rule', async () => {
    const out = await run('deadline', [
      '{"rule":"litigation.defense","from":"2024-09-20"}\n{"rule":"nope","from":"2024-09-20"}\n{"rule":"litigation.defense","from":"2024-02-30"}',
    ]);
    expect(out[0]).toMatchObject({ rule: 'litigation.defense', from: '2024-09-20', due: '2024-10-08', error: null });
    expect(out[0]!.basis).toBe('行政诉讼法第67条');
    expect(out[0]!.explanation).toContain('国庆节');
    expect(out[0]!.provisional).toBe(false);
    expect(out[1]).toEqual({
      rule: null,
      from: null,
      due: null,
      provisional: null,
      explanation: null,
      basis: null,
      error: expect.stringMatching(/^DEADLINE_RULE_UNKNOWN/),
    });
    expect(out[2]!.error).toMatch(/^INVALID_DATE/);
  });

  it('deadline in a year without its schedule: a provisional date, "provisional": true, 暂定 in the explanation', async () => {
    const out = await run('deadline', [
      // 2027-01-21 + 15 days = 2027-02-05, 除夕 (statutory since 2025); 02-06/07 weekend, 02-08 初三 → 02-09.
      '{"rule":"litigation.defense","from":"2027-01-21"}\n{"rule":"litigation.defense","from":"2026-11-02"}\n',
    ]);
    expect(out[0]).toMatchObject({ due: '2027-02-09', provisional: true, error: null });
    expect(out[0]!.explanation).toContain('春节放假');
    expect(out[0]!.explanation).toContain('暂定：2027年放假安排尚未录入');
    expect(out[1]).toMatchObject({ due: '2026-11-17', provisional: false, error: null });
    expect(out[1]!.explanation).not.toContain('暂定');
    // The calendar mode still refuses to guess about the same year.
    const cal = await run('calendar', ['{"date":"2027-02-05"}\n']);
    expect(cal[0]!.error).toMatch(/^CALENDAR_YEAR_NOT_COVERED.*2027/);
  });

  it('outcome: fields from classifyOutcome, errors for bad lines', async () => {
    const out = await run('outcome', [
      '{"text":"判决如下：撤销被告某市人民政府作出的行政处罚决定。"}\n\n{"text":null}\n{"text":"驳回原告的诉讼请求"}',
    ]);
    expect(Object.keys(out[0]!)).toEqual(['categories', 'primary', 'governmentLost', 'evidence', 'error']);
    expect(out[0]).toMatchObject({ governmentLost: true, error: null });
    expect(Array.isArray(out[0]!.categories)).toBe(true);
    expect(out[1]).toMatchObject({ categories: null, primary: null, error: expect.stringMatching(/^EMPTY_LINE/) });
    expect(out[2]!.error).toMatch(/^INVALID_REQUEST/);
    expect(out[3]).toMatchObject({ governmentLost: false, error: null });
  });

  it('outcome with "kind": a 复议决定 answers in 复议结果, a bad kind is a line error', async () => {
    const out = await run('outcome', [
      '{"text":"本机关决定：维持被申请人作出的行政处罚决定。","kind":"reconsideration"}\n' +
        '{"text":"本机关决定：撤销被申请人作出的行政处罚决定。","kind":"reconsideration"}\n' +
        '{"text":"本机关决定：维持被申请人作出的行政处罚决定。"}\n' +
        '{"text":"驳回原告的诉讼请求","kind":"court"}\n',
    ]);
    expect(out[0]).toMatchObject({ categories: ['RECON_UPHELD'], primary: 'RECON_UPHELD', governmentLost: false });
    expect(out[1]).toMatchObject({ primary: 'RECON_REVOKED', governmentLost: true, error: null });
    expect(out[2]!.primary).toBe('CLAIMS_REJECTED'); // without a kind: a court's categories, as before
    expect(out[3]!.error).toMatch(/^INVALID_REQUEST.*kind/);
  });

  it('the fast paths (no JSON.parse / JSON.stringify) give exactly what JSON would', () => {
    const echo: BatchDeps = {
      ...defaultDeps(),
      parseCaseNumber: (text) =>
        text.length % 2
          ? { valid: false, input: text, reason: `bad ${text}` }
          : {
              valid: true,
              input: text,
              normalized: text,
              year: 2024,
              seq: text.length,
              format: 'current',
              court: { code: text, level: 'basic', province: null, name: null },
              type: { code: text, name: '行政一审', administrative: true, instance: 'first' },
            },
    };
    const handle = createLineHandler('caseno', echo);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const fast = handle(JSON.stringify({ text }));
        const slow = handle(` { "text" : ${JSON.stringify(text)} } `);
        expect(fast).toBe(slow);
        const parsed = JSON.parse(fast);
        expect(parsed.input).toBe(text);
        if (text.length % 2) expect(parsed.error).toBe(`bad ${text}`);
        else expect(parsed.court).toEqual({ code: text, level: 'basic', province: null });
      }),
      { numRuns: 500 },
    );
  });

  it('a throwing domain function becomes an error line, not a crash', async () => {
    const deps: BatchDeps = {
      ...defaultDeps(),
      parseCaseNumber: () => {
        throw new Error('boom');
      },
    };
    const out = await run('caseno', ['{"text":"a"}\n{"text":"b"}\n'], deps);
    expect(out.map((o) => o.error)).toEqual(['INTERNAL_ERROR: boom', 'INTERNAL_ERROR: boom']);
  });

  it('chunk boundaries anywhere (even inside a UTF-8 character) give the same answers', async () => {
    const text =
      ['{"date":"2024-10-01"}', '', '{"date":"2025-01-26"}', '{bad', '{"date":"2024-10-12"}\r'].join('\n') + '\n';
    const bytes = Buffer.from(text, 'utf8');
    const whole = await run('calendar', [bytes]);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
        async (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
          const chunks = points.slice(1).map((end, i) => bytes.subarray(points[i], end));
          expect(await run('calendar', chunks)).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
    const utf8 = Buffer.from('{"text":"（2024）苏0102行初1号"}\n', 'utf8');
    const split = await run('caseno', [utf8.subarray(0, 10), utf8.subarray(10, 11), utf8.subarray(11)]);
    expect(split[0]).toMatchObject({ valid: true, input: '（2024）苏0102行初1号' });
  });

  it('a 10 MB line spread over many chunks is answered, and the lines around it too', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(10 * 1024 * 1024) });
    const input = Buffer.from(`{"text":"（2024）苏0102行初1号"}\n${big}\n{"text":"（2024）苏0102行初2号"}\n`);
    const chunks: Buffer[] = [];
    for (let i = 0; i < input.length; i += 65536) chunks.push(input.subarray(i, i + 65536));
    const out = await run('caseno', chunks);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ valid: true, seq: 1 });
    expect(out[1]).toMatchObject({ valid: false });
    expect((out[1]!.input as string).length).toBe(10 * 1024 * 1024);
    expect(out[2]).toMatchObject({ valid: true, seq: 2 });
  }, 30_000);

  it('lines over the limit are answered with LINE_TOO_LONG and do not break the following lines', async () => {
    const long = `{"date":"${'9'.repeat(300)}"}`;
    const input = `{"date":"2024-10-01"}\n${long}\n${long}`;
    const chunks = [input.slice(0, 50), input.slice(50, 200), input.slice(200, 400), input.slice(400)];
    const out = await run('calendar', [...chunks, '\n{"date":"2024-10-08"}\n'], undefined, { maxLineLength: 100 });
    expect(out.map((o) => o.error ?? 'ok')).toEqual(['ok', 'LINE_TOO_LONG', 'LINE_TOO_LONG', 'ok']);
  });

  it('respects backpressure: a slow reader still gets every line in order', async () => {
    const n = 20_000;
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ text: `（2024）苏0102行初${i + 1}号` }));
    const out = sink(true);
    const stats = await runBatch(createLineHandler('caseno'), [lines.join('\n')], out.stream);
    expect(stats.lines).toBe(n);
    const answers = out.text().trimEnd().split('\n');
    expect(answers).toHaveLength(n);
    expect(answers.map((a) => (JSON.parse(a) as { seq: number }).seq)).toEqual(lines.map((_, i) => i + 1));
  });

  it('stops quietly when the reader goes away', async () => {
    const out = new Writable({
      write(_c, _e, done) {
        done(Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
      },
    });
    async function* endless() {
      for (let i = 0; i < 1_000; i++) yield `${'{"date":"2024-10-01"}\n'.repeat(5000)}`;
    }
    await expect(runBatch(createLineHandler('calendar'), endless(), out)).resolves.toBeDefined();
  });

  it('the handler can use any calendar given to it', async () => {
    const deps: BatchDeps = {
      ...defaultDeps(),
      calendar: createCalendar({ years: officialSchedule.years.slice(0, 1) }),
    };
    const out = await run('calendar', ['{"date":"2019-10-01"}\n{"date":"2024-10-01"}\n'], deps);
    expect(out[0]).toMatchObject({ workday: false });
    expect(out[1]!.error).toMatch(/CALENDAR_YEAR_NOT_COVERED/);
  });
});

// The built command, as users run it: `node packages/cli/dist/index.js <mode> --jsonl`.
describe('built CLI (spawned)', () => {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const bin = `${root}packages/cli/dist/index.js`;

  beforeAll(() => {
    // tsc -b emits even when another package has type errors; those are not this test's subject, so a failing
    // build only matters if it left no CLI to run.
    try {
      execFileSync('npx', ['tsc', '-b', 'packages/domain', 'packages/cli'], { cwd: root, stdio: 'pipe' });
    } catch (e) {
      if (!existsSync(bin)) throw e;
    }
  }, 300_000);

  function cli(
    args: string[],
    stdin: string | Buffer,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: root });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
      );
      child.stdin.on('error', () => {});
      child.stdin.end(stdin);
    });
  }

  it('requires --jsonl with a clear message', async () => {
    const r = await cli(['caseno'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jsonl');
    expect(r.stdout).toBe('');
  });

  it('one line out per line in, in order, with bad JSON, empty lines and a 10 MB line', async () => {
    const big = JSON.stringify({ text: `（2024）苏0102行初${'1'.repeat(10 * 1024 * 1024)}号` });
    const input = [
      '{"text":"（2024）苏0102行初7号"}',
      '',
      '{oops',
      big,
      '{"text":"（2023）京01行终8号"}',
      '{"text":"（2024）苏0102行初9号"}',
    ].join('\n');
    const r = await cli(['caseno', '--jsonl'], input);
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(6);
    const parsed = out.map((l) => JSON.parse(l) as { seq: number | null; error: string | null });
    expect(parsed[0]!.seq).toBe(7);
    expect(parsed[1]!.error).toMatch(/^EMPTY_LINE/);
    expect(parsed[2]!.error).toMatch(/^INVALID_JSON/);
    expect(parsed[3]!.error).not.toBeNull(); // a 10-million-digit number is not a valid case number
    expect(parsed[4]!.seq).toBe(8);
    expect(parsed[5]!.seq).toBe(9);
  }, 60_000);

  it.each([
    ['calendar', '{"date":"2024-10-01"}\n\n', 2],
    ['deadline', '{"rule":"disclosure.reply","from":"2025-01-20"}\n{}\n', 2],
    ['outcome', '{"text":"驳回原告的诉讼请求"}\nnot json\n', 2],
  ])('%s --jsonl answers every line', async (mode, input, count) => {
    const r = await cli([mode, '--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(count);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });
});
