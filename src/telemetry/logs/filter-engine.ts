// The FilterLogEvents engine: reads every event of each source in the span, page by page, and
// counts and keeps locally with the same meaning Insights gives the counters. No scan charge, and
// every line comes back whole; the price is one request per page, so it serves small reads.
//
// FilterLogEvents (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html):
// logGroupName or logGroupIdentifier, logStreamNamePrefix, startTime and endTime in epoch ms
// ("events with a timestamp later than this time are not returned": endTime is inclusive), pages of
// at most 1 MB or 10,000 events joined by nextToken, and pages may be empty while more follow.
// Its request rate is limited per account and Region: 5 per second by the CloudWatch Logs
// throttling guide (https://repost.aws/knowledge-center/cloudwatch-logs-throttling), 10 in some
// Regions by the quotas page (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html);
// the default here stays at 5 and the setting accepts at most 10.

import { CloudWatchLogsClient, FilterLogEventsCommand, type FilterLogEventsCommandOutput } from '@aws-sdk/client-cloudwatch-logs';
import { CredentialsUnusableError, describeAwsError, isCredentialsError } from '../../aws/aws-errors.js';
import { failureReason } from '../../collectors/attempt.js';
import { isDeadline } from '../../deadline.js';
import type { CollectorContext } from '../../collectors/types.js';
import { accumulatorsFor, binIndexOf, compileCounter, type SourceAccumulator } from './log-counting.js';
import { LogEntryAssembler } from './log-entries.js';
import type { LogReadRequest, LogSource, SourceLogs } from './log-types.js';
import { realSleep, type Sleep, TokenBucket } from './token-bucket.js';

export const DEFAULT_FILTER_REQUESTS_PER_SECOND = 5;
export const MAX_FILTER_REQUESTS_PER_SECOND = 10;
export const DEFAULT_MAX_PAGES_PER_SOURCE = 100;

export interface FilterEngineOptions {
  /** Requests per second for the whole read (default 5, at most 10). Ignored when rateLimiter is given. */
  maxRequestsPerSecond?: number;
  /** Share one bucket across reads so the limit holds for the whole scan. */
  rateLimiter?: TokenBucket;
  /** A source needing more pages is left out, with a coverage gap saying how far it got. */
  maxPagesPerSource?: number;
  /** FilterLogEvents `limit` (events per page, at most 10,000); unset: the service's page size. */
  pageLimit?: number;
  now?: () => number;
  sleep?: Sleep;
  /** Aborting throws out of the read; the scan's deadline (context.signal) instead leaves the unread sources out as gaps. */
  signal?: AbortSignal;
}

export interface EngineOutput {
  /** Sources read completely, in the order given. */
  sources: SourceLogs[];
  bytesScanned: number;
}

const SERVICE = 'logs';
const OPERATION = 'FilterLogEvents';
const IAM_ACTION = 'logs:FilterLogEvents';

export function filterRateLimiter(options: Pick<FilterEngineOptions, 'maxRequestsPerSecond' | 'now' | 'sleep'> = {}): TokenBucket {
  const rate = Math.min(MAX_FILTER_REQUESTS_PER_SECOND, Math.max(0.1, options.maxRequestsPerSecond ?? DEFAULT_FILTER_REQUESTS_PER_SECOND));
  return new TokenBucket(rate, 1, options.now ?? Date.now, options.sleep ?? realSleep);
}

