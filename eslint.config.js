import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import react from 'eslint-plugin-react';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/fixtures/', 'tests/editors/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx', '**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Every string a person reads comes from utils/i18n/messages (en, sv, da, nb).
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { react },
    rules: {
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: false,
          ignoreProps: true,
          allowedStrings: ['×', '·', ':', '(', ')', '…', '—'],
        },
      ],
    },
  },
  {
    // A platform is one folder (utils/platforms/<platform>/): everything else iterates PLATFORMS
    // and never names one. Surfaces such as 'facebook-post' count as naming it.
    files: [
      'utils/**/*.{ts,tsx}',
      'components/**/*.{ts,tsx}',
      'entrypoints/**/*.{ts,tsx}',
      'wxt.config.ts',
    ],
    ignores: ['utils/platforms/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'Literal[value=/^(facebook|linkedin)(-|$)/]',
          'TemplateElement[value.raw=/^(facebook|linkedin)(-|$)/]',
          'Property[key.name=/^(facebook|linkedin)$/]',
          'MemberExpression[property.name=/^(facebook|linkedin)$/]',
        ].map((selector) => ({
          selector,
          message: 'Names a platform outside utils/platforms/: iterate PLATFORMS instead.',
        })),
      ],
    },
  },
  {
    // PouchDB never enters the Chrome background worker: it is near its bundle budget and has no
    // localStorage (ARCHITECTURE.md, Team mode).
    files: ['entrypoints/background/**', 'utils/background/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['pouchdb-*', '**/team/**'] }],
    },
  },
  {
    // Layer boundaries from DESIGN.md §1: pure cores never touch browser APIs, Dexie or React.
    files: [
      'utils/platforms/**',
      'utils/suggest/**',
      'utils/model/**',
      'utils/tone/**',
      'utils/stats/**',
      'utils/understand/**',
      'utils/team/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt/browser', 'dexie', 'react', '**/db/**', '@webext-core/*'] },
      ],
    },
  },
);
