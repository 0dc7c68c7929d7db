// Render markdown the way GitHub does, with real parsers, so a test can look at what a reader sees
// rather than at the markdown string: micromark + GFM (the reference CommonMark/GFM implementation,
// the spec GitHub's cmark-gfm follows), a subset of GitHub's HTML sanitizer allowlist, jsdom to
// query the result, and Mermaid's own parser for ```mermaid blocks. No network, no browser.

import type { JSDOM as JSDOMClass } from 'jsdom';
import type { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { Mermaid } from 'mermaid';

// jsdom 29 requires ES modules from CommonJS, which Node 20.19 does but Jest's module loader does not
// (before Node 24.9). Jest stands in for node:module and process.getBuiltinModule too, so take Node's
// own createRequire from the main context and load jsdom outside Jest's module registry.
type GetBuiltinModule = (id: 'node:module') => { createRequire: typeof createRequire };
const nodeRequire = (runInThisContext('process.getBuiltinModule') as GetBuiltinModule)('node:module').createRequire(import.meta.url);
const { JSDOM } = nodeRequire('jsdom') as { JSDOM: typeof JSDOMClass };

// A near-1 MiB summary takes a second to render and to parse, and a test asks several questions of
// the same one: keep the last result of each step.
const renderCache: { key?: string; value?: string } = {};
const fragmentCache: { key?: string; value?: DocumentFragment } = {};
function lastOf<T>(cache: { key?: string; value?: T }, key: string, make: () => T): T {
  if (cache.key !== key || cache.value === undefined) Object.assign(cache, { key, value: make() });
  return cache.value!;
}

/**
 * Markdown to HTML as GitHub renders it before sanitizing: GFM (tables, strikethrough, autolinks,
 * task lists, the tag filter) with raw HTML let through, as GitHub does (its sanitizer runs after).
 */
export function renderGfm(markdown: string): string {
  return lastOf(renderCache, markdown, () => micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }));
}

/** The rendered HTML as a queryable fragment (parsed in a body, as a browser would parse the summary). Do not change it: it is shared. */
export function htmlFragment(html: string): DocumentFragment {
  return lastOf(fragmentCache, html, () => JSDOM.fragment(html));
}

/** Render markdown with GFM and parse the HTML: what a reader of the job summary gets. */
export function renderedDom(markdown: string): DocumentFragment {
  return htmlFragment(renderGfm(markdown));
}

/** The text of an element as a reader sees it: `<br>` as a newline, markup gone. */
export function textOf(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'BR') return '\n';
  return Array.from(node.childNodes, textOf).join('');
}

// GitHub's HTML sanitizer, a subset: the allowlist documented in the github/markup README
// ("Sanitization": "HTML elements not in the allowlist are removed, as are attributes...") and
// implemented by html-pipeline's SanitizationFilter (WHITELIST / ALLOWLIST). Only what a job summary
// could plausibly contain is listed; anything else counts as stripped, which is what matters here:
// nothing the renderer writes may silently disappear on GitHub.
const ALLOWED_ELEMENTS = new Set(
  (
    'h1 h2 h3 h4 h5 h6 h7 h8 br b i strong em a pre code img tt div ins del sup sub p ol ul table thead tbody tfoot ' +
    'blockquote dl dt dd kbd q samp var hr ruby rt rp li tr td th s strike summary details caption figure figcaption ' +
    'abbr bdo cite dfn mark small span time wbr'
  ).split(' '),
);
const ALLOWED_ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href']),
  img: new Set(['src', 'longdesc']),
  div: new Set(['itemscope', 'itemtype']),
  blockquote: new Set(['cite']),
  del: new Set(['cite']),
  ins: new Set(['cite']),
  q: new Set(['cite']),
  all: new Set(
    (
      'abbr accept accept-charset accesskey action align alt aria-describedby aria-hidden aria-label aria-labelledby axis ' +
      'border cellpadding cellspacing char charoff charset checked clear cols colspan color compact coords datetime dir ' +
      'disabled enctype for frame headers height hreflang hspace ismap label lang maxlength media method multiple name ' +
      'nohref noshade nowrap open prompt readonly rel rev role rows rowspan rules scope selected shape size span start ' +
      'summary tabindex target title type usemap valign value vspace width itemprop'
    ).split(' '),
  ),
};
const ALLOWED_PROTOCOLS: Record<string, string[]> = { href: ['http', 'https', 'mailto'], src: ['http', 'https'] };

/**
 * What GitHub's sanitizer would strip from this HTML: elements and attributes outside its allowlist
 * (a subset of it, see above), and links or images with a protocol it refuses. One line per problem.
 * micromark writes a fence's info string as `<code class="language-x">`; GitHub's renderer writes
 * `<pre lang="x">` for the same markdown, so that class is not a problem of the markdown.
 */
