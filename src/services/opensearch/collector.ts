// OpenSearch: every domain with its processing state, version, cluster config and endpoint.
// Cluster health (red/yellow) comes from CloudWatch metrics, not from this API.

import { DescribeDomainsCommand, ListDomainNamesCommand, ListTagsCommand, OpenSearchClient, type DomainStatus } from '@aws-sdk/client-opensearch';
import type { Resource } from '../../report/model.js';
import { attempt } from '../../collectors/attempt.js';
import { chunk } from '../../chunk.js';
import { tagsToRecord } from '../../collectors/sdk-shapes.js';
import { makeNameFilter } from '../../collectors/resource-filter.js';
import type { Collector, CollectorContext } from '../../collectors/types.js';
import type { DomainAttributes } from './attributes.js';

const ID = 'opensearch';
const DOMAINS_PER_DESCRIBE = 5; // DescribeDomains' documented maximum

export const opensearchCollector: Collector = {
  id: ID,
  title: 'Amazon OpenSearch Service',
  async collect(context) {
    const opensearch = context.clients.get(OpenSearchClient);
    const listed = await attempt(context, ID, { sdkService: 'OpenSearch', operation: 'ListDomainNames', scope: 'OpenSearch domains' }, () =>
      opensearch.send(new ListDomainNamesCommand({})),
    );
    // Domains the name filters would drop are not described at all.
    const keepName = makeNameFilter(context.config.filters);
    const names = (listed?.DomainNames ?? []).map((d) => d.DomainName).filter((n): n is string => Boolean(n) && keepName(n!));
    const batches = await Promise.all(
      chunk(names, DOMAINS_PER_DESCRIBE).map((batch) =>
        attempt(context, ID, { sdkService: 'OpenSearch', operation: 'DescribeDomains', scope: `OpenSearch domains ${batch.join(', ')}` }, () =>
          opensearch.send(new DescribeDomainsCommand({ DomainNames: batch })),
        ),
      ),
    );
    const domains = batches.flatMap((b) => b?.DomainStatusList ?? []);
    context.progress(`OpenSearch: ${domains.length} domains`);
    const resources = domains.map((domain) => domainResource(context, domain));
    // Tags cost one call per domain: read them only when a tag filter needs them.
    const { includeTags, excludeTags } = context.config.filters;
    if (includeTags.length > 0 || excludeTags.length > 0) {
      await Promise.all(
        resources.map(async (resource) => {
          if (!resource.arn) return;
          const tags = await attempt(context, ID, { sdkService: 'OpenSearch', operation: 'ListTags', scope: `tags of OpenSearch domain ${resource.id}` }, () =>
            opensearch.send(new ListTagsCommand({ ARN: resource.arn })),
          );
          resource.tags = tagsToRecord(tags?.TagList);
        }),
      );
    }
    return resources;
  },
};

function domainState(domain: DomainStatus): string {
  if (domain.Deleted) return 'deleted';
  if (domain.UpgradeProcessing) return 'upgrading';
  if (domain.Processing) return 'processing';
  return 'active';
}

function domainResource(context: CollectorContext, domain: DomainStatus): Resource<DomainAttributes> {
  const cluster = domain.ClusterConfig;
  const logs = Object.entries(domain.LogPublishingOptions ?? {})
    .filter(([, option]) => option.Enabled)
    .map(([type, option]) => `${type}=${option.CloudWatchLogsLogGroupArn?.split(':log-group:')[1]?.replace(/:\*$/, '') ?? '?'}`);
  const software = domain.ServiceSoftwareOptions;
  return {
    type: 'opensearch:domain',
    id: domain.DomainName ?? 'unknown',
    ...(domain.ARN ? { arn: domain.ARN } : {}),
    name: domain.DomainName ?? 'unknown',
    region: context.config.region,
    status: domainState(domain),
    tags: {},
    attributes: {
      engineVersion: domain.EngineVersion ?? null,
      instanceType: cluster?.InstanceType ?? null,
      instanceCount: cluster?.InstanceCount ?? null,
      dedicatedMaster: cluster?.DedicatedMasterEnabled ?? false,
      zoneAwareness: cluster?.ZoneAwarenessEnabled ?? false,
      warmEnabled: cluster?.WarmEnabled ?? false,
      ebsVolumeGiB: domain.EBSOptions?.VolumeSize ?? null,
      endpoint: domain.Endpoint ?? domain.EndpointV2 ?? Object.values(domain.Endpoints ?? {})[0] ?? null,
      processing: domain.Processing ?? false,
      upgradeProcessing: domain.UpgradeProcessing ?? false,
      domainProcessingStatus: domain.DomainProcessingStatus ?? null,
      serviceSoftwareUpdateAvailable: software?.UpdateAvailable ?? false,
      serviceSoftwareUpdateStatus: software?.UpdateStatus ?? null,
      serviceSoftwareAutomatedUpdateDate: software?.AutomatedUpdateDate?.toISOString() ?? null,
      serviceSoftwareDescription: software?.Description ?? null,
      logPublishing: logs,
    },
  };
}
