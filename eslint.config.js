import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Only the adapters may touch process-wide I/O; the core stays pure.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/action/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@actions/core', message: 'Only src/action/ may import @actions/core.' }] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'argv', message: 'Only src/cli/ reads argv.' }],
    },
  },
);
