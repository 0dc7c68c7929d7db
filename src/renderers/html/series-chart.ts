// A finding's series as an inline SVG chart: value and time axes in human units, the finding's
// start marked, the usual range before it shaded. Drawn at render time, so the chart shows with
// scripts off, in print and in a mail client that keeps SVG.

import { formatValue as formatInUnit } from '../../report/metric-units.js';
import type { FindingSeries } from '../../report/model.js';
import { displayUnit, tickLabel, timeTicks, valueTicks } from './chart-axes.js';
import { escapeHtml } from './html-text.js';

/** What the chart marks besides the series, in the series' own unit. */
export interface ChartMarks {
  /** ISO-8601 time the finding started. */
  since?: string;
  /** The usual level before the finding: a band (low < high) or a line (low = high). */
  baseline?: { low: number; high: number; label: string };
}

const WIDTH = 960;
const HEIGHT = 240;
const LEFT = 64;
const RIGHT = 16;
const TOP = 22;
const BOTTOM = 28;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
/** At most one drawn column per pixel: longer series keep each column's lowest and highest point, so spikes survive. */
export const MAX_COLUMNS = PLOT_WIDTH;

const fixed = (n: number): string => String(Math.round(n * 10) / 10);
/** A value in its unit; plain scientific notation where the unit's conversion overflows (1e302 MB is Infinity bytes). */
const formatValue = (value: number, unit: string): string => {
  const text = formatInUnit(value, unit);
  return /NaN|Infinity/.test(text) ? value.toExponential(2) : text;
};

/** Whether the series is a count per period of log lines (drawn as bars) rather than a metric (a line). */
const isLogCount = (series: FindingSeries): boolean => series.namespace === 'CloudWatch Logs';

