// Amazon RDS and Aurora: instances and clusters, maintenance, events and exported logs.

import type { ServiceModule } from '../types.js';
import { rdsCollector } from './collector.js';
import { rdsLogSources } from './log-sources.js';
import { RDS_METRICS } from './metrics.js';

export const rdsService: ServiceModule = {
  inventoryTitle: 'RDS',
  collector: rdsCollector,
  resourceTypes: [
    {
      type: 'rds:instance',
      summary: ({ attributes: a }) => [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), a.role, a.multiAZ ? 'multi-AZ' : ''].filter(Boolean).join(', '),
    },
    {
      type: 'rds:cluster',
      summary: ({ attributes: a }, { plural }) =>
        [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), `${String(a.members)} member${plural(Number(a.members))}`].filter(Boolean).join(', '),
    },
  ],
  metrics: RDS_METRICS,
  logSources: rdsLogSources,
};
