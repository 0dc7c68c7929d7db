// The CPU time user-written patterns (error_patterns, [log_pattern:NAME]) may take in one scan.
// They run in JavaScript's backtracking engine, and even a pattern the safety check accepts can be
// quadratic in a line (matched on at most MAX_MATCHED_CHARS of it): tens of milliseconds on a
// hostile 4 KiB line, times a hundred thousand kept lines. The run-wide deadline cannot interrupt a
// synchronous loop, so this budget does: past it, user patterns match nothing more, and the scan
// reports a coverage gap saying its counts and findings are partial.

import { MAX_MATCHED_CHARS } from '../../config/regex-safety.js';

export class PatternBudget {
  private spentMs = 0;
  /** True once the budget ran out: user patterns stopped matching. */
  exhausted = false;

  constructor(
    readonly limitMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The pattern as a line test that counts its time against the budget (head of the line only). */
  test(regex: RegExp): (line: string) => boolean {
    return (line) => {
      if (this.exhausted) return false;
      const started = this.clock();
      const matched = regex.test(line.length > MAX_MATCHED_CHARS ? line.slice(0, MAX_MATCHED_CHARS) : line);
      this.spentMs += this.clock() - started;
      if (this.spentMs > this.limitMs) this.exhausted = true;
      return matched;
    };
  }
}

/** A test on the head of the line only, for patterns outside any budget (offline commands). */
export function headTest(regex: RegExp): (line: string) => boolean {
  return (line) => regex.test(line.length > MAX_MATCHED_CHARS ? line.slice(0, MAX_MATCHED_CHARS) : line);
}
