#!/usr/bin/env node
// The repository explains itself (docs/rules/README.md): `npm test` runs this after the boundaries.
//   - every citation of a rules page in code and docs (`docs/rules/<page>.md#<section>`, or a relative link to one)
//     names a page that exists and a section heading it has;
//   - nothing cites DOMAIN.md, a file outside the repository: cite the rules page and the statute article.
// `node scripts/check-docs.mjs --self-test` checks the checker on a few made-up citations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rulesDir = join(root, 'docs', 'rules');
const SCANNED = ['packages', 'docs', 'e2e', 'bench', 'scripts', 'README.md'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'explain', 'sql']);
const TEXT = /\.(ts|tsx|mjs|cjs|md)$/;

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens (CJK characters kept). */
export const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

function anchorsOf(file) {
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => slug(l.replace(/^#+ /, ''))),
  );
}

function* files(path) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isFile()) {
    if (TEXT.test(path)) yield path;
    return;
  }
  for (const e of readdirSync(path)) if (!SKIP_DIRS.has(e)) yield* files(join(path, e));
}

const CITATION = /docs\/rules\/([a-z0-9-]+\.md)(?:#([\p{L}\p{N}-]+))?/gu;
const RELATIVE_LINK = /\]\(((?:\.\.?\/)*[a-z0-9-]+\.md)(?:#([^)\s]+))?\)/gu;

/** Problems in one file's text: citations of rules pages that do not resolve, and DOMAIN.md citations. */
export function problemsIn(file, text, pages) {
  const out = [];
  if (/DOMAIN\.md/.test(text))
    out.push('cites DOMAIN.md (outside the repository): cite docs/rules/<page>.md#<section> and the article');
  const check = (page, anchor, shown) => {
    const anchors = pages.get(page);
    if (!anchors) out.push(`${shown}: no such rules page`);
    else if (anchor && !anchors.has(decodeURIComponent(anchor))) out.push(`${shown}: no section #${anchor}`);
  };
  for (const m of text.matchAll(CITATION)) check(m[1], m[2], m[0]);
  // Relative links from inside docs/rules/ (e.g. [deadlines](deadlines.md#counting)).
  if (dirname(file) === rulesDir) {
    for (const m of text.matchAll(RELATIVE_LINK)) {
      const target = normalize(join(dirname(file), m[1]));
      if (dirname(target) === rulesDir) check(relative(rulesDir, target), m[2], m[0]);
    }
  }
  return out;
}

function loadPages() {
  const pages = new Map();
  for (const f of readdirSync(rulesDir)) if (f.endsWith('.md')) pages.set(f, anchorsOf(join(rulesDir, f)));
  return pages;
}

function selfTest() {
  const pages = new Map([['deadlines.md', new Set(['counting', '败诉'])]]);
  const cases = [
    ['a.ts', '// docs/rules/deadlines.md#counting', 0],
    ['a.ts', '// docs/rules/deadlines.md#败诉 and docs/rules/deadlines.md', 0],
    ['a.ts', '// docs/rules/deadlines.md#periods', 1],
    ['a.ts', '// docs/rules/nothing.md', 1],
    ['a.ts', '// per DOMAIN.md §6', 1],
    [join(rulesDir, 'x.md'), 'see [d](deadlines.md#nope)', 1],
    [join(rulesDir, 'x.md'), 'see [d](deadlines.md#counting) and [c](../CONVENTIONS.md#x)', 0],
  ];
  let ok = true;
  for (const [file, text, want] of cases) {
    const got = problemsIn(file, text, pages).length;
    if (got !== want) {
      console.error(`  self-test: ${want} problem(s) expected, ${got} found in: ${text}`);
      ok = false;
    }
  }
  if (ok) console.log(`docs self-test: ${cases.length} made-up citations judged right`);
  return ok;
}

let ok = selfTest();
if (!process.argv.includes('--self-test')) {
  const pages = loadPages();
  let n = 0;
  for (const top of SCANNED) {
    for (const f of files(join(root, top))) {
      if (f === new URL(import.meta.url).pathname) continue; // its own examples
      const text = readFileSync(f, 'utf8');
      n += (text.match(CITATION) ?? []).length;
      for (const p of problemsIn(f, text, pages)) {
        console.error(`${relative(root, f)}: ${p}`);
        ok = false;
      }
    }
  }
  if (ok) console.log(`docs: ${n} citations of docs/rules resolve; nothing cites DOMAIN.md`);
}
process.exit(ok ? 0 : 1);
