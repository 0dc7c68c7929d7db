import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

// The domain API reports changes in progress and pending software updates; red/yellow health is
// a CloudWatch metric and belongs to the metric detectors.
export const opensearchDomainState: ResourceStateDetector<'opensearch:domain'> = {
  id: 'opensearch_domain_state',
  cause: 'availability',
  title: 'OpenSearch domain changing, or due a service software update',
  description: 'A configuration change or upgrade in progress, or a service software update available or scheduled.',
  resourceTypes: ['opensearch:domain'],
  thresholds: {},
  detect({ resource, now }) {
    const a = resource.attributes;
    const ref = refOf(resource);
    const findings = [];
    if (resource.status === 'processing' || resource.status === 'upgrading') {
      findings.push({
        // The API gives no start time, so a long-stuck change cannot be told from a fresh one.
        severity: 'info' as const,
        resource: ref,
        title:
          resource.status === 'upgrading' ? 'version upgrade in progress' : `configuration change in progress${a.domainProcessingStatus ? ` (${a.domainProcessingStatus})` : ''}`,
        evidence: [{ label: 'processing status', value: a.domainProcessingStatus ?? resource.status }],
        nextStep: `\`aws opensearch describe-domain-change-progress --domain-name ${resource.name}\``,
      });
    }
    if (a.serviceSoftwareUpdateAvailable === true) {
      const automated =
        typeof a.serviceSoftwareAutomatedUpdateDate === 'string' && Date.parse(a.serviceSoftwareAutomatedUpdateDate) > 0 ? a.serviceSoftwareAutomatedUpdateDate : undefined;
      const soon = automated !== undefined && Date.parse(automated) - now.getTime() < 7 * 86_400_000;
      findings.push({
        severity: soon ? ('medium' as const) : ('low' as const),
        resource: ref,
        title: automated ? `service software update scheduled for ${automated.slice(0, 10)}` : 'service software update available',
        evidence: [
          ...(typeof a.serviceSoftwareDescription === 'string' ? [{ label: 'description', value: a.serviceSoftwareDescription }] : []),
          ...(typeof a.serviceSoftwareUpdateStatus === 'string' ? [{ label: 'update status', value: a.serviceSoftwareUpdateStatus }] : []),
        ],
        nextStep: `apply it in a quiet hour: \`aws opensearch start-service-software-update --domain-name ${resource.name}\``,
      });
    }
    return findings;
  },
};
