// tsx tools/preview-summary.ts REPORT.json [--out FILE.html] [--min-severity info]
//
// The GitHub job summary of a JSON report, as a standalone HTML page to open in a browser: the
// markdown rendered with GFM (micromark, as the tests do), Mermaid bundled in so the charts draw
// offline, and a banner listing anything GitHub's sanitizer would strip or Mermaid could not parse.
// An approximation of github.com, not a copy: its own CSS, and raw HTML goes through the same
// sanitizer subset the tests use (so an <img onerror> in a report does not run when you open it).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { githubSanitizerProblems, mermaidProblems, renderGfm, sanitizeLikeGitHub } from '../__tests__/support/render-markdown.js';
import { renderMarkdown } from '../src/renderers/markdown.js';
import { SEVERITIES, type Report, type Severity } from '../src/report/model.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, 'min-severity': { type: 'string', default: 'info' } } });
const input = positionals[0];
const minSeverity = values['min-severity'] as Severity;
if (!input || !SEVERITIES.includes(minSeverity)) {
  console.error(`usage: tsx tools/preview-summary.ts REPORT.json [--out FILE.html] [--min-severity ${SEVERITIES.join('|')}]`);
  process.exit(2);
}
const report = JSON.parse(readFileSync(input, 'utf8')) as Report;
if (typeof report.schemaVersion !== 'number' || !Array.isArray(report.findings)) {
  console.error(`${input} is not an aws-monitor JSON report (write one with --format json)`);
  process.exit(2);
}

const markdown = renderMarkdown(report, { minSeverity });
const html = renderGfm(markdown);
const problems = [...githubSanitizerProblems(html), ...(await mermaidProblems(markdown))];
const mermaidJs = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Job summary preview: ${escape(input)}</title>
<style>
  body { font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 1012px; margin: 24px auto; padding: 0 16px; }
  .summary { border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 24px; }
  table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
  pre code { background: none; padding: 0; }
  blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
  .problems { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 8px 16px; margin-bottom: 16px; white-space: pre-wrap; }
  .meta { color: #59636e; font-size: 12px; }
</style>
</head>
<body>
<p class="meta">${escape(input)} · ${Buffer.byteLength(markdown, 'utf8').toLocaleString('en-US')} bytes of markdown · min severity ${minSeverity}</p>
${problems.length > 0 ? `<div class="problems"><strong>${problems.length} problem${problems.length > 1 ? 's' : ''} on GitHub</strong>\n${escape(problems.join('\n'))}</div>` : ''}
<div class="summary">
${sanitizeLikeGitHub(html)}
</div>
<script>${mermaidJs.replace(/<\/script/gi, '<\\/script')}</script>
<script>
  for (const code of document.querySelectorAll('pre > code.language-mermaid')) {
    const chart = document.createElement('pre');
    chart.className = 'mermaid';
    chart.textContent = code.textContent;
    code.parentElement.replaceWith(chart);
  }
  mermaid.initialize({ startOnLoad: false });
  mermaid.run();
</script>
</body>
</html>
`;
const out = values.out ?? input.replace(/(\.json)?$/, '.summary.html');
writeFileSync(out, page);
console.error(`${out}${problems.length > 0 ? ` (${problems.length} problem${problems.length > 1 ? 's' : ''}: see the banner)` : ''}`);
