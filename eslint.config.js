// The rules of shape this project keeps, checked by `npm run lint` (part of npm test).
import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const webFeatures = readdirSync(new URL('./web/src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The functions' folders: the capabilities, and the layers below them (data/, platform/) and above them (tools/). */
const functionsFolders = readdirSync(new URL('./functions/src/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The tools around the product: scripts (stack, tester console, bench, deploy check), test helpers and suites. */
const tools = ['./scripts', './testing', './attacks', './e2e'];

/** Who may import whom: each zone forbids `target` to import from `from`. */
const boundaries = [
  // A feature is a capability; what two features share lives in lib/ or components/, what joins them is the route.
  ...webFeatures.map((feature) => ({
    target: `./web/src/features/${feature}`,
    from: './web/src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what they share to web/src/lib or web/src/components.',
  })),
  {
    target: ['./web/src/lib', './web/src/components'],
    from: ['./web/src/features', './web/src/app'],
    message: 'Shared code does not import back up from features or the app.',
  },
  {
    target: './contracts',
    from: ['./functions', './web', './scripts', './testing', './e2e', './attacks'],
    message: 'contracts/ is the shared contract: it imports nothing of ours.',
  },
  { target: './web', from: './functions', message: 'web/ and functions/ never import each other: share through contracts/.' },
  { target: './functions', from: './web', message: 'web/ and functions/ never import each other: share through contracts/.' },
  {
    target: './functions',
    from: './scripts',
    message: 'The functions never import the tools: what a functions test needs of them lives in testing/.',
  },
  {
    target: tools,
    from: './functions',
    except: ['./src/tools/index.ts', './src/index.ts'],
    message:
      "Tools reach the functions through their one door, '@hellowork/functions/tools' (or the HTTP API): add what a tool needs to functions/src/tools/.",
  },
  // The functions' layers: the tools' door at the top beside index.ts, the capabilities, then data/ and platform/.
  {
    target: functionsFolders.filter((folder) => folder !== 'tools').map((folder) => `./functions/src/${folder}`),
    from: ['./functions/src/tools', './functions/src/index.ts'],
    message: "The tools' door (functions/src/tools/) and index.ts stand above the capabilities: nothing below imports them.",
  },
  {
    target: './functions/src/data',
    from: './functions/src',
    except: ['./data', './platform'],
    message: 'data/ is the bottom layer (collections and records): it imports only platform/, never a capability.',
  },
];

/** What only the functions' tests may use: production code never imports it. */
const productionBoundaries = [
  ...boundaries,
  { target: './functions/src', from: tools, message: 'Production code imports no tool or test helper.' },
];

/** The functions' names, read from the API table itself (contracts/src/api.ts), so this rule never needs a list of its own. */
const apiSource = readFileSync(new URL('./contracts/src/api.ts', import.meta.url), 'utf8');
const apiTable = apiSource.slice(apiSource.indexOf('export const api = {'));
const apiNames = new Set([...apiTable.slice(0, apiTable.indexOf('\n};')).matchAll(/^ {2}(\w+): endpoint/gm)].map((match) => match[1]));
if (apiNames.size < 2) throw new Error('eslint.config.js: could not read the API table in contracts/src/api.ts');

/** Refuses an array of three or more function names as strings: a copy of the API table's list (use `apiFunctionNames` or `api`). */
const oneApiTable = {
  meta: {
    type: 'problem',
    messages: { copy: 'A list of the functions ({{names}}): derive it from the API table (contracts/src/api.ts `api`).' },
  },
  create: (context) => ({
    ArrayExpression(node) {
      const names = node.elements
        .filter((element) => element?.type === 'Literal' && apiNames.has(element.value))
        .map((element) => element.value);
      if (names.length >= 3) context.report({ node, messageId: 'copy', data: { names: names.join(', ') } });
    },
  }),
};

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'functions/lib/', '.stack/', 'eslint.config.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Parse TypeScript dependencies too: no-cycle follows imports through them.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['tsconfig.json', '*/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      // npm packages cannot close a cycle of ours; walking them was 45% of the lint's rule time (TIMING=1).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-duplicates': 'error',
      'import-x/no-extraneous-dependencies': ['error', { packageDir: [import.meta.dirname] }],
      // contracts/src/zod.ts configures zod before any schema is made (the CSP allows no eval).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import { z } from '@hellowork/contracts': it is zod, set up for the CSP." }] },
      ],
      // With noUncheckedIndexedAccess, `match[1]!` after a successful match is the honest statement.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Arrow shorthand returning void (`() => setOpen(false)`) reads better than a block.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['contracts/src/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Every package is declared where it is used: a workspace's own code in its package.json (what its
  // build or deploy installs), its tests there or in the root's, the tools in the root's.
  ...['contracts', 'functions', 'web'].flatMap((workspace) => [
    {
      files: [`${workspace}/**/*.{ts,tsx}`],
      rules: { 'import-x/no-extraneous-dependencies': ['error', { packageDir: [`${import.meta.dirname}/${workspace}`] }] },
    },
    {
      files: [
        `${workspace}/**/*.test.{ts,tsx}`,
        `${workspace}/**/testing/**`,
        `${workspace}/vite.config.ts`,
        `${workspace}/vitest.config.ts`,
      ],
      rules: {
        'import-x/no-extraneous-dependencies': ['error', { packageDir: [`${import.meta.dirname}/${workspace}`, import.meta.dirname] }],
      },
    },
  ]),
  {
    files: ['functions/src/**/*.ts'],
    ignores: ['functions/src/**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: productionBoundaries }] },
  },
  {
    // The functions' integration tests are tools too: they call the HTTP API and read through the data layer.
    files: ['functions/src/**/*.test.ts'],
    ignores: ['functions/src/**/*.unit.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...boundaries,
            {
              target: './functions/src',
              from: './functions/src',
              message:
                "An integration test reaches the functions by the HTTP API and '@hellowork/functions/tools' (testing/functionsData.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // The API table is the one list of the functions' names: a second one would drift from it.
    files: ['**/*.{ts,tsx}'],
    ignores: ['contracts/src/api.ts'],
    plugins: { hellowork: { rules: { 'one-api-table': oneApiTable } } },
    rules: { 'hellowork/one-api-table': 'error' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: { ...jsxA11y.flatConfigs.recommended.languageOptions, globals: { ...globals.browser } },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // react-hook-form's handleSubmit returns a promise-returning handler; React ignores the promise.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Tests look at answers as an attacker would: loosely typed JSON.
    files: ['**/*.test.{ts,tsx}', 'testing/**', 'web/src/testing/**', 'e2e/**', 'attacks/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Stand-ins for async APIs are async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Outside web/, test files share a worker's loaded modules (`isolate: false`: vitest.unit.config.ts,
    // testing/stackProject.ts): a module mocked or patched in one file would stay so in the next.
    files: ['**/*.{ts,tsx}'],
    ignores: ['web/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'hoisted', 'spyOn', 'stubGlobal', 'stubEnv', 'resetModules', 'useFakeTimers', 'setSystemTime'].map(
          (property) => ({
            object: 'vi',
            property,
            message: 'Test files outside web/ share loaded modules (isolate: false): test the real thing instead.',
          }),
        ),
      ],
    },
  },
);
