// type = teams: an Adaptive Card for a Teams Workflows webhook ("When a Teams webhook request is
// received", which replaces the retired Office 365 connectors and takes Adaptive Cards only).
// Envelope: { "type": "message", "attachments": [{ "contentType":
// "application/vnd.microsoft.card.adaptive", "contentUrl": null, "content": <card> }] }, per
// https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using
// (version 1.4 of the card schema renders in every Teams client). Finding text goes into
// RichTextBlock TextRuns, where markdown is not interpreted
// (https://learn.microsoft.com/en-us/adaptive-cards/schema-explorer/text-run); the TextBlock
// headline, which Teams renders as markdown, is escaped.

import type { Finding } from '../report/model.js';
import { visible } from '../report/output-safety.js';
import { clip, findingPlace, headline, reportPlace } from './finding-summary.js';
import type { NotifierType } from './notifier.js';

const MAX_FINDINGS = 20;
const MAX_RESOLVED = 10;
const COLOR: Record<string, string> = { critical: 'Attention', high: 'Attention', medium: 'Warning', low: 'Accent', info: 'Default' };

/**
 * Text for a TextBlock, which Teams renders as markdown (bold, italic, lists, links): inline
 * punctuation backslash-escaped anywhere, list and heading markers at the start of a line.
 */
export function teamsMarkdownEscape(text: string): string {
  return visible(text)
    .replace(/[\\`*_{}[\]()!|<>~]/g, '\\$&')
    .replace(/^([#+-]|\d+\.)/gm, '\\$1');
}

const run = (text: string, style: Record<string, unknown> = {}) => ({ type: 'TextRun', text: visible(text), ...style });

function findingBlock(finding: Finding): object {
  return {
    type: 'RichTextBlock',
    inlines: [
      run(finding.severity.toUpperCase(), { weight: 'Bolder', color: COLOR[finding.severity] ?? 'Default' }),
      run(` ${clip(findingPlace(finding), 300)}: ${clip(finding.title, 500)}`),
    ],
  };
}

export const TEAMS: NotifierType = {
  type: 'teams',
  destinationIs: 'url',
  requests(selection, { report, target, destination, runUrl }) {
    const body: object[] = [
      { type: 'TextBlock', size: 'Medium', weight: 'Bolder', wrap: true, text: teamsMarkdownEscape(`aws-monitor: ${headline(selection, target.on)} in ${reportPlace(report)}`) },
    ];
    for (const finding of selection.findings.slice(0, MAX_FINDINGS)) body.push(findingBlock(finding));
    if (selection.findings.length > MAX_FINDINGS)
      body.push({ type: 'TextBlock', isSubtle: true, wrap: true, text: `and ${selection.findings.length - MAX_FINDINGS} more: see the report` });
    if (selection.resolved.length > 0) {
      body.push({ type: 'TextBlock', weight: 'Bolder', wrap: true, separator: true, text: 'Resolved' });
      for (const finding of selection.resolved.slice(0, MAX_RESOLVED)) {
        body.push({
          type: 'RichTextBlock',
          inlines: [run('RESOLVED', { weight: 'Bolder', color: 'Good' }), run(` ${clip(findingPlace(finding), 300)}: ${clip(finding.title, 500)}`)],
        });
      }
      if (selection.resolved.length > MAX_RESOLVED)
        body.push({ type: 'TextBlock', isSubtle: true, wrap: true, text: `and ${selection.resolved.length - MAX_RESOLVED} more resolved` });
    }
    if (!selection.baseline) body.push({ type: 'TextBlock', isSubtle: true, wrap: true, text: 'No baseline report: every finding is counted as new.' });
    const card = {
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.4',
      body,
      ...(runUrl ? { actions: [{ type: 'Action.OpenUrl', title: 'Open the run', url: runUrl }] } : {}),
    };
    const message = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] };
    return [{ url: destination, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(message) }];
  },
};
