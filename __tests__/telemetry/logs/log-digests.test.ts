// The log reader the scan and the gate share, where it decides without AWS: past the deadline it
// reads nothing and says so per source.

import type { ClientFactory } from '../../../src/aws/clients.js';
import { createCollectorContext } from '../../../src/collectors/collector-context.js';
import { DeadlineReached } from '../../../src/deadline.js';
import type { CoverageGap } from '../../../src/report/model.js';
import { readLogDigests } from '../../../src/telemetry/logs/log-reader.js';
import { aConfigReadingLogs, NOW } from '../../support/builders.js';
import { aSource } from '../../support/log-builders.js';

const noAws = {
  get: () => {
    throw new Error('no AWS call was expected');
  },
} as unknown as ClientFactory;

describe('log digests reader', () => {
  it('past the deadline reads nothing and records one gap per source, naming the deadline', async () => {
    const coverage: CoverageGap[] = [];
    const controller = new AbortController();
    controller.abort(new DeadlineReached(120_000));
    const context = createCollectorContext({ config: aConfigReadingLogs(), clients: noAws, now: NOW, coverage, signal: controller.signal });
    const sources = [
      aSource('/ecs/checkout', 'application', { type: 'ecs:service', id: 'web/checkout' }),
      aSource('/aws/rds/instance/orders-db/postgresql', 'rds-postgresql', { type: 'rds:instance', id: 'orders-db' }),
    ];

    const read = await readLogDigests(context, sources, { startMs: NOW.getTime() - 3_600_000, endMs: NOW.getTime(), binSeconds: 60, binCount: 60 });

    expect(read).toEqual({ digests: [] });
    expect(coverage.map((g) => [g.operation, g.scope])).toEqual([
      ['DescribeLogGroups', expect.stringContaining('/ecs/checkout')],
      ['DescribeLogGroups', expect.stringContaining('/aws/rds/instance/orders-db/postgresql')],
    ]);
    expect(coverage.every((g) => g.reason.startsWith('deadline reached before the logs were read'))).toBe(true);
  });
});
