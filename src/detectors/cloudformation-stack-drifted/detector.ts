import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

// Drift is only known from the last drift detection someone ran; this tool does not start one (read-only).
export const cloudformationStackDrifted: ResourceStateDetector<'cloudformation:stack'> = {
  id: 'cloudformation_stack_drifted',
  cause: null,
  title: 'CloudFormation stack drifted from its template',
  description: 'The last drift detection found resources changed outside CloudFormation.',
  resourceTypes: ['cloudformation:stack'],
  thresholds: {},
  detect({ resource }) {
    if (resource.attributes.driftStatus !== 'DRIFTED') return [];
    return [
      {
        severity: 'low',
        resource: refOf(resource),
        title: 'stack has drifted from its template: the next update may revert manual changes',
        evidence: [{ label: 'drift status', value: 'DRIFTED (from the last drift detection)' }],
        nextStep: `\`aws cloudformation describe-stack-resource-drifts --stack-name ${resource.name} --stack-resource-drift-status-filters MODIFIED DELETED\``,
      },
    ];
  },
};
