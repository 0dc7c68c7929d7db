// A CollectorContext talking to the emulator, with its coverage gaps and call counts at hand.

import pLimit from 'p-limit';
import type { CollectorContext } from '../../src/collectors/types.js';
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
  const limit = pLimit(options.concurrency ?? 4);
  const context: CollectorContext = {
    config: options.config ?? aConfigReadingLogs(),
    clients,
    now: options.now ?? NOW,
    limit: (task) => limit(task),
    gap: (gap) => gaps.push(gap),
    progress: () => undefined,
  };
  /** Calls per operation so far, e.g. { DescribeServices: 11 }. */
  const calls = () => Object.fromEntries(clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));
  return { context, gaps, clients, calls };
}
