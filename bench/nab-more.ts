// How the metric anomaly engine generalises: its defaults on the 9 AWS series of ../shared/bench/nab
// and the 41 series of other kinds in ../shared/bench/nab-more, next to the published detectors, and
// the figures a held-out file or category gets when the settings are chosen WITHOUT it.
//
// The procedure that chose the defaults is the one cross-validated here: over a small grid of
// settings, pick the one with the best mean of two pooled F1s (the AWS files, the other kinds), on
// the files at hand. In-sample: picked on all 50 files. Leave one category out: picked on the other
// categories, scored on the one left out. Leave one AWS file out: picked on the other 49 files.
// One global setting per pick; nothing is tuned per series.
// Run: npx tsx bench/nab-more.ts   (NAB_DIR, NAB_MORE_DIR override the folders)

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnomalyEngineOptions, DEFAULT_ANOMALY_OPTIONS } from '../src/analysis/series/anomaly-engine.js';
import { type Counts, detectSeriesFlags, fmt, type LabelledSeries, loadCorpus, NAB_DIR, NAB_MORE_DIR, scoreFile, type Summary, summarize } from './series-corpus.js';

const AWS = 'realAWSCloudwatch';

/**
 * The settings cross-validation chooses among: the engine's main knobs, a few values each. An axis
 * value is a partial setting, so knobs that only mean something together (the texture test's span
 * and factor) vary together. The extreme-value bar (`returnDays`) and the texture test
 * (`textureMinutes`) left the grid: every fold of an earlier grid turned each of them off.
 */
export function settingsGrid(): Array<Partial<AnomalyEngineOptions>> {
  const axes: Array<Array<Partial<AnomalyEngineOptions>>> = [
    [{ blockHours: 6 }, { blockHours: 12 }],
    [{ historyDays: 7 }, { historyDays: 10 }],
    [{ recurrence: 2 }, { recurrence: 3 }],
    [{ spikeFactor: 1.5 }, { spikeFactor: 2 }],
    [{ shiftFactor: 1.5 }, { shiftFactor: 2 }, { shiftFactor: 3 }],
    [{ seasonalDays: 0 }, { seasonalDays: 7 }],
    [{ quietMinutes: 720 }, { quietMinutes: 1440 }],
    [{ shapeHours: 0 }, { shapeHours: 12, shapeFactor: 2 }, { shapeHours: 24, shapeFactor: 2 }, { shapeHours: 24, shapeFactor: 2.5 }],
  ];
  let grid: Array<Partial<AnomalyEngineOptions>> = [{}];
  for (const values of axes) grid = grid.flatMap((g) => values.map((v) => ({ ...g, ...v })));
  return grid;
}

/** The pick's objective: the mean of the pooled F1 on AWS files and on files of other kinds (whichever are present). */
function objective(corpus: readonly LabelledSeries[], counts: readonly Counts[]): number {
  const parts = [corpus.map((s, i) => (s.category === AWS ? counts[i]! : undefined)), corpus.map((s, i) => (s.category !== AWS ? counts[i]! : undefined))]
    .map((cs) => cs.filter((c): c is Counts => c !== undefined))
    .filter((cs) => cs.length > 0)
    .map((cs) => summarize(cs).f1 ?? 0);
  return parts.reduce((a, b) => a + b, 0) / parts.length;
}

function pick(corpus: readonly LabelledSeries[], table: readonly Counts[][], keep: (s: LabelledSeries) => boolean): number {
  const index = corpus.map((s, i) => (keep(s) ? i : -1)).filter((i) => i >= 0);
  const sub = index.map((i) => corpus[i]!);
  let best = 0;
  let bestScore = -1;
  table.forEach((row, g) => {
    const score = objective(
      sub,
      index.map((i) => row[i]!),
    );
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = g;
    }
  });
  return best;
}

interface Published {
  name: string;
  byCategory: Record<string, Summary>;
  overall: Summary;
}

