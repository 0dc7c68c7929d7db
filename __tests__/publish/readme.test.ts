// The README as a user reads it: the Action's inputs and outputs exactly as action.yml declares
// them, the package and image names that exist, and example workflows on the current major of
// each action they use, each pinned by commit SHA in the hardening note.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionTables, END, START, withActionTables } from '../../tools/docs/action-table.js';

const readme = readFileSync('README.md', 'utf8');
const actionYml = readFileSync('action.yml', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
const workflows = readdirSync('.github/workflows').map((file) => readFileSync(join('.github/workflows', file), 'utf8'));

/** `owner/repo[/path]@<sha> # vX.Y.Z` pins in a text: action -> major. */
function pins(text: string): Map<string, string> {
  return new Map([...text.matchAll(/([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@[0-9a-f]{40} # (v\d+)\.\d+\.\d+/g)].map((m) => [m[1]!, m[2]!]));
}

describe('the README', () => {
  it('lists the inputs and outputs action.yml declares (npm run docs:action regenerates them)', () => {
    const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(block).toBe(actionTables(actionYml));
  });

  it('has its tables regenerated from action.yml, not edited by hand, when an input changes', () => {
    const changed = actionYml.replace(/^ {2}since:\n {4}description: .*$/m, '  since:\n    description: A new description.');
    expect(withActionTables(readme, changed)).toContain('| `since` |  | A new description. |');
    expect(() => withActionTables('no markers', actionYml)).toThrow('README.md: the markers');
  });

  it('names the scoped package and says why, and no placeholder owner', () => {
    expect(readme).toContain(`npm install --global ${manifest.name}`);
    expect(readme).toContain(`**Why \`${manifest.name}\`.**`);
    expect(readme).not.toMatch(/your-org|@v0\b/);
  });

  it('uses one major of this Action, its image and its package throughout', () => {
    const majors = new Set([...readme.matchAll(/aws-monitor\/aws-monitor@v(\d+)\b/g)].map((m) => m[1]));
    expect([...majors]).toHaveLength(1);
    const [major] = [...majors];
    for (const [, tag] of readme.matchAll(/ghcr\.io\/aws-monitor\/aws-monitor:([\w.-]+)/g)) expect(tag).toBe(major);
  });

  it('shows other actions at the major their SHA pin in the hardening note has, the one this repository runs', () => {
    const pinned = pins(readme);
    const ours = new Map([...workflows.flatMap((text) => [...pins(text)])]);
    const used = [...readme.matchAll(/uses: ([\w.-]+\/[\w.-]+)@(v\d+)\b/g)].filter(([, action]) => action !== 'aws-monitor/aws-monitor');
    expect(used.length).toBeGreaterThan(0);
    for (const [, action, major] of used) {
      expect([action, pinned.get(action!)]).toEqual([action, major]);
      if (ours.has(action!)) expect([action, ours.get(action!)]).toEqual([action, major]);
    }
    // Every SHA in the README is the one this repository's workflows run, where they run that action.
    for (const [, action, sha] of readme.matchAll(/([\w.-]+\/[\w.-]+)@([0-9a-f]{40})/g)) {
      const workflowSha = workflows.join('\n').match(new RegExp(`${action!.replace(/[.]/g, '\\.')}@([0-9a-f]{40})`))?.[1];
      if (workflowSha) expect([action, sha]).toEqual([action, workflowSha]);
    }
  });
});
