// A local stand-in for the GitHub REST API's issue endpoints, answering in the shapes GitHub
// documents (https://docs.github.com/en/rest/issues/issues, .../issues/comments): list repository
// issues (state and labels filters, per_page and page, a Link header with rel="next" and "last",
// pull requests included as issues with a `pull_request` key, as GitHub does), create, update
// and comment. It keeps the issues in memory and records every request.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  comments: string[];
  pull_request?: boolean;
}

export interface GithubStandIn {
  apiUrl: string;
  owner: string;
  repo: string;
  token: string;
  issues: StandInIssue[];
  requests: Array<{ method: string; path: string }>;
  /** Adds an issue as if someone had opened it. */
  seed(issue: Partial<StandInIssue> & { title: string }): StandInIssue;
  /** Answers the next requests (of this method, when given) with this status instead, e.g. 403 without permission. */
  failNext(status: number, times?: number, method?: string): void;
  close(): Promise<void>;
}

export async function startGithubStandIn(owner = 'acme', repo = 'shop', token = 'ghs_standInToken0123456789'): Promise<GithubStandIn> {
  const standIn = { owner, repo, token, issues: [] as StandInIssue[], requests: [] as Array<{ method: string; path: string }> } as GithubStandIn;
  const failures: Array<{ status: number; method?: string }> = [];
  let nextNumber = 1;
  const view = (issue: StandInIssue) => ({
    id: 1_000_000 + issue.number,
    node_id: `I_${issue.number}`,
    url: `${standIn.apiUrl}/repos/${owner}/${repo}/issues/${issue.number}`,
    html_url: `https://github.com/${owner}/${repo}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: issue.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
    comments: issue.comments.length,
    user: { login: 'github-actions[bot]', type: 'Bot' },
    created_at: '2026-11-25T12:00:00Z',
    updated_at: '2026-11-25T12:00:00Z',
    closed_at: issue.state === 'closed' ? '2026-11-25T12:00:00Z' : null,
    ...(issue.pull_request ? { pull_request: { url: `${standIn.apiUrl}/repos/${owner}/${repo}/pulls/${issue.number}` } } : {}),
  });
  standIn.seed = (partial) => {
    const issue: StandInIssue = { number: nextNumber++, body: null, state: 'open', state_reason: null, labels: [], comments: [], ...partial };
    standIn.issues.push(issue);
    return issue;
  };
  standIn.failNext = (status, times = 1, method) => {
    for (let i = 0; i < times; i += 1) failures.push({ status, ...(method ? { method } : {}) });
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', standIn.apiUrl);
      standIn.requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}` });
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      const failing = failures.findIndex((f) => !f.method || f.method === req.method);
      if (failing >= 0) {
        const [failure] = failures.splice(failing, 1);
        return send(failure!.status, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      }
      const input = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      const base = `/repos/${owner}/${repo}/issues`;
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)(\/comments)?$/.exec(url.pathname);
      if (!url.pathname.startsWith(`/repos/${owner}/${repo}/`)) return send(404, { message: 'Not Found' });

      if (req.method === 'GET' && url.pathname === base) {
        const state = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        // Newest first, GitHub's default sort (created, desc).
        const matching = [...standIn.issues].sort((a, b) => b.number - a.number).filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)));
        const last = Math.max(1, Math.ceil(matching.length / perPage));
        const link = (p: number) => {
          const u = new URL(url.href);
          u.searchParams.set('page', String(p));
          return u.href;
        };
        const links = [
          ...(page < last ? [`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`] : []),
          ...(page > 1 ? [`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`] : []),
        ];
        return send(200, matching.slice((page - 1) * perPage, page * perPage).map(view), links.length > 0 ? { link: links.join(', ') } : {});
      }
      if (req.method === 'POST' && url.pathname === base) {
        if (typeof input.title !== 'string') return send(422, { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] });
        const issue = standIn.seed({ title: input.title, body: (input.body as string | undefined) ?? null, labels: (input.labels as string[] | undefined) ?? [] });
        return send(201, view(issue));
      }
      const issue = one ? standIn.issues.find((i) => i.number === Number(one[1])) : undefined;
      if (!issue) return send(404, { message: 'Not Found' });
      if (req.method === 'PATCH' && !one![2]) {
        if (typeof input.title === 'string') issue.title = input.title;
        if (typeof input.body === 'string') issue.body = input.body;
        if (input.state === 'open' || input.state === 'closed') {
          issue.state = input.state;
          issue.state_reason = (input.state_reason as string | undefined) ?? (input.state === 'closed' ? 'completed' : 'reopened');
        }
        return send(200, view(issue));
      }
      if (req.method === 'POST' && one![2]) {
        issue.comments.push(String(input.body));
        return send(201, {
          id: issue.comments.length,
          body: input.body,
          html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}#issuecomment-${issue.comments.length}`,
        });
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standIn.close = () => new Promise((resolve) => server.close(() => resolve()));
  return standIn;
}
