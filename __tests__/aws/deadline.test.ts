import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

describe('the run-wide deadline', () => {
  it('lets every call in flight listen to it without a MaxListenersExceededWarning', () => {
    // In a process of its own: Node writes the warning to the real process's stderr, which jest's sandbox does not see.
    const script = `
      const { startDeadline } = await import(${JSON.stringify(pathToFileURL(join(process.cwd(), 'src/deadline.ts')).href)});
      const deadline = startDeadline(60_000);
      for (let i = 0; i < 50; i++) deadline.signal.addEventListener('abort', () => {});
      await new Promise((resolve) => setTimeout(resolve, 50));
      deadline.dispose();`;
    const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
    const run = spawnSync(process.execPath, ['--import', loader, '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('MaxListenersExceededWarning');
  });
});
