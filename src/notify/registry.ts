// Notification services by `type`: adding one is a file and a line here.

import type { NotifyType } from '../config/schema.js';
import type { NotifierType } from './notifier.js';
import { WEBHOOK } from './webhook.js';

export const NOTIFIERS: Readonly<Partial<Record<NotifyType, NotifierType>>> = {
  webhook: WEBHOOK,
};
