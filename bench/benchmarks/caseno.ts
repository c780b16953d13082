import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { costRatioOfRates, timeCommand } from '../lib/proc.js';
import { type Benchmark, result } from '../lib/types.js';

// Real-world shapes: current and legacy formats, full-width digits and brackets, civil numbers, junk.
const SHAPES = [
  (y: number, s: number) => `（${y}）苏0102行初${s}号`,
  (y: number, s: number) => `(${y})苏01行终${s}号`,
  (y: number, s: number) => `〔${y}〕最高法行申${s}号`,
  (y: number, s: number) => `（${y}）京0105民初${s}号`,
  (_y: number, s: number) => `(2015)鄂江岸行初字第${String(s).padStart(5, '0')}号`,
  (y: number, s: number) =>
    `（${String(y).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}）苏9902行赔初${s}号`,
  (_y: number, s: number) => `不是案号${s}`,
];

const BASELINE = `
const rl = require('node:readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
const re = /[（(〔]?(\\d{4})[)）〕]([^\\d行民刑]+\\d*)(行[^\\d]*|民[^\\d]*|刑[^\\d]*)(\\d+)号/;
let out = [];
rl.on('line', (l) => { const m = re.exec(l); out.push(m ? m[1] : ''); if (out.length >= 4096) { process.stdout.write(out.join('\\n') + '\\n'); out = []; } });
rl.on('close', () => { if (out.length) process.stdout.write(out.join('\\n') + '\\n'); });
`;

export const benchmark: Benchmark = {
  name: 'caseno',
  description: 'case-number batch mode of the CLI vs a bare regular-expression scan of the same lines',
  async run(ctx) {
    const n = ctx.scale === 'full' ? 1_000_000 : 300_000;
    const file = join(ctx.tmp, `caseno-${n}.jsonl`);
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const shape = SHAPES[i % SHAPES.length]!;
      lines.push(JSON.stringify({ text: shape(2016 + (i % 10), 1 + (i % 4999)) }));
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const cli = join(ctx.root, 'packages/cli/dist/index.js');
    // Best of three for each, alternating, to damp the noise of a shared machine.
    let product = Number.POSITIVE_INFINITY;
    let baseline = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      product = Math.min(product, await timeCommand(process.execPath, [cli, 'caseno', '--jsonl'], file));
      baseline = Math.min(baseline, await timeCommand(process.execPath, ['-e', BASELINE], file));
    }
    const rate = n / (product / 1000);
    const baseRate = n / (baseline / 1000);
    return [
      result({
        name: 'caseno',
        db: 'none',
        value: rate,
        unit: 'lines/s',
        baseline: 'regex scan',
        baselineValue: baseRate,
        ratio: costRatioOfRates(rate, baseRate),
        n,
        target: '≥ 300,000/s',
        pass: rate >= 300_000,
      }),
    ];
  },
};
