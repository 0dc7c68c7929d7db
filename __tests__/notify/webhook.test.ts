import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotifyConfig } from '../../src/config/schema.js';
import { dispatchNotifications, notifyAfterReport } from '../../src/notify/dispatch.js';
import type { Finding, Report } from '../../src/report/model.js';
import { aFinding, aReport } from '../support/builders.js';
import { startReceiver, type Receiver } from '../support/http-receiver.js';

const SECRET = 'whsec-test-0123456789';
const fast = { sleep: async () => {}, maxTotalMs: 5_000, timeoutMs: 2_000 };

function aWebhook(overrides: Partial<NotifyConfig> = {}): NotifyConfig {
  return {
    name: 'ops',
    type: 'webhook',
    urlEnv: 'OPS_WEBHOOK_URL',
    secretEnv: 'OPS_WEBHOOK_SECRET',
    minSeverity: 'high',
    on: 'changes',
    where: 'config.ini:1 [notify:ops]',
    ...overrides,
  };
}

/** A report as the engine marks it against a baseline: each finding new or ongoing, plus the resolved ones. */
function withBaseline(findings: Array<[Finding, 'new' | 'ongoing']>, resolved: Finding[] = []): Report {
  return { ...aReport({ findings: findings.map(([f, change]) => ({ ...f, change })) }), resolved } as Report;
}

const crash = aFinding({ id: 'ecs_service_tasks_below_desired:ecs:service:shop/web', severity: 'critical', title: '0 of 4 tasks running' });
const slow = aFinding({ id: 'metric_latency_degradation:elbv2:load-balancer:shop', severity: 'high', title: 'p99 latency 4x its normal' });
const note = aFinding({ id: 'rds_not_multi_az:rds:instance:orders', severity: 'low', title: 'no Multi-AZ standby' });

let receiver: Receiver;
let env: Record<string, string>;
beforeEach(async () => {
  receiver = await startReceiver();
  env = { OPS_WEBHOOK_URL: receiver.url, OPS_WEBHOOK_SECRET: SECRET };
});
afterEach(() => receiver.close());

