// Releases: the licence, the changesets configuration and pending changesets, and the version step
// the release workflow runs (changeset version, then src/version.ts), played in a scratch repository.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { syncVersion, withVersion } from '../../tools/release/sync-version.js';
import { tempDir } from '../support/temp-dir.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; license: string };
const pending = readdirSync('.changeset').filter((name) => name.endsWith('.md') && name !== 'README.md');

describe('the licence', () => {
  it('is the MIT licence package.json names, shipped in the package', () => {
    expect(manifest.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} .+\n\nPermission is hereby granted, free of charge/);
  });
});

describe('changesets', () => {
  it('has a configuration that its own schema accepts', () => {
    const schema = JSON.parse(readFileSync('node_modules/@changesets/config/schema.json', 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const config = JSON.parse(readFileSync('.changeset/config.json', 'utf8'));
    expect(validate(config) ? [] : validate.errors).toEqual([]);
    expect(config).toMatchObject({ baseBranch: 'main', access: 'public', commit: false });
  });

  it('has pending changesets that name this package and a bump', () => {
    for (const file of pending) {
      const front = /^---\n([\s\S]*?)\n---\n\n\S/.exec(readFileSync(join('.changeset', file), 'utf8'));
      expect([file, front !== null]).toEqual([file, true]);
      const releases = parse(front![1]!) as Record<string, string>;
      expect([file, releases]).toEqual([file, { [manifest.name]: expect.stringMatching(/^(major|minor|patch)$/) }]);
    }
  });

  it('keeps CHANGELOG.md under the package name, where changesets adds each version', () => {
    expect(readFileSync('CHANGELOG.md', 'utf8').split('\n')[0]).toBe(`# ${manifest.name}`);
  });
});

describe('src/version.ts sync', () => {
  it('sets the VERSION line and keeps the rest', () => {
    const source = "// header\nexport const VERSION = '0.1.0';\n";
    expect(withVersion(source, '1.0.0')).toBe("// header\nexport const VERSION = '1.0.0';\n");
  });

  it('names the file and the line it needs when the line is missing', () => {
    expect(() => withVersion('export const VERSION = `1`;\n', '1.0.0')).toThrow('src/version.ts: no line "export const VERSION = \'...\';" to update');
  });
});

/** semver's next version for the largest bump the changesets ask for. */
function nextVersion(current: string, changesets: string[]): string {
  const [major, minor, patch] = current.split('.').map(Number) as [number, number, number];
  const asks = (bump: string) => changesets.some((text) => new RegExp(`(^|: )${bump}$`, 'm').test(text));
  if (asks('major')) return `${major + 1}.0.0`;
  if (asks('minor')) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

// @changesets/cli needs Node 22.11 or later; .ci/run runs the suite on 24.
const changesetsRuns = Number(process.versions.node.split('.')[0]) >= 22;
if (!changesetsRuns) console.warn(`release version step not tested: @changesets/cli needs Node 22.11+, this is ${process.version}`);

describe('the version step of a release', () => {
  (changesetsRuns ? it : it.skip)('bumps package.json and src/version.ts, writes the CHANGELOG section and uses up the changesets', () => {
    const repo = tempDir('aws-monitor-release-');
    for (const path of ['package.json', 'CHANGELOG.md', '.changeset', 'src/version.ts']) cpSync(path, join(repo, path), { recursive: true });
    symlinkSync(resolve('node_modules'), join(repo, 'node_modules'), 'dir');
    writeFileSync(join(repo, '.changeset', 'a-fix.md'), `---\n"${manifest.name}": patch\n---\n\nThe gate no longer counts a draining task twice.\n`);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'changes');

    execFileSync(process.execPath, [resolve('node_modules/@changesets/cli/bin.js'), 'version'], { cwd: repo, stdio: 'pipe' });
    const version = syncVersion(repo);

    expect(version).toBe(nextVersion(manifest.version, [...pending.map((file) => readFileSync(join('.changeset', file), 'utf8')), 'patch']));
    expect(readFileSync(join(repo, 'src/version.ts'), 'utf8')).toContain(`export const VERSION = '${version}';`);
    const changelog = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`^# ${manifest.name}\\n\\n## ${version.replace(/\./g, '\\.')}\\n`));
    expect(changelog).toContain('The gate no longer counts a draining task twice.');
    expect(readdirSync(join(repo, '.changeset')).filter((name) => name.endsWith('.md'))).toEqual(['README.md']);
    expect(existsSync(join(repo, '.changeset', 'config.json'))).toBe(true);
  });
});
