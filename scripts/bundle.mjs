#!/usr/bin/env node
// `npm run bundle`: the offline bundle for an intranet without the npm registry (issue 18 §4). One archive,
// tmp/bundle/shuangjiang-<version>-linux-x64.tar.gz, holding the built app (domain, server, cli, web) and its production
// dependencies installed for this platform; on the target it is unpacked and started with Node alone (no npm, no
// registry, no compiler). Run after `npm run build`. scripts/check-bundle.mjs installs and starts it as a site would.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const name = `shuangjiang-${version}-${process.platform}-${process.arch}`;
const out = join(root, 'tmp', 'bundle');
const stage = join(out, name);

function sh(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`bundle: ${cmd} ${args.join(' ')} failed (exit ${r.status})\n`);
    process.exit(1);
  }
}

for (const built of [
  'packages/domain/dist',
  'packages/server/dist',
  'packages/cli/dist',
  'packages/web/dist/index.html',
])
  if (!existsSync(join(root, built))) {
    process.stderr.write(`bundle: ${built} is missing: run npm run build first\n`);
    process.exit(1);
  }

rmSync(out, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

// The workspace layout as in the repository (the server finds migrations and the web app relative to its own files),
// with what runs and nothing else: no sources, tests, benchmarks or type declarations needed at run time.
const copy = (from, filter) => cpSync(join(root, from), join(stage, from), { recursive: true, filter });
const noTests = (src) => !/\.(test|db\.test|crash\.db\.test)\.(js|d\.ts)(\.map)?$/.test(src) && !src.endsWith('.map');
for (const f of ['package.json', 'package-lock.json', 'README.md', 'LICENSE']) if (existsSync(join(root, f))) copy(f);
for (const pkg of ['domain', 'server', 'cli', 'web']) copy(`packages/${pkg}/package.json`);
copy('packages/domain/dist', noTests);
copy('packages/server/dist', noTests);
copy('packages/server/drizzle');
copy('packages/cli/dist', noTests);
copy('packages/cli/bin');
copy('packages/web/dist');

// Production dependencies only, from the lockfile (the versions CI tested). The web's packages are bundled into
// packages/web/dist by Vite, so only the server's and the CLI's are installed.
sh(
  'npm',
  [
    'ci',
    '--omit=dev',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--workspace=shuangjiang',
    '--workspace=@shuangjiang/server',
    '--workspace=@shuangjiang/domain',
    '--include-workspace-root=false',
  ],
  stage,
);

writeFileSync(
  join(stage, 'INSTALL.txt'),
  [
    `双降 Shuangjiang ${version} — offline bundle for ${process.platform}-${process.arch}`,
    '',
    'Needs: Node.js >= 20.19 (node --version). Nothing else: no npm registry, no compiler, no internet.',
    '',
    '  tar xzf ' + `${name}.tar.gz && cd ${name}`,
    '  node packages/cli/bin/shuangjiang.js serve            # embedded database in ./data',
    '  DATABASE_URL=postgres://… SESSION_SECRET=… node packages/cli/bin/shuangjiang.js serve   # PostgreSQL',
    '',
    'Upgrading: stop the server, unpack the new version beside the old one, start it with the same DATA_DIR or',
    'DATABASE_URL: migrations run at start (the embedded database is backed up first). See docs/OPERATIONS.md.',
    '',
  ].join('\n'),
);

mkdirSync(join(stage, 'docs'), { recursive: true });
if (existsSync(join(root, 'docs', 'OPERATIONS.md'))) copy('docs/OPERATIONS.md');

const archive = join(out, `${name}.tar.gz`);
sh('tar', ['-czf', archive, '-C', out, name], root);
rmSync(stage, { recursive: true, force: true });
const size = spawnSync('du', ['-h', archive], { encoding: 'utf8' }).stdout.split('\t')[0];
process.stdout.write(`bundle: ${archive} (${size})\n`);
