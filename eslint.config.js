import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx', '**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Layer boundaries from DESIGN.md §1: pure cores never touch browser APIs, Dexie or React.
    files: ['utils/platforms/**', 'utils/suggest/**', 'utils/model/**', 'utils/tone/**', 'utils/stats/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt/browser', 'dexie', 'react', '**/db/**', '@webext-core/*'] },
      ],
    },
  },
);
