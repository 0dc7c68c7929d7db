// Every output format, keyed by the name used in `format =` and --format.

import type { OutputConfig } from '../config/schema.js';
import type { OutputFormat } from '../config/cli-choices.js';
import type { Report } from '../report/model.js';
import { renderHtml } from './html/report-page.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import type { Renderer } from './types.js';

export const RENDERERS: Record<OutputFormat, Renderer> = {
  text: renderText,
  markdown: renderMarkdown,
  json: renderJson,
  html: renderHtml,
};

/** A report in one format, listing what that output's minimum severity lets through (JSON: everything; HTML: as the text report). */
export function renderReport(format: OutputFormat, report: Report, output: Pick<OutputConfig, 'minSeverity'>, extra: { color?: boolean } = {}): string {
  return RENDERERS[format](report, {
    minSeverity: format === 'json' ? 'info' : output.minSeverity[format === 'html' ? 'text' : format],
    ...(format === 'text' && extra.color ? { color: true } : {}),
  });
}
