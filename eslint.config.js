import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { files: ['*.js'], languageOptions: { globals: { URL: 'readonly' } } },
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
  {
    // A switch over a union names every member (or has a default), so a new resource type, status or
    // format cannot fall through silently. Type-aware, so only over src/.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // The pure core: detectors, analysis, the report and its renderers work on plain data. They
    // never reach AWS, the file system, a process or an adapter (see ARCHITECTURE.md).
    files: ['src/analysis/**/*.ts', 'src/detectors/**/*.ts', 'src/report/**/*.ts', 'src/renderers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@actions/core', message: 'Only src/action/ may import @actions/core.' }],
          patterns: [
            { group: ['@aws-sdk/*', '@smithy/*', '@actions/*'], message: 'The pure core takes plain data: AWS and GitHub calls live at the edges.' },
            { group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'node:http', 'node:https', 'node:net'], message: 'The pure core does no I/O.' },
            {
              group: [
                '**/aws/*',
                '**/collectors/*/*',
                '**/services/*/collector.js',
                '**/scan',
                '**/scan.js',
                '**/scan-accounts.js',
                '**/cli/*',
                '**/action/*',
                '**/gate/run-gate.js',
                '**/telemetry/*/*-reader.js',
                '**/telemetry/*/*-fetcher.js',
                '**/telemetry/*/*-engine.js',
              ],
              message: 'The pure core imports no edge, engine or adapter module.',
            },
          ],
        },
      ],
    },
  },
  {
    // A service module's description (attributes, metrics, log sources, resource types) is pure: the
    // registry and the pure layers read it without loading the SDK. Only its collector calls AWS,
    // and the module reaches it through a lazy import() (ARCHITECTURE.md, "Add an AWS service").
    files: ['src/services/**/*.ts'],
    ignores: ['src/services/*/collector.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@actions/core', message: 'Only src/action/ may import @actions/core.' }],
          patterns: [
            { group: ['@aws-sdk/*', '@smithy/*'], message: "Only a service's collector.ts imports the AWS SDK." },
            { group: ['./collector.js', '**/collector.js', '**/aws/*'], message: "Reach the collector through loadCollector's import(), so the registry loads no SDK." },
          ],
        },
      ],
    },
  },
  {
    // A command is a leaf: it imports neither the CLI entry point nor another command (shared code
    // goes in a module of its own), so the CLI has no import cycle.
    files: ['src/cli/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@actions/core', message: 'Only src/action/ may import @actions/core.' }],
          patterns: [{ group: ['../main', '../main.js', '../index.js', './*', '!./line-stream.js'], message: 'Commands import neither cli/main nor each other.' }],
        },
      ],
    },
  },
);
