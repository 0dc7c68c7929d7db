// The text of a finding's GitHub issue: a title, a body that starts with hidden markers (which
// finding it tracks, and a digest of what it said), and the comments posted when it changes.
// Findings quote AWS and logs, so every value from them goes into a code span: no mention pings
// anyone, no `#12` links an issue, no markdown or HTML renders.

import { createHash } from 'node:crypto';
import type { Finding } from '../report/model.js';
import { capBytes, visible } from '../report/output-safety.js';

const ID_MARKER = /^<!-- aws-monitor:finding-id=([A-Za-z0-9%._~!*'()-]{1,2000}) -->\r?\n<!-- aws-monitor:digest=([0-9a-f]{64}) -->/;

/** GitHub refuses a body over 65,536 characters. */
const MAX_BODY_BYTES = 60_000;
const MAX_TITLE_CHARS = 200;

/** The hidden first lines of an issue body. encodeURIComponent leaves no `>`, so an id cannot end the comment. */
export function markers(finding: Finding): string {
  return `<!-- aws-monitor:finding-id=${encodeURIComponent(finding.id)} -->\n<!-- aws-monitor:digest=${digest(finding)} -->`;
}

/** The finding id and digest an issue body starts with; only the start is read, so quoted text cannot forge one. */
export function readMarkers(body: string | null | undefined): { findingId: string; digest: string } | undefined {
  const match = ID_MARKER.exec(body ?? '');
  if (!match) return undefined;
  try {
    return { findingId: decodeURIComponent(match[1]!), digest: match[2]! };
  } catch {
    return undefined;
  }
}

/**
 * What a change of warrants a comment: the severity and what the evidence says, with its numbers
 * masked. Counts, rates and latencies move on every run; commenting on each would bury the issue, so
 * a new reason, exception or state comments and "98 errors" becoming "104 errors" does not.
 */
export function digest(finding: Finding): string {
  const evidence = finding.evidence.map((e) => [e.label, e.value.replace(/\d+(?:[.,]\d+)*/g, '#')]);
  return createHash('sha256')
    .update(JSON.stringify([finding.severity, evidence]))
    .digest('hex');
}

/** Inline code that shows the text as it is: one line, a fence longer than any backtick run in it. */
export function code(text: string): string {
  const line = visible(text).replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of line.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || line === '' ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

export function issueTitle(finding: Finding): string {
  const title = visible(`aws-monitor ${finding.severity}: ${finding.title} (${finding.resource.type} ${finding.resource.id})`);
  const chars = [...title];
  return chars.length <= MAX_TITLE_CHARS ? title : `${chars.slice(0, MAX_TITLE_CHARS - 1).join('')}…`;
}

export function issueBody(finding: Finding, runUrl: string | undefined): string {
  const lines = [
    markers(finding),
    '',
    `**${finding.severity}** finding on ${code(`${finding.resource.type} ${finding.resource.id}`)}${where(finding)}`,
    '',
    `> ${code(finding.title)}`,
    '',
    '| evidence | value |',
    '| --- | --- |',
    ...finding.evidence.map((e) => `| ${code(e.label)} | ${code(e.value)} |`),
    '',
    ...(finding.since ? [`Since ${code(finding.since)}.`] : []),
    ...(finding.nextStep ? [`Next step: ${code(finding.nextStep)}`] : []),
    '',
    `Finding id ${code(finding.id)}. aws-monitor opened this issue and keeps it in step with its scans: it comments when the severity or the evidence changes and closes it when a scan no longer finds the problem${runUrl ? ` ([latest run](${runUrl}))` : ''}.`,
  ];
  return capBytes(lines.join('\n'), MAX_BODY_BYTES);
}

function where(finding: Finding): string {
  const parts = [finding.resource.account, finding.resource.region].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? ` in ${parts.map(code).join(', ')}` : '';
}

/** The comment on an open issue whose finding changed, or a closed one that came back. */
export function changeComment(finding: Finding, previous: { title: string; body: string | null }, reopened: boolean, runUrl: string | undefined): string {
  const lines = [reopened ? `Found again${runUrl ? ` by [this run](${runUrl})` : ''}: reopened.` : `Changed${runUrl ? ` in [this run](${runUrl})` : ''}:`];
  const before = /^\*\*(critical|high|medium|low|info)\*\*/m.exec(previous.body ?? '')?.[1];
  if (before && before !== finding.severity) lines.push(`- severity ${before} → **${finding.severity}**`);
  lines.push('', '| evidence | value |', '| --- | --- |', ...finding.evidence.map((e) => `| ${code(e.label)} | ${code(e.value)} |`));
  return capBytes(lines.join('\n'), MAX_BODY_BYTES);
}

export function resolvedComment(reason: string, runUrl: string | undefined): string {
  return `Resolved: ${reason}${runUrl ? ` ([run](${runUrl}))` : ''}. Closing; aws-monitor reopens this issue if the problem comes back.`;
}
