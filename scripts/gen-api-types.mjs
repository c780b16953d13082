#!/usr/bin/env node
// The web's API types, generated from the server's own OpenAPI document (one contract, no hand-copied types).
//
//   npm run contracts            builds the server and rewrites packages/web/src/app/api/schema.gen.ts
//   node scripts/gen-api-types.mjs --check
//                                (in `npm test`, after the build) fails when the checked-in file differs
//
// How: the server's application is built in this process from its compiled package (packages/server/dist) on an
// empty in-memory PGlite database (the routes' registration reads the database once), its OpenAPI document taken
// from @fastify/swagger — the zod schemas that validate each route's input and output, through
// fastify-type-provider-zod — and turned into TypeScript by openapi-typescript. Nothing listens; nothing is written
// but the one file.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'packages/web/src/app/api/schema.gen.ts');
const check = process.argv.includes('--check');

const HEADER = `/**
 * generated — do not edit. The server's OpenAPI document (every route's zod schemas) as TypeScript, written by
 * scripts/gen-api-types.mjs: after changing a route's schemas run \`npm run contracts\` and commit this file.
 * \`npm test\` fails while it differs from what the server declares. Named aliases: the features' api.ts files.
 */

`;

async function openApiDocument() {
  let server;
  try {
    server = await import('@shuangjiang/server');
  } catch (err) {
    if (err.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    throw new Error(`the server package is not built (${err.message}); run \`npm run contracts\`, which builds it`);
  }
  const { buildApp, loadConfig, openPglite, runMigrations } = server;
  const database = await openPglite(null);
  await runMigrations(database);
  const config = loadConfig({ SESSION_SECRET: 'x'.repeat(40), DATA_DIR: tmpdir(), LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, database }, { logger: false });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await database.close?.();
  return doc;
}

/**
 * A recursive zod schema without an id (e.g. a tree of regions) comes out of fastify-type-provider-zod as a $ref to a
 * component it never writes (`schema0`). Such a reference is typed `unknown` here and named, so its module can give
 * the schema an id (`.meta({ id: 'RegionNode' })`): it then becomes a component like ErrorBody.
 */
function typeDanglingRefsAsUnknown(doc) {
  const known = new Set(Object.keys(doc.components?.schemas ?? {}));
  const dangling = [];
  const walk = (node, where) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      const ref = v && typeof v === 'object' ? v.$ref : undefined;
      const name = typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice(21) : null;
      if (name !== null && !known.has(name)) {
        dangling.push(`${where}/${k}`);
        node[k] = { description: 'a recursive schema without an id: give it .meta({ id }) to type it' };
      } else walk(v, `${where}/${k}`);
    }
  };
  walk(doc.paths, '#/paths');
  for (const d of dangling) process.stderr.write(`warning: typed unknown (recursive schema without an id): ${d}\n`);
}

const doc = await openApiDocument();
typeDanglingRefsAsUnknown(doc);
const generated = HEADER + astToString(await openapiTS(doc, { alphabetize: false }));

if (!check) {
  writeFileSync(target, generated);
  process.stdout.write(`wrote ${target.replace(root, '')} (${Object.keys(doc.paths ?? {}).length} paths)\n`);
  process.exit(0);
}

let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // missing: reported below
}
if (current === generated) {
  process.stdout.write(`${target.replace(root, '')} matches the server's OpenAPI document\n`);
  process.exit(0);
}
const a = current.split('\n');
const b = generated.split('\n');
let line = 0;
while (line < a.length && line < b.length && a[line] === b[line]) line++;
process.stderr.write(
  `${target.replace(root, '')} is out of date: the server's routes declare other request/response schemas than the ` +
    `web was built against (first difference at line ${line + 1}:\n  checked in: ${a[line] ?? '(end of file)'}\n` +
    `  generated:  ${b[line] ?? '(end of file)'})\n` +
    "Run `npm run contracts`, fix what the web's type check then reports, and commit schema.gen.ts.\n",
);
process.exit(1);