export function githubSanitizerProblems(html: string): string[] {
  return sanitize(htmlFragment(html), false);
}

/** The HTML with what GitHub's sanitizer would strip taken out (disallowed elements unwrapped, or dropped with their content). */
export function sanitizeLikeGitHub(html: string): string {
  const container = JSDOM.fragment('<div></div>').firstElementChild!;
  container.innerHTML = html;
  sanitize(container, true);
  return container.innerHTML;
}

/** Elements GitHub drops with everything in them, rather than keeping their text. */
const DROPPED_WHOLE = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'title', 'svg', 'math']);

function sanitize(root: ParentNode, fix: boolean): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    const where = (): string => `<${tag}> (${JSON.stringify((element.textContent ?? '').slice(0, 40))})`;
    if (!ALLOWED_ELEMENTS.has(tag)) {
      problems.push(`element ${where()} is not allowed`);
      if (fix) element.replaceWith(...(DROPPED_WHOLE.has(tag) ? [] : Array.from(element.childNodes)));
      continue;
    }
    for (const { name, value } of Array.from(element.attributes)) {
      if (tag === 'code' && name === 'class' && /^language-[\w-]+$/.test(value)) continue;
      const protocols = ALLOWED_PROTOCOLS[name];
      const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
      if (!ALLOWED_ATTRIBUTES.all!.has(name) && !ALLOWED_ATTRIBUTES[tag]?.has(name)) problems.push(`attribute ${name}="${value}" on ${where()} is not allowed`);
      else if (protocols && scheme && !protocols.includes(scheme)) problems.push(`${name}="${value}" on ${where()}: protocol ${scheme} is not allowed`);
      else continue;
      if (fix) element.removeAttribute(name);
    }
  }
  return problems;
}

// Mermaid needs a DOM (DOMPurify and d3 look for window/document when they load): a jsdom window,
// made once, before the first import. Loaded only by the tests that draw charts.
let mermaidLoading: Promise<Mermaid> | undefined;

export function loadMermaid(): Promise<Mermaid> {
  mermaidLoading ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false });
    return mermaid;
  })();
  return mermaidLoading;
}

/** The source of every ```mermaid fenced block, found by the markdown parser (not by a regex). */
export function mermaidBlocks(markdown: string): string[] {
  return Array.from(renderedDom(markdown).querySelectorAll('pre > code.language-mermaid'), (code) => code.textContent ?? '');
}

/** Mermaid's parse error for every ```mermaid block that does not parse, as "chart N: message". */
export async function mermaidProblems(markdown: string): Promise<string[]> {
  const mermaid = await loadMermaid();
  const problems: string[] = [];
  for (const [i, source] of mermaidBlocks(markdown).entries()) {
    try {
      await mermaid.parse(source);
    } catch (error) {
      problems.push(`chart ${i + 1}: ${error instanceof Error ? error.message : String(error)}\n${source}`);
    }
  }
  return problems;
}

/** An xychart as Mermaid understood it, and where it draws the first line's points. */
export interface ParsedXyChart {
  title: string;
  xAxis: { type: string; categories?: string[] };
  yAxis: { type: string; title: string };
  /** The first line plot's [category, value] pairs. */
  line: Array<[string, number]>;
  /** The x coordinate Mermaid draws each point of that line at. */
  lineXs: number[];
}

interface XyChartDb {
  getDiagramTitle(): string;
  getXYChartData(): { xAxis: { type: string; categories?: string[] }; yAxis: { type: string; title: string }; plots: Array<{ type: string; data: Array<[string, number]> }> };
  getDrawableElem(): Array<{ type: string; groupTexts: string[]; data: Array<{ path?: string }> }>;
}

/** Parse an xychart-beta source with Mermaid and lay it out (Mermaid's own layout, no SVG needed). */
export async function parseXyChart(source: string): Promise<ParsedXyChart> {
  const mermaid = await loadMermaid();
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  if (diagram.type !== 'xychart') throw new Error(`not an xychart: ${diagram.type}`);
  const db = diagram.db as unknown as XyChartDb;
  const drawn = db.getDrawableElem();
  const data = db.getXYChartData();
  const line = data.plots.find((p) => p.type === 'line');
  const path = drawn.find((e) => e.groupTexts.includes('line-plot-0'))?.data[0]?.path ?? '';
  return {
    title: db.getDiagramTitle(),
    xAxis: data.xAxis,
    yAxis: data.yAxis,
    line: line?.data ?? [],
    lineXs: Array.from(path.matchAll(/[ML]\s*(-?[\d.]+(?:e[-+]?\d+)?)\s*,/gi), (m) => Number(m[1])),
  };
}
