// A rendered HTML page as a queryable Document, parsed by jsdom as a browser parses it, with no
// script run and nothing loaded: for the fast tests of the HTML report. The browser tests
// (__tests__/browser/) open the same pages in a real Chromium.

import type { JSDOM as JSDOMClass } from 'jsdom';
import type { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';

// Loaded outside Jest's module registry, as render-markdown.ts explains (jsdom 29 is ESM required from CommonJS).
type GetBuiltinModule = (id: 'node:module') => { createRequire: typeof createRequire };
const nodeRequire = (runInThisContext('process.getBuiltinModule') as GetBuiltinModule)('node:module').createRequire(import.meta.url);
const { JSDOM } = nodeRequire('jsdom') as { JSDOM: typeof JSDOMClass };

export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Every element's text, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
