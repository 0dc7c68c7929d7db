// AWS CloudFormation: stacks, their status, drift and recent failed events.

import type { ServiceModule } from '../types.js';
import type { CloudformationAttributeTypes } from './attributes.js';

export const cloudformationService: ServiceModule<CloudformationAttributeTypes> = {
  id: 'cloudformation',
  title: 'AWS CloudFormation',
  inventoryTitle: 'CloudFormation',
  loadCollector: async () => (await import('./collector.js')).cloudformationCollector,
  resourceTypes: {
    'cloudformation:stack': { listAttributes: { waitingOn: ', ' }, summary: ({ attributes: a }, { time }) => (a.lastUpdatedAt ? `updated ${time(a.lastUpdatedAt)}` : '') },
  },
  metrics: [],
};
