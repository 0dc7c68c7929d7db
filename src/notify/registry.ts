// Notification services by `type`: adding one is a file and a line here.

import type { NotifyType } from '../config/schema.js';
import type { NotifierType } from './notifier.js';
import { PAGERDUTY } from './pagerduty.js';
import { SLACK } from './slack.js';
import { TEAMS } from './teams.js';
import { WEBHOOK } from './webhook.js';

export const NOTIFIERS: Readonly<Record<NotifyType, NotifierType>> = {
  webhook: WEBHOOK,
  slack: SLACK,
  teams: TEAMS,
  pagerduty: PAGERDUTY,
};
