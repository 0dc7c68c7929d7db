import { readMarkers } from '../../src/github-issues/issue-text.js';
import { syncGithubIssues, type IssueSyncOptions } from '../../src/github-issues/sync-issues.js';
import type { Finding, Report } from '../../src/report/model.js';
import { aFinding, aReport } from '../support/builders.js';
import { startGithubStandIn, type GithubStandIn } from '../support/github-stand-in.js';

let github: GithubStandIn;
beforeEach(async () => {
  github = await startGithubStandIn();
});
afterEach(() => github.close());

const options = (overrides: Partial<IssueSyncOptions> = {}): IssueSyncOptions => ({
  repository: `${github.owner}/${github.repo}`,
  token: github.token,
  apiUrl: github.apiUrl,
  minSeverity: 'high',
  labels: ['aws-monitor', 'production'],
  runUrl: 'https://github.com/acme/shop/actions/runs/4242',
  version: '1.0.0',
  delivery: { sleep: async () => {}, maxTotalMs: 5_000, timeoutMs: 2_000 },
  ...overrides,
});

const crash = aFinding({ id: 'ecs_service_tasks_below_desired:ecs:service:shop/web', severity: 'critical', title: '0 of 4 tasks running' });
const slow = aFinding({
  id: 'metric_latency_degradation:elbv2:load-balancer:shop',
  kind: 'metric_latency_degradation',
  severity: 'high',
  title: 'p99 latency 4x its normal',
  resource: { type: 'elbv2:load-balancer', id: 'shop' },
});
const note = aFinding({ id: 'rds_not_multi_az:rds:instance:orders', severity: 'low', title: 'no Multi-AZ standby' });
const scan = (...findings: Finding[]): Report => aReport({ findings });
const tracked = () => github.issues.filter((i) => readMarkers(i.body));

