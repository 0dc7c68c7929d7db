// The scan's overall deadline: after it, every AWS call still running or queued is abandoned and
// the report is written with what was gathered, each unfinished part a coverage gap saying so.
//
// Default: 2 minutes plus 1 minute per day of window, at most 15 minutes. A day's window (the
// default) gets 3 minutes, a week 9, anything from 13 days up 15. A scan of a large account takes
// seconds to a few minutes; the deadline is there for an API that never answers or a throttled
// account, so a CI job always gets its report. `[scan] deadline` / `--deadline` set it outright.

import { setMaxListeners } from 'node:events';
import { formatDuration } from './config/duration.js';

export const DEADLINE_BASE_MS = 2 * 60_000;
export const DEADLINE_PER_DAY_MS = 60_000;
export const DEADLINE_CAP_MS = 15 * 60_000;

export function defaultDeadlineMs(window: { from: Date; to: Date }): number {
  const days = Math.max(0, window.to.getTime() - window.from.getTime()) / 86_400_000;
  return Math.min(DEADLINE_CAP_MS, Math.round(DEADLINE_BASE_MS + DEADLINE_PER_DAY_MS * days));
}

/** The reason a call is abandoned: the signal's reason, and what a coverage gap says. */
export class DeadlineReached extends Error {
  override name = 'DeadlineReached';
  constructor(readonly deadlineMs: number) {
    super(`the scan's deadline of ${formatDuration(deadlineMs)} was reached ([scan] deadline, --deadline)`);
  }
}

/** The deadline behind an error: itself, or the SDK's AbortError wrapping it. */
export function deadlineOf(error: unknown, depth = 0): DeadlineReached | undefined {
  if (error instanceof DeadlineReached) return error;
  const e = error as { cause?: unknown } | undefined;
  return depth < 3 && e?.cause !== undefined ? deadlineOf(e.cause, depth + 1) : undefined;
}

export function isDeadline(error: unknown): boolean {
  return deadlineOf(error) !== undefined;
}

/** The words of a coverage gap for a part the deadline cut short: "deadline reached before <what>". */
export function deadlineReason(deadlineMs: number, what = 'this finished'): string {
  return `deadline reached before ${what}: the scan stops after ${formatDuration(deadlineMs)} ([scan] deadline, --deadline)`;
}

export interface Deadline {
  readonly ms: number;
  readonly signal: AbortSignal;
  /** Stops the timer (the scan finished in time). */
  dispose(): void;
}

export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  // Every call in flight listens to this one signal (the SDK and the client factory each add one):
  // a scan runs dozens at once, past the 10 that Node warns about (MaxListenersExceededWarning).
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort(new DeadlineReached(ms)), ms);
  timer.unref?.();
  return { ms, signal: controller.signal, dispose: () => clearTimeout(timer) };
}
