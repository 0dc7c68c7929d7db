import { integer } from '../../config/schema.js';
import type { Severity } from '../../report/model.js';
import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

// UPDATE_ROLLBACK_FAILED leaves a stack that can be neither updated nor rolled back by itself.
const STUCK = new Set(['UPDATE_ROLLBACK_FAILED', 'ROLLBACK_FAILED', 'DELETE_FAILED', 'IMPORT_ROLLBACK_FAILED']);

function classify(status: string): Severity | undefined {
  if (STUCK.has(status)) return 'critical';
  if (status.endsWith('_FAILED') || status === 'ROLLBACK_COMPLETE') return 'high';
  if (status.includes('ROLLBACK')) return 'medium'; // UPDATE_ROLLBACK_COMPLETE: the last update did not apply
  return undefined;
}

export const cloudformationStackUnhealthy: ResourceStateDetector<'cloudformation:stack'> = {
  id: 'cloudformation_stack_unhealthy',
  cause: 'availability',
  title: 'CloudFormation stack failed, rolled back or stuck',
  description: 'The stack status is *_FAILED or *ROLLBACK*, or an operation has been IN_PROGRESS for too long.',
  resourceTypes: ['cloudformation:stack'],
  thresholds: {
    stuck_after_minutes: {
      spec: integer(0, 10_080),
      default: 60,
      description: 'An *_IN_PROGRESS status older than this is reported as stuck.',
    },
  },
  detect({ resource, thresholds, now }) {
    const status = resource.status ?? '';
    const updatedAt = typeof resource.attributes.lastUpdatedAt === 'string' ? resource.attributes.lastUpdatedAt : undefined;
    const ref = refOf(resource);
    // Events are newest first: the oldest failure of the operation is usually the cause, the rest follow from it.
    const firstFailure = resource.events?.at(-1);
    const reason = [
      ...(typeof resource.attributes.statusReason === 'string' ? [{ label: 'status reason', value: resource.attributes.statusReason }] : []),
      ...(firstFailure ? [{ label: 'first failed resource', value: firstFailure.message }] : []),
      ...(resource.events && resource.events.length > 1 ? [{ label: 'failed resources', value: String(resource.events.length) }] : []),
    ];
    const severity = classify(status);
    if (severity) {
      return [
        {
          severity,
          resource: ref,
          title: `stack is ${status}`,
          evidence: [{ label: 'status', value: status }, ...reason],
          ...(updatedAt ? { since: updatedAt } : {}),
          nextStep: `\`aws cloudformation describe-stack-events --stack-name ${resource.name}\` (look for the first *_FAILED event)`,
        },
      ];
    }
    if (status.endsWith('_IN_PROGRESS') && updatedAt) {
      const minutes = (now.getTime() - Date.parse(updatedAt)) / 60_000;
      if (minutes > thresholds.stuck_after_minutes!) {
        return [
          {
            severity: 'medium',
            resource: ref,
            title: `stack has been ${status} for ${Math.round(minutes)} minutes`,
            evidence: [
              { label: 'status', value: status },
              ...(resource.attributes.waitingOn?.length ? [{ label: 'waiting on', value: resource.attributes.waitingOn.join(', ') }] : []),
              ...reason,
            ],
            since: updatedAt,
            nextStep: `\`aws cloudformation describe-stack-events --stack-name ${resource.name}\` (which resource is it waiting on?)`,
          },
        ];
      }
    }
    return [];
  },
};
