// A CollectorContext talking to the emulator, with its coverage gaps and call counts at hand.

import { createCollectorContext } from '../../src/collectors/collector-context.js';
import type { ScanConfig } from '../../src/config/schema.js';
import type { CoverageGap } from '../../src/report/model.js';
import { aConfigReadingLogs, NOW } from './builders.js';
import { emulatorFactory } from './emulator.js';

export interface CollectorContextOptions {
  config?: ScanConfig;
  maxAttempts?: number;
  /** 1 where a test nocks on a body or header: nock's allowUnmocked misroutes concurrent requests. */
  concurrency?: number;
  now?: Date;
}

export function collectorContext(endpoint: string, options: CollectorContextOptions = {}) {
  const gaps: CoverageGap[] = [];
  const clients = emulatorFactory(endpoint, { maxAttempts: options.maxAttempts ?? 2 });
  const context = createCollectorContext({
    config: { ...(options.config ?? aConfigReadingLogs()), concurrency: options.concurrency ?? 4 },
    clients,
    now: options.now ?? NOW,
    coverage: gaps,
  });
  /** Calls per operation so far, e.g. { DescribeServices: 11 }. */
  const calls = () => Object.fromEntries(clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));
  return { context, gaps, clients, calls };
}
