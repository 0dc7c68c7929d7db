// The service registry is the one source of truth: these checks keep what is derived from it, or
// still written by hand next to it, equal to it.

import { readdirSync, readFileSync } from 'node:fs';
import { LOG_DETECTORS, METRIC_DETECTORS, RESOURCE_STATE_DETECTORS } from '../../src/detectors/registry.js';
import type { Resource } from '../../src/report/model.js';
import { COLLECTORS, inventoryTitle, RESOURCE_TYPES, resourceTypeSpec, SERVICES, serviceOf } from '../../src/services/registry.js';
import { METRIC_CATALOG } from '../../src/telemetry/metrics/metric-catalog.js';

const schema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as { $defs: { resourceType: { enum: string[] } } };
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const DETECTORS = [...RESOURCE_STATE_DETECTORS, ...METRIC_DETECTORS, ...LOG_DETECTORS];

describe('service registry', () => {
  it('has one module per folder under src/services, its id the folder name', () => {
    expect(SERVICES.map((service) => service.id).sort()).toEqual(folders('src/services').sort());
  });

  it("loads each service's collector on demand, with the module's id and title", async () => {
    for (const service of SERVICES) {
      const collector = await service.loadCollector();
      expect({ id: collector.id, title: collector.title }).toEqual({ id: service.id, title: service.title });
    }
    expect(COLLECTORS.map((collector) => [collector.id, collector.title])).toEqual(SERVICES.map((service) => [service.id, service.title]));
  });

  it('has unique service ids, resource types and metric ids', () => {
    const unique = (values: readonly string[]) => expect(new Set(values).size).toBe(values.length);
    unique(COLLECTORS.map((collector) => collector.id));
    unique(RESOURCE_TYPES);
    unique(METRIC_CATALOG.map((spec) => spec.id));
  });

  it('names each resource type <service id>:<kind>, so the inventory groups it under its service', () => {
    for (const service of SERVICES) {
      for (const type of Object.keys(service.resourceTypes)) {
        expect(type).toMatch(new RegExp(`^${service.id}:[a-z-]+$`));
        expect(serviceOf(type)).toBe(service);
        expect(inventoryTitle(service.id)).toBe(service.inventoryTitle);
      }
    }
  });

  it('lists in the report schema exactly the registered resource types', () => {
    expect([...schema.$defs.resourceType.enum].sort()).toEqual([...RESOURCE_TYPES].sort());
  });

  it('keeps metric rows on their own service types', () => {
    for (const service of SERVICES) {
      const own = Object.keys(service.resourceTypes);
      for (const metric of service.metrics) expect(own).toContain(metric.resourceType);
    }
  });

  it('has every detector watch registered resource types only', () => {
    for (const detector of RESOURCE_STATE_DETECTORS) for (const type of detector.resourceTypes) expect(RESOURCE_TYPES).toContain(type);
  });

  it("has every detector in its own folder named for its id, and documented in README's detector list", () => {
    const readme = readFileSync('README.md', 'utf8');
    const list = readme.slice(readme.indexOf('Detectors today:'), readme.indexOf('## Metrics'));
    const detectorFolders = folders('src/detectors');
    const ids = DETECTORS.map((detector) => detector.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(detectorFolders).toContain(id.replaceAll('_', '-'));
      expect(list).toContain(`\`${id}\``);
    }
    expect(detectorFolders.sort()).toEqual(ids.map((id) => id.replaceAll('_', '-')).sort());
  });
});

describe('inventory summaries', () => {
  const words = { now: '2026-12-05T12:00:00.000Z', time: (iso: string) => iso, span: () => '5m', plural: (n: number) => (n === 1 ? '' : 's') };
  const aResource = (type: string, attributes: Resource['attributes']): Resource => ({
    type: type as Resource['type'],
    id: 'x',
    name: 'x',
    region: 'us-east-2',
    tags: {},
    attributes,
  });

  it('summarises an ElastiCache replication group and a cache cluster in one line each', () => {
    expect(
      resourceTypeSpec('elasticache:replication-group')?.summary?.(
        aResource('elasticache:replication-group', { engine: 'valkey', nodeType: 'cache.r7g.large', shards: 2, automaticFailover: 'enabled' }),
        words,
      ),
    ).toBe('valkey, cache.r7g.large, 2 shards, automatic failover');
    expect(
      resourceTypeSpec('elasticache:cache-cluster')?.summary?.(
        aResource('elasticache:cache-cluster', { engine: 'memcached', engineVersion: '1.6.22', nodeType: 'cache.t4g.small', nodes: 3, replicationGroup: null }),
        words,
      ),
    ).toBe('memcached 1.6.22, 3 x cache.t4g.small nodes');
  });

  it('titles a type prefix no service registers with the prefix itself (a report from a newer version)', () => {
    expect(inventoryTitle('sqs')).toBe('sqs');
    expect(inventoryTitle('logs')).toBe('CloudWatch Logs');
  });
});
