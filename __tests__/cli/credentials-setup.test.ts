// Typed-in keys are stored in config.ini, but never where one `git add .` commits them (issue 15).

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storageRefusal, workTreeOf } from '../../src/cli/credentials-setup.js';
import { tempDir } from '../support/temp-dir.js';

function repo(): string {
  const dir = tempDir('aws-monitor-repo-');
  spawnSync('git', ['init', '-q', dir]);
  return dir;
}

describe('where typed-in credentials may be stored', () => {
  it('anywhere outside a git work tree', () => {
    const dir = tempDir('aws-monitor-plain-');
    expect(workTreeOf(join(dir, 'config.ini'))).toBeUndefined();
    expect(storageRefusal(join(dir, 'config.ini'))).toBeUndefined();
  });

  it('not inside a work tree where config.ini is not ignored, saying why and suggesting a profile', () => {
    const dir = repo();
    mkdirSync(join(dir, 'ops'));
    const refusal = storageRefusal(join(dir, 'ops', 'config.ini'));
    expect(refusal).toContain(`it is inside the git work tree ${dir} and not ignored there, so one \`git add .\` would commit the keys`);
    expect(refusal).toContain('`aws configure --profile aws-monitor`, then run with --profile aws-monitor');
    expect(refusal).toContain(`Or add ops/config.ini to ${join(dir, '.gitignore')} and run again.`);
  });

  it('inside a work tree that ignores it', () => {
    const dir = repo();
    writeFileSync(join(dir, '.gitignore'), 'config.ini\n');
    expect(storageRefusal(join(dir, 'config.ini'))).toBeUndefined();
  });
});
