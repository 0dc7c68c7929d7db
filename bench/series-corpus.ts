// The labelled NAB series the metric benchmarks score: loading them, and the window metric of
// `score_windows.py` re-implemented so cross-validation can score hundreds of settings in seconds.
// The benchmarks check this scorer against the Python one on the default settings every run.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeriesCsvWithTimestamps } from '../src/analysis/series/series-csv.js';
import { type AnomalyEngineOptions, IncidentScorer, type SeriesPoint } from '../src/analysis/series/anomaly-engine.js';

export const SHARED_BENCH = process.env.SHARED_BENCH ?? '/work/shared/bench';
export const NAB_DIR = process.env.NAB_DIR ?? join(SHARED_BENCH, 'nab');
export const NAB_MORE_DIR = process.env.NAB_MORE_DIR ?? join(SHARED_BENCH, 'nab-more');

export interface LabelledSeries {
  /** `<category>/<name>.csv`, as the windows file keys it. */
  key: string;
  category: string;
  name: string;
  points: SeriesPoint[];
  rawTimestamps: string[];
  /** Inclusive row ranges of the labelled anomaly windows. */
  windows: Array<[number, number]>;
  /** Rows NAB does not score: min(floor(0.15 n), 750). */
  probation: number;
}

export interface Counts {
  windows: number;
  detected: number;
  fpEvents: number;
}

export interface Summary extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Every series of a NAB folder (`data/`, `labels/combined_windows.json`); [] when the folder is absent. */
export function loadCorpus(dir: string): LabelledSeries[] {
  const windowsPath = join(dir, 'labels', 'combined_windows.json');
  if (!existsSync(windowsPath)) return [];
  const all = JSON.parse(readFileSync(windowsPath, 'utf8')) as Record<string, Array<[string, string]>>;
  return Object.keys(all)
    .sort()
    .map((key) => {
      const { points, rawTimestamps } = parseSeriesCsvWithTimestamps(readFileSync(join(dir, 'data', key), 'utf8'), key);
      const windows = all[key]!.map(([from, to]): [number, number] => {
        const a = utc(from);
        const b = utc(to);
        let first = -1;
        let last = -1;
        points.forEach((p, i) => {
          if (p.timestamp >= a && p.timestamp <= b) {
            if (first < 0) first = i;
            last = i;
          }
        });
        if (first < 0) throw new Error(`window ${from}..${to} of ${key} holds no rows`);
        return [first, last];
      });
      const [category, name] = key.includes('/') ? (key.split('/', 2) as [string, string]) : ['', key];
      return { key, category, name, points, rawTimestamps, windows, probation: Math.floor(Math.min(Math.floor(0.15 * points.length), 750)) };
    });
}

/** The folder's CSV names, for the benchmarks that only need the data. */
export function csvFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];
}

function utc(text: string): number {
  return Date.parse(`${text.slice(0, 19).replace(' ', 'T')}Z`);
}

/** score_windows.py's counts for one file: a window is detected by one flag inside it; a run of flags touching no window is one false positive. */
export function scoreFile(series: LabelledSeries, flags: ArrayLike<boolean | number>): Counts {
  const n = series.points.length;
  const flagged = (i: number): boolean => i >= series.probation && Boolean(flags[i]);
  const inWindow = new Uint8Array(n);
  let detected = 0;
  for (const [a, b] of series.windows) {
    let hit = false;
    for (let i = a; i <= b; i += 1) {
      inWindow[i] = 1;
      if (flagged(i)) hit = true;
    }
    if (hit) detected += 1;
  }
  let fpEvents = 0;
  for (let i = 0; i < n;) {
    if (!flagged(i)) {
      i += 1;
      continue;
    }
    let touches = false;
    for (; i < n && flagged(i); i += 1) if (inWindow[i]) touches = true;
    if (!touches) fpEvents += 1;
  }
  return { windows: series.windows.length, detected, fpEvents };
}

export function summarize(counts: readonly Counts[]): Summary {
  const windows = counts.reduce((s, c) => s + c.windows, 0);
  const detected = counts.reduce((s, c) => s + c.detected, 0);
  const fpEvents = counts.reduce((s, c) => s + c.fpEvents, 0);
  return {
    windows,
    detected,
    fpEvents,
    precision: detected + fpEvents ? detected / (detected + fpEvents) : null,
    recall: windows ? detected / windows : null,
    f1: windows + detected + fpEvents ? (2 * detected) / (windows + detected + fpEvents) : null,
  };
}

export const fmt = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

/** The flags `aws-monitor detect-series` writes for a series: its rows in file order through the engine. */
export function detectSeriesFlags(series: LabelledSeries, options: Partial<AnomalyEngineOptions> = {}): Uint8Array {
  const flags = new Uint8Array(series.points.length);
  const scorer = new IncidentScorer<number>((i, _score, flagged) => (flags[i] = flagged ? 1 : 0), options);
  series.points.forEach((p, i) => scorer.push(i, p.timestamp, p.value));
  scorer.end();
  return flags;
}
