// NAB realAWSCloudwatch: the series detector behind `aws-monitor detect-series`, with its default
// settings, scored by the folder's own window scorer (score_windows.py).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreSeries, type SeriesAnomalyOptions } from '../src/analysis/series-anomalies.js';
import { parseSeriesCsv } from '../src/analysis/series-csv.js';

const NAB = process.env.NAB_DIR ?? new URL('../../shared/bench/nab/', import.meta.url).pathname;

/** The scorer's per-file lines and JSON summary, or undefined where the data is absent. */
export function nabScores(options: Partial<SeriesAnomalyOptions> = {}): string | undefined {
  const data = join(NAB, 'data/realAWSCloudwatch');
  if (!existsSync(data)) return undefined;
  const out = mkdtempSync(join(tmpdir(), 'nab-'));
  try {
    for (const file of readdirSync(data).filter((f) => f.endsWith('.csv'))) {
      const series = parseSeriesCsv(readFileSync(join(data, file), 'utf8'), file);
      const { anomalies } = scoreSeries(series.values, options);
      writeFileSync(join(out, file), ['timestamp,is_anomaly', ...series.rawTimestamps.map((t, i) => `${t},${anomalies[i]}`)].join('\n') + '\n');
    }
    return execFileSync('python3', [join(NAB, 'score_windows.py'), '--pred-dir', out, '--per-file'], { encoding: 'utf8', cwd: NAB });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(nabScores() ?? `NAB data not found at ${NAB}: skipped (set NAB_DIR)`);
}
