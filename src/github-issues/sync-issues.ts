// GitHub issues as the list of open findings: one issue per finding at or above a severity,
// created when new, commented when its severity or evidence changes, closed when resolved,
// reopened when it comes back, never duplicated (found again by the hidden marker in its body).
// The repository's issues are the memory between runs; nothing else is stored.

import { type CoverageGap, type Report, type Severity } from '../report/model.js';
import type { DeliveryOptions } from '../notify/http-delivery.js';
import { GithubError, GithubIssues } from './github-rest.js';
import { changeComment, issueBody, issueTitle, resolvedComment } from './issue-text.js';
import { planIssues, type IssueAction } from './issue-plan.js';

export interface IssueSyncOptions {
  /** owner/name. */
  repository: string;
  token: string;
  /** GITHUB_API_URL; https://api.github.com by default. */
  apiUrl: string;
  minSeverity: Severity;
  /** The first label is the one issues are found by; all are put on new issues. */
  labels: string[];
  runUrl?: string;
  version: string;
  delivery?: Partial<Omit<DeliveryOptions, 'secrets'>>;
}

export interface IssueSyncResult {
  created: number[];
  updated: number[];
  reopened: number[];
  closed: number[];
  /** Open issues left open because this run could not look at their resource. */
  keptUnverified: number;
  /** Add these to the report's coverage. */
  gaps: CoverageGap[];
}

export const DEFAULT_ISSUE_LABELS = ['aws-monitor'];

/**
 * Issue writes (create, edit, comment) in one run. GitHub limits content creation to about 80
 * requests a minute; what is left over is done by the next run, since the plan is recomputed.
 */
export const MAX_ISSUE_WRITES = 60;

const WRITES: Record<IssueAction['kind'], number> = { create: 1, update: 2, reopen: 2, close: 2 };
const ORDER: Record<IssueAction['kind'], number> = { create: 0, reopen: 1, update: 2, close: 3 };

export async function syncGithubIssues(report: Report, options: IssueSyncOptions): Promise<IssueSyncResult> {
  const result: IssueSyncResult = { created: [], updated: [], reopened: [], closed: [], keptUnverified: 0, gaps: [] };
  const gap = (operation: string, scope: string, reason: string): CoverageGap => ({ service: 'github', operation, scope, reason });
  const [owner, repo, ...rest] = options.repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    result.gaps.push(gap('issues', 'the GitHub issues of the open findings', `"${options.repository}" is not owner/name`));
    return result;
  }
  const label = options.labels[0] ?? DEFAULT_ISSUE_LABELS[0]!;
  const github = new GithubIssues({ apiUrl: options.apiUrl, owner, repo, token: options.token }, options.delivery, options.version);

  let plan;
  try {
    plan = planIssues(report, await github.listWithLabel(label), options.minSeverity);
  } catch (error) {
    result.gaps.push(gap('list issues', `the GitHub issues of the open findings in ${options.repository}: none created, updated or closed`, describe(error)));
    return result;
  }
  result.keptUnverified = plan.keptUnverified;

  const actions = [...plan.actions].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  let writes = 0;
  const failures: string[] = [];
  for (const [index, action] of actions.entries()) {
    if (writes + WRITES[action.kind] > MAX_ISSUE_WRITES) {
      result.gaps.push(
        gap(
          'issues',
          `${actions.length - index} issue changes in ${options.repository} left for the next run`,
          `at most ${MAX_ISSUE_WRITES} issue writes per run (GitHub's limit on content creation)`,
        ),
      );
      break;
    }
    writes += WRITES[action.kind];
    try {
      await apply(github, action, options, result);
    } catch (error) {
      failures.push(`${action.kind} ${'issue' in action ? `#${action.issue.number}` : 'issue'}: ${describe(error)}`);
      // Without permission every other write fails the same way: stop asking.
      if (error instanceof GithubError && (error.status === 401 || error.status === 403 || error.status === 404 || error.status === 410)) {
        if (index + 1 < actions.length) failures.push(`${actions.length - index - 1} more not attempted`);
        break;
      }
    }
  }
  if (failures.length > 0) result.gaps.push(gap('issues', `the GitHub issues of the open findings in ${options.repository}`, failures.slice(0, 3).join('; ')));
  return result;
}

async function apply(github: GithubIssues, action: IssueAction, options: IssueSyncOptions, result: IssueSyncResult): Promise<void> {
  switch (action.kind) {
    case 'create': {
      const number = await github.create(issueTitle(action.finding), issueBody(action.finding, options.runUrl), options.labels.length > 0 ? options.labels : DEFAULT_ISSUE_LABELS);
      result.created.push(number);
      return;
    }
    case 'reopen':
      await github.update(action.issue.number, { state: 'open', state_reason: 'reopened', title: issueTitle(action.finding), body: issueBody(action.finding, options.runUrl) });
      await github.comment(action.issue.number, changeComment(action.finding, action.issue, true, options.runUrl));
      result.reopened.push(action.issue.number);
      return;
    case 'update':
      // The body first: it holds the digest, so a failed comment is not repeated by every later run.
      await github.update(action.issue.number, { title: issueTitle(action.finding), body: issueBody(action.finding, options.runUrl) });
      await github.comment(action.issue.number, changeComment(action.finding, action.issue, false, options.runUrl));
      result.updated.push(action.issue.number);
      return;
    case 'close':
      await github.comment(action.issue.number, resolvedComment(action.reason, options.runUrl));
      await github.update(action.issue.number, { state: 'closed', state_reason: 'completed' });
      result.closed.push(action.issue.number);
      return;
  }
}

function describe(error: unknown): string {
  if (error instanceof GithubError) return error.message;
  if (error instanceof SyntaxError) return 'unexpected response: not JSON';
  return (error as Error)?.message ?? String(error);
}

/** One line for the log: what changed in the repository's issues. */
export function describeSync(result: IssueSyncResult, repository: string): string {
  const list = (numbers: number[]) => numbers.map((n) => `#${n}`).join(', ');
  const parts = [
    result.created.length ? `opened ${list(result.created)}` : '',
    result.updated.length ? `updated ${list(result.updated)}` : '',
    result.reopened.length ? `reopened ${list(result.reopened)}` : '',
    result.closed.length ? `closed ${list(result.closed)}` : '',
    result.keptUnverified ? `kept ${result.keptUnverified} open that this run could not check` : '',
  ].filter(Boolean);
  return `GitHub issues in ${repository}: ${parts.length > 0 ? parts.join('; ') : 'no change'}`;
}
