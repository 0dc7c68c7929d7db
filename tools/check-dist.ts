// Fails when the committed dist/ differs from a fresh build of src/ (the Action runs from dist/).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'aws-monitor-dist-'));

function files(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  } catch {
    return [];
  }
}

try {
  const build = spawnSync(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}tools/build.ts`, '--out', fresh], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(2);
  const committed = new Map(files(`${root}dist`).map((p) => [relative(`${root}dist`, p), p]));
  const built = new Map(files(fresh).map((p) => [relative(fresh, p), p]));
  const stale = [
    ...[...built.keys()].filter((name) => !committed.has(name) || !readFileSync(committed.get(name)!).equals(readFileSync(built.get(name)!))),
    ...[...committed.keys()].filter((name) => !built.has(name)),
  ];
  if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.length} file(s) differ: ${stale.slice(0, 5).join(', ')}).\nRun npm run build and commit dist/.`);
    process.exit(1);
  }
  console.error('dist/ matches a fresh build of src/.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