export async function readWithFilter(context: CollectorContext, request: LogReadRequest, sources: readonly LogSource[], options: FilterEngineOptions = {}): Promise<EngineOutput> {
  const logs = context.clients.get(CloudWatchLogsClient);
  const bucket = options.rateLimiter ?? filterRateLimiter(options);
  // Everything is read anyway: past the cap, keep a uniform sample of whole entries (a line and the
  // continuation lines of its stack trace, per stream) rather than only the oldest lines.
  const accumulators = accumulatorsFor(request, sources, 'uniform');
  const counters = request.counters.map((c) => ({ id: c.id, test: compileCounter(c, request.patternBudget) }));
  const keep = compileCounter(request.keep, request.patternBudget);
  let bytesScanned = 0;

  const readSource = async (source: LogSource): Promise<boolean> => {
    const acc = accumulators.get(source.id)!;
    const entries = new LogEntryAssembler();
    const maxPages = Math.max(1, options.maxPagesPerSource ?? DEFAULT_MAX_PAGES_PER_SOURCE);
    let nextToken: string | undefined;
    let pages = 0;
    let events = 0;
    let lastTimestamp: number | undefined;
    do {
      if (pages >= maxPages) {
        const upTo = lastTimestamp !== undefined ? `, up to ${new Date(lastTimestamp).toISOString()}` : '';
        context.gap(
          gap(
            source,
            `stopped after ${pages} pages (${events} events${upTo}) of a span ending ${new Date(request.endMs).toISOString()}; the source is left out because its counts would be incomplete: raise the page limit, shorten the window or use Logs Insights ([logs] engine)`,
          ),
        );
        return false;
      }
      try {
        await bucket.take(options.signal ?? context.signal);
      } catch (error) {
        if (options.signal?.aborted || !isDeadline(error)) throw error;
        context.gap(gap(source, failureReason(error, IAM_ACTION)));
        return false;
      }
      let page: FilterLogEventsCommandOutput;
      try {
        const token = nextToken;
        page = await context.limit(() =>
          logs.send(
            new FilterLogEventsCommand({
              logGroupName: source.logGroup,
              ...(source.streamPrefix ? { logStreamNamePrefix: source.streamPrefix } : {}),
              startTime: request.startMs,
              // Inclusive end: the last millisecond of the half-open span.
              endTime: request.endMs - 1,
              ...(options.pageLimit ? { limit: options.pageLimit } : {}),
              ...(token ? { nextToken: token } : {}),
            }),
            options.signal ? { abortSignal: options.signal } : {},
          ),
        );
      } catch (error) {
        if (isCredentialsError(error)) throw new CredentialsUnusableError(describeAwsError(error));
        if (options.signal?.aborted) throw error;
        const missing = (error as { name?: string }).name === 'ResourceNotFoundException';
        context.gap(gap(source, missing ? `log group ${source.logGroup} does not exist` : failureReason(error, IAM_ACTION)));
        return false;
      }
      pages += 1;
      for (const event of page.events ?? []) {
        const message = event.message ?? '';
        bytesScanned += Buffer.byteLength(message, 'utf8');
        // The service narrows to the prefix; this also holds against an endpoint that ignores it.
        if (source.streamPrefix && !(event.logStreamName ?? '').startsWith(source.streamPrefix)) continue;
        const timestamp = event.timestamp ?? NaN;
        const bin = binIndexOf(timestamp, request);
        if (bin === undefined) continue;
        events += 1;
        lastTimestamp = lastTimestamp === undefined ? timestamp : Math.max(lastTimestamp, timestamp);
        countEvent(acc, counters, bin, message);
        for (const entry of entries.push({ timestamp, message, logStream: event.logStreamName ?? '' }, keep(message))) if (entry.matched) acc.keepEntry(entry.events);
      }
      nextToken = page.nextToken;
    } while (nextToken);
    for (const entry of entries.end()) if (entry.matched) acc.keepEntry(entry.events);
    return true;
  };

  const complete = await Promise.all(sources.map(readSource));
  return { sources: sources.filter((_, i) => complete[i]).map((s) => accumulators.get(s.id)!.result()), bytesScanned };
}

function countEvent(acc: SourceAccumulator, counters: ReadonlyArray<{ id: string; test: (m: string) => boolean }>, bin: number, message: string): void {
  for (const counter of counters) if (counter.test(message)) acc.add(counter.id, bin);
}

function gap(source: LogSource, reason: string) {
  return { service: SERVICE, operation: OPERATION, iamAction: IAM_ACTION, scope: scopeOf(source), reason };
}

export function scopeOf(source: LogSource): string {
  return `log group ${source.logGroup}${source.streamPrefix ? ` (streams ${source.streamPrefix}*)` : ''} of ${source.resource.type} ${source.resource.id}`;
}
