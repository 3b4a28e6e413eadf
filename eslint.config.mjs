import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import ownedTables from './eslint-rules/owned-tables.mjs';
import TABLE_OWNERS from './apps/api/src/database/table-owners.json' with { type: 'json' };

/**
 * What one api module may import from another: its Nest module, its public services, events, errors, DTOs
 * and types. Entities, inputs, resolvers, jobs, SQL and helper internals stay inside their module.
 */
const MODULE_INTERNALS = ['entities/**', 'inputs/**', 'resolvers/**', 'handlers/**', 'services/!(*.service).ts', '*.jobs.ts', '*.controller.ts', '*.sql.ts'];

/**
 * The api's modules in layers, lowest first. A module uses (imports, calls, subscribes to the events of) only
 * modules of lower layers, so the modules form no loop: a lower module learns of a higher one's changes only
 * through ports it owns (an interface the higher module implements, an event the higher module publishes).
 * A new module takes the lowest layer above everything it uses.
 */
const MODULE_LAYERS = [
  ['jobs', 'settings'],
  ['audit', 'risk'],
  ['files', 'health', 'organizations', 'provenance'],
  ['auth', 'qualifications'],
  ['catalog'],
  ['inventory', 'ledger', 'routing'],
  ['orders'],
  ['tickets'],
  ['dashboards', 'ratings', 'reports', 'webhooks', 'docking'],
  ['metrics', 'scorecards'],
  // It hears every module's events (a notice for each); live pushes its bell and payments send through it.
  ['notifications'],
  ['live', 'payments'],
  // Saved views of the consoles' lists: a person's preference, using no other module.
  ['views'],
];

/** For each module, a policy refusing imports of modules in its own layer or above. */
const layerPolicies = MODULE_LAYERS.flatMap((layer, rank) =>
  layer.map((name) => {
    const notBelow = MODULE_LAYERS.slice(rank).flat().filter((m) => m !== name);
    return {
      from: { element: { type: 'module', captured: { name } } },
      disallow: { to: { element: { type: 'module', captured: { name: `{${notBelow.join(',')}}` } } } },
      message: `The ${name} module (layer ${rank}) may use only modules of lower layers (MODULE_LAYERS in eslint.config.mjs): break the loop with an event or a port ${name} owns.`,
    };
  }),
);

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated.ts', '**/.data/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { boundaries, mengyuan: { rules: { 'owned-tables': ownedTables } } },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      // Relative to this file, not to the directory eslint runs in (turbo runs it in each package).
      'boundaries/elements': [
        { type: 'config', pattern: 'apps/api/src/config' },
        { type: 'common', pattern: 'apps/api/src/common' },
        { type: 'module', pattern: 'apps/api/src/modules/*', capture: ['name'] },
        // What composes the modules: the app module and bootstrap, the schema (entities, migrations, seeds).
        { type: 'composition', pattern: 'apps/api/src/database' },
        { type: 'composition', pattern: 'apps/api/src' }, // the files at src/ (whatever is not matched above)
      ],
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'module' } },
              disallow: { to: { element: { type: 'module', captured: { name: '!{{ from.element.captured.name }}' }, fileInternalPath: MODULE_INTERNALS } } },
              message: "A module imports another's module, services, events, errors, DTOs and types only, never its {{ to.element.fileInternalPath }}.",
            },
            ...layerPolicies,
            // The arrows point down: config ← common ← modules ← composition.
            {
              from: { element: { type: 'config' } },
              disallow: { to: { element: { types: { anyOf: ['common', 'module', 'composition'] } } } },
              message: 'config/ is the bottom layer: it imports nothing else of the api.',
            },
            {
              from: { element: { type: 'common' } },
              disallow: { to: { element: { types: { anyOf: ['module', 'composition'] } } } },
              message: 'common/ is below every module: it imports no module and nothing that composes them.',
            },
            {
              from: { element: { type: 'module' } },
              disallow: { to: { element: { type: 'composition' } } },
              message: 'A module imports nothing that composes the modules (app module, bootstrap, database/): move what it needs to common/.',
            },
          ],
        },
      ],
      'mengyuan/owned-tables': ['error', TABLE_OWNERS],
    },
  },
  {
    // Between the workspaces: a package never imports an app, an app never another app (shared code goes to packages/).
    files: ['apps/{portal,admin,e2e}/**/*.{ts,tsx}', 'packages/*/src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': [
        { type: 'app', pattern: 'apps/*', capture: ['name'] },
        { type: 'package', pattern: 'packages/*', capture: ['name'] },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            { from: { element: { type: 'package' } }, disallow: { to: { element: { type: 'app' } } }, message: 'A package is below every app: it imports none.' },
            {
              from: { element: { type: 'app' } },
              disallow: { to: { element: { type: 'app', captured: { name: '!{{ from.element.captured.name }}' } } } },
              message: 'An app imports no other app: move what both need to packages/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Integration specs use the typed documents from packages/graphql; a cast would hide a wrong document.
    files: ['apps/api/test/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'TSAsExpression > TSNeverKeyword', message: 'Use the typed documents from @mengyuan/graphql instead of casting to never.' }] },
  },
  {
    files: ['apps/portal/**/*.tsx', 'apps/admin/**/*.tsx', 'packages/ui/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
