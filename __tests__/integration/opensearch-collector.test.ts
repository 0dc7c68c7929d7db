import { CreateDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import nock from 'nock';
import { opensearchCollector } from '../../src/services/opensearch/collector.js';
import { isResourceOf } from '../../src/services/resource-of.js';
import { opensearchDomainState } from '../../src/detectors/opensearch-domain-state/detector.js';
import { aConfig, NOW } from '../support/builders.js';
import { collectorContext } from '../support/collector-context.js';
import { emulatorClientConfig, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();

function contextFor(endpoint: string, config = aConfig()) {
  return collectorContext(endpoint, { config, maxAttempts: 1 });
}

beforeAll(async () => {
  const opensearch = new OpenSearchClient(emulatorClientConfig(emulator().endpoint));
  for (let i = 0; i < 6; i += 1) {
    await opensearch.send(
      new CreateDomainCommand({
        DomainName: `search-${i}`,
        EngineVersion: 'OpenSearch_2.13',
        ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 3, DedicatedMasterEnabled: i === 0, ZoneAwarenessEnabled: true },
        EBSOptions: { EBSEnabled: true, VolumeSize: 100 },
        TagList: [{ Key: 'team', Value: i === 0 ? 'search' : 'logs' }],
      }),
    );
  }
  opensearch.destroy();
});

describe('OpenSearch collector against the emulator', () => {
  it('describes every domain, five per DescribeDomains call', async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    const resources = await opensearchCollector.collect(context);
    const calls = Object.fromEntries(clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(resources.map((r) => r.id).sort()).toEqual(['search-0', 'search-1', 'search-2', 'search-3', 'search-4', 'search-5']);
    expect(resources.find((r) => r.id === 'search-0')).toMatchObject({
      type: 'opensearch:domain',
      arn: expect.stringContaining(':domain/search-0'),
      attributes: expect.objectContaining({ engineVersion: 'OpenSearch_2.13', instanceType: 'r6g.large.search', instanceCount: 3, dedicatedMaster: true, ebsVolumeGiB: 100 }),
    });
    // Tags are not read when no tag filter needs them.
    expect(calls).toEqual({ ListDomainNames: 1, DescribeDomains: 2 });
  });

  it('reads tags, one call per domain, only when a tag filter is set', async () => {
    const config = aConfig();
    config.filters.includeTags = [{ key: 'team', value: 'search' }];
    const { context, clients } = contextFor(emulator().endpoint, config);
    const resources = await opensearchCollector.collect(context);
    const calls = Object.fromEntries(clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));
    clients.destroy();
    expect(resources.find((r) => r.id === 'search-0')!.tags).toEqual({ team: 'search' });
    expect(calls).toEqual({ ListDomainNames: 1, DescribeDomains: 2, ListTags: 6 });
  });

  it('reads a domain mid-change and its scheduled software update, which the emulator never reports', async () => {
    const { context, clients } = collectorContext(emulator().endpoint, { maxAttempts: 1, concurrency: 1 });
    // DescribeDomains' documented DomainStatus (OpenSearch API reference), for the first batch of five.
    const changing = (name: string) => ({
      DomainId: `123456789012/${name}`,
      DomainName: name,
      ARN: `arn:aws:es:us-east-2:123456789012:domain/${name}`,
      Created: true,
      Deleted: false,
      Processing: name === 'search-0',
      UpgradeProcessing: false,
      DomainProcessingStatus: name === 'search-0' ? 'Modifying' : 'Active',
      EngineVersion: 'OpenSearch_2.13',
      ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 3 },
      ServiceSoftwareOptions: {
        CurrentVersion: 'OpenSearch_2_13_R20240520',
        NewVersion: 'OpenSearch_2_13_R20241003',
        UpdateAvailable: name === 'search-0',
        Cancellable: true,
        UpdateStatus: 'ELIGIBLE',
        AutomatedUpdateDate: Date.parse('2026-12-02T00:00:00Z') / 1000,
        OptionalDeployment: false,
      },
    });
    nock(emulator().endpoint, { allowUnmocked: true })
      .post('/2021-01-01/opensearch/domain-info', (body: { DomainNames: string[] }) => body.DomainNames.includes('search-0'))
      .reply(200, (_uri, body) => ({ DomainStatusList: (body as { DomainNames: string[] }).DomainNames.map(changing) }));
    const resources = await opensearchCollector.collect(context);
    clients.destroy();
    nock.cleanAll();
    const domain = resources.filter((r) => isResourceOf(r, 'opensearch:domain')).find((r) => r.id === 'search-0')!;
    expect(domain.status).toBe('processing');
    expect(domain.attributes).toMatchObject({
      domainProcessingStatus: 'Modifying',
      serviceSoftwareUpdateAvailable: true,
      serviceSoftwareAutomatedUpdateDate: '2026-12-02T00:00:00.000Z',
    });
    const titles = opensearchDomainState.detect({ resource: domain, thresholds: {}, now: NOW }).map((f) => f.title);
    expect(titles).toEqual(['configuration change in progress (Modifying)', 'service software update scheduled for 2026-12-02']);
  });
});
