import type { Report, Severity } from '../report/model.js';

export interface RenderOptions {
  /** Findings below this severity are counted but not listed. */
  minSeverity: Severity;
  /** Text only: the column limit. */
  width?: number;
  /** Text only: colour the verdict, severities and section headings with ANSI codes (a terminal asked). */
  color?: boolean;
}

export type Renderer = (report: Report, options: RenderOptions) => string;
