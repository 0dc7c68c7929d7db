// ARCHITECTURE.md is only useful while it is true: every path it names exists, and every folder
// and file at the top of src/ is described in it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const doc = readFileSync('ARCHITECTURE.md', 'utf8');

describe('ARCHITECTURE.md', () => {
  const named = [...new Set([...doc.matchAll(/`((?:src|__tests__|schemas|tools|\.githooks)\/[^`*<>\s]*|[a-z.-]+\.(?:json|js|md))`/g)].map((m) => m[1]!))];

  it('names real paths only', () => {
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('describes every folder and file at the top of src/', () => {
    const entries = readdirSync('src', { withFileTypes: true }).map((e) => `src/${e.name}${e.isDirectory() ? '/' : ''}`);
    expect(entries.filter((entry) => !doc.includes(`\`${entry}\``))).toEqual([]);
  });
});
