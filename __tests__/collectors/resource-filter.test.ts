import { globToRegExp, makeNameFilter, makeResourceFilter } from '../../src/collectors/resource-filter.js';
import { anEcsService } from '../support/builders.js';

const none = { includeNames: [], excludeNames: [], includeTags: [], excludeTags: [] };
const service = (name: string, tags: Record<string, string> = {}) => anEcsService({}, { name, tags });

describe('resource filter', () => {
  it('keeps everything when no filter is set', () => {
    expect(makeResourceFilter(none)(service('anything'))).toBe(true);
  });

  it('includes by name glob and excludes by name glob, exclusion winning', () => {
    const keep = makeResourceFilter({ ...none, includeNames: ['checkout*', 'search-?pi'], excludeNames: ['*-canary'] });
    expect(keep(service('checkout'))).toBe(true);
    expect(keep(service('search-api'))).toBe(true);
    expect(keep(service('checkout-canary'))).toBe(false);
    expect(keep(service('storefront'))).toBe(false);
  });

  it('includes by tag key or key=value, and excludes by tag', () => {
    const keep = makeResourceFilter({ ...none, includeTags: [{ key: 'env', value: 'production' }, { key: 'critical' }], excludeTags: [{ key: 'aws-monitor', value: 'ignore' }] });
    expect(keep(service('a', { env: 'production' }))).toBe(true);
    expect(keep(service('b', { env: 'staging' }))).toBe(false);
    expect(keep(service('c', { critical: '' }))).toBe(true);
    expect(keep(service('d', { env: 'production', 'aws-monitor': 'ignore' }))).toBe(false);
  });

  it('treats glob input literally apart from * and ?, so a name cannot inject a pattern', () => {
    expect(globToRegExp('api.(v1)+').test('api.(v1)+')).toBe(true);
    expect(globToRegExp('api.(v1)+').test('apiX(v1)')).toBe(false);
  });
});

describe('name pre-filter', () => {
  it('keeps what the full filter would keep by name, before tags are known', () => {
    const keep = makeNameFilter({ includeNames: ['pp-*'], excludeNames: ['*-canary'] });
    expect(['pp-web', 'pp-web-canary', 'other'].filter(keep)).toEqual(['pp-web']);
    expect(makeNameFilter({ includeNames: [], excludeNames: [] })('anything')).toBe(true);
  });
});
