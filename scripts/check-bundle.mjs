#!/usr/bin/env node
// Installs the offline bundle (scripts/bundle.mjs) as an intranet site would and starts it: unpacked into an empty
// directory and run with Node alone, in a network namespace of its own where only loopback exists (`unshare -n`), so
// nothing it does can reach a registry or the internet. It must answer /healthz, serve the web app, sign a demo clerk
// in and list the clerk's cases, and its CLI must migrate a second, empty data directory. Exit 1 otherwise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'tmp', 'bundle');
const archive = readdirSync(out).find((f) => f.endsWith('.tar.gz'));
if (!archive) fail('no bundle in tmp/bundle: run npm run bundle first');

const site = mkdtempSync(join(tmpdir(), 'sj-site-'));
run('tar', ['-xzf', join(out, archive), '-C', site]);
const app = join(site, archive.replace(/\.tar\.gz$/, ''));
const port = 3900 + Math.floor(Math.random() * 90);

// Only loopback: the namespace has no route anywhere else. Without the privilege to make one, the check would prove
// nothing about the network, so it fails instead of passing quietly.
const isolated = spawnSync('unshare', ['-n', 'true']).status === 0;
if (!isolated) fail('unshare -n is not permitted here: cannot run the bundle without a network');

const script = [
  'set -e; ip link set lo up',
  // A registry lookup would fail here anyway; the variables make any attempt fail fast and visibly.
  'export npm_config_offline=true npm_config_registry=http://127.0.0.1:9/',
  `cd ${app}`,
  `DATA_DIR=${site}/empty node packages/cli/bin/shuangjiang.js migrate`,
  `DATA_DIR=${site}/data PORT=${port} HOST=127.0.0.1 JOBS_WORKER=false exec node packages/cli/bin/shuangjiang.js serve --demo &`,
  'server=$!',
  `for i in $(seq 1 60); do node -e "fetch('http://127.0.0.1:${port}/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break; sleep 1; done`,
  `set +e; node ${join(root, 'scripts', 'bundle-smoke.mjs')} http://127.0.0.1:${port}`,
  'rc=$?',
  'kill $server; wait $server',
  'exit $rc',
].join('\n');
const r = spawnSync('unshare', ['-n', 'sh', '-c', script], { stdio: 'inherit' });
rmSync(site, { recursive: true, force: true });
if (r.status !== 0) fail(`the bundle did not start or answer as it should (exit ${r.status})`);
process.stdout.write(`check-bundle: ${archive} installed and served offline\n`);

function run(cmd, args) {
  const res = spawnSync(cmd, args, { stdio: 'inherit' });
  if (res.status !== 0) fail(`${cmd} ${args.join(' ')} failed`);
}
function fail(message) {
  process.stderr.write(`check-bundle: ${message}\n`);
  process.exit(1);
}
