// Slack, Teams and PagerDuty notifications as each service documents them, received by a real
// local HTTP server standing in for the service.

import type { NotifyConfig } from '../../src/config/schema.js';
import { dispatchNotifications } from '../../src/notify/dispatch.js';
import { teamsMarkdownEscape } from '../../src/notify/teams.js';
import type { Finding, Report } from '../../src/report/model.js';
import { aFinding, aReport } from '../support/builders.js';
import { startReceiver, type Receiver } from '../support/http-receiver.js';

const fast = { sleep: async () => {}, maxTotalMs: 5_000, timeoutMs: 2_000 };
const RUN = 'https://github.com/acme/shop/actions/runs/4242';

function aTarget(type: NotifyConfig['type'], overrides: Partial<NotifyConfig> = {}): NotifyConfig {
  return { name: type, type, urlEnv: 'DESTINATION', minSeverity: 'high', on: 'changes', where: `config.ini:1 [notify:${type}]`, ...overrides };
}

function withBaseline(fresh: Finding[], resolved: Finding[] = []): Report {
  return { ...aReport({ findings: fresh.map((f) => ({ ...f, change: 'new' })) }), resolved } as Report;
}

const hostile = aFinding({
  id: 'log_new_signature:logs:log-group:/ecs/web',
  severity: 'critical',
  title: 'new error <!channel> & <https://evil.example|click here> **bold** [x](https://evil.example) @here',
  resource: { type: 'logs:log-group', id: '/ecs/web', account: '123456789012', region: 'us-east-2' },
});
const slow = aFinding({
  id: 'metric_latency_degradation:elbv2:load-balancer:shop',
  kind: 'metric_latency_degradation',
  severity: 'high',
  title: 'p99 latency 4x its normal',
  resource: { type: 'elbv2:load-balancer', id: 'shop' },
});
const fixed = aFinding({ id: 'ecs_service_tasks_below_desired:ecs:service:shop/api', severity: 'high', title: '1 of 4 tasks running' });

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

const send = (target: NotifyConfig, report: Report, destination = receiver.url) =>
  dispatchNotifications(report, [target], { env: { DESTINATION: destination }, version: '1.0.0', runUrl: RUN, delivery: fast });
const received = () => receiver.received.map((r) => JSON.parse(r.body));

describe('Slack notifications', () => {
  it('post a Block Kit message with a text fallback, escaping & < > in finding text and marking it verbatim', async () => {
    const result = await send(aTarget('slack'), withBaseline([hostile, slow], [fixed]));
    expect(result.gaps).toEqual([]);
    const [message] = received();
    expect(message.text).toBe('aws-monitor: 2 new findings, 1 resolved in account 123456789012, us-east-2');
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: message.text, emoji: true } });
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        verbatim: true,
        text: ':red_circle: *critical* logs:log-group /ecs/web (123456789012, us-east-2)\nnew error &lt;!channel&gt; &amp; &lt;https://evil.example|click here&gt; **bold** [x](https://evil.example) @here',
      },
    });
    expect(JSON.stringify(message)).not.toMatch(/<!channel>|<https:\/\/evil/);
    expect(message.blocks.map((b: { type: string; text?: { text: string } }) => b.text?.text ?? b.type)).toContain('*Resolved*');
    expect(message.blocks.at(-1).elements[0].text).toContain(`<${RUN}|the run and its report>`);
  });

  it("stay within Slack's limits with hundreds of findings: 50 blocks, 150-character header, 3,000-character sections", async () => {
    const many = Array.from({ length: 300 }, (_, i) => aFinding({ id: `f${i}`, title: 'x'.repeat(5000), resource: { type: 'ecs:service', id: `c/s${i}` } }));
    await send(aTarget('slack'), withBaseline(many, many.slice(0, 40)));
    const [message] = received();
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.blocks[0].text.text.length).toBeLessThanOrEqual(150);
    for (const block of message.blocks) if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(message)).toContain('and 280 more: see the report');
  });
});

