// ESM all the way: @actions/core 3 is ESM-only (see README, Development).
//
// Three tiers, so the fast one can run between two edits (`npm run test:unit`, under a minute):
// - unit: pure code and in-process adapters; no emulator, no child process, no browser;
// - integration: the real AWS SDK against moto_server (a child process, one per file);
// - e2e: spawned CLIs and Action runs, the packed package, the image, the browser.
// A file's tier follows from what it uses, read from its imports (see `tierOf`), so a new test cannot
// slow the unit tier by being filed in the wrong folder. `npm test` runs all three.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Imports that make a test file slower than a unit test, by the tier they put it in. */
const MARKERS = {
  e2e: [/child_process/, /support\/run-action/, /support\/workflow-runner/, /chromium|puppeteer|playwright/, /support\/image/],
  integration: [/support\/emulator/, /support\/metric-incidents/],
};

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'support' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

export function tierOf(source) {
  if (MARKERS.e2e.some((marker) => marker.test(source))) return 'e2e';
  if (MARKERS.integration.some((marker) => marker.test(source))) return 'integration';
  return 'unit';
}

const tiers = { unit: [], integration: [], e2e: [] };
for (const file of testFiles(join(root, '__tests__'))) {
  tiers[tierOf(readFileSync(file, 'utf8'))].push('<rootDir>/' + relative(root, file).split('\\').join('/'));
}

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/no-network.ts'],
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 30000,
  // Jest runs in band when it has one worker (cores - 1 on a 2-core runner), and one process that
  // loads every test file's modules grows past a gigabyte and slows down; two workers that are
  // recycled past 1 GB keep the suite's time flat, and use the core the emulator leaves idle.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  projects: Object.entries(tiers).map(([name, files]) => ({
    ...shared,
    displayName: name,
    rootDir: root,
    // An empty list would match nothing, which jest reports as an error only for the whole run.
    testMatch: files.length > 0 ? files : ['<rootDir>/__tests__/no-such-tier/*.test.ts'],
    testTimeout: 30000,
  })),
};
