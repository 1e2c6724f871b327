// The layers of DESIGN.md, enforced by `npm run lint` (dependency-cruiser).
// A module imports only from modules to its left; `platform` imports no module, except the one
// Kysely `Database` type that joins every module's `*.table.ts` (type-only imports).
const LAYERS = [
  'tenants',
  'accounts',
  'crm',
  'notifications',
  'calendar',
  'scheduling',
  'assistant',
  'channels',
  'observability',
  // Counts across the activity tables for the dashboard and admin pages; nothing imports it.
  'insights',
];

const TOP = ['^src/app\\.ts$', '^src/main\\.ts$'];

// One rule per module: nothing to its right (later modules, the composition root, the entry).
const layerRules = LAYERS.map((name, index) => {
  const later = LAYERS.slice(index + 1).map((right) => `^src/modules/${right}/`);
  return {
    name: `layer-${name}`,
    comment: `${name} may import only platform and ${LAYERS.slice(0, index).join(', ') || 'no other module'} (DESIGN.md, Layers)`,
    severity: 'error',
    from: { path: `^src/modules/${name}/` },
    to: { path: [...later, ...TOP] },
  };
});

const DATABASE_TYPE = '^src/platform/db/database\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'layer-platform',
      comment: 'platform is the bottom layer: it imports no module (DESIGN.md, Layers)',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: DATABASE_TYPE },
      to: { path: ['^src/modules/', ...TOP] },
    },
    {
      name: 'database-type-joins-tables-only',
      comment: 'platform/db/database.ts may import only *.table.ts files, and only their types',
      severity: 'error',
      from: { path: DATABASE_TYPE },
      to: { path: ['^src/modules/', ...TOP], pathNot: '\\.table\\.ts$' },
    },
    {
      name: 'database-type-imports-types-only',
      comment: 'platform/db/database.ts joins the table types with `import type` and nothing else',
      severity: 'error',
      from: { path: DATABASE_TYPE },
      to: { path: '^src/modules/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-foreign-repository-or-table',
      comment: 'modules call each other through services, never through another module\'s repository or table',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/.*\\.(repository|table)\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'import cycles make load order matter and layers meaningless',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-test-code-in-production',
      comment: 'production code must not import tests, test helpers or fixtures',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: ['^test/', '^bench/', '\\.test\\.ts$'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'an import that does not resolve is a typo or a missing dependency',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
