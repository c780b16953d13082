#!/usr/bin/env node
// `npm test`: the whole suite, in order, stopping at nothing so that every failure is reported:
//   build + typecheck → the web's API types match the server's OpenAPI → dependencies' Node engines → lint → import
//   boundaries → rule citations → file sizes → unit, web component (jsdom) and integration tests on PGlite (every
//   Vitest project) → the same integration tests on PostgreSQL (TEST_DATABASE_URL) → browser tests in Chromium.
// Outside CI a missing PostgreSQL or Chromium is reported loudly as NOT RUN; with CI=true it is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const resultsDir = join(root, 'tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const steps = [];
let failed = false;

function run(name, cmd, args, env = {}, report = null) {
  process.stdout.write(`\n━━ ${name} ━━\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  const ok = r.status === 0;
  steps.push({ name, status: ok ? 'passed' : 'FAILED', seconds: Math.round((Date.now() - started) / 1000), report });
  if (!ok) failed = true;
  return ok;
}

function notRun(name, why) {
  steps.push({ name, status: ci ? 'FAILED (not run in CI)' : 'NOT RUN', seconds: 0, why });
  process.stdout.write(`\n━━ ${name}: NOT RUN — ${why} ━━\n`);
  if (ci) failed = true;
}

const vitest = (name, file, args, env) =>
  run(
    name,
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${join(resultsDir, file)}`],
    env,
    file,
  );

run('build and typecheck', 'npm', ['run', 'build']);
// The web's API types are generated from the server's OpenAPI document; a route's schema changed without
// regenerating them fails here (fix: `npm run contracts`, then commit packages/web/src/app/api/schema.gen.ts).
run("contracts: the web's API types are the server's (else run npm run contracts)", 'node', [
  'scripts/gen-api-types.mjs',
  '--check',
]);
run('engines: every dependency admits the lowest supported Node', 'node', ['scripts/check-engines.mjs']);
run('typecheck web', 'npx', ['tsc', '-p', 'packages/web', '--noEmit']);
run('lint (Biome)', 'npx', ['biome', 'check', '.']);
run('boundaries: who may import whom (dependency-cruiser)', 'node', ['scripts/check-boundaries.mjs']);
run('docs: every citation of docs/rules resolves', 'node', ['scripts/check-docs.mjs']);
run('file sizes: no file under packages/*/src over 450 lines', 'node', ['scripts/check-size.mjs']);
vitest('unit + web component + integration tests on PGlite', 'pglite.json', [], { TEST_DB: 'pglite' });

const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) vitest('integration tests on PostgreSQL', 'postgres.json', ['--project', 'db'], { TEST_DB: 'postgres' });
else
  notRun(
    'integration tests on PostgreSQL',
    'TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)',
  );

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(join(root, 'e2e', 'vitest.config.ts'))) notRun('browser tests', 'e2e/vitest.config.ts is missing');
else if (existsSync(chromium)) vitest('browser tests (Chromium)', 'e2e.json', ['-c', 'e2e/vitest.config.ts']);
else notRun('browser tests', `Chromium not found at ${chromium} (apt-get install chromium fonts-noto-cjk)`);

/**
 * What failed, repeated under the summary: CI shows only the tail of this output, so the names of the failed tests
 * (or a pointer to an error thrown outside any test) must be here and not only hundreds of lines above.
 */
function failureDetails(file) {
  const p = join(resultsDir, file);
  if (!existsSync(p)) return '      (no report written: the runner itself failed, see its output above)\n';
  const r = JSON.parse(readFileSync(p, 'utf8'));
  const lines = [];
  for (const t of r.testResults ?? []) {
    const failedHere = (t.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failedHere)
      lines.push(
        `      ✗ ${t.name.replace(root, '')} › ${a.fullName}: ${(a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300)}`,
      );
    if (failedHere.length === 0 && t.status === 'failed')
      lines.push(`      ✗ ${t.name.replace(root, '')}: ${(t.message ?? '').split('\n')[0].slice(0, 300)}`);
  }
  if (lines.length === 0)
    lines.push(
      '      every test passed but the runner failed: an error thrown outside a test ("Unhandled Errors" above)',
    );
  return `${lines.join('\n')}\n`;
}

// One closing line with the counts of every test runner run above.
let passed = 0;
let failedTests = 0;
let skipped = 0;
for (const f of ['pglite.json', 'postgres.json', 'e2e.json']) {
  const p = join(resultsDir, f);
  if (!existsSync(p)) continue;
  const r = JSON.parse(readFileSync(p, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failedTests += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
process.stdout.write('\n━━ summary ━━\n');
for (const s of steps) {
  process.stdout.write(`  ${s.status.padEnd(24)} ${s.name}${s.why ? ` — ${s.why}` : ''} (${s.seconds}s)\n`);
  if (s.status === 'FAILED' && s.report) process.stdout.write(failureDetails(s.report));
}
if (failed && failedTests === 0) failedTests = 1; // a failed build, lint or missing suite counts as a failure
process.stdout.write(`tests: ${passed} passed, ${failedTests} failed, ${skipped} skipped\n`);
process.exit(failed ? 1 : 0);
