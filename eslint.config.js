// The rules of shape this project keeps, checked by `npm run lint` (part of npm test).
import { readdirSync } from 'node:fs';
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
];

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
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-duplicates': 'error',
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
);
