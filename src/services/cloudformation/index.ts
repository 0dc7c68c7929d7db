// AWS CloudFormation: stacks, their status, drift and recent failed events.

import type { ServiceModule } from '../types.js';
import { cloudformationCollector } from './collector.js';

export const cloudformationService: ServiceModule = {
  inventoryTitle: 'CloudFormation',
  collector: cloudformationCollector,
  resourceTypes: [{ type: 'cloudformation:stack', summary: ({ attributes: a }, { time }) => (a.lastUpdatedAt ? `updated ${time(String(a.lastUpdatedAt))}` : '') }],
  metrics: [],
};
