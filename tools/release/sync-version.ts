// After `changeset version` bumps package.json: the same version into src/version.ts, which the
// CLI and the Action report (a constant there keeps start-up free of file reads).
// Usage: tsx tools/release/sync-version.ts [root]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION_LINE = /^export const VERSION = '[^']*';$/m;

/** src/version.ts's text with its VERSION set to this version. */
export function withVersion(source: string, version: string): string {
  if (!VERSION_LINE.test(source)) throw new Error('src/version.ts: no line "export const VERSION = \'...\';" to update');
  return source.replace(VERSION_LINE, `export const VERSION = '${version}';`);
}

export function syncVersion(root: string): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const path = join(root, 'src', 'version.ts');
  writeFileSync(path, withVersion(readFileSync(path, 'utf8'), version));
  return version;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.error(`src/version.ts: ${syncVersion(process.argv[2] ?? process.cwd())}`);
}
