// Counts every AWS API call and HTTP request the tool makes: they are its real cost.

import type { ApiCallStat } from '../report/model.js';

export class CallCounter {
  private readonly stats = new Map<string, ApiCallStat>();

  private entry(service: string, operation: string): ApiCallStat {
    const key = `${service}:${operation}`;
    let stat = this.stats.get(key);
    if (!stat) {
      stat = { service, operation, calls: 0, requests: 0, failed: 0 };
      this.stats.set(key, stat);
    }
    return stat;
  }

  call(service: string, operation: string): void {
    this.entry(service, operation).calls += 1;
  }

  request(service: string, operation: string): void {
    this.entry(service, operation).requests += 1;
  }

  failure(service: string, operation: string): void {
    this.entry(service, operation).failed += 1;
  }

  /** Adds another counter's calls to this one (e.g. the OIDC exchange made before the scan's counter existed). */
  absorb(other: CallCounter): void {
    for (const stat of other.snapshot().byOperation) {
      const mine = this.entry(stat.service, stat.operation);
      mine.calls += stat.calls;
      mine.requests += stat.requests;
      mine.failed += stat.failed;
    }
  }

  snapshot(): { total: number; requests: number; byOperation: ApiCallStat[] } {
    const byOperation = [...this.stats.values()]
      .map((stat) => ({ ...stat }))
      .sort((a, b) => b.calls - a.calls || `${a.service}:${a.operation}`.localeCompare(`${b.service}:${b.operation}`));
    return {
      total: byOperation.reduce((sum, s) => sum + s.calls, 0),
      requests: byOperation.reduce((sum, s) => sum + s.requests, 0),
      byOperation,
    };
  }
}
