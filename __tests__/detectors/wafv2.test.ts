import { wafLoggingDisabled } from '../../src/detectors/waf-logging-disabled/detector.js';
import { wafWebAclUnassociated } from '../../src/detectors/waf-web-acl-unassociated/detector.js';
import type { ResourceOf } from '../../src/services/registry.js';
import { NOW, type AttributesOf } from '../support/builders.js';

const acl = (attributes: AttributesOf<'wafv2:web-acl'>): ResourceOf<'wafv2:web-acl'> => ({
  type: 'wafv2:web-acl',
  id: 'pp-web-protect',
  name: 'pp-web-protect',
  region: 'us-east-2',
  status: 'active',
  tags: {},
  attributes,
});

describe('waf_logging_disabled', () => {
  it('notes a web ACL that protects something without logging', () => {
    expect(
      wafLoggingDisabled.detect({ resource: acl({ loggingEnabled: false, associatedLoadBalancers: 1, loadBalancers: ['pp-web'] }), thresholds: {}, now: NOW })[0]?.severity,
    ).toBe('low');
    // Associations unknown (coverage gap): logging is still off, so still said.
    expect(wafLoggingDisabled.detect({ resource: acl({ loggingEnabled: false, associatedLoadBalancers: null }), thresholds: {}, now: NOW })).toHaveLength(1);
  });

  it('is silent with logging on, or when the ACL protects nothing', () => {
    expect(wafLoggingDisabled.detect({ resource: acl({ loggingEnabled: true, associatedLoadBalancers: 1 }), thresholds: {}, now: NOW })).toEqual([]);
    expect(wafLoggingDisabled.detect({ resource: acl({ loggingEnabled: false, associatedLoadBalancers: 0 }), thresholds: {}, now: NOW })).toEqual([]);
  });
});

describe('waf_web_acl_unassociated', () => {
  it('notes (info) only a web ACL known to protect nothing', () => {
    expect(wafWebAclUnassociated.detect({ resource: acl({ associatedLoadBalancers: 0 }), thresholds: {}, now: NOW })[0]?.severity).toBe('info');
    expect(wafWebAclUnassociated.detect({ resource: acl({ associatedLoadBalancers: null }), thresholds: {}, now: NOW })).toEqual([]);
    expect(wafWebAclUnassociated.detect({ resource: acl({ associatedLoadBalancers: 2 }), thresholds: {}, now: NOW })).toEqual([]);
  });
});
