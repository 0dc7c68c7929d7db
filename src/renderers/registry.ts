// Every output format, keyed by the name used in `format =` and --format.

import type { OutputFormat } from '../config/schema.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import type { Renderer } from './types.js';

export const RENDERERS: Record<OutputFormat, Renderer> = {
  text: renderText,
  markdown: renderMarkdown,
  json: renderJson,
};
