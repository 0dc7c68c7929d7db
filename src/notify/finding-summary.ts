// Plain one-line descriptions of findings and of a notification as a whole, shared by the
// notifiers. Plain text only: each notifier escapes it for its own format.

import type { Finding, Report } from '../report/model.js';
import { visible } from '../report/output-safety.js';
import type { Selection } from './notifier.js';

/** Text cut to at most `max` characters (by code point), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Where a finding is: `ecs:service pp-web/checkout (123456789012, us-east-2)`. */
export function findingPlace(finding: Finding): string {
  const where = [finding.resource.account, finding.resource.region].filter(Boolean).join(', ');
  return visible(`${finding.resource.type} ${finding.resource.id}${where ? ` (${where})` : ''}`);
}

/** The scope of the report: `account 123456789012, us-east-2`. */
export function reportPlace(report: Report): string {
  const accounts = report.accounts.length === 1 ? `account ${report.accounts[0]}` : `${report.accounts.length} accounts`;
  const regions = report.regions.length === 1 ? report.regions[0]! : `${report.regions.length} regions`;
  return visible(`${accounts}, ${regions}`);
}

/** "2 new findings, 1 resolved" / "3 findings" (on = always) / "no findings". */
export function headline(selection: Selection, on: 'changes' | 'always'): string {
  const n = selection.findings.length;
  const parts: string[] = [];
  const noun = (count: number) => `finding${count === 1 ? '' : 's'}`;
  if (on === 'changes') {
    if (n > 0) parts.push(`${n} new ${noun(n)}`);
  } else {
    parts.push(n === 0 ? 'no open findings' : `${n} open ${noun(n)}`);
  }
  if (selection.resolved.length > 0) parts.push(`${selection.resolved.length} resolved`);
  return parts.join(', ') || 'nothing changed';
}