function periodText(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? '1 h' : `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** What the chart shows, in words: its title line. */
export function chartTitle(series: FindingSeries): string {
  return isLogCount(series)
    ? `${series.name}, count per ${periodText(series.periodSeconds)}`
    : `${series.namespace} ${series.name} (${series.stat}, ${periodText(series.periodSeconds)} periods)`;
}

/**
 * The part of a long series around the finding's start, when the start lies in its last fifth: a
 * burst in the last hour of a day is a few pixels wide on the whole chart. Three times as long
 * before the start as after it (at least 24 periods), so the burst is read against what came
 * before. Undefined when the whole chart already shows it well.
 */
export function aroundTheStart(series: FindingSeries, since: string | undefined): FindingSeries | undefined {
  const n = series.values.length;
  const period = series.periodSeconds * 1000;
  const index = Math.floor((Date.parse(since ?? '') - Date.parse(series.start)) / period);
  if (!Number.isFinite(index) || n < 60 || index < n * 0.8 || index >= n) return undefined;
  const from = Math.max(0, index - Math.max(3 * (n - index), 24));
  if (n - from > n / 2) return undefined;
  return { ...series, start: new Date(Date.parse(series.start) + from * period).toISOString(), values: series.values.slice(from) };
}

/** A span of periods as "4 h" or "4 h 5 min". */
export function spanText(periods: number, periodSeconds: number): string {
  const minutes = Math.round((periods * periodSeconds) / 60);
  const hours = Math.floor(minutes / 60);
  return hours === 0 ? `${minutes} min` : minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

interface Column {
  index: number;
  low: number;
  high: number;
}

/** The series in at most MAX_COLUMNS columns, each the lowest and highest value of its periods; gaps stay gaps. */
function columnsOf(values: ReadonlyArray<number | null>): { columns: Array<Column | null>; perColumn: number } {
  const perColumn = Math.max(1, Math.ceil(values.length / MAX_COLUMNS));
  const columns: Array<Column | null> = [];
  for (let start = 0; start < values.length; start += perColumn) {
    let low = Infinity;
    let high = -Infinity;
    for (let i = start; i < Math.min(values.length, start + perColumn); i += 1) {
      const v = values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    columns.push(low === Infinity ? null : { index: start + (Math.min(values.length, start + perColumn) - start - 1) / 2, low, high });
  }
  return { columns, perColumn };
}

/**
 * The SVG of a series, or undefined when it has no value to draw. `id` must be unique in the page:
 * it ties the chart to its title and description for screen readers.
 */
export function seriesChart(series: FindingSeries, marks: ChartMarks, id: string): string | undefined {
  const finite = series.values.filter((v): v is number => v !== null && Number.isFinite(v));
  const start = Date.parse(series.start);
  const period = series.periodSeconds * 1000;
  // Nothing to draw, or no time axis to draw it on (a report edited by hand): no chart rather than NaN in the SVG.
  if (finite.length === 0 || !Number.isFinite(start) || !(period > 0)) return undefined;
  const n = series.values.length;
  const end = start + (n - 1) * period;
  const bars = isLogCount(series);

  let dataLow = Infinity;
  let dataHigh = -Infinity;
  for (const v of finite) {
    dataLow = Math.min(dataLow, v);
    dataHigh = Math.max(dataHigh, v);
  }
  const baseline = marks.baseline && Number.isFinite(marks.baseline.low) && Number.isFinite(marks.baseline.high) ? marks.baseline : undefined;
  const low = Math.min(0, dataLow, baseline?.low ?? 0);
  const high = Math.max(dataHigh, baseline?.high ?? dataHigh);
  const unit = displayUnit(series.unit, Math.max(Math.abs(low), Math.abs(high)));
  const ticks = valueTicks(low / unit.factor, high / unit.factor, 4, series.unit === 'count');
  const step = ticks[1]! - ticks[0]!;
  const yMin = ticks[0]! * unit.factor;
  const yMax = ticks.at(-1)! * unit.factor;
  // Values so large or so close together that doubles cannot space them (no metric CloudWatch
  // reports): no chart rather than NaN in the SVG; the evidence still says the numbers.
  if (!Number.isFinite(yMax - yMin) || !(yMax > yMin) || !(step > 0)) return undefined;
  const y = (v: number): number => TOP + PLOT_HEIGHT - ((v - yMin) / (yMax - yMin)) * PLOT_HEIGHT;
  const xOfIndex = (i: number): number => LEFT + (n === 1 ? PLOT_WIDTH / 2 : (i / (n - 1)) * PLOT_WIDTH);
  const xOfTime = (ms: number): number => LEFT + (end === start ? PLOT_WIDTH / 2 : ((ms - start) / (end - start)) * PLOT_WIDTH);

  const parts: string[] = [];
  // Grid and value axis.
  for (const t of ticks) {
    const ty = fixed(y(t * unit.factor));
    parts.push(`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${ty}" y2="${ty}"/>`);
    parts.push(`<text class="tick" x="${LEFT - 6}" y="${ty}" dy="0.32em" text-anchor="end">${escapeHtml(tickLabel(t, step, unit))}</text>`);
  }
  // Time axis.
  for (const tick of timeTicks(start, end)) {
    const tx = fixed(xOfTime(tick.at));
    parts.push(`<line class="tick-mark" x1="${tx}" x2="${tx}" y1="${TOP + PLOT_HEIGHT}" y2="${TOP + PLOT_HEIGHT + 4}"/>`);
    parts.push(`<text class="tick" x="${tx}" y="${TOP + PLOT_HEIGHT + 16}" text-anchor="middle">${tick.label}</text>`);
  }
  parts.push(`<line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(y(Math.max(yMin, Math.min(0, yMax))))}" y2="${fixed(y(Math.max(yMin, Math.min(0, yMax))))}"/>`);

  if (baseline) {
    if (baseline.high > baseline.low) {
      parts.push(`<rect class="baseline" x="${LEFT}" y="${fixed(y(baseline.high))}" width="${PLOT_WIDTH}" height="${fixed(Math.max(1, y(baseline.low) - y(baseline.high)))}"/>`);
    } else {
      parts.push(`<line class="baseline-line" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(y(baseline.low))}" y2="${fixed(y(baseline.low))}"/>`);
    }
  }

  const { columns, perColumn } = columnsOf(series.values);
  if (bars) {
    const width = Math.max(1, (PLOT_WIDTH / Math.max(1, n - 1)) * perColumn * 0.75);
    const base = y(Math.max(yMin, 0));
    const d = columns
      .filter((c): c is Column => c !== null && c.high !== 0)
      .map((c) => `M${fixed(xOfIndex(c.index) - width / 2)} ${fixed(base)}V${fixed(y(c.high))}h${fixed(width)}V${fixed(base)}Z`)
      .join('');
    parts.push(`<path class="bars" d="${d}"/>`);
  } else {
    // One path per run of consecutive columns: a gap in the data is a gap in the line.
    const runs: Column[][] = [];
    let run: Column[] = [];
    for (const c of columns) {
      if (c) run.push(c);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
    const line: string[] = [];
    const area: string[] = [];
    const floor = fixed(y(Math.max(yMin, Math.min(0, yMax))));
    for (const r of runs) {
      const points = r.flatMap((c) =>
        c.low === c.high
          ? [[xOfIndex(c.index), y(c.high)]]
          : [
              [xOfIndex(c.index), y(c.high)],
              [xOfIndex(c.index), y(c.low)],
            ],
      );
      if (points.length === 1) {
        // A lone point between gaps: a short tick so it is seen.
        const [px, py] = points[0]!;
        line.push(`M${fixed(px! - 1.5)} ${fixed(py!)}h3`);
        continue;
      }
      line.push(`M${points.map(([px, py]) => `${fixed(px!)} ${fixed(py!)}`).join('L')}`);
      area.push(`M${fixed(points[0]![0]!)} ${floor}L${points.map(([px, py]) => `${fixed(px!)} ${fixed(py!)}`).join('L')}L${fixed(points.at(-1)![0]!)} ${floor}Z`);
    }
    parts.push(`<path class="area" d="${area.join('')}"/>`, `<path class="line" d="${line.join('')}"/>`);
  }

  let startNote = '';
  let startX: number | undefined;
  if (marks.since) {
    const since = Date.parse(marks.since);
    if (Number.isFinite(since) && since >= start - period && since <= end + period) {
      startX = Math.max(LEFT, Math.min(WIDTH - RIGHT, xOfTime(since)));
      const sx = fixed(startX);
      const label = `start ${new Date(since).toISOString().slice(11, 16)}`;
      const anchorEnd = Number(sx) > LEFT + PLOT_WIDTH * 0.85;
      parts.push(`<line class="start" x1="${sx}" x2="${sx}" y1="${TOP - 4}" y2="${TOP + PLOT_HEIGHT}"/>`);
      parts.push(`<text class="start-label" x="${fixed(Number(sx) + (anchorEnd ? -4 : 4))}" y="${TOP - 8}" text-anchor="${anchorEnd ? 'end' : 'start'}">${label}</text>`);
      startNote = ` The finding started at ${new Date(since).toISOString().slice(0, 16).replace('T', ' ')} UTC (marked).`;
    } else if (Number.isFinite(since) && since < start) {
      startNote = ' The finding started before the first point.';
    }
  }

  // The peak, labelled: the value a reader looks for first. A line falling from a peak under the
  // start label (a filling disk's free space) would run through the label: its latest value is
  // labelled instead. Bars leave room beside the peak.
  const peakIndex = series.values.findIndex((v) => v === dataHigh);
  const crowded = !bars && startX !== undefined && Math.abs(xOfIndex(peakIndex) - startX) < 140 && y(dataHigh) < TOP + 24;
  const lastIndex = series.values.length - 1 - [...series.values].reverse().findIndex((v) => v !== null && Number.isFinite(v));
  const markIndex = crowded ? lastIndex : peakIndex;
  const markValue = series.values[markIndex]!;
  const px = xOfIndex(markIndex);
  const py = y(markValue);
  const rightSide = px < LEFT + PLOT_WIDTH * 0.8;
  parts.push(`<circle class="peak" cx="${fixed(px)}" cy="${fixed(py)}" r="3"/>`);
  parts.push(
    `<text class="peak-label" x="${fixed(px + (rightSide ? 7 : -7))}" y="${fixed(Math.max(TOP + 12, py - 8))}" text-anchor="${rightSide ? 'start' : 'end'}">${escapeHtml(`${crowded ? 'latest' : 'peak'} ${formatValue(markValue, series.unit)}`)}</text>`,
  );

  const latest = [...series.values].reverse().find((v): v is number => v !== null && Number.isFinite(v))!;
  const description =
    `${n} ${periodText(series.periodSeconds)} periods from ${series.start.slice(0, 16).replace('T', ' ')} UTC: ` +
    `lowest ${formatValue(dataLow, series.unit)}, highest ${formatValue(dataHigh, series.unit)}, latest ${formatValue(latest, series.unit)}.` +
    startNote +
    (baseline ? ` ${baseline.label}.` : '') +
    (perColumn > 1 ? ` Each column spans ${perColumn} periods (its lowest and highest value).` : '');
  return (
    `<svg class="chart${bars ? ' chart-bars' : ''}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-t ${id}-d" preserveAspectRatio="xMidYMid meet">` +
    `<title id="${id}-t">${escapeHtml(chartTitle(series))}</title><desc id="${id}-d">${escapeHtml(description)}</desc>` +
    parts.join('') +
    '</svg>'
  );
}
