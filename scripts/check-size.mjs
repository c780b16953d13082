#!/usr/bin/env node
// Files a reader takes in at once (issue 11, "Done when"): no source or test file under packages/*/src over 450
// lines — a use case is a file of a screen or two, a test file one subject. Exempt: the i18n tables (one long list
// by nature) and generated files. Prints every offender with its length and exits 1.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const LIMIT = 450;
const root = new URL('..', import.meta.url).pathname;
const exempt = (path) => /\/app\/i18n\//.test(path) || /\.gen\.ts$/.test(path);
const offenders = [];

function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'dist') walk(p);
    } else if (/\.(ts|tsx|mts)$/.test(e.name) && !exempt(p)) {
      const lines = readFileSync(p, 'utf8').split('\n').length - 1;
      if (lines > LIMIT) offenders.push({ path: relative(root, p), lines });
    }
  }
}
for (const pkg of readdirSync(join(root, 'packages'))) {
  try {
    walk(join(root, 'packages', pkg, 'src'));
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
}
if (offenders.length) {
  for (const o of offenders.sort((a, b) => b.lines - a.lines))
    process.stderr.write(`${o.path}: ${o.lines} lines (at most ${LIMIT}; split it by use case or subject)\n`);
  process.exit(1);
}
process.stdout.write(`file sizes: every file under packages/*/src is at most ${LIMIT} lines\n`);