describe('webhook notifications', () => {
  it('send the new findings at or above min_severity once, signed with HMAC-SHA256 of the body', async () => {
    const report = withBaseline([
      [crash, 'new'],
      [slow, 'ongoing'],
      [note, 'new'],
    ]);
    const result = await dispatchNotifications(report, [aWebhook()], { env, version: '1.2.3', delivery: fast });

    expect(result.gaps).toEqual([]);
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const body = JSON.parse(request!.body);
    expect(body.findings.map((f: Finding) => f.id)).toEqual([crash.id]);
    expect(body).toMatchObject({ notification: 'ops', on: 'changes', baseline: true, resolved: [], status: 'healthy', accounts: ['123456789012'] });
    expect(body.findings[0]).toMatchObject({ change: 'new', title: '0 of 4 tasks running', evidence: crash.evidence });
    const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(request!.body).digest('hex')}`);
    const signature = Buffer.from(String(request!.headers['x-aws-monitor-signature']));
    expect(signature.length === expected.length && timingSafeEqual(signature, expected)).toBe(true);
    expect(request!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request!.headers['user-agent']).toBe('aws-monitor/1.2.3');
  });

  it('send nothing on a re-run where nothing changed', async () => {
    const report = withBaseline([
      [crash, 'ongoing'],
      [slow, 'ongoing'],
    ]);
    const result = await dispatchNotifications(report, [aWebhook()], { env, version: '1.2.3', delivery: fast });
    expect(receiver.received).toHaveLength(0);
    expect(result).toEqual({ sent: [], quiet: ['ops'], gaps: [] });
  });

  it('send resolved findings, so the receiver can close what it opened', async () => {
    const report = withBaseline([[slow, 'ongoing']], [crash]);
    await dispatchNotifications(report, [aWebhook()], { env, version: '1.2.3', delivery: fast });
    const body = JSON.parse(receiver.received[0]!.body);
    expect(body.findings).toEqual([]);
    expect(body.resolved.map((f: Finding) => f.id)).toEqual([crash.id]);
  });

  it('with on = always send every finding at or above min_severity on every run', async () => {
    const report = withBaseline([
      [crash, 'ongoing'],
      [slow, 'ongoing'],
      [note, 'ongoing'],
    ]);
    await dispatchNotifications(report, [aWebhook({ on: 'always', minSeverity: 'low' })], { env, version: '1.2.3', delivery: fast });
    expect(JSON.parse(receiver.received[0]!.body).findings.map((f: Finding) => f.id)).toEqual([crash.id, slow.id, note.id]);
  });

  it('without a baseline count every finding as new, and say so as a coverage gap', async () => {
    const report = aReport({ findings: [crash, slow] });
    const result = await dispatchNotifications(report, [aWebhook()], { env, version: '1.2.3', delivery: fast });
    const body = JSON.parse(receiver.received[0]!.body);
    expect(body.baseline).toBe(false);
    expect(body.findings.map((f: Finding) => f.id)).toEqual([crash.id, slow.id]);
    expect(result.gaps).toEqual([
      expect.objectContaining({ service: 'notify', operation: 'compare with baseline', reason: expect.stringMatching(/no baseline report .*every finding was sent as new/) }),
    ]);
  });

  it('are unsigned when no secret_env is set', async () => {
    await dispatchNotifications(withBaseline([[crash, 'new']]), [aWebhook({ secretEnv: undefined })], { env, version: '1', delivery: fast });
    expect(receiver.received[0]!.headers['x-aws-monitor-signature']).toBeUndefined();
  });
});

describe('a failing notification', () => {
  it('retries 429 and 5xx, honouring Retry-After, and succeeds when the receiver recovers', async () => {
    const waits: number[] = [];
    receiver.answer({ status: 503 }, { status: 429, headers: { 'retry-after': '2' } });
    const result = await dispatchNotifications(withBaseline([[crash, 'new']]), [aWebhook()], {
      env,
      version: '1',
      delivery: { ...fast, sleep: async (ms) => void waits.push(ms) },
    });
    expect(receiver.received).toHaveLength(3);
    expect(waits[1]).toBe(2000);
    expect(result.gaps).toEqual([]);
    expect(result.sent).toEqual([{ name: 'ops', type: 'webhook', findings: 1, resolved: 0, requests: 1 }]);
  });

  it('is a coverage gap naming the status, never the URL, when the receiver keeps failing', async () => {
    receiver.then = { status: 500, body: `upstream broke at ${'/hook'}` };
    const report = withBaseline([[crash, 'new']]);
    const logged = await notifyAfterReport(report, [aWebhook()], { env, version: '1', delivery: { ...fast, maxAttempts: 3 } });
    expect(receiver.received).toHaveLength(3);
    expect(report.coverage).toEqual([
      {
        service: 'notify',
        operation: 'webhook [notify:ops]',
        scope: '1 finding not delivered',
        reason: 'HTTP 500: upstream broke at [redacted:notify-secret]; gave up after 3 attempts',
      },
    ]);
    expect(JSON.stringify(report.coverage) + JSON.stringify(logged)).not.toContain(receiver.url);
  });

  it('does not retry a 400: the payload will not get better', async () => {
    receiver.then = { status: 400, body: 'invalid_payload' };
    const result = await dispatchNotifications(withBaseline([[crash, 'new']]), [aWebhook()], { env, version: '1', delivery: fast });
    expect(receiver.received).toHaveLength(1);
    expect(result.gaps[0]!.reason).toBe('HTTP 400: invalid_payload');
  });

  it('stops retrying when Retry-After asks for longer than the time left', async () => {
    receiver.then = { status: 429, headers: { 'retry-after': '3600' } };
    const result = await dispatchNotifications(withBaseline([[crash, 'new']]), [aWebhook()], { env, version: '1', delivery: fast });
    expect(receiver.received).toHaveLength(1);
    expect(result.gaps[0]!.reason).toBe('HTTP 429; gave up after 1 attempt (asked to retry after 3600 s)');
  });

  it('is a coverage gap when nothing listens, not an exception', async () => {
    await receiver.close();
    const result = await dispatchNotifications(withBaseline([[crash, 'new']]), [aWebhook()], { env, version: '1', delivery: { ...fast, maxAttempts: 2 } });
    expect(result.gaps).toEqual([expect.objectContaining({ reason: 'connection refused; gave up after 2 attempts' })]);
    receiver = await startReceiver();
  });

  it('is a coverage gap naming the variable when url_env or secret_env is unset', async () => {
    const report = withBaseline([[crash, 'new']]);
    const result = await dispatchNotifications(report, [aWebhook(), aWebhook({ name: 'other', urlEnv: 'OTHER_URL', secretEnv: undefined })], {
      env: { OPS_WEBHOOK_URL: receiver.url },
      version: '1',
      delivery: fast,
    });
    expect(result.gaps.map((g) => g.reason).sort()).toEqual([
      'environment variable OPS_WEBHOOK_SECRET (secret_env) is not set or empty',
      'environment variable OTHER_URL (url_env) is not set or empty',
    ]);
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses to send findings over plain HTTP to another host, without printing the URL', async () => {
    const result = await dispatchNotifications(withBaseline([[crash, 'new']]), [aWebhook()], {
      env: { ...env, OPS_WEBHOOK_URL: 'http://hooks.example.com/T000/B000/secretpath' },
      version: '1',
      delivery: fast,
    });
    expect(result.gaps[0]!.reason).toBe('environment variable OPS_WEBHOOK_URL (url_env) holds an http:// URL; only https:// is sent to (http only to localhost)');
    expect(JSON.stringify(result)).not.toContain('secretpath');
  });
});
