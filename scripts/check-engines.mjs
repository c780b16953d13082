#!/usr/bin/env node
// Proves that a clean install prints no engine warning on the lowest Node the project supports: every package in
// package-lock.json whose `engines.node` range does not admit that version is named, and the exit status is 1.
// The lowest version is the minimum of the root package.json's `engines.node` (">=20.19" → 20.19.0, as the README
// says). `npm ci` only warns (EBADENGINE) and goes on, so without this check a dependency bump that needs a newer
// Node would pass CI on a newer Node and break on the README's. Usage: node scripts/check-engines.mjs [--lock FILE]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url);
const semver = createRequire(root)('semver');

const args = process.argv.slice(2);
const lockArg = args.indexOf('--lock');
const lockPath = lockArg >= 0 ? args[lockArg + 1] : new URL('package-lock.json', root);
const rootPkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const lowest = semver.minVersion(rootPkg.engines.node).version;
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));

const bad = [];
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  const range = entry.engines?.node;
  // Old packages sometimes wrote `engines` as an array of strings: npm ignores those, so do we.
  if (typeof range !== 'string' || path === '') continue;
  const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  if (!semver.satisfies(lowest, range, { includePrerelease: true }))
    bad.push(`  ${name}@${entry.version ?? '?'} (${path}) needs node ${range}`);
}

if (bad.length > 0) {
  process.stderr.write(`${bad.length} package(s) in the lockfile do not support Node ${lowest}:\n${bad.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`engines: every package in the lockfile admits Node ${lowest}\n`);
