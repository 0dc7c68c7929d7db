import { integer } from '../../config/schema.js';
import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

export const rdsPendingMaintenance: ResourceStateDetector<'rds:instance' | 'rds:cluster'> = {
  id: 'rds_pending_maintenance',
  cause: null,
  title: 'RDS maintenance pending',
  description: 'A pending maintenance action (OS or engine patch, CA rotation); more urgent when AWS will apply it soon by itself.',
  resourceTypes: ['rds:instance', 'rds:cluster'],
  thresholds: {
    urgent_within_days: { spec: integer(0, 90), default: 7, description: 'An action AWS applies by itself within this many days is medium, else low.' },
  },
  detect({ resource, thresholds, now }) {
    const pending = resource.attributes.pendingMaintenance ?? [];
    if (pending.length === 0) return [];
    const actions = pending.join(', ');
    const applyAfter = typeof resource.attributes.pendingMaintenanceAutoApplyAfter === 'string' ? resource.attributes.pendingMaintenanceAutoApplyAfter : undefined;
    const daysLeft = applyAfter ? (Date.parse(applyAfter) - now.getTime()) / 86_400_000 : undefined;
    const urgent = daysLeft !== undefined && daysLeft <= thresholds.urgent_within_days!;
    return [
      {
        severity: urgent ? 'medium' : 'low',
        resource: refOf(resource),
        title: applyAfter ? `maintenance pending (${actions}); AWS applies it after ${applyAfter.slice(0, 10)}` : `maintenance pending (${actions})`,
        evidence: [
          { label: 'actions', value: actions },
          ...(resource.attributes.pendingMaintenanceDescription?.length ? [{ label: 'description', value: resource.attributes.pendingMaintenanceDescription.join('; ') }] : []),
        ],
        nextStep: `schedule it in a quiet hour: \`aws rds apply-pending-maintenance-action --resource-identifier ${resource.arn ?? resource.id} --apply-action <action> --opt-in-type next-maintenance\``,
      },
    ];
  },
};
