// Amazon RDS and Aurora: instances and clusters, maintenance, events and exported logs.

import type { ServiceModule } from '../types.js';
import type { RdsAttributeTypes } from './attributes.js';
import { rdsLogSources } from './log-sources.js';
import { RDS_METRICS } from './metrics.js';

// Version 5 joined the actions with commas and their descriptions with semicolons.
const MAINTENANCE_LISTS = { pendingMaintenance: ',', pendingMaintenanceDescription: '; ' } as const;

export const rdsService: ServiceModule<RdsAttributeTypes> = {
  id: 'rds',
  title: 'Amazon RDS',
  inventoryTitle: 'RDS',
  loadCollector: async () => (await import('./collector.js')).rdsCollector,
  resourceTypes: {
    'rds:instance': {
      listAttributes: { ...MAINTENANCE_LISTS, enabledLogExports: ',', logGroups: ',', pendingModifications: ',' },
      summary: ({ attributes: a }) => [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), a.role, a.multiAZ ? 'multi-AZ' : ''].filter(Boolean).join(', '),
    },
    'rds:cluster': {
      listAttributes: { ...MAINTENANCE_LISTS, enabledLogExports: ',', logGroups: ',' },
      summary: ({ attributes: a }, { plural }) =>
        [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), `${String(a.members)} member${plural(Number(a.members))}`].filter(Boolean).join(', '),
    },
  },
  metrics: RDS_METRICS,
  logSources: rdsLogSources,
};
