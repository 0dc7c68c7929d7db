// The bundled Action with github-issues: true, run the way the runner runs it, against the
// emulator and a local GitHub REST stand-in: issues opened, kept without duplicates, closed.

import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { readMarkers } from '../../src/github-issues/issue-text.js';
import { REGION, useEmulator } from '../support/emulator.js';
import { startGithubStandIn, type GithubStandIn } from '../support/github-stand-in.js';
import { runAction } from '../support/run-action.js';

const emulator = useEmulator();
let github: GithubStandIn;

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  github = await startGithubStandIn('acme', 'shop');
}, 60_000);
afterAll(() => github.close());

const run = (inputs: Record<string, string> = {}) =>
  runAction(emulator().endpoint, { since: '6h', 'fail-on': 'never', 'github-issues': 'true', 'github-token': github.token, ...inputs }, { env: { GITHUB_API_URL: github.apiUrl } });

describe('the Action with github-issues', () => {
  it('opens one issue per finding at or above the severity, keeps them across runs without duplicates, and closes them when resolved', async () => {
    const first = await run();
    expect(first.status).toBe(0);
    const tracked = () => github.issues.filter((i) => readMarkers(i.body));
    // The demo account has two high findings.
    expect(tracked()).toHaveLength(2);
    expect(tracked().every((i) => i.state === 'open' && i.labels.includes('aws-monitor'))).toBe(true);
    expect(first.stdout).toMatch(/GitHub issues in acme\/shop: opened #1, #2/);
    // Masked: the runner hides it wherever it would appear, and it appears nowhere else.
    expect(first.stdout).toContain(`::add-mask::${github.token}`);
    expect(first.stdout.replace(`::add-mask::${github.token}`, '')).not.toContain(github.token);

    const second = await run();
    expect(second.stdout).toContain('GitHub issues in acme/shop: no change');
    expect(tracked()).toHaveLength(2);

    // Only critical findings get an issue now: the two high ones are closed, with a comment.
    const third = await run({ 'github-issues-min-severity': 'critical' });
    expect(third.stdout).toMatch(/GitHub issues in acme\/shop: closed #\d+, #\d+/);
    expect(tracked().map((i) => [i.state, i.comments.length])).toEqual([
      ['closed', 1],
      ['closed', 1],
    ]);
  }, 120_000);

  it('turns a refused token into a warning and a coverage gap in the report, and the step still reports', async () => {
    const refused = await run({ 'github-token': 'not-the-token' });
    expect(refused.status).toBe(0);
    expect(refused.stdout).toMatch(/::warning::GitHub issues: .*HTTP 401/);
    expect(refused.summary).toMatch(/github/);
  }, 60_000);

  it('refuses an invalid github-issues-min-severity before scanning', async () => {
    const bad = await run({ 'github-issues-min-severity': 'urgent' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('::error::input github-issues-min-severity: "urgent" must be one of critical, high, medium, low, info');
  });
});
