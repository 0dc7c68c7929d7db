// What to judge, from the CLI flags or the Action inputs: checked before any AWS call, each problem
// named as the user wrote it (`--deploy-time` or `input deploy-time`).

import { parseDuration } from '../config/duration.js';
import { UserError } from '../errors.js';
import type { GateRequest } from './run-gate.js';

export interface GateRequestText {
  cluster: string;
  service: string;
  deployTime?: string;
  stack?: string;
  watch?: string;
  interval?: string;
}

/** `name('deploy-time')` is how the caller's user spells the setting: '--deploy-time', 'input deploy-time'. */
export function parseGateRequest(text: GateRequestText, name: (setting: string) => string): GateRequest {
  const duration = (setting: 'watch' | 'interval', fallbackMs: number): number => {
    const value = text[setting];
    if (!value) return fallbackMs;
    const ms = parseDuration(value);
    if (ms === undefined || ms < 0) throw new UserError(`${name(setting)}: "${value}" is not a duration; use e.g. 30s, 10m, 1h`);
    return ms;
  };
  let deployTime: Date | undefined;
  if (text.deployTime) {
    deployTime = new Date(text.deployTime);
    if (Number.isNaN(deployTime.getTime())) throw new UserError(`${name('deploy-time')}: "${text.deployTime}" is not an ISO-8601 time, e.g. 2026-11-25T10:00:00Z`);
  }
  return {
    cluster: text.cluster,
    service: text.service,
    ...(deployTime ? { deployTime } : {}),
    ...(text.stack ? { stack: text.stack } : {}),
    watchMs: duration('watch', 0),
    intervalMs: duration('interval', 60_000),
  };
}
