// The few GitHub REST calls the issue list needs, as documented at
// https://docs.github.com/en/rest/issues/issues (list repository issues, create, update) and
// https://docs.github.com/en/rest/issues/comments#create-an-issue-comment. Pages follow the Link
// header (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api).
// GITHUB_API_URL points it at GitHub Enterprise Server.

import { DEFAULT_DELIVERY, deliver, type DeliveryOptions } from '../notify/http-delivery.js';
import type { TrackedIssue } from './issue-plan.js';

export interface GithubRepo {
  apiUrl: string;
  owner: string;
  repo: string;
  token: string;
}

export class GithubError extends Error {
  override name = 'GithubError';
  constructor(
    readonly operation: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Pages of 100 read at most: 10,000 issues with the label. */
const MAX_PAGES = 100;

export class GithubIssues {
  private readonly delivery: DeliveryOptions;

  constructor(
    private readonly repo: GithubRepo,
    delivery: Partial<Omit<DeliveryOptions, 'secrets'>> = {},
    private readonly version = 'dev',
  ) {
    this.delivery = {
      ...DEFAULT_DELIVERY,
      ...delivery,
      secrets: [repo.token],
      // GitHub answers its secondary rate limit with 403 and Retry-After, or x-ratelimit-remaining: 0.
      retryWhen: (status, headers) => status === 403 && (headers.has('retry-after') || headers.get('x-ratelimit-remaining') === '0'),
    };
  }

  /** Every issue (open and closed, not pull requests) with the label. */
  async listWithLabel(label: string): Promise<TrackedIssue[]> {
    const issues: TrackedIssue[] = [];
    let url: string | undefined = `${this.base()}/issues?state=all&labels=${encodeURIComponent(label)}&per_page=100`;
    for (let page = 0; url && page < MAX_PAGES; page += 1) {
      const response = await this.call('list issues', url, 'GET');
      const items = JSON.parse(response.body) as Array<{ number: number; state: string; title: string; body: string | null; pull_request?: unknown }>;
      if (!Array.isArray(items)) throw new GithubError('list issues', 'unexpected response: not a list of issues');
      for (const item of items) {
        if (item.pull_request !== undefined) continue;
        issues.push({ number: item.number, state: item.state === 'closed' ? 'closed' : 'open', title: item.title, body: item.body });
      }
      url = nextLink(response.headers.get('link'), this.repo.apiUrl);
    }
    return issues;
  }

  async create(title: string, body: string, labels: string[]): Promise<number> {
    const response = await this.call('create issue', `${this.base()}/issues`, 'POST', { title, body, labels });
    return (JSON.parse(response.body) as { number: number }).number;
  }

  async update(number: number, fields: { body?: string; title?: string; state?: 'open' | 'closed'; state_reason?: 'completed' | 'reopened' }): Promise<void> {
    await this.call('update issue', `${this.base()}/issues/${number}`, 'PATCH', fields);
  }

  async comment(number: number, body: string): Promise<void> {
    await this.call('comment on issue', `${this.base()}/issues/${number}/comments`, 'POST', { body });
  }

  private base(): string {
    return `${this.repo.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(this.repo.owner)}/${encodeURIComponent(this.repo.repo)}`;
  }

  private async call(operation: string, url: string, method: 'GET' | 'POST' | 'PATCH', body?: unknown): Promise<{ body: string; headers: Headers }> {
    const result = await deliver(
      {
        url,
        method,
        headers: {
          Accept: 'application/vnd.github+json',
          Authorization: `Bearer ${this.repo.token}`,
          'X-GitHub-Api-Version': '2022-11-28',
          'User-Agent': `aws-monitor/${this.version}`,
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      },
      this.delivery,
    );
    if (!result.ok) {
      const hint =
        result.status === 401
          ? ' (the token is not valid)'
          : result.status === 403 || result.status === 404
            ? ' (give the job `permissions: issues: write`, and check the repository)'
            : result.status === 410
              ? ' (issues are disabled in this repository)'
              : '';
      throw new GithubError(operation, `${result.reason ?? 'failed'}${hint}`, result.status);
    }
    return { body: result.body ?? '', headers: result.headers ?? new Headers() };
  }
}

/** The rel="next" URL of a Link header, only on the same API host (a page never sends the token elsewhere). */
export function nextLink(header: string | null, apiUrl: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (!match) continue;
    try {
      const next = new URL(match[1]!);
      return next.origin === new URL(apiUrl).origin ? next.href : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