function published(): Published[] {
  const path = join(NAB_MORE_DIR, 'scores.json');
  if (!existsSync(path)) return [];
  const all = JSON.parse(readFileSync(path, 'utf8')) as {
    per_category: { exclude: Record<string, Record<string, RawSummary>> };
    probation: { exclude: Record<string, RawSummary | string> };
  };
  const awsPath = join(NAB_DIR, 'scores.json');
  const aws = existsSync(awsPath) ? (JSON.parse(readFileSync(awsPath, 'utf8')) as { probation: { exclude: Record<string, RawSummary | string> } }).probation.exclude : {};
  return ['contextOSE', 'numenta', 'ARTime'].map((name) => {
    const byCategory: Record<string, Summary> = {};
    for (const [category, detectors] of Object.entries(all.per_category.exclude)) if (detectors[name]) byCategory[category] = fromRaw(detectors[name]);
    const awsRow = aws[name];
    if (awsRow && typeof awsRow !== 'string') byCategory[AWS] = fromRaw(awsRow);
    return { name, byCategory, overall: fromRaw(all.probation.exclude[name] as RawSummary) };
  });
}

interface RawSummary {
  detected: number;
  windows: number;
  fp_events: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

const fromRaw = (r: RawSummary): Summary => ({ windows: r.windows, detected: r.detected, fpEvents: r.fp_events, precision: r.precision, recall: r.recall, f1: r.f1 });

const cell = (s: Summary | undefined): string => (s ? (s.windows === 0 ? `${s.fpEvents} FP` : `${fmt(s.f1)} (${s.detected}/${s.windows}, ${s.fpEvents} FP)`) : 'n/a');

export interface CrossValidation {
  defaults: Partial<AnomalyEngineOptions>;
  inSample: Map<string, Summary>;
  leaveOneCategoryOut: Map<string, Summary>;
  leaveOneAwsFileOut: Summary;
  picks: { inSample: string; categories: Map<string, string>; awsFiles: Map<string, string> };
}

export function crossValidate(corpus: readonly LabelledSeries[], log: (line: string) => void = () => undefined): CrossValidation {
  const grid = settingsGrid();
  const started = performance.now();
  const table = grid.map((options) => corpus.map((s) => scoreFile(s, detectSeriesFlags(s, options))));
  log(`scored ${grid.length} settings x ${corpus.length} files in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const label = (g: number): string => JSON.stringify(grid[g]);
  const categories = [...new Set(corpus.map((s) => s.category))];
  const pool = (g: number, keep: (s: LabelledSeries) => boolean): Summary => summarize(corpus.flatMap((s, i) => (keep(s) ? [table[g]![i]!] : [])));

  // The defaults themselves, scored as shipped (they are the in-sample pick; the bench says if they drift).
  const defaults = corpus.map((s) => scoreFile(s, detectSeriesFlags(s)));
  const inSample = new Map<string, Summary>();
  for (const c of categories) inSample.set(c, summarize(defaults.filter((_, i) => corpus[i]!.category === c)));
  inSample.set('nab-more', summarize(defaults.filter((_, i) => corpus[i]!.category !== AWS)));

  const inSamplePick = pick(corpus, table, () => true);
  const leaveOneCategoryOut = new Map<string, Summary>();
  const categoryPicks = new Map<string, string>();
  const heldOutCounts: Counts[] = [];
  for (const c of categories) {
    const g = pick(corpus, table, (s) => s.category !== c);
    categoryPicks.set(c, label(g));
    const held = pool(g, (s) => s.category === c);
    leaveOneCategoryOut.set(c, held);
    if (c !== AWS) heldOutCounts.push(held);
  }
  leaveOneCategoryOut.set('nab-more', summarize(heldOutCounts));

  const awsFilePicks = new Map<string, string>();
  const awsHeld: Counts[] = [];
  for (const s of corpus.filter((x) => x.category === AWS)) {
    const g = pick(corpus, table, (x) => x.key !== s.key);
    awsFilePicks.set(s.name, label(g));
    awsHeld.push(table[g]![corpus.indexOf(s)]!);
  }
  return {
    defaults: grid[inSamplePick]!,
    inSample,
    leaveOneCategoryOut,
    leaveOneAwsFileOut: summarize(awsHeld),
    picks: { inSample: label(inSamplePick), categories: categoryPicks, awsFiles: awsFilePicks },
  };
}

/** The share of scored rows (probation excluded) the defaults flag: on the AWS files, on the others, and the most on one file. */
function flaggedShare(corpus: readonly LabelledSeries[]): string {
  const rows = { aws: { flagged: 0, scored: 0 }, more: { flagged: 0, scored: 0 } };
  let most = { share: 0, name: '' };
  for (const s of corpus) {
    const flags = detectSeriesFlags(s);
    let flagged = 0;
    for (let i = s.probation; i < flags.length; i += 1) flagged += flags[i]!;
    const scored = flags.length - s.probation;
    const pool = s.category === AWS ? rows.aws : rows.more;
    pool.flagged += flagged;
    pool.scored += scored;
    if (flagged / scored > most.share) most = { share: flagged / scored, name: s.name };
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `nab ${pct(rows.aws.flagged / rows.aws.scored)}, nab-more ${pct(rows.more.flagged / rows.more.scored)}; most on one file ${pct(most.share)} (${most.name})`;
}

function main(): void {
  const corpus = [...loadCorpus(NAB_DIR), ...loadCorpus(NAB_MORE_DIR)];
  if (corpus.length === 0) {
    console.log(`NAB data not found at ${NAB_DIR} or ${NAB_MORE_DIR}: skipping the cross-validation (set NAB_DIR and NAB_MORE_DIR).`);
    return;
  }
  const cv = crossValidate(corpus, (line) => console.log(line));
  const shipped = JSON.stringify(cv.defaults);
  const drift = Object.entries(cv.defaults).filter(([key, value]) => DEFAULT_ANOMALY_OPTIONS[key as keyof AnomalyEngineOptions] !== value);
  console.log(`\nin-sample pick over the grid: ${shipped}`);
  console.log(drift.length === 0 ? 'the shipped defaults are that pick' : `WARNING: the shipped defaults differ from the pick in ${drift.map(([k]) => k).join(', ')}`);
  const rows = [AWS, 'artificialNoAnomaly', 'artificialWithAnomaly', 'realAdExchange', 'realKnownCause', 'realTraffic', 'realTweets', 'nab-more'];
  const pub = published();
  console.log('\nwindow F1 (detected / windows, FP events); probationary period excluded; artificialNoAnomaly shows FP events\n');
  console.log(`| series | aws-monitor defaults (in-sample) | settings chosen without it (cross-validated) | ${pub.map((p) => p.name).join(' | ')} |`);
  console.log(`|---|---|---|${pub.map(() => '---|').join('')}`);
  for (const row of rows) {
    const heldOut = row === AWS ? `${cell(cv.leaveOneAwsFileOut)} per file; ${cell(cv.leaveOneCategoryOut.get(row))} as a category` : cell(cv.leaveOneCategoryOut.get(row));
    const name = row === AWS ? 'nab (9 AWS series)' : row === 'nab-more' ? '**nab-more overall (41)**' : row;
    console.log(`| ${name} | ${cell(cv.inSample.get(row))} | ${heldOut} | ${pub.map((p) => cell(row === 'nab-more' ? p.overall : p.byCategory[row])).join(' | ')} |`);
  }
  const inAws = cv.inSample.get(AWS)!;
  const inMore = cv.inSample.get('nab-more')!;
  const outMore = cv.leaveOneCategoryOut.get('nab-more')!;
  console.log(`\nprecision / recall, defaults: nab ${fmt(inAws.precision)} / ${fmt(inAws.recall)}; nab-more ${fmt(inMore.precision)} / ${fmt(inMore.recall)}`);
  console.log(`leave-one-category-out F1 on nab-more ${fmt(outMore.f1)} against ${fmt(inMore.f1)} in-sample (gap ${fmt((inMore.f1 ?? 0) - (outMore.f1 ?? 0))})`);
  // The metric counts a run of flags as one event however long it is, so a setting that flags more
  // time can score better by flagging it: the share of scored rows flagged shows whether it does.
  console.log(`share of scored rows flagged, defaults: ${flaggedShare(corpus)}`);
  // What the scan's detectors get: they ask about one side (latency and errors up, traffic down), so
  // the shape test answers only while the latest segment is off on that side. Labels have no side,
  // so these are lower than the two-sided figures; they show what the shape test adds to a scan.
  console.log('\none-sided, as the scan asks (window F1, nab / nab-more):');
  for (const direction of ['up', 'down'] as const) {
    const line = [{ direction }, { direction, shapeHours: 0 }].map((options) => {
      const counts = corpus.map((s) => scoreFile(s, detectSeriesFlags(s, options)));
      const part = (aws: boolean) => fmt(summarize(counts.filter((_, i) => (corpus[i]!.category === AWS) === aws)).f1);
      return `${part(true)} / ${part(false)}`;
    });
    console.log(`  ${direction}: ${line[0]} with the shape test, ${line[1]} without`);
  }
  console.log('\npicks when a category was left out:');
  for (const [c, p] of cv.picks.categories) console.log(`  without ${c}: ${p}`);
  console.log('picks when an AWS file was left out:');
  for (const [f, p] of cv.picks.awsFiles) console.log(`  without ${f}: ${p}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
