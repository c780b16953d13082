import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// npm links a workspace's `bin` at install time, before `npm run build`: a bin under the git-ignored dist/ does not
// exist then, so no link is made and `npx shuangjiang` would look the name up in the public registry.
describe('the shuangjiang bin', () => {
  const root = new URL('../../../', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('packages/cli/package.json', root), 'utf8'));
  const bin = `packages/cli/${String(pkg.bin.shuangjiang).replace(/^\.\//, '')}`;

  it('is a committed, executable file that exists before any build', () => {
    expect(bin).not.toMatch(/\/dist\//);
    const tracked = execFileSync('git', ['ls-files', '--stage', bin], { cwd: root, encoding: 'utf8' });
    expect(tracked).toMatch(/^100755 /);
    accessSync(new URL(bin, root), constants.X_OK);
    expect(readFileSync(new URL(bin, root), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('the lockfile names the same bin (npm ci links what the lockfile says)', () => {
    const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));
    expect(`packages/cli/${lock.packages['packages/cli'].bin.shuangjiang}`).toBe(bin);
  });

  it('runs the built command', () => {
    const out = execFileSync(process.execPath, [new URL(bin, root).pathname, '--help'], { encoding: 'utf8' });
    expect(out).toContain('Usage: shuangjiang');
  });
});
