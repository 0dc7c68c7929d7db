// What to judge, from the CLI flags or the Action inputs: checked before any AWS call, each problem
// named as the user wrote it (`--deploy-time` or `input deploy-time`).

import { parseDuration } from '../config/duration.js';
import { parseIsoTime } from '../config/iso-time.js';
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

/** CloudWatch keeps 1-minute data, which the gate reads, for 15 days. */
export const ONE_MINUTE_DATA_MS = 15 * 86_400_000;

/**
 * `name('deploy-time')` is how the caller's user spells the setting: '--deploy-time', 'input deploy-time'.
 * A deploy time must be ISO-8601 with a zone, not in the future, and recent enough that CloudWatch
 * still has the minutes before it: a deploy "in 2001" (from `12`) judged on empty windows would pass.
 */
export function parseGateRequest(text: GateRequestText, name: (setting: string) => string, now: Date): GateRequest {
  const duration = (setting: 'watch' | 'interval', fallbackMs: number): number => {
    const value = text[setting];
    if (!value) return fallbackMs;
    const ms = parseDuration(value);
    if (ms === undefined || ms < 0) throw new UserError(`${name(setting)}: "${value}" is not a duration; use e.g. 30s, 10m, 1h`);
    return ms;
  };
  let deployTime: Date | undefined;
  if (text.deployTime) {
    const shown = text.deployTime.length > 40 ? `${text.deployTime.slice(0, 37)}...` : text.deployTime;
    const parsed = parseIsoTime(text.deployTime, { dateOnly: false });
    if ('problem' in parsed) throw new UserError(`${name('deploy-time')}: "${shown}" ${parsed.problem}`);
    deployTime = parsed.date;
    if (deployTime.getTime() > now.getTime()) {
      throw new UserError(`${name('deploy-time')}: ${deployTime.toISOString()} is in the future (now ${now.toISOString()}); check the time and its zone`);
    }
    if (deployTime.getTime() < now.getTime() - ONE_MINUTE_DATA_MS) {
      throw new UserError(
        `${name('deploy-time')}: ${deployTime.toISOString()} is more than 15 days ago, before the 1-minute data CloudWatch keeps; the gate judges recent deploys`,
      );
    }
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
