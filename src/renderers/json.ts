import type { Renderer } from './types.js';

// The whole model, always: consumers filter by severity themselves.
export const renderJson: Renderer = (report) => `${JSON.stringify(report, null, 2)}\n`;
