// The shape every notification service implements: the findings chosen for one `[notify:NAME]`
// section in, the HTTP requests that deliver them out. Builders are pure; dispatch.ts sends.

import type { NotifyConfig, NotifyType } from '../config/schema.js';
import type { Finding, Report } from '../report/model.js';
import type { OutgoingRequest } from './http-delivery.js';
import type { MarkedFinding } from './notify-input.js';

/** What one notification is about, already filtered by the section's min_severity and `on`. */
export interface Selection {
  /** on = changes: the new findings; on = always: every finding. Worst first. */
  findings: MarkedFinding[];
  resolved: Finding[];
  /** False: no baseline, so "new" means "in this report". */
  baseline: boolean;
}

export interface NotifyContext {
  report: Report;
  target: NotifyConfig;
  /** The value of the variable `url_env` names: a URL, or the PagerDuty routing key. */
  destination: string;
  /** The value of the variable `secret_env` names (webhook signing). */
  signingSecret?: string;
  /** A link to the run that produced the report (a workflow run), when known. */
  runUrl?: string;
  version: string;
}

export interface NotifierType {
  type: NotifyType;
  /** What the variable named by url_env holds, for messages: "the webhook URL". */
  destinationIs: 'url' | 'routing key';
  /** The requests, in the order to send them; at most `limit`, the rest counted as not sent. */
  requests(selection: Selection, context: NotifyContext): OutgoingRequest[];
}
