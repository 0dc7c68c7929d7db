// Secrets seeded into every free-text field a report can carry must not reach any output format.

import { buildReport } from '../../src/report/build-report.js';
import { RENDERERS } from '../../src/renderers/registry.js';
import type { Finding, Resource } from '../../src/report/model.js';
import { aConfig, NOW } from '../support/builders.js';

const SECRETS = {
  keyId: 'AKIAIOSFODNN7EXAMPLE',
  secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  dbPassword: 'Tr0ub4dor&3',
  token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJlLXZhbHVl',
  email: 'jane.doe@example.com',
};
const dirty = `key ${SECRETS.keyId} aws_secret_access_key=${SECRETS.secretKey} postgres://app:${SECRETS.dbPassword}@db:5432/x token ${SECRETS.token} for ${SECRETS.email}`;

describe('no secret reaches any output', () => {
  const resource: Resource = {
    type: 'dms:task',
    id: 'orders-cdc',
    name: 'orders-cdc',
    region: 'us-east-2',
    tags: {},
    attributes: { lastFailureMessage: dirty, tablesErrored: 1 },
    events: [{ at: NOW.toISOString(), message: dirty }],
    stoppedTasks: [{ reason: dirty, failedContainers: [] }],
  };
  const finding: Finding = {
    id: 'x:dms:task:orders-cdc',
    kind: 'dms_task_log_errors',
    severity: 'high',
    resource: { type: 'dms:task', id: 'orders-cdc' },
    title: dirty,
    evidence: [{ label: 'message', value: dirty }],
    nextStep: dirty,
    logs: { logGroup: 'dms-tasks-x', signature: dirty, recent: 3, baseline: 0, recentHours: 1, baselineHours: 23, example: `${dirty}\n${dirty}` },
  };
  const report = buildReport({
    version: 't',
    config: aConfig(),
    account: '123456789012',
    resources: [resource],
    findings: [finding],
    coverage: [{ service: 'dms', operation: 'DescribeReplicationTasks', scope: 'tasks', reason: dirty }],
    apiCalls: { total: 1, requests: 1, byOperation: [] },
    generatedAt: NOW,
    durationMs: 1,
  });

  it.each(Object.keys(RENDERERS) as Array<keyof typeof RENDERERS>)('%s', (format) => {
    const output = RENDERERS[format](report, { minSeverity: 'info', width: 100 });
    expect(output).toContain('[redacted:');
    for (const [what, secret] of Object.entries(SECRETS)) expect([what, output.includes(secret)]).toEqual([what, false]);
  });
});
