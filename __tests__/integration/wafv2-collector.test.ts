import { CreateWebACLCommand, PutLoggingConfigurationCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import nock from 'nock';
import { wafv2Collector } from '../../src/services/wafv2/collector.js';
import { collectorContext } from '../support/collector-context.js';
import { emulatorClientConfig, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();
const LOAD_BALANCER = 'arn:aws:elasticloadbalancing:us-east-2:123456789012:loadbalancer/app/pp-web-public/50dc6c495c0c9188';
let protectedArn = '';

beforeAll(async () => {
  const waf = new WAFV2Client(emulatorClientConfig(emulator().endpoint));
  const visibility = { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'm' };
  const logged = await waf.send(new CreateWebACLCommand({ Name: 'pp-web-protect', Scope: 'REGIONAL', DefaultAction: { Allow: {} }, VisibilityConfig: visibility }));
  protectedArn = logged.Summary!.ARN!;
  await waf.send(new CreateWebACLCommand({ Name: 'legacy-block', Scope: 'REGIONAL', DefaultAction: { Block: {} }, VisibilityConfig: visibility }));
  await waf.send(
    new PutLoggingConfigurationCommand({
      LoggingConfiguration: { ResourceArn: protectedArn, LogDestinationConfigs: ['arn:aws:logs:us-east-2:123456789012:log-group:aws-waf-logs-pp-web'] },
    }),
  );
  waf.destroy();
});

afterEach(() => nock.cleanAll());

/** ListResourcesForWebACL as documented; the emulator does not implement it. */
function associations() {
  return nock(emulator().endpoint, { allowUnmocked: true })
    .post('/')
    .matchHeader('x-amz-target', 'AWSWAF_20190729.ListResourcesForWebACL')
    .times(2)
    .reply(200, (_uri, body) => ({ ResourceArns: JSON.parse(String(typeof body === 'string' ? body : JSON.stringify(body))).WebACLArn === protectedArn ? [LOAD_BALANCER] : [] }));
}

describe('WAF collector against the emulator', () => {
  it('lists web ACLs with their log group and protected load balancers', async () => {
    const { context, gaps, clients, calls } = collectorContext(emulator().endpoint, { concurrency: 1 });
    associations();
    const resources = await wafv2Collector.collect(context);
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(resources.find((r) => r.id === 'pp-web-protect')?.attributes).toMatchObject({
      loggingEnabled: true,
      logGroup: 'aws-waf-logs-pp-web',
      associatedLoadBalancers: 1,
      loadBalancers: ['pp-web-public'],
    });
    expect(resources.find((r) => r.id === 'legacy-block')?.attributes).toMatchObject({ loggingEnabled: false, logGroup: null, associatedLoadBalancers: 0 });
    // Two region-wide listings, then one association lookup per web ACL.
    expect(calls()).toEqual({ ListWebACLs: 1, ListLoggingConfigurations: 1, ListResourcesForWebACL: 2 });
  });

  it('says which associations it could not read when the endpoint lacks the API', async () => {
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { maxAttempts: 1 });
    const resources = await wafv2Collector.collect(context);
    clients.destroy();
    expect(resources.map((r) => r.attributes.associatedLoadBalancers)).toEqual([null, null]);
    expect(gaps.map((g) => g.iamAction)).toEqual(['wafv2:ListResourcesForWebACL', 'wafv2:ListResourcesForWebACL']);
  });
});
