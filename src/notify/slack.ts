// type = slack: a Slack incoming webhook message in Block Kit, with `text` as the notification
// fallback. Shapes: https://api.slack.com/messaging/webhooks and
// https://api.slack.com/reference/block-kit/blocks (header plain_text at most 150 characters,
// section text at most 3,000, at most 50 blocks). Finding text is escaped as
// https://api.slack.com/reference/surfaces/formatting#escaping asks (& < > as entities, so
// `<!channel>` or `<https://evil|docs>` in a log line stays text) and marked verbatim, so Slack
// does not link URLs or channel names in it either.

import type { Finding } from '../report/model.js';
import { visible } from '../report/output-safety.js';
import { clip, findingPlace, headline, reportPlace } from './finding-summary.js';
import type { NotifierType } from './notifier.js';

const ICON: Record<string, string> = {
  critical: ':red_circle:',
  high: ':large_orange_circle:',
  medium: ':large_yellow_circle:',
  low: ':large_blue_circle:',
  info: ':white_circle:',
};
const MAX_FINDINGS = 20;
const MAX_RESOLVED = 10;

/** Slack's three control characters as entities; control and invisible characters made visible. */
export function slackEscape(text: string): string {
  return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, 3000), verbatim: true } });
const context = (text: string) => ({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(text, 3000), verbatim: true }] });

function line(finding: Finding): string {
  return `${ICON[finding.severity] ?? ''} *${finding.severity}* ${slackEscape(clip(findingPlace(finding), 300))}\n${slackEscape(clip(finding.title, 1000))}`;
}

export const SLACK: NotifierType = {
  type: 'slack',
  destinationIs: 'url',
  requests(selection, { report, target, destination, runUrl }) {
    const title = `aws-monitor: ${headline(selection, target.on)} in ${reportPlace(report)}`;
    const blocks: object[] = [{ type: 'header', text: { type: 'plain_text', text: clip(title, 150), emoji: true } }];
    for (const finding of selection.findings.slice(0, MAX_FINDINGS)) blocks.push(section(line(finding)));
    if (selection.findings.length > MAX_FINDINGS) blocks.push(context(`and ${selection.findings.length - MAX_FINDINGS} more: see the report`));
    if (selection.resolved.length > 0) {
      blocks.push(section('*Resolved*'));
      for (const finding of selection.resolved.slice(0, MAX_RESOLVED))
        blocks.push(section(`:white_check_mark: ${slackEscape(clip(findingPlace(finding), 300))}: ${slackEscape(clip(finding.title, 1000))}`));
      if (selection.resolved.length > MAX_RESOLVED) blocks.push(context(`and ${selection.resolved.length - MAX_RESOLVED} more resolved`));
    }
    const notes = [
      ...(selection.baseline ? [] : ['no baseline report: every finding is counted as new']),
      ...(runUrl ? [`<${slackEscape(runUrl).replace(/\|/g, '%7C')}|the run and its report>`] : []),
      `status ${report.status}, min severity ${target.minSeverity}`,
    ];
    blocks.push(context(notes.join(' · ')));
    const body = JSON.stringify({ text: slackEscape(title), blocks });
    return [{ url: destination, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body }];
  },
};
