#!/usr/bin/env node
// The `shuangjiang` command's launcher. It is committed (not built) so that it exists when npm links workspace
// `bin`s at install time, before `npm run build` writes dist/: without it no link is made and `npx shuangjiang`
// would look the name up in the public registry. It only loads the built command.
import { existsSync } from 'node:fs';

const built = new URL('../dist/index.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    '命令尚未构建，请先在仓库根目录运行 npm run build / not built yet: run `npm run build` in the repository root\n',
  );
  process.exit(1);
}
await import(built.href);
