// Rough throughput of parseCaseNumber on typical inputs (not a test, not the benchmark suite):
//   npx tsx packages/domain/scripts/time-case-number.ts
import { parseCaseNumber } from '../src/caseNumber/index.js';

const samples = [
  '（2023）苏0102行初123号',
  '(2018)最高法行申3190号',
  '（２０２３）苏０１０２行初１２３号',
  '（2015）鄂江岸行初字第00300号',
  '〔2019〕京73行初1号',
  '（2018）蘇01行終12號',
  '( 2023 ) 苏01 行终 45 号',
  '（2003）琼行终字第X号',
  '（2019）苏0102执恢5号',
  '（2020）苏8601行赔初5号',
];
const inputs = Array.from({ length: 100_000 }, (_, i) =>
  samples[i % samples.length]!.replace('123', String(100 + (i % 900))),
);

let sink = 0;
for (const s of inputs) sink += parseCaseNumber(s).valid ? 1 : 0; // warm-up
const rounds = 10;
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const s of inputs) sink += parseCaseNumber(s).valid ? 1 : 0;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const perSecond = Math.round((inputs.length * rounds) / seconds);
console.log(
  `${perSecond.toLocaleString('en')} numbers/s (${inputs.length * rounds} parses in ${seconds.toFixed(2)} s; ${sink})`,
);
