// Bundles the Action and the CLI with ncc into dist/ (committed: the Action runs from it).
// `tsx tools/build.ts --out DIR` builds elsewhere, which check-dist uses to compare.

import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const out = outIndex === -1 ? `${root}dist` : process.argv[outIndex + 1]!;

const ENTRIES = [
  ['src/action/index.ts', 'action'],
  ['src/cli/index.ts', 'cli'],
] as const;

function ncc(entry: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${root}node_modules/@vercel/ncc/dist/ncc/cli.js`, 'build', entry, '-o', `${out}/${target}`, '--license', 'licenses.txt', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc ${entry} exited ${code}`))));
  });
}

rmSync(out, { recursive: true, force: true });
await Promise.all(ENTRIES.map(([entry, target]) => ncc(entry, target)));
console.error(`built ${ENTRIES.map(([, t]) => `${out}/${t}`).join(', ')}`);
