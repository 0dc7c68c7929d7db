import type { Report, Severity } from '../report/model.js';

export interface RenderOptions {
  /** Findings below this severity are counted but not listed. */
  minSeverity: Severity;
  /** Text only: the column limit. */
  width?: number;
}

export type Renderer = (report: Report, options: RenderOptions) => string;
