// How log findings show their numbers: counts now vs. before, rates, where, and one example.

import type { LogDigest } from '../analysis/logs/log-digest.js';
import { refOf, type FindingLogs, type FindingSeries, type ResourceRef } from '../report/model.js';
import type { LogDetectorInput, LogWindowView, SignatureCounts } from './types.js';
import { iso } from './metric-evidence.js';

export function sumBins(bins: readonly number[] | undefined, from: number, to: number): number {
  if (!bins) return 0;
  let total = 0;
  for (let i = Math.max(0, from); i < Math.min(to, bins.length); i += 1) total += bins[i]!;
  return total;
}

/**
 * Hours in the baseline and in the recent window. The baseline starts where the group's logs do:
 * a group that began logging 12 hours into a 24-hour window has a 12-hour baseline, not 24.
 */
export function spans(digest: LogDigest, recentFromBin: number): { baselineHours: number; recentHours: number } {
  const hours = digest.binSeconds / 3600;
  const total = digest.counts.total;
  let first = 0;
  if (total) while (first < recentFromBin && total[first] === 0) first += 1;
  return { baselineHours: (recentFromBin - first) * hours, recentHours: (digest.binCount - recentFromBin) * hours };
}

/** Recent and baseline totals of one per-bin series. */
export function split(bins: readonly number[] | undefined, digest: LogDigest, recentFromBin: number): { recent: number; baseline: number } {
  return { recent: sumBins(bins, recentFromBin, digest.binCount), baseline: sumBins(bins, 0, recentFromBin) };
}

/** The resource a log finding is about: the owner of the logs, else the log group itself. */
export function findingResource(input: LogDetectorInput): ResourceRef {
  return input.resource ? refOf(input.resource) : { type: 'logs:log-group', id: input.digest.source.logGroup };
}

/** The spans and every signature's split, once per digest: detectors sort and filter on them. */
export function windowView(digest: LogDigest, recentFromBin: number): LogWindowView {
  return { ...spans(digest, recentFromBin), signatures: digest.signatures.map((signature) => ({ signature, ...split(signature.bins, digest, recentFromBin) })) };
}

export function signatureLogs(input: LogDetectorInput, counts: SignatureCounts): FindingLogs {
  const { digest, view } = input;
  const { signature, recent, baseline } = counts;
  return {
    logGroup: digest.source.logGroup,
    signature: signature.title,
    recent,
    baseline,
    recentHours: view.recentHours,
    baselineHours: view.baselineHours,
    firstSeen: iso(signature.firstSeen),
    lastSeen: iso(signature.lastSeen),
    example: signature.example,
    ...(digest.sampled ? { sampled: true } : {}),
  };
}

/** Several signatures' occurrences added up, bin by bin. */
export function summedBins(signatures: ReadonlyArray<{ bins: readonly number[] }>): number[] {
  const sum = new Array<number>(signatures[0]?.bins.length ?? 0).fill(0);
  for (const s of signatures) for (let i = 0; i < sum.length; i += 1) sum[i]! += s.bins[i]!;
  return sum;
}

/** Occurrences per bin as a series, so the report can draw its shape. */
export function countSeries(digest: LogDigest, bins: readonly number[], name: string): FindingSeries {
  return {
    metric: 'log_events',
    namespace: 'CloudWatch Logs',
    name,
    stat: 'Count',
    unit: 'count',
    periodSeconds: digest.binSeconds,
    start: iso(digest.startMs),
    values: [...bins],
  };
}

/** "12 in the last 1 h" / "3 per hour over the 23 h before". */
export function perHour(count: number, hours: number): string {
  if (hours <= 0) return `${count}`;
  const rate = count / hours;
  return `${rate >= 10 ? Math.round(rate) : rate.toFixed(rate >= 1 ? 1 : 2)}/h`;
}

export function hoursText(hours: number): string {
  if (hours >= 48) return `${Math.round(hours / 24)} d`;
  if (hours >= 1) return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
  return `${Math.round(hours * 60)} min`;
}

/** Where the recent window starts, for `since` when nothing more precise is known. */
export function firstBinWith(bins: readonly number[], from: number): number | undefined {
  for (let i = from; i < bins.length; i += 1) if (bins[i]! > 0) return i;
  return undefined;
}

export function binTime(digest: LogDigest, bin: number): string {
  return iso(digest.startMs + bin * digest.binSeconds * 1000);
}

/** The counts of the most frequent values, "a (12), b (3)". */
export function topCounts(values: Iterable<string>, limit: number): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([value, n]) => `${value} (${n})`)
    .join(', ');
}

/** Who the logs belong to, for titles: "checkout" for an ECS service, the group otherwise. */
export function owner(input: LogDetectorInput): string {
  return input.resource?.name ?? input.digest.source.logGroup;
}

/**
 * A signature is rising when its recent rate is `factor` times its baseline rate (a signature absent
 * from the baseline counts as once in it, so a new one must still be frequent) and it happened at
 * least `minCount` times recently.
 */
export function isRising(counts: SignatureCounts, view: Pick<LogWindowView, 'baselineHours' | 'recentHours'>, factor: number, minCount: number): boolean {
  const { recent, baseline } = counts;
  const { baselineHours, recentHours } = view;
  if (recent < minCount || baselineHours <= 0 || recentHours <= 0) return false;
  return recent / recentHours >= (factor * Math.max(baseline, 1)) / baselineHours;
}

/** The bin where a run of elevated values that lasts to the end begins. */
export function runStart(values: readonly number[], from: number, elevated: (v: number, i: number) => boolean): number {
  let start = values.length;
  for (let i = values.length - 1; i >= from; i -= 1) {
    if (elevated(values[i]!, i)) start = i;
    else if (start < values.length) break;
  }
  return start < values.length ? start : from;
}
