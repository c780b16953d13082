/**
 * Who may import whom (docs/ARCHITECTURE.md#who-may-import-whom), checked by `npm test` (scripts/check-boundaries.mjs):
 *
 * - packages/domain is pure: it imports only itself, and no Node built-in that does I/O;
 * - platform/ imports no module (modules register what platform needs), except the two registries that list every
 *   module by design: platform/http/modules.ts (their routes) and platform/db/schema.ts (their tables);
 * - a module uses another module only through its public files (index, public, service, constants, dto); a table
 *   (schema.ts) is read and written by its own module, and referenced by another module's schema.ts for foreign keys;
 * - the web app and the command line import no server internals (the CLI uses `@shuangjiang/server`'s index);
 * - no cycles.
 *
 * Today's violations are listed in KNOWN below, each with why it is there: they do not fail the check, anything else
 * does. Issue 11 removes them (TODO issue 11: empty KNOWN). Do not add to KNOWN to make a new import pass: move the
 * code behind the other module's service instead.
 */

const MODULES = '^packages/server/src/modules/';
/** Tests and test helpers may reach anything they assert on; they are not part of the shipped code. */
const TEST_FILES = [
  '\\.test\\.tsx?$',
  '/testing\\.ts$',
  '/fixtures\\.ts$',
  '/sampleLedger\\.ts$',
  '/__fixtures__/',
  '/__sql__/',
];
/** What one module may use of another. */
const PUBLIC_FILES = '/(index|public|service|constants|dto)\\.ts$';
/** Node built-ins that do I/O or reach the process/host, forbidden in the domain. */
const IO_BUILTINS =
  '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram|dns|dns/promises|tls|cluster|worker_threads|os|readline|repl|vm|inspector|module|process|v8|perf_hooks|async_hooks|diagnostics_channel|stream|zlib)$';

/**
 * Known violations, from → the targets it may still reach (regular expressions; one entry per importing file: two
 * entries matching the same file would each flag the other's targets). TODO issue 11: each entry goes when the
 * module split moves the code behind the other module's service (or the table to its owner).
 */
const KNOWN = [
  // cases' list and detail join org's regions and agencies (region, court and first-defendant names) in their one
  // statement each (bench: the list and the detail are the hot reads); everything else asks org's service.
  { from: `${MODULES}cases/repository/(rows|list|detail)\\.ts`, to: [`${MODULES}org/schema\\.ts$`] },
  // users reads org's tables.
  { from: `${MODULES}users/repository\\.ts`, to: [`${MODULES}org/schema\\.ts$`] },
];

/** A KNOWN `from` as an anchored regular expression. */
const anchored = (p) => `${p.startsWith('^') ? p : `^${p}`}$`;

/** The module-boundary rule, with the KNOWN exceptions carved out per importing file. */
function moduleRules() {
  const name = 'module-internals';
  const comment =
    "A module uses another module only through its index, public, service, constants or dto file; its tables are its own (another module's schema.ts may reference them for foreign keys).";
  const knownFroms = KNOWN.map((k) => anchored(k.from));
  const otherModuleInternal = (extraAllowed = []) => ({
    path: `${MODULES}([^/]+)/`,
    pathNot: [`${MODULES}$1/`, PUBLIC_FILES, ...extraAllowed],
  });
  const rules = [
    {
      name,
      comment,
      severity: 'error',
      from: { path: `${MODULES}([^/]+)/`, pathNot: [...TEST_FILES, '/schema\\.ts$', ...knownFroms] },
      to: otherModuleInternal(),
    },
    {
      name,
      comment,
      severity: 'error',
      from: { path: `${MODULES}([^/]+)/schema\\.ts$` },
      to: otherModuleInternal(['/schema\\.ts$']),
    },
  ];
  for (const k of KNOWN.filter((k) => k.from.includes('/modules/'))) {
    const own = /modules\/([a-z]+)\//.exec(k.from)[1];
    rules.push({
      name,
      comment: `${comment} Known exceptions of ${k.from} (TODO issue 11).`,
      severity: 'error',
      from: { path: anchored(k.from), pathNot: TEST_FILES },
      to: { path: MODULES, pathNot: [`${MODULES}${own}/`, PUBLIC_FILES, ...k.to] },
    });
  }
  return rules;
}

function platformRules() {
  const registries = [
    '^packages/server/src/platform/http/modules\\.ts$',
    '^packages/server/src/platform/db/schema\\.ts$',
  ];
  const known = KNOWN.filter((k) => k.from.includes('/platform/'));
  const comment = 'platform imports no module: modules register what platform needs.';
  return [
    {
      name: 'platform-imports-module',
      comment,
      severity: 'error',
      from: {
        path: '^packages/server/src/platform/',
        pathNot: [...registries, ...TEST_FILES, ...known.map((k) => anchored(k.from))],
      },
      to: { path: MODULES },
    },
    ...known.map((k) => ({
      name: 'platform-imports-module',
      comment: `${comment} Known exception (TODO issue 11).`,
      severity: 'error',
      from: { path: anchored(k.from) },
      to: { path: MODULES, pathNot: k.to },
    })),
  ];
}

module.exports = {
  forbidden: [
    {
      name: 'domain-imports-outside',
      comment: 'packages/domain is pure TypeScript: it imports only itself (tests may use their test libraries).',
      severity: 'error',
      from: { path: '^packages/domain/src/', pathNot: TEST_FILES },
      to: { pathNot: ['^packages/domain/src/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'domain-imports-io',
      comment: 'packages/domain does no I/O: no file system, network, process or database access.',
      severity: 'error',
      from: { path: '^packages/domain/src/', pathNot: TEST_FILES },
      to: { dependencyTypes: ['core'], path: IO_BUILTINS },
    },
    {
      name: 'domain-imports-other-package',
      comment: "The domain's tests test the domain: no other workspace package.",
      severity: 'error',
      from: { path: '^packages/domain/src/' },
      to: { path: '^packages/(server|cli|web)/' },
    },
    ...platformRules(),
    ...moduleRules(),
    {
      name: 'shipped-imports-test-helper',
      comment:
        'Test helpers (testing.ts, fixtures.ts, sampleLedger.ts) are not compiled into dist (tsconfig exclude): shipped code must not import them.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: TEST_FILES },
      to: { path: '/(testing|fixtures|sampleLedger)\\.tsx?$' },
    },
    {
      name: 'web-imports-server',
      comment: 'The web app talks to the server over HTTP only; it imports no server code.',
      severity: 'error',
      from: { path: '^packages/web/' },
      to: { path: ['^packages/(server|cli)/'] },
    },
    {
      name: 'cli-imports-server-internals',
      comment: "The command line uses the server through @shuangjiang/server's index, not its files.",
      severity: 'error',
      from: { path: '^packages/cli/src/', pathNot: TEST_FILES },
      to: { path: '^packages/server/', pathNot: '^packages/server/(src|dist)/index\\.(ts|js|d\\.ts)$' },
    },
    {
      name: 'server-imports-clients',
      comment: 'The server does not depend on its clients (the CLI, the web app).',
      severity: 'error',
      from: { path: '^packages/(server|domain)/' },
      to: { path: '^packages/(cli|web)/' },
    },
    {
      name: 'no-circular',
      comment:
        'No cycles of runtime imports: a cycle means files that cannot be understood, tested or loaded apart. A type-only import is erased at compile time and does not count.',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    // Workspace packages resolve to their built dist/ (package.json exports): seen as a dependency, not followed.
    doNotFollow: { path: ['node_modules', '(^|/)packages/[^/]+/dist/'] },
    exclude: { path: ['\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};
