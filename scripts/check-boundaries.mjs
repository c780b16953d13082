#!/usr/bin/env node
// Who may import whom (.dependency-cruiser.cjs, docs/ARCHITECTURE.md): `npm test` runs this after lint.
//   1. the rules hold on packages/ (today's violations are the config's KNOWN exceptions);
//   2. the rules bite: a tiny tree written to tmp/ breaks each rule once, and each break must be reported — so a
//      rule weakened by a typo (a path that no longer matches anything) fails here instead of passing silently.
// `node scripts/check-boundaries.mjs --self-test` runs only the second part.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

function cruise(cwd, outputType) {
  return spawnSync(depcruise, ['packages', '--config', config, '--output-type', outputType], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
}

/** The fixture: file → source. Each `// breaks:` names the rule the file's import must trip. */
const fixture = {
  'packages/domain/src/ok.ts': "import { b } from './okToo.js';\nexport const a = b;\n",
  'packages/domain/src/okToo.ts': 'export const b = 1;\n',
  // breaks: domain-imports-io
  'packages/domain/src/readsFiles.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  // breaks: domain-imports-outside (and domain-imports-other-package)
  'packages/domain/src/usesServer.ts':
    "import { s } from '../../server/src/platform/config.js';\nexport const u = s;\n",
  'packages/server/src/platform/config.ts': 'export const s = 1;\n',
  // breaks: platform-imports-module
  'packages/server/src/platform/http/thing.ts':
    "import { t } from '../../modules/cases/schema.js';\nexport const x = t;\n",
  // breaks: platform-imports-module, twice (platform owns the audit log's table since issue 11: no exception left)
  'packages/server/src/platform/audit.ts':
    "import { t } from '../modules/audit/schema.js';\nimport { c } from '../modules/cases/schema.js';\nexport const y = [t, c];\n",
  'packages/server/src/modules/audit/schema.ts': 'export const t = 1;\n',
  'packages/server/src/modules/cases/schema.ts': "import { o } from '../org/schema.js';\nexport const t = o;\n",
  'packages/server/src/modules/org/schema.ts': 'export const o = 1;\n',
  'packages/server/src/modules/cases/service.ts': "import { t } from './schema.js';\nexport const svc = t;\n",
  'packages/server/src/modules/cases/repository.ts': 'export const repo = 1;\n',
  // allowed: another module's service; breaks: module-internals (another module's repository and table)
  'packages/server/src/modules/hearings/service.ts':
    "import { svc } from '../cases/service.js';\nimport { repo } from '../cases/repository.js';\nimport { t } from '../cases/schema.js';\nexport const h = [svc, repo, t];\n",
  // allowed: tests may reach any table
  'packages/server/src/modules/hearings/hearings.db.test.ts':
    "import { t } from '../cases/schema.js';\nexport const test = t;\n",
  // breaks: shipped-imports-test-helper (allowed from a test)
  'packages/server/src/modules/cases/testing.ts': 'export const helper = 1;\n',
  'packages/server/src/modules/cases/generate.ts': "import { helper } from './testing.js';\nexport const g = helper;\n",
  'packages/server/src/modules/cases/generate.test.ts':
    "import { helper } from './testing.js';\nexport const gt = helper;\n",
  // breaks: web-imports-server
  'packages/web/src/features/x/api.ts':
    "import { svc } from '../../../../server/src/modules/cases/service.js';\nexport const w = svc;\n",
  // breaks: no-circular (runtime imports both ways)
  'packages/server/src/modules/hearings/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'packages/server/src/modules/hearings/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
  // allowed: a type-only import back does not make a cycle
  'packages/server/src/modules/hearings/c.ts':
    "import { d } from './d.js';\nexport interface C { n: number }\nexport const c = d;\n",
  'packages/server/src/modules/hearings/d.ts': "import type { C } from './c.js';\nexport const d = (x: C) => x.n;\n",
};

/** [rule, from, to]: every one must be reported, and nothing else. */
const expected = [
  ['domain-imports-io', 'packages/domain/src/readsFiles.ts', 'fs'],
  ['domain-imports-outside', 'packages/domain/src/usesServer.ts', 'packages/server/src/platform/config.ts'],
  ['domain-imports-other-package', 'packages/domain/src/usesServer.ts', 'packages/server/src/platform/config.ts'],
  [
    'platform-imports-module',
    'packages/server/src/platform/http/thing.ts',
    'packages/server/src/modules/cases/schema.ts',
  ],
  ['platform-imports-module', 'packages/server/src/platform/audit.ts', 'packages/server/src/modules/cases/schema.ts'],
  ['platform-imports-module', 'packages/server/src/platform/audit.ts', 'packages/server/src/modules/audit/schema.ts'],
  [
    'module-internals',
    'packages/server/src/modules/hearings/service.ts',
    'packages/server/src/modules/cases/repository.ts',
  ],
  [
    'module-internals',
    'packages/server/src/modules/hearings/service.ts',
    'packages/server/src/modules/cases/schema.ts',
  ],
  [
    'shipped-imports-test-helper',
    'packages/server/src/modules/cases/generate.ts',
    'packages/server/src/modules/cases/testing.ts',
  ],
  ['web-imports-server', 'packages/web/src/features/x/api.ts', 'packages/server/src/modules/cases/service.ts'],
  // a cycle is reported from one of its files, whichever depcruise reaches first
  ['no-circular', 'packages/server/src/modules/hearings/a.ts', 'packages/server/src/modules/hearings/b.ts'],
];

function selfTest() {
  const dir = join(root, 'tmp', 'boundaries-fixture');
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(fixture)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const r = cruise(dir, 'json');
  if (!r.stdout) throw new Error(`depcruise wrote nothing: ${r.stderr}`);
  const key = (rule, from, to) =>
    `${rule}: ${rule === 'no-circular' ? [from, to].sort().join(' ↔ ') : `${from} → ${to}`}`;
  const found = JSON.parse(r.stdout).summary.violations.map((v) => key(v.rule.name, v.from, v.to));
  const want = expected.map(([rule, from, to]) => key(rule, from, to));
  const missing = want.filter((w) => !found.includes(w));
  const unexpected = found.filter((f) => !want.includes(f));
  rmSync(dir, { recursive: true, force: true });
  if (missing.length || unexpected.length) {
    for (const m of missing) console.error(`  not reported: ${m}`);
    for (const u of unexpected) console.error(`  reported but allowed: ${u}`);
    return false;
  }
  console.log(`boundaries self-test: the ${want.length} planted violations reported, the allowed imports not`);
  return true;
}

let ok = true;
if (!process.argv.includes('--self-test')) {
  const r = cruise(root, 'err');
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0) ok = false;
  else console.log('boundaries: no dependency rule broken');
}
if (!selfTest()) ok = false;
process.exit(ok ? 0 : 1);
