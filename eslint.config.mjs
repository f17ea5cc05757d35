// ESLint, run by `npm test` (tools/lint.mjs) over the whole tree: TypeScript rules on
// src/, Lit's and web components' rules on the elements, and the usual JavaScript rules
// on the scripts, tests, bench and demo.
import js from '@eslint/js';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/.pages/', 'kits/wordpress/**/*.php'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { ...lit['flat/recommended'], files: ['src/**/*.ts'] },
  { ...wc['flat/recommended'], files: ['src/**/*.ts'] },
  {
    files: ['src/**/*.ts', 'kits/lms/**/*.js', 'kits/h5p/**/*.js', 'demo/**/*.js', 'test/browser/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['build/**/*.mjs', 'build/**/*.ts', 'tools/**/*.mjs', 'test/node/**/*.mjs', 'test/e2e/**/*.mjs', 'bench/**/*.mjs', '*.mjs', '*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Functions these hand to page.evaluate() run in the browser.
    files: ['test/e2e/**/*.mjs', 'test/node/data-driven.test.mjs', 'test/node/offline.test.mjs', 'test/node/sandbox.test.mjs', 'bench/**/*.mjs', 'tools/screenshot.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/browser/**/*.js'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    // The WordPress editor script runs on the wp.* globals, without a build step.
    files: ['kits/wordpress/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    // Each element's properties are made from the spec by its base class and typed from it by
    // an interface of the element's name (PropertiesOf, src/attributes.ts): the merging is the point.
    files: ['src/elements/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    rules: {
      // `_name` marks a value left out on purpose ({ tags: _tags, ...rest }).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  }
);
