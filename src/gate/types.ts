// Plain data in and out of the post-deploy gate judge (judge.ts): what the collectors hand over for
// each metric and what the report shows. No functions, no classes: everything here serialises as is.

/** One metric of a service around a deploy: its points before, after, and a week before. */
export interface GateMetricSample {
  /** Stable id, e.g. 'tg_target_5xx_rate', 'ecs_cpu', 'log_error_lines'. */
  id: string;
  /** Human name used in sentences: 'target 5xx rate'. */
  label: string;
  /**
   * Unit of the values, for display: 'percent', 'seconds', 'milliseconds', 'count', 'bytes', ... as
   * in the metric detectors; anything else ('count/min') is printed after the number.
   */
  unit: string;
  /** Which direction is bad: errors and latency 'up'; traffic 'down' or 'both'. */
  bad: 'up' | 'down' | 'both';
  /** Critical metrics fail the whole gate on their own (Kayenta's "critical" flag). */
  critical: boolean;
  /** Points in the window before the deploy (one per period; NaN/Infinity are ignored). */
  before: number[];
  /** Points in the window after the deploy. */
  after: number[];
  /** Points in the same hours of the day one week before the after window, when available. */
  weekBefore?: number[];
  /**
   * Smallest absolute change, in the metric's unit, that can fail it (default 0: none). A 5xx rate
   * going from 0.01% to 0.03% is +200% and may be significant, yet harmless; a floor of 0.1
   * (percentage points) keeps such changes from failing a deploy.
   */
  minChange?: number;
}

export interface GateSettings {
  /** Confidence of the rank test, e.g. 0.95: a change needs p < 1 - confidence to count. */
  confidence: number;
  /** Relative change below which a significant change still passes, e.g. 0.1 (10 %). */
  tolerance: number;
  /** Score (0-100) at or above which the gate passes, e.g. 90. */
  passScore: number;
  /** Score at or above which a gate that does not pass is 'marginal' rather than 'fail', e.g. 70. */
  marginalScore: number;
  /** Fewer usable points than this before or after the deploy -> 'nodata' (not judged), e.g. 5. */
  minSamples: number;
  /**
   * Judged metrics below this share of the metrics the service should have -> 'inconclusive', e.g.
   * 0.5 (Kayenta scores a run with half its metrics missing 0). Default 0.5.
   */
  minJudgedShare?: number;
  /**
   * How the p-values of the metrics judged together are corrected for testing many at once
   * (default 'holm'). 'holm': Holm-Bonferroni, so that on a clean deploy the chance that ANY metric
   * fails by chance stays below 1 - confidence; without it, 8 metrics at 95 % give each gate about a
   * 1 - 0.95^8 = 34 % chance of a chance failure, and a noisy critical metric fails about 5 % of
   * clean gates on its own. 'none': every metric at 1 - confidence, as Kayenta does.
   */
  correction?: 'holm' | 'none';
}

/** A comparison of the after window with one baseline window (before the deploy or a week earlier). */
export interface BaselineComparison {
  /** One-sided p-value in the bad direction (two-sided for metrics bad both ways). */
  pValue: number;
  /** Median of the baseline window's points. */
  median: number;
  /** 'fail' when after is significantly and materially worse than this baseline. */
  verdict: 'pass' | 'fail';
}

export interface MetricVerdict {
  id: string;
  label: string;
  unit: string;
  critical: boolean;
  verdict: 'pass' | 'fail' | 'nodata';
  /**
   * Where the after window went against the before window, by the rank test at the gate's
   * confidence, whatever the tolerance: a significant 3 % rise is 'higher' and may still pass.
   */
  direction: 'higher' | 'lower' | 'same';
  /** p-value of the test in the bad direction, after vs before (see BaselineComparison.pValue). */
  pValue?: number;
  /**
   * pValue corrected for the number of metrics judged (GateSettings.correction): the one compared
   * with 1 - confidence. Equal to pValue with correction 'none'.
   */
  adjustedPValue?: number;
  beforeMedian?: number;
  afterMedian?: number;
  beforeMean?: number;
  afterMean?: number;
  /**
   * Relative change used against the tolerance: the Hodges-Lehmann shift over the before median, or
   * the change of the mean over the before mean when medians cannot show it (see judge.ts). Left out
   * when the baseline is 0 ("up from nothing" has no finite ratio).
   */
  relativeChange?: number;
  /** Which statistic relativeChange (and the numbers in `reason`) is about. */
  basis?: 'median' | 'mean';
  /** The after window against the same hours one week earlier, when there were enough points. */
  weekBefore?: BaselineComparison;
  /** One human sentence: what changed and why this verdict. */
  reason: string;
}

/** An error signature (log template) seen after the deploy and never in the baseline. */
export interface NewSignature {
  signature: string;
  /** Lines with this signature after the deploy. */
  count: number;
  /** When it first appeared, as the caller formats it (ISO 8601 suggested). */
  firstSeen: string;
}

export interface GateVerdict {
  /** inconclusive: too little data to judge (a critical metric without data, or too few metrics judged): never a pass. */
  verdict: 'pass' | 'marginal' | 'fail' | 'inconclusive';
  /** 100 * passed / judged, one decimal; 0 when no metric could be judged. */
  score: number;
  /** How many metrics were judged (not 'nodata') and how many of those passed. */
  judged: number;
  passed: number;
  metrics: MetricVerdict[];
  newSignatures: NewSignature[];
  /** Human sentences: each failing metric, each new signature, and what decided a non-pass verdict. */
  reasons: string[];
}
