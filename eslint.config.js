// Lint: typescript-eslint recommended (type-aware) plus the codebase's boundaries —
// shared/ imports nothing from main/ or renderer/ and no Node or Electron module;
// renderer/ never imports main/ (conventions.md, "Boundaries").
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url', 'util'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.tsbuild/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='exec'][arguments.0.type='TemplateLiteral']", message: 'SQL must use bound parameters, not template strings.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/main/**', '**/renderer/**', '../main/*', '../renderer/*'], message: 'shared/ must not import main/ or renderer/.' },
        { group: [...NODE_BUILTINS, 'electron', 'better-sqlite3', 'react', 'react-dom'], message: 'shared/ is pure TypeScript: no Node, DOM or Electron.' },
      ] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/main/**', '../main/*', '../../main/*'], message: 'renderer/ talks to main/ only through the API client.' },
        { group: [...NODE_BUILTINS, 'electron', 'better-sqlite3'], message: 'renderer/ runs in a sandboxed page: no Node or Electron modules.' },
      ] }],
    },
  },
  {
    files: ['main/**/*.ts', 'test/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
);
