import { opensearchDomainState } from '../../src/detectors/opensearch-domain-state/detector.js';
import type { ResourceOf } from '../../src/services/registry.js';
import { NOW, type AttributesOf } from '../support/builders.js';

function aDomain(status: string, attributes: AttributesOf<'opensearch:domain'> = {}): ResourceOf<'opensearch:domain'> {
  return { type: 'opensearch:domain', id: 'search', name: 'search', region: 'us-east-2', status, tags: {}, attributes: { serviceSoftwareUpdateAvailable: false, ...attributes } };
}
const detect = (resource: ResourceOf<'opensearch:domain'>) => opensearchDomainState.detect({ resource, thresholds: {}, now: NOW });

describe('opensearch_domain_state', () => {
  it('is silent for an active domain with nothing pending', () => {
    expect(detect(aDomain('active'))).toEqual([]);
  });

  it('notes a change or upgrade in progress (info: the API gives no start time)', () => {
    expect(detect(aDomain('processing', { domainProcessingStatus: 'Modifying' }))[0]).toMatchObject({ severity: 'info', title: 'configuration change in progress (Modifying)' });
    expect(detect(aDomain('upgrading'))[0]?.title).toBe('version upgrade in progress');
  });

  it('grades a service software update by how soon AWS applies it', () => {
    expect(detect(aDomain('active', { serviceSoftwareUpdateAvailable: true }))[0]?.severity).toBe('low');
    expect(detect(aDomain('active', { serviceSoftwareUpdateAvailable: true, serviceSoftwareAutomatedUpdateDate: '2026-11-27T00:00:00.000Z' }))[0]).toMatchObject({
      severity: 'medium',
      title: 'service software update scheduled for 2026-11-27',
    });
  });
});