describe('GitHub issues as the open list', () => {
  it('opens one labelled issue per finding at or above the severity, with the hidden marker', async () => {
    const result = await syncGithubIssues(scan(crash, slow, note), options());
    expect(result.gaps).toEqual([]);
    expect(result.created).toHaveLength(2);
    expect(tracked().map((i) => [readMarkers(i.body)!.findingId, i.state, i.labels])).toEqual([
      [crash.id, 'open', ['aws-monitor', 'production']],
      [slow.id, 'open', ['aws-monitor', 'production']],
    ]);
    expect(github.issues[0]!.title).toBe('aws-monitor critical: 0 of 4 tasks running (ecs:service pp-web-production/checkout)');
    expect(github.issues[0]!.body).toMatch(
      /^<!-- aws-monitor:finding-id=ecs_service_tasks_below_desired%3Aecs%3Aservice%3Ashop%2Fweb -->\n<!-- aws-monitor:digest=[0-9a-f]{64} -->\n/,
    );
  });

  it('never duplicates: an unchanged re-run makes no write', async () => {
    await syncGithubIssues(scan(crash, slow), options());
    const writes = () => github.requests.filter((r) => r.method !== 'GET').length;
    const before = writes();
    const again = await syncGithubIssues(scan(crash, slow), options());
    expect(again).toMatchObject({ created: [], updated: [], closed: [], reopened: [], gaps: [] });
    expect(writes()).toBe(before);
    expect(tracked()).toHaveLength(2);
  });

  it('comments when the severity or the evidence changes, and keeps the body current', async () => {
    await syncGithubIssues(scan(crash, slow), options());
    const worse = { ...slow, severity: 'critical' as const, evidence: [{ label: 'p99', value: '9.1 s' }] };
    const result = await syncGithubIssues(scan(crash, worse), options());
    const issue = github.issues.find((i) => readMarkers(i.body)?.findingId === slow.id)!;
    expect(result.updated).toEqual([issue.number]);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]).toContain('- severity high → **critical**');
    expect(issue.comments[0]).toContain('| `p99` | `9.1 s` |');
    expect(issue.title).toMatch(/^aws-monitor critical:/);
    // And only once: the digest in the body now matches.
    expect((await syncGithubIssues(scan(crash, worse), options())).updated).toEqual([]);
  });

  it('does not comment when only the numbers in the evidence move (a count on every run)', async () => {
    const counted = { ...slow, evidence: [{ label: 'errors', value: '98 of 482 lines (20%)' }] };
    await syncGithubIssues(scan(crash, counted), options());
    const drifted = { ...counted, evidence: [{ label: 'errors', value: '104 of 515 lines (20.2%)' }] };
    expect((await syncGithubIssues(scan(crash, drifted), options())).updated).toEqual([]);
    const reworded = { ...counted, evidence: [{ label: 'errors', value: '104 of 515 lines, new: GatewayTimeoutException' }] };
    expect((await syncGithubIssues(scan(crash, reworded), options())).updated).toHaveLength(1);
  });

  it('closes with a comment the issue of a finding no longer found, and reopens it when it comes back', async () => {
    await syncGithubIssues(scan(crash, slow), options());
    const issue = github.issues.find((i) => readMarkers(i.body)?.findingId === crash.id)!;

    const fixed = await syncGithubIssues(scan(slow), options());
    expect(fixed.closed).toEqual([issue.number]);
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(issue.comments.at(-1)).toMatch(/^Resolved: the scan of .* no longer finds it \(\[run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/4242\)\)\. Closing/);

    const back = await syncGithubIssues(scan(crash, slow), options());
    expect(back.reopened).toEqual([issue.number]);
    expect(back.created).toEqual([]);
    expect(issue).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(issue.comments.at(-1)).toMatch(/^Found again by \[this run\]/);
    expect(tracked()).toHaveLength(2);
  });

  it('closes the issue of a finding that fell below the severity, saying so', async () => {
    await syncGithubIssues(scan(slow), options());
    const result = await syncGithubIssues(scan({ ...slow, severity: 'medium' }), options());
    expect(result.closed).toHaveLength(1);
    expect(tracked()[0]!.comments.at(-1)).toMatch(/^Resolved: now medium, below high/);
  });

  it('keeps an issue open when this run could not look at its resource', async () => {
    await syncGithubIssues(scan(crash, slow), options());
    const blind = aReport({
      findings: [],
      coverage: [
        { service: 'ecs', operation: 'DescribeServices', scope: 'ECS services', reason: 'AccessDenied' },
        { service: 'cloudwatch', operation: 'GetMetricData', scope: 'metrics', reason: 'throttled' },
      ],
    });
    const result = await syncGithubIssues(blind, options());
    expect(result).toMatchObject({ closed: [], keptUnverified: 2 });
    expect(tracked().every((i) => i.state === 'open')).toBe(true);
  });

  it('finds its issues among hundreds, over pages of the Link header, and skips pull requests', async () => {
    for (let i = 0; i < 230; i += 1) github.seed({ title: `someone else's issue ${i}`, labels: ['aws-monitor'], state: i % 2 ? 'closed' : 'open' });
    github.seed({ title: 'a pull request', labels: ['aws-monitor'], pull_request: true, body: '<!-- aws-monitor:finding-id=x -->' });
    await syncGithubIssues(scan(crash), options());
    const second = await syncGithubIssues(scan(crash), options());
    expect(second.created).toEqual([]);
    expect(github.requests.filter((r) => r.method === 'GET' && /page=3/.test(r.path)).length).toBe(2);
    expect(tracked()).toHaveLength(1);
  });

  it('does not take a marker quoted inside a finding for its own', async () => {
    const forged = { ...crash, evidence: [{ label: 'log line', value: `<!-- aws-monitor:finding-id=${encodeURIComponent(slow.id)} -->` }] };
    await syncGithubIssues(scan(forged, slow), options());
    expect(
      tracked()
        .map((i) => readMarkers(i.body)!.findingId)
        .sort(),
    ).toEqual([crash.id, slow.id].sort());
    expect((await syncGithubIssues(scan(forged, slow), options())).created).toEqual([]);
  });

  it('quotes hostile text in code spans: no mention, link, HTML or markdown renders', async () => {
    const hostile = { ...crash, title: '@octocat see #1 <img src=x onerror=alert(1)> [click](https://evil.example) `x`', evidence: [{ label: 'a|b', value: '**bold** ```' }] };
    await syncGithubIssues(scan(hostile), options());
    const body = github.issues[0]!.body!;
    expect(body).toContain('> `` @octocat see #1 <img src=x onerror=alert(1)> [click](https://evil.example) `x` ``');
    expect(body).toContain('| `a\\|b` | ```` **bold** ``` ```` |');
  });

  it('turns a token without permission into a coverage gap naming the permission, never the token', async () => {
    github.failNext(403, 5);
    const result = await syncGithubIssues(scan(crash, slow), options());
    expect(result.gaps).toEqual([
      {
        service: 'github',
        operation: 'list issues',
        scope: 'the GitHub issues of the open findings in acme/shop: none created, updated or closed',
        reason:
          'HTTP 403: {"message":"Resource not accessible by integration","documentation_url":"https://docs.github.com/rest"} (give the job `permissions: issues: write`, and check the repository)',
      },
    ]);
    expect(JSON.stringify(result)).not.toContain(github.token);
  });

  it('stops after the first write GitHub refuses, and reports what was not done', async () => {
    github.failNext(403, 1, 'POST');
    const result = await syncGithubIssues(scan(crash, slow), options());
    expect(result.created).toEqual([]);
    expect(result.gaps).toEqual([
      expect.objectContaining({ service: 'github', operation: 'issues', reason: expect.stringMatching(/^create issue: HTTP 403: .*issues: write.*; 1 more not attempted$/) }),
    ]);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('an unreachable API is a coverage gap, not an exception', async () => {
    const gone = github.apiUrl;
    await github.close();
    github = await startGithubStandIn();
    const result = await syncGithubIssues(scan(crash), options({ apiUrl: gone, delivery: { sleep: async () => {}, maxAttempts: 2, maxTotalMs: 1_000, timeoutMs: 1_000 } }));
    expect(result.gaps[0]).toMatchObject({ service: 'github', operation: 'list issues', reason: 'connection refused; gave up after 2 attempts' });
  });
});