describe('Teams notifications', () => {
  it('post an Adaptive Card in the Workflows message envelope, finding text in TextRuns (never markdown)', async () => {
    await send(aTarget('teams'), withBaseline([hostile], [fixed]));
    const [message] = received();
    expect(message).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null }] });
    const card = message.attachments[0].content;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4', actions: [{ type: 'Action.OpenUrl', url: RUN }] });
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'aws-monitor: 1 new finding, 1 resolved in account 123456789012, us-east-2' });
    expect(card.body[1]).toEqual({
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: 'CRITICAL', weight: 'Bolder', color: 'Attention' },
        { type: 'TextRun', text: ` logs:log-group /ecs/web (123456789012, us-east-2): ${hostile.title}` },
      ],
    });
    expect(teamsMarkdownEscape('- [x](https://evil.example) **b** <i>')).toBe('\\- \\[x\\]\\(https://evil.example\\) \\*\\*b\\*\\* \\<i\\>');
    // Hostile text never lands in a TextBlock, the one element Teams renders as markdown.
    for (const block of card.body.filter((b: { type: string }) => b.type === 'TextBlock')) expect(block.text).not.toContain('evil.example');
  });
});

describe('PagerDuty notifications', () => {
  it('trigger one Events API v2 event per new finding and resolve each resolved one, the finding id as dedup_key', async () => {
    const result = await send(aTarget('pagerduty', { eventsUrl: receiver.url }), withBaseline([hostile, slow], [fixed]), 'R0UTINGKEY0123456789abcdef012345');
    expect(result.sent).toEqual([{ name: 'pagerduty', type: 'pagerduty', findings: 2, resolved: 1, requests: 3 }]);
    const [first, second, third] = received();
    expect(first).toEqual({
      routing_key: 'R0UTINGKEY0123456789abcdef012345',
      event_action: 'trigger',
      dedup_key: hostile.id,
      client: 'aws-monitor',
      client_url: RUN,
      links: [{ href: RUN, text: 'aws-monitor run' }],
      payload: {
        summary: `critical: ${hostile.title} (logs:log-group /ecs/web (123456789012, us-east-2))`,
        source: '123456789012/us-east-2/logs:log-group//ecs/web',
        severity: 'critical',
        timestamp: hostile.since,
        component: '/ecs/web',
        group: 'logs:log-group',
        class: hostile.kind,
        custom_details: { finding_id: hostile.id, 'desired / running / pending': '4 / 1 / 0', next_step: 'look at the stopped tasks' },
      },
    });
    expect(second.payload.severity).toBe('error');
    expect(third).toEqual({ routing_key: 'R0UTINGKEY0123456789abcdef012345', event_action: 'resolve', dedup_key: fixed.id });
  });

  it('keep dedup_key within 255 characters, the same for trigger and resolve', async () => {
    const long = aFinding({ id: `log_pattern_match:logs:log-group:/${'a'.repeat(400)}` });
    await send(aTarget('pagerduty', { eventsUrl: receiver.url }), withBaseline([long], [long]), 'R0UTINGKEY0123456789abcdef012345');
    const [trigger, resolve] = received();
    expect(trigger.dedup_key).toMatch(/^aws-monitor:sha256:[0-9a-f]{64}$/);
    expect(resolve.dedup_key).toBe(trigger.dedup_key);
  });

  it('retry a throttled event and never print the routing key when PagerDuty refuses it', async () => {
    receiver.answer(
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 400, body: '{"status":"invalid event","message":"Event object is invalid","errors":["routing_key R0UTINGKEY0123456789abcdef012345 is invalid"]}' },
    );
    const result = await send(aTarget('pagerduty', { eventsUrl: receiver.url }), withBaseline([slow]), 'R0UTINGKEY0123456789abcdef012345');
    expect(receiver.received).toHaveLength(2);
    expect(result.gaps).toEqual([expect.objectContaining({ operation: 'pagerduty [notify:pagerduty]', scope: '1 finding not delivered' })]);
    expect(result.gaps[0]!.reason).toContain('HTTP 400');
    expect(JSON.stringify(result)).not.toContain('R0UTINGKEY0123456789abcdef012345');
  });
});
