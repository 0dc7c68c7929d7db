export const id = 192;
export const ids = [192];
export const modules = {

/***/ 4971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ consoleHref),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/* harmony import */ var _report_console_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3143);
// Text from AWS and from logs into HTML: every string escaped, invisible characters made visible,
// and links only to the AWS console over https. The report is redacted before it gets here
// (build-report.ts); nothing in this file decides what is a secret.

/**
 * Characters that reorder or hide text without showing themselves: bidi embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069), marks (U+200E, U+200F, U+061C), zero-width joiners and
 * spaces, and the byte-order mark. A log line can use them to make `exe.txt` read as `txt.exe`.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// C0 and C1 controls except tab and line feed (which pre-wrapped text shows as they are).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** A code point as a reader can see it: ⟨U+202E⟩. */
const codePoint = (char) => `⟨U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
/**
 * Any string as inert HTML text, safe in element content and in quoted attribute values alike:
 * markup characters as entities, controls and invisible formatting characters as ⟨U+XXXX⟩, and a
 * lone surrogate (invalid UTF-16, as a truncated log line can end) as U+FFFD.
 */
function escapeHtml(text) {
    return text
        .replace(CONTROL, codePoint)
        .replace(INVISIBLE, codePoint)
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
        .replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
/**
 * A link target, escaped for an href, when it is an https URL on an AWS console host with no
 * credentials in it (`linkableConsoleUrl`); undefined for anything else (javascript:, data:, http:,
 * other hosts), which the page then shows as text.
 */
function consoleHref(url) {
    const linkable = (0,_report_console_links_js__WEBPACK_IMPORTED_MODULE_0__/* .linkableConsoleUrl */ .$m)(url);
    return linkable === undefined ? undefined : escapeHtml(linkable);
}


/***/ }),

/***/ 1865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ htmlPage)
});

// UNUSED EXPORTS: CONTENT_SECURITY_POLICY

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/renderers/html/html-text.ts
var html_text = __webpack_require__(4971);
;// CONCATENATED MODULE: ./src/renderers/html/page-script.ts
// The page's one script, inlined (the Content-Security-Policy allows it by its SHA-256 and nothing
// else): the theme button, the filters, sortable tables, expand/collapse all, and every finding
// opened for print. Without it the page is complete, only static: everything is in the HTML.
// Plain ES2019 in a string so the bundler and test coverage never rewrite it; it reads data-*
// attributes only, and writes text with textContent, never HTML.
const PAGE_SCRIPT = `(function () {
  'use strict';
  var root = document.documentElement;
  var all = function (selector, scope) { return Array.prototype.slice.call((scope || document).querySelectorAll(selector)); };
  all('[data-needs-script]').forEach(function (el) { el.hidden = false; });

  var THEMES = ['auto', 'light', 'dark'];
  var themeButton = document.getElementById('theme-toggle');
  if (themeButton) {
    var showTheme = function (theme) { themeButton.textContent = 'Theme: ' + theme; };
    showTheme('auto');
    themeButton.addEventListener('click', function () {
      var next = THEMES[(THEMES.indexOf(root.getAttribute('data-theme') || 'auto') + 1) % THEMES.length];
      if (next === 'auto') root.removeAttribute('data-theme'); else root.setAttribute('data-theme', next);
      showTheme(next);
    });
  }

  var form = document.getElementById('filters');
  if (form) {
    var items = all('[data-kind]');
    var status = document.getElementById('filter-status');
    var apply = function () {
      var severities = {};
      all('input[name="severity"]:checked', form).forEach(function (box) { severities[box.value] = true; });
      var wanted = {};
      all('select[data-filter]', form).forEach(function (select) { wanted[select.getAttribute('data-filter')] = select.value; });
      var counts = { finding: [0, 0], resource: [0, 0], gap: [0, 0] };
      items.forEach(function (item) {
        var kind = item.getAttribute('data-kind');
        var show = kind !== 'finding' || severities[item.getAttribute('data-severity')] === true;
        Object.keys(wanted).forEach(function (key) {
          if (wanted[key] && item.getAttribute('data-' + key) !== wanted[key]) show = false;
        });
        item.hidden = !show;
        if (counts[kind]) { counts[kind][1] += 1; if (show) counts[kind][0] += 1; }
      });
      all('[data-group]').forEach(function (group) { group.hidden = group.querySelector('[data-kind]:not([hidden])') === null; });
      all('[data-empty-for]').forEach(function (note) { note.hidden = counts[note.getAttribute('data-empty-for')][0] > 0 || counts[note.getAttribute('data-empty-for')][1] === 0; });
      if (status) {
        status.textContent = 'Showing ' + counts.finding[0] + ' of ' + counts.finding[1] + ' findings, ' + counts.resource[0] + ' of ' + counts.resource[1] + ' resources';
      }
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
    apply();
  }

  all('table[data-sortable]').forEach(function (table) {
    var body = table.tBodies[0];
    var headers = all('thead th', table);
    headers.forEach(function (th, column) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var key = function (row) {
          var cell = row.cells[column];
          return cell ? (cell.getAttribute('data-sort') !== null ? cell.getAttribute('data-sort') : cell.textContent.trim()) : '';
        };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a);
          var y = key(b);
          var nx = Number(x);
          var ny = Number(y);
          var order = x !== '' && y !== '' && isFinite(nx) && isFinite(ny) ? nx - ny : x.localeCompare(y, 'en', { numeric: true });
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  var setOpen = function (open) {
    all('.finding > details').forEach(function (details) {
      if (!details.closest('[hidden]')) details.open = open;
    });
  };
  var expand = document.getElementById('expand-all');
  var collapse = document.getElementById('collapse-all');
  if (expand) expand.addEventListener('click', function () { setOpen(true); });
  if (collapse) collapse.addEventListener('click', function () { setOpen(false); });

  // Print every finding whole: closed details would print as their summary line only.
  var closedBeforePrint = [];
  window.addEventListener('beforeprint', function () {
    closedBeforePrint = all('details:not([open])');
    closedBeforePrint.forEach(function (details) { details.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closedBeforePrint.forEach(function (details) { details.open = false; });
    closedBeforePrint = [];
  });
})();
`;

;// CONCATENATED MODULE: ./src/renderers/html/page-style.ts
// The page's one stylesheet, inlined (the Content-Security-Policy allows it by hash): light and
// dark from prefers-color-scheme or the theme button, and print. Text colours meet WCAG AA
// contrast (4.5:1) on their backgrounds in both themes; the browser tests check it with axe-core.
const LIGHT = `
  --bg: #f5f6f8; --surface: #ffffff; --surface-2: #f6f8fa; --text: #1b1f24; --muted: #57606a; --border: #d0d7de;
  --accent: #0a5cc2; --accent-soft: rgba(10, 92, 194, 0.12); --band: rgba(26, 127, 55, 0.16); --band-line: #1a7f37;
  --start: #c0222c; --code-bg: #eef1f4;
  --critical: #a4161a; --critical-bg: #fde8e8; --high: #9a3412; --high-bg: #ffedd5; --medium: #6f5300; --medium-bg: #fff3c4;
  --low: #0b5cad; --low-bg: #e2efff; --info: #4f5862; --info-bg: #eceff2;
  --failing: #a4161a; --failing-bg: #fde8e8; --degraded: #6f5300; --degraded-bg: #fff3c4; --healthy: #116329; --healthy-bg: #dcf5e3;
  --unknown: #6639ba; --unknown-bg: #efe7fd;
  color-scheme: light;`;
const DARK = `
  --bg: #0d1117; --surface: #161b22; --surface-2: #1c2129; --text: #e6edf3; --muted: #9da7b3; --border: #30363d;
  --accent: #58a6ff; --accent-soft: rgba(88, 166, 255, 0.16); --band: rgba(63, 185, 80, 0.18); --band-line: #3fb950;
  --start: #ff7b72; --code-bg: #232a33;
  --critical: #ff9b93; --critical-bg: #3d1416; --high: #ffb37c; --high-bg: #3a200e; --medium: #f0cb5c; --medium-bg: #332a0b;
  --low: #84beff; --low-bg: #0f2440; --info: #b7c0ca; --info-bg: #262c33;
  --failing: #ff9b93; --failing-bg: #3d1416; --degraded: #f0cb5c; --degraded-bg: #332a0b; --healthy: #6fdd8b; --healthy-bg: #0f2e1a;
  --unknown: #d2b8ff; --unknown-bg: #2a1d45;
  color-scheme: dark;`;
const PAGE_STYLE = `
:root {${LIGHT} }
@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) {${DARK} } }
:root[data-theme="dark"] {${DARK} }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 20px 48px; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h2 { font-size: 20px; margin: 36px 0 12px; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 20px 0 8px; }
a { color: var(--accent); }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
code { background: var(--code-bg); border-radius: 4px; padding: 1px 5px; overflow-wrap: anywhere; }
pre { background: var(--code-bg); border-radius: 6px; padding: 10px 12px; margin: 6px 0 0; overflow: auto; max-height: 420px; white-space: pre; tab-size: 4; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 4px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
[hidden] { display: none !important; }
.muted { color: var(--muted); }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: 10px; }

/* Header: the verdict first. */
.top { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin-bottom: 12px; }
.brand { font-weight: 600; color: var(--muted); letter-spacing: 0.02em; }
.verdict-card { padding: 20px 22px; border-left: 6px solid var(--verdict); }
.verdict-card.failing { --verdict: var(--failing); --verdict-bg: var(--failing-bg); }
.verdict-card.degraded { --verdict: var(--degraded); --verdict-bg: var(--degraded-bg); }
.verdict-card.healthy { --verdict: var(--healthy); --verdict-bg: var(--healthy-bg); }
.verdict-card.empty, .verdict-card.unchecked, .verdict-card.inconclusive { --verdict: var(--unknown); --verdict-bg: var(--unknown-bg); }
.verdict-card h1 { font-size: 26px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; }
.verdict { display: inline-block; color: var(--verdict); background: var(--verdict-bg); border-radius: 6px; padding: 2px 10px; font-size: 22px; text-transform: uppercase; letter-spacing: 0.04em; }
.scope-line { margin: 8px 0 0; color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 16px 0 0; }
.counts li { border-radius: 8px; padding: 6px 12px; min-width: 88px; background: var(--sev-bg); color: var(--sev); }
.counts .n { display: block; font-size: 22px; font-weight: 700; line-height: 1.1; }
.counts .zero { background: var(--surface-2); color: var(--muted); }
.notes { margin: 14px 0 0; padding-left: 18px; }
.cut { margin: 0 0 14px; padding: 10px 14px; border-radius: 8px; background: var(--medium-bg); color: var(--medium); border: 1px solid var(--border); }
.sev-critical { --sev: var(--critical); --sev-bg: var(--critical-bg); }
.sev-high { --sev: var(--high); --sev-bg: var(--high-bg); }
.sev-medium { --sev: var(--medium); --sev-bg: var(--medium-bg); }
.sev-low { --sev: var(--low); --sev-bg: var(--low-bg); }
.sev-info { --sev: var(--info); --sev-bg: var(--info-bg); }
.sev-ok { --sev: var(--healthy); --sev-bg: var(--healthy-bg); }
.badge { display: inline-block; justify-self: start; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600; color: var(--sev); background: var(--sev-bg); white-space: nowrap; text-transform: capitalize; }

/* Controls. */
button, select { font: inherit; color: var(--text); background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 4px 10px; cursor: pointer; }
button:hover, select:hover { border-color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; align-items: end; gap: 12px 20px; padding: 12px 16px; margin: 20px 0 0; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.filters legend, .filters label.field { font-size: 12px; color: var(--muted); font-weight: 600; }
.filters legend { float: left; margin-right: 6px; padding: 0; }
.filters label.field { display: flex; flex-direction: column; gap: 2px; }
.chip { display: inline-flex; align-items: center; gap: 5px; border-radius: 999px; padding: 2px 10px 2px 6px; background: var(--sev-bg); color: var(--sev); font-weight: 600; font-size: 12.5px; cursor: pointer; }
.chip input { margin: 0; accent-color: var(--sev); }
.filter-status { margin-left: auto; color: var(--muted); font-size: 13px; }
.toolbar { display: flex; gap: 8px; justify-content: flex-end; margin: -4px 0 6px; }

/* Findings. */
.finding { margin: 0 0 10px; border-left: 4px solid var(--sev); overflow: hidden; }
.finding > details > summary { list-style: none; cursor: pointer; padding: 12px 16px; display: grid; grid-template-columns: auto 1fr auto; gap: 4px 12px; align-items: baseline; }
.finding > details > summary::-webkit-details-marker { display: none; }
.finding > details > summary::before { content: "\\25B8"; color: var(--muted); grid-row: 1; grid-column: 1; display: none; }
.finding > details > summary:hover .title { text-decoration: underline; text-decoration-color: var(--border); }
.finding .title { font-weight: 600; font-size: 15px; overflow-wrap: anywhere; }
.finding .where { grid-column: 2 / 4; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.finding .since { color: var(--muted); font-size: 13px; white-space: nowrap; text-align: right; }
.finding .toggle-hint { grid-column: 1; grid-row: 2; font-size: 12px; color: var(--muted); }
.finding .toggle-hint::before { content: "Show details"; }
.finding details[open] .toggle-hint::before { content: "Hide details"; }
.finding .body { padding: 4px 16px 16px; border-top: 1px solid var(--border); }
.facts { display: grid; grid-template-columns: minmax(160px, max-content) 1fr; gap: 4px 16px; margin: 12px 0 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.next { margin: 12px 0 0; padding: 8px 12px; background: var(--accent-soft); border-radius: 6px; overflow-wrap: anywhere; }
.next code { background: var(--surface); }
figure { margin: 14px 0 0; }
figcaption { font-size: 12.5px; color: var(--muted); margin: 0 0 4px; }
.legend-band, .legend-start { display: inline-block; width: 14px; height: 10px; vertical-align: -1px; margin: 0 4px 0 10px; border-radius: 2px; }
.legend-band { background: var(--band); border: 1px solid var(--band-line); }
.legend-start { border-left: 2px dashed var(--start); width: 2px; border-radius: 0; }
svg.chart { display: block; width: 100%; height: auto; background: var(--surface-2); border-radius: 6px; }
svg.chart .grid { stroke: var(--border); stroke-width: 1; }
svg.chart .axis, svg.chart .tick-mark { stroke: var(--muted); stroke-width: 1; }
svg.chart .tick { fill: var(--muted); font-size: 11px; font-family: inherit; }
svg.chart .line { fill: none; stroke: var(--accent); stroke-width: 1.6; stroke-linejoin: round; }
svg.chart .area { fill: var(--accent-soft); stroke: none; }
svg.chart .bars { fill: var(--accent); }
svg.chart .baseline { fill: var(--band); stroke: var(--band-line); stroke-width: 0.6; stroke-dasharray: 3 3; }
svg.chart .baseline-line { stroke: var(--band-line); stroke-width: 1.5; stroke-dasharray: 5 4; }
svg.chart .start { stroke: var(--start); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.chart .start-label { fill: var(--start); font-size: 11px; font-weight: 600; }
svg.chart .peak { fill: var(--surface); stroke: var(--text); stroke-width: 1.5; }
svg.chart .peak-label { fill: var(--text); font-size: 11px; font-weight: 600; paint-order: stroke; stroke: var(--surface-2); stroke-width: 3px; }
.logs { margin: 14px 0 0; }
svg.compare { display: block; width: 300px; height: auto; }
svg.compare .axis { stroke: var(--border); stroke-width: 2; }
svg.compare .tick { fill: var(--muted); font-size: 11px; }
svg.compare .shift { stroke: var(--muted); stroke-width: 2; }
svg.compare .before, .key-before { fill: var(--surface); stroke: var(--muted); stroke-width: 2; }
svg.compare .after, .key-after { fill: var(--sev); stroke: var(--sev); }
svg.compare .week, .key-week { fill: var(--info-bg); stroke: var(--info); stroke-width: 1.5; }
.tone-ok { --sev: var(--healthy); } .tone-critical { --sev: var(--critical); } .tone-info { --sev: var(--info); }
.key-before, .key-after, .key-week { display: inline-block; width: 10px; height: 10px; border-radius: 50%; border: 2px solid var(--muted); vertical-align: -1px; }
.key-before { background: var(--surface); }
.key-after { background: var(--accent); border-color: var(--accent); }
.key-week { background: var(--info-bg); border-color: var(--info); border-radius: 0; transform: rotate(45deg); width: 9px; height: 9px; }
td.compare-cell { width: 320px; }
.logs h4, .related h4 { margin: 0 0 4px; font-size: 13px; }
.related { margin: 16px 0 0; padding: 10px 12px; border: 1px dashed var(--border); border-radius: 8px; }
.related .related-item { padding: 8px 0; border-top: 1px solid var(--border); }
.related .related-item:first-of-type { border-top: 0; }
.ids { margin: 12px 0 0; font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.empty { padding: 16px; color: var(--muted); }

/* Tables. */
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--border); vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--surface-2); font-size: 12px; color: var(--muted); font-weight: 600; white-space: nowrap; }
th button { border: 0; background: none; padding: 0; color: inherit; font-weight: 600; }
th button::after { content: " \\2195"; opacity: 0.5; }
th[aria-sort="ascending"] button::after { content: " \\2191"; opacity: 1; }
th[aria-sort="descending"] button::after { content: " \\2193"; opacity: 1; }
tbody tr:hover { background: var(--surface-2); }
td.attrs { color: var(--muted); font-size: 12px; max-width: 460px; overflow-wrap: anywhere; }
td.attrs summary { cursor: pointer; }
td.attrs dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0 0; }
td.attrs dt { font-weight: 600; }
td.attrs dd { margin: 0; }
td.type code { white-space: nowrap; }
td.id { overflow-wrap: anywhere; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.section-note { color: var(--muted); margin: 0 0 8px; }
.run-facts { padding: 12px 16px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }

@media (max-width: 700px) {
  .finding > details > summary { grid-template-columns: auto 1fr; }
  .finding .since { grid-column: 2; text-align: left; }
  .facts { grid-template-columns: 1fr; }
}
@media print {
  /* Paper is white: as specific as the dark rules above, and later, so it wins over both. */
  :root, :root:not([data-theme="light"]), :root[data-theme="dark"] {${LIGHT} }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .no-print, .filters, .toolbar, .finding .toggle-hint { display: none !important; }
  .card { border-color: #bbb; }
  .finding.card { border-left-color: var(--sev); }
  .verdict-card.card { border-left-color: var(--verdict); }
  .finding, tr, figure { break-inside: avoid; }
  pre { max-height: none; white-space: pre-wrap; overflow-wrap: anywhere; }
  thead th { position: static; }
  a { color: inherit; }
}
`;

;// CONCATENATED MODULE: ./src/renderers/html/page-shell.ts
// The document around a page's body: one inline stylesheet and one inline script, each allowed by
// its SHA-256 in a Content-Security-Policy that allows nothing else. No request leaves the page
// (default-src 'none'; the favicon is an empty data: URL so the browser does not ask for one), and
// anything a string from AWS might smuggle in could neither run nor load.




const sha256 = (text) => `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
/** The policy in the page's meta tag (frame-ancestors and report-uri only work as HTTP headers). */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    `script-src ${sha256(PAGE_SCRIPT)}`,
    `style-src ${sha256(PAGE_STYLE)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');
function htmlPage(title, body) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="aws-monitor">
<title>${(0,html_text/* escapeHtml */.Z)(title)}</title>
<link rel="icon" href="data:,">
<style>${PAGE_STYLE}</style>
</head>
<body>
${body}
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}


/***/ }),

/***/ 7343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Hn: () => (/* binding */ cell)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6867);
/* harmony import */ var _report_console_links_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3143);
/* harmony import */ var _report_merge_related_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6603);
/* harmony import */ var _report_mutes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1372);
/* harmony import */ var _report_output_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(804);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3802);
// Markdown for $GITHUB_STEP_SUMMARY: the same content as the text report, as tables.






const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };
/** Text as it reads: markdown and HTML characters escaped, every line break a <br>, so it stays in its table cell. */
function cell(text) {
    return text.replace(/[\\`*_~[\]<>&|]/g, '\\$&').replace(/\r\n?|\n/g, '<br>');
}
/** Inside a code span only a table's pipe needs escaping: GFM splits the row before it sees the code. */
function codeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r\n?|\n/g, ' ');
}
/** Prose with `commands` in it: the prose escaped, each command a code span (it holds no backtick). */
function withCode(text) {
    return text
        .split(/(`[^`\n]*`)/)
        .map((part, i) => (i % 2 === 1 ? `\`${codeCell(part.slice(1, -1))}\`` : cell(part)))
        .join('');
}
/** What changed since the baseline, or that nothing was compared; and what the mutes did. */
function changeLine(report) {
    const lines = [];
    if (report.baseline) {
        const open = (0,_report_merge_related_js__WEBPACK_IMPORTED_MODULE_2__/* .allFindings */ .c)(report.findings);
        const n = (change) => open.filter((f) => f.change === change).length;
        lines.push(`Since ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(report.baseline.generatedAt)}: **${n('new')} new**, ${n('ongoing')} ongoing, ${report.resolved?.length ?? 0} resolved${report.failOnNew ? ` · fail-on-new \`${report.failOnNew}\`` : ''}`, '');
    }
    else {
        lines.push(`<sub>No baseline: findings are not marked new or ongoing.${report.failOnNew ? ` fail-on-new \`${report.failOnNew}\` counts every finding as new.` : ''}</sub>`, '');
    }
    const muted = report.muted?.length ?? 0;
    const expired = (report.mutes ?? []).filter((m) => m.state === 'expired').map((m) => cell(m.name));
    const stale = (0,_report_mutes_js__WEBPACK_IMPORTED_MODULE_3__/* .staleMutes */ .QR)(report).map((m) => cell(m.name));
    if (muted > 0 || expired.length > 0 || stale.length > 0) {
        lines.push([
            muted > 0 ? `${muted} muted` : '',
            expired.length > 0 ? `expired mutes: ${expired.join(', ')}` : '',
            stale.length > 0 ? `stale mutes (matched nothing): ${stale.join(', ')}` : '',
        ]
            .filter(Boolean)
            .join(' · '), '');
    }
    return lines;
}
/** Muted findings with the mute's reason, and findings resolved since the baseline, as tables. */
function historyTables(report) {
    const lines = [];
    if (report.muted?.length) {
        lines.push('### Muted', '', '| Severity | Resource | What | Mute | Until | Reason |', '|---|---|---|---|---|---|');
        for (const { finding: f, mute } of report.muted.slice(0, MAX_HISTORY_ROWS)) {
            lines.push(`| ${f.severity} | \`${codeCell(f.resource.type)}\` ${cell(f.resource.id)} | ${cell(f.title)} | ${cell(mute.name)} | ${mute.until} | ${cell(mute.reason)} |`);
        }
        lines.push('');
    }
    if (report.resolved?.length) {
        lines.push('### Resolved', '', '| Severity | Resource | What | Id |', '|---|---|---|---|');
        for (const f of report.resolved.slice(0, MAX_HISTORY_ROWS))
            lines.push(`| ${f.severity} | \`${codeCell(f.resource.type)}\` ${cell(f.resource.id)} | ${cell(f.title)} | \`${codeCell(f.id)}\` |`);
        lines.push('');
    }
    return lines;
}
/** Muted and resolved rows listed at most (the JSON report has them all), so the summary stays bounded. */
const MAX_HISTORY_ROWS = 200;
/** Text linked to the resource's console page when the URL is one (checked: a merged report may come from anywhere). */
function consoleLinked(text, url) {
    const href = url ? (0,_report_console_links_js__WEBPACK_IMPORTED_MODULE_4__/* .linkableConsoleUrl */ .$m)(url) : undefined;
    // `<...>` keeps parentheses in the URL from ending the link; a table's pipe is split before links are read.
    return href ? `[${text}](<${href.replace(/\|/g, '%7C')}>)` : text;
}
/** A fence longer than any run of backticks in the text, so the text cannot close it early. */
function fenced(language, text) {
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}${language}`, text, fence];
}
/** GitHub refuses a step summary over 1 MiB; stay under it with room for the run link. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const CHARTS = 3;
const CHART_POINTS = 48;
function renderMarkdown(given, options) {
    // Control and invisible characters (bidi overrides among them) made visible before escaping;
    // newlines stay, as cell() turns them into <br>.
    const report = (0,_report_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleStrings */ .RI)(given, 'everywhere');
    const verdict = { failing: '❌ Failing', degraded: '⚠️ Degraded', healthy: '✅ Healthy', empty: '⭕ Nothing in scope', unchecked: '❔ Could not check' }[report.status];
    const shown = report.findings.filter((f) => (0,_report_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isAtLeast */ .du)(f.severity, options.minSeverity));
    const head = [
        `## aws-monitor: ${verdict}`,
        '',
        `${report.scopes.length > 1 ? `${report.accounts.length} accounts · ${report.regions.join(', ')} · ${report.scopes.length} scans` : `Account ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeName */ .OK)(report.scopes[0] ?? { account: report.accounts.join(', ') })} · ${report.regions.join(', ')}`} · ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(report.window.from)} → ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(report.window.to)} · ${report.findings.length} findings · fail-on \`${report.failOn}\``,
        '',
        ...(report.statusReason ? [`**${report.status === 'empty' ? 'Nothing was in scope' : 'Nothing could be verified'}:** ${cell(report.statusReason)}`, ''] : []),
        ...changeLine(report),
    ];
    const table = [];
    const charts = [];
    const details = [];
    if (shown.length > 0) {
        // Reports over several accounts or regions say where each finding is.
        const multi = report.scopes.length > 1;
        const where = (f) => {
            const scope = report.scopes.find((s) => s.account === f.resource.account && s.region === f.resource.region);
            return ` ${cell(scope?.accountName ?? f.resource.account ?? '')} ${cell(f.resource.region ?? '')} |`;
        };
        table.push(`| | Severity |${multi ? ' Account, region |' : ''} Resource | What | Since |`, `|---|---|${multi ? '---|' : ''}---|---|---|`);
        for (const f of shown) {
            table.push(`| ${ICON[f.severity]} | ${f.severity} |${multi ? where(f) : ''} \`${codeCell(f.resource.type)}\` ${consoleLinked(cell(f.resource.id), f.consoleUrl)} | ${f.change === 'new' ? '**new** ' : ''}${cell(f.title)}${f.related?.length ? ` (+${f.related.length} related)` : ''} | ${f.since ? (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(f.since) : ''} |`);
        }
        table.push('');
        // The worst findings that carry a series, drawn: findings are already ordered worst first.
        for (const f of shown.filter((x) => x.series && x.series.values.some((v) => v !== null)).slice(0, CHARTS))
            charts.push(...chart(f), ''); // at most CHARTS x CHART_POINTS lines
        details.push('<details><summary>Evidence and next steps</summary>', '');
        for (const f of shown) {
            details.push(`**${cell(f.resource.id)}**: ${cell(f.title)}`, '');
            for (const e of f.evidence)
                details.push(`- ${cell(e.label)}: ${cell(e.value)}`);
            if (f.since)
                details.push(`- since: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(f.since)}`);
            if (f.nextStep)
                details.push(`- next: ${withCode(f.nextStep)}`);
            if (f.logs)
                details.push(`- log group: \`${codeCell(f.logs.logGroup)}\``);
            details.push(`- id: \`${codeCell(f.id)}\``);
            if (f.consoleUrl)
                details.push(`- console: ${consoleLinked('open in the AWS console', f.consoleUrl)}`);
            if (f.related?.length) {
                details.push(`- same cause, also found:`);
                for (const r of f.related) {
                    const where = r.resource.type === f.resource.type && r.resource.id === f.resource.id ? '' : `\`${codeCell(r.resource.type)}\` ${cell(r.resource.id)}: `;
                    details.push(`  - ${r.severity}: ${where}${cell(r.title)}${r.since ? ` (since ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(r.since)})` : ''} · id \`${codeCell(r.id)}\``);
                }
            }
            if (f.logs?.example)
                details.push('', ...fenced('text', f.logs.example));
            details.push('');
        }
        details.push('</details>', '');
    }
    else {
        table.push(report.findings.length === 0 ? 'No findings.' : `No findings at or above ${options.minSeverity}.`, '');
    }
    const hidden = report.findings.length - shown.length;
    if (hidden > 0)
        table.push(`<sub>${hidden} finding${hidden === 1 ? '' : 's'} below ${options.minSeverity} not listed; the JSON report has them.</sub>`, '');
    const coverage = [...historyTables(report)];
    if (report.coverage.length > 0) {
        coverage.push('### Coverage gaps', '', '| Not checked | API | Why |', '|---|---|---|');
        for (const g of report.coverage)
            coverage.push(`| ${cell(g.scope)} | ${g.iamAction ?? g.operation} | ${cell(g.reason)} |`);
        coverage.push('');
    }
    const logs = report.logs
        ? ` · logs: ${report.logs.sources} sources via ${report.logs.engine === 'insights' ? 'Logs Insights' : 'FilterLogEvents'}, ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .megabytes */ .ix)(report.logs.bytesScanned)} scanned`
        : '';
    const foot = [
        `<sub>${report.resources.length} resources · ${report.apiCalls.total} AWS API calls${logs} · ${(report.durationMs / 1000).toFixed(1)}s · ${report.tool.name} ${report.tool.version}</sub>`,
        '',
    ];
    // Never fail on size: leave out what matters least (evidence details, then charts, then table
    // rows from the least severe, then coverage) and say so at the top.
    const parts = { table, charts, details, coverage };
    const rows = shown.length;
    // Sizes are kept per part (and per row) so dropping rows one by one stays linear.
    const bytes = (lines) => lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8') + 1, 0);
    const fixed = bytes(head) + bytes(foot) + 300;
    let tableBytes = bytes(parts.table);
    const size = () => fixed + tableBytes + bytes(parts.charts) + bytes(parts.details) + bytes(parts.coverage);
    const dropped = [];
    if (size() > SUMMARY_LIMIT_BYTES) {
        parts.details = [];
        dropped.push('evidence details');
    }
    if (size() > SUMMARY_LIMIT_BYTES) {
        parts.charts = [];
        dropped.push('charts');
    }
    let kept = rows;
    let over = size() - SUMMARY_LIMIT_BYTES;
    while (over > 0 && kept > 0) {
        const [row] = parts.table.splice(2 + kept - 1, 1);
        const saved = Buffer.byteLength(row, 'utf8') + 1;
        tableBytes -= saved;
        over -= saved;
        kept -= 1;
    }
    if (kept < rows)
        dropped.push(`${rows - kept} of ${rows} findings`);
    if (size() > SUMMARY_LIMIT_BYTES) {
        parts.coverage = [];
        dropped.push('coverage gaps');
    }
    const note = dropped.length > 0 ? [`> **Truncated** to fit GitHub's 1 MiB summary limit: ${dropped.join(', ')} left out. The text and JSON reports have everything.`, ''] : [];
    return [...head, ...note, ...parts.table, ...parts.charts, ...parts.details, ...parts.coverage, ...foot].join('\n');
}
/** A Mermaid xychart-beta line chart of a finding's series, at most CHART_POINTS points (each the extreme of its slice). */
function chart(f) {
    const series = f.series;
    const perPoint = Math.max(1, Math.ceil(series.values.length / CHART_POINTS));
    const labels = [];
    const values = [];
    let last = 0;
    const start = Date.parse(series.start);
    const days = series.values.length * series.periodSeconds > 86_400;
    for (let i = 0; i < series.values.length; i += perPoint) {
        const slice = series.values.slice(i, i + perPoint).filter((v) => v !== null && Number.isFinite(v));
        // A gap keeps the last value: Mermaid has no "no data", and a drop to 0 would be a lie.
        const value = slice.length > 0 ? slice.reduce((a, b) => Math.max(a, b)) : last;
        last = value;
        // Plain decimals: Mermaid reads neither 3.2e-7 nor 1e+21.
        values.push(value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 4 }));
        // One label per point: over more than a day the labels need the date, or they repeat and the line folds back.
        const iso = new Date(start + i * series.periodSeconds * 1000).toISOString();
        labels.push(`"${days ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16)}"`);
    }
    const quote = (text) => text.replace(/["\n\r]/g, "'");
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${quote(`${f.resource.id}: ${series.name} (${series.stat})`)}"`,
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "${quote(series.unit)}"`,
        `    line [${values.join(', ')}]`,
        '```',
    ];
}


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ wrap),
/* harmony export */   Ln: () => (/* binding */ span),
/* harmony export */   OK: () => (/* binding */ scopeName),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   iI: () => (/* binding */ pushAll),
/* harmony export */   ix: () => (/* binding */ megabytes)
/* harmony export */ });
/* unused harmony export sparkline */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6867);
/* harmony import */ var _report_merge_related_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6603);
/* harmony import */ var _report_mutes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1372);
/* harmony import */ var _report_output_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(804);
/* harmony import */ var _report_scope_description_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2789);
/* harmony import */ var _services_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8093);
// The primary output: plain text made to be pasted into a ticket or chat, at most 100 columns.






const WIDTH = 100;
function renderText(given, options) {
    const width = options.width ?? WIDTH;
    // Every string from AWS or a log made visible and inert before layout, so widths are true.
    const report = (0,_report_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleStrings */ .RI)(given);
    const out = [];
    for (const section of [
        header(report),
        findingsSection(report, options.minSeverity, width),
        ...historySections(report, width),
        inventorySection(report, width),
        coverageSection(report, width),
    ]) {
        pushAll(out, section);
        out.push('');
    }
    pushAll(out, runSection(report));
    const lines = out.map((line) => line.trimEnd());
    return (options.color ? lines.map(colorLine) : lines).join('\n') + '\n';
}
// ANSI SGR codes (ECMA-48): only for a terminal that asks (the CLI decides), never in a file.
const STYLE = {
    critical: '1;31',
    high: '31',
    medium: '33',
    low: '36',
    info: '2',
    ok: '32',
    FAILING: '1;31',
    DEGRADED: '1;33',
    HEALTHY: '1;32',
    'COULD NOT CHECK': '1;35',
    EMPTY: '1;35',
    heading: '1',
};
/** Appends one by one: spreading a long array into push() overflows the call stack. */
function pushAll(target, lines) {
    for (const line of lines)
        target.push(line);
}
const paint = (text, style) => (style ? `\x1b[${style}m${text}\x1b[0m` : text);
/**
 * Colours the report's own markers after layout, so widths are counted without escape codes.
 * Only lines the renderer writes can match: every line with text from AWS or a log is indented
 * deeper than these patterns allow.
 */
function colorLine(line) {
    return line
        .replace(/^(FAILING|DEGRADED|HEALTHY|COULD NOT CHECK|EMPTY)(?=:)/, (word) => paint(word, STYLE[word]))
        .replace(/^(FINDINGS|MUTED|RESOLVED|INVENTORY|COVERAGE|RUN)$/, (word) => paint(word, STYLE.heading))
        .replace(/^( {0,2}\d+\. )(CRITICAL|HIGH|MEDIUM|LOW|INFO)(?= )/, (_, lead, severity) => lead + paint(severity, STYLE[severity.toLowerCase()]))
        .replace(/^( {4}| {6})(!(critical|high|medium|low|info)|ok)(?= )/, (_, lead, mark, severity) => lead + paint(mark, STYLE[severity ?? 'ok']));
}
function header(report) {
    const counts = severityCounts(report.findings);
    const summary = _report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
    const total = report.findings.length;
    const related = report.findings.reduce((n, f) => n + (f.related?.length ?? 0), 0);
    const verdict = verdictLine(report, total, summary);
    const notChecked = report.scopes.length > 1 ? report.scopes.filter((s) => s.status === 'unchecked').length : 0;
    return [
        report.scopes.length > 1
            ? `aws-monitor report - ${report.accounts.length} account${plural(report.accounts.length)}, ${report.regions.length} region${plural(report.regions.length)} (${report.scopes.length} scans: see RUN)`
            : `aws-monitor report - account ${scopeName(report.scopes[0] ?? { account: report.accounts.join(', ') })} - ${report.regions.join(', ')}`,
        `window ${formatTime(report.window.from)} to ${formatTime(report.window.to)} (${span(report.window.from, report.window.to)})`,
        '',
        ...wrap(verdict, WIDTH, '', '  '),
        ...(notChecked > 0 && report.status !== 'unchecked' ? [`(${notChecked} of ${report.scopes.length} scans could not be checked: see COVERAGE)`] : []),
        ...(related > 0 ? [`(${related} more finding${plural(related)} share${related === 1 ? 's' : ''} a cause and a resource with one above: listed under it as related)`] : []),
        ...(report.coverage.length > 0 ? [`(${report.coverage.length} coverage gap${plural(report.coverage.length)}: some checks could not run, see COVERAGE)`] : []),
        ...historyNotes(report),
    ];
}
/** One line each on what changed since the baseline and what the mutes did, under the verdict. */
function historyNotes(report) {
    const notes = [];
    if (report.baseline) {
        const open = (0,_report_merge_related_js__WEBPACK_IMPORTED_MODULE_3__/* .allFindings */ .c)(report.findings);
        const count = (change) => open.filter((f) => f.change === change).length;
        notes.push(`(since ${formatTime(report.baseline.generatedAt)}: ${count('new')} new, ${count('ongoing')} ongoing, ${report.resolved?.length ?? 0} resolved${report.resolved?.length ? ', see RESOLVED' : ''})`);
    }
    const muted = report.muted?.length ?? 0;
    if (muted > 0)
        notes.push(`(${muted} muted finding${plural(muted)} left out of the verdict and the counts: see MUTED)`);
    const expired = (report.mutes ?? []).filter((m) => m.state === 'expired');
    const stale = (0,_report_mutes_js__WEBPACK_IMPORTED_MODULE_4__/* .staleMutes */ .QR)(report);
    if (expired.length > 0)
        notes.push(`(${expired.length} mute${plural(expired.length)} expired: ${expired.map((m) => m.name).join(', ')}; see MUTED)`);
    if (stale.length > 0)
        notes.push(`(${stale.length} mute${plural(stale.length)} matched nothing (stale): ${stale.map((m) => m.name).join(', ')}; see MUTED)`);
    return notes;
}
/** MUTED (when mutes are configured) and RESOLVED (when compared with a baseline). */
function historySections(report, width) {
    const sections = [];
    if (report.mutes?.length) {
        const lines = ['MUTED'];
        const muted = report.muted ?? [];
        if (muted.length === 0)
            lines.push('  No finding was muted.');
        for (const { finding, mute } of muted.slice(0, MAX_LISTED)) {
            pushAll(lines, wrap(`- ${finding.severity} ${finding.resource.type} ${finding.resource.id}${whereOf(report, finding.resource)}: ${finding.title}`, width, '  ', '    '));
            pushAll(lines, wrap(`muted by ${mute.name} until ${mute.until}: ${mute.reason}`, width, '    ', '      '));
            pushAll(lines, labelled('id', finding.id, '    ', width));
        }
        if (muted.length > MAX_LISTED)
            lines.push(`  ... and ${muted.length - MAX_LISTED} more: see the JSON report`);
        for (const m of report.mutes.filter((x) => x.state === 'expired')) {
            pushAll(lines, wrap(`- expired: mute ${m.name} ended ${m.until}; ${m.matched} finding${plural(m.matched)} it matched ${m.matched === 1 ? 'is' : 'are'} reported again (${m.finding})`, width, '  ', '    '));
        }
        for (const m of (0,_report_mutes_js__WEBPACK_IMPORTED_MODULE_4__/* .staleMutes */ .QR)(report)) {
            pushAll(lines, wrap(`- stale: mute ${m.name} matched no finding (${m.finding}): remove it, or fix its glob`, width, '  ', '    '));
        }
        sections.push(lines);
    }
    if (report.baseline) {
        const lines = ['RESOLVED'];
        const resolved = report.resolved ?? [];
        if (resolved.length === 0)
            lines.push(`  Nothing resolved since ${formatTime(report.baseline.generatedAt)}.`);
        for (const finding of resolved.slice(0, MAX_LISTED)) {
            pushAll(lines, wrap(`- ${finding.severity} ${finding.resource.type} ${finding.resource.id}${whereOf(report, finding.resource)}: ${finding.title}`, width, '  ', '    '));
            pushAll(lines, labelled('id', finding.id, '    ', width));
        }
        if (resolved.length > MAX_LISTED)
            lines.push(`  ... and ${resolved.length - MAX_LISTED} more: see the JSON report`);
        sections.push(lines);
    }
    return sections;
}
function verdictLine(report, total, summary) {
    switch (report.status) {
        case 'unchecked':
            return `COULD NOT CHECK: ${report.statusReason ?? 'see COVERAGE'}`;
        case 'empty':
            return `EMPTY: nothing in scope: ${report.statusReason ?? 'no resources found'}`;
        case 'failing':
            return report.failOnNew
                ? `FAILING: ${total} finding${plural(total)} (${summary}); fail-on-new is ${report.failOnNew}${report.baseline ? '' : ' (no baseline: every finding is new)'}`
                : `FAILING: ${total} finding${plural(total)} (${summary}); fail-on is ${report.failOn}`;
        case 'degraded':
            return report.failOnNew
                ? `DEGRADED: ${total} finding${plural(total)} (${summary}), none new at fail-on-new ${report.failOnNew}`
                : `DEGRADED: ${total} finding${plural(total)} (${summary}), none at fail-on ${report.failOn}`;
        case 'healthy':
            return total > 0 ? `HEALTHY: only informational notes (${summary})` : 'HEALTHY: no findings';
    }
}
function findingsSection(report, minSeverity, width) {
    const shown = report.findings.filter((f) => (0,_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isAtLeast */ .du)(f.severity, minSeverity));
    const hidden = report.findings.length - shown.length;
    // Info findings are facts, not problems: one item each after the problems, so they never crowd them.
    const problems = shown.filter((f) => f.severity !== 'info');
    const notes = shown.filter((f) => f.severity === 'info');
    const lines = ['FINDINGS'];
    if (shown.length === 0)
        lines.push(report.findings.length === 0 ? '  None.' : '  None at or above ' + minSeverity + '.');
    // The report is bounded in size whatever the scan found: the worst come first, the JSON has all.
    problems.slice(0, MAX_LISTED).forEach((finding, index) => pushAll(lines, findingBlock(finding, index + 1, report.generatedAt, width, whereOf(report, finding.resource))));
    if (problems.length > MAX_LISTED)
        lines.push(`  ... and ${problems.length - MAX_LISTED} more findings, less severe: see the JSON report`);
    if (notes.length > 0) {
        lines.push(`  Notes (info, ${notes.length}):`);
        // One line per note; a kind noted on many resources is one line naming them all.
        const byKind = new Map();
        for (const note of notes) {
            const group = byKind.get(note.kind);
            if (group)
                group.push(note);
            else
                byKind.set(note.kind, [note]);
        }
        let listed = 0;
        for (const group of byKind.values()) {
            if (listed++ >= MAX_LISTED) {
                lines.push(`    ... and more notes: see the JSON report`);
                break;
            }
            const [first] = group;
            if (group.length >= NOTES_GROUPED_FROM) {
                const others = group.slice(1).map((n) => n.resource.id);
                const named = others.length > NOTES_NAMED ? `${others.slice(0, NOTES_NAMED).join(', ')} and ${others.length - NOTES_NAMED} more` : others.join(', ');
                pushAll(lines, wrap(`- ${first.resource.type} ${first.resource.id}: ${first.title}; the same on ${others.length} more: ${named}`, width, '    ', '      '));
                // The ids differ only by the resource id when they follow the plain pattern; else the JSON has them.
                const plain = group.every((n) => n.id === `${n.kind}:${n.resource.type}:${n.resource.id}`);
                lines.push(plain ? `      ids: ${first.kind}:${first.resource.type}:<resource id>` : `      ids: ${first.id} and ${others.length} more (see the JSON report)`);
                continue;
            }
            for (const note of group) {
                pushAll(lines, wrap(`- ${note.resource.type} ${note.resource.id}${whereOf(report, note.resource)}: ${note.title}${note.evidence[0] ? ` (${note.evidence[0].value})` : ''}`, width, '    ', '      '));
                pushAll(lines, referenceLines(note, '      ', width));
            }
        }
    }
    if (hidden > 0)
        lines.push(`  (${hidden} finding${plural(hidden)} below ${minSeverity} not shown)`);
    return lines;
}
function findingBlock(finding, n, now, width, where = '') {
    const lead = `${String(n).padStart(3)}. ${finding.severity.toUpperCase().padEnd(8)} `;
    const indent = ' '.repeat(lead.length);
    const lines = [`${lead}${finding.resource.type} ${finding.resource.id}${where}`];
    pushAll(lines, wrap(finding.title, width, indent));
    if (finding.change)
        lines.push(`${indent}  ${finding.change === 'new' ? 'NEW since the baseline' : `ongoing, first seen ${formatTime(finding.firstSeen ?? now)}`}`);
    for (const item of finding.evidence)
        pushAll(lines, wrap(`${item.label}: ${item.value}`, width, indent + '  ', indent + '    '));
    if (finding.series) {
        const bars = Math.min(SPARKLINE_WIDTH, width - indent.length - 4);
        lines.push(`${indent}  ${sparklineLabel(finding.series, bars)}:`, `${indent}    ${sparkline(finding.series.values, bars)}`);
    }
    if (finding.since)
        lines.push(`${indent}  since ${formatTime(finding.since)} (${span(finding.since, now)} ago)`);
    if (finding.logs)
        pushAll(lines, logLines(finding.logs, indent, width));
    if (finding.related?.length)
        pushAll(lines, relatedLines(finding, now, indent, width));
    if (finding.nextStep)
        pushAll(lines, wrap(`next: ${finding.nextStep}`, width, indent + '  ', indent + '        '));
    pushAll(lines, referenceLines(finding, indent + '  ', width));
    return lines;
}
/** The id mutes and baselines match, and the console page: never wrapped, so both paste whole. */
function referenceLines(finding, indent, width) {
    return [...labelled('id', finding.id, indent, width), ...(finding.consoleUrl ? labelled('console', finding.consoleUrl, indent, width) : [])];
}
/** `label: value` on one line, or the value alone on the next when too long: one token to copy or click. */
function labelled(label, value, indent, width) {
    const inline = `${indent}${label}: ${value}`;
    return inline.length <= width ? [inline] : [`${indent}${label}:`, `${indent}  ${value}`];
}
/** Findings merged into this one (same cause, same resource): one item each, worst first. */
function relatedLines(finding, now, indent, width) {
    const related = finding.related;
    const lines = [`${indent}  same cause, also found (${related.length}):`];
    for (const r of related) {
        const where = r.resource.type === finding.resource.type && r.resource.id === finding.resource.id ? '' : `${r.resource.type} ${r.resource.id}: `;
        const since = r.since ? `; since ${r.since.slice(0, 10) === now.slice(0, 10) ? formatTime(r.since).slice(11) : formatTime(r.since)}` : '';
        pushAll(lines, wrap(`- ${r.severity}: ${where}${r.title}${since}`, width, `${indent}    `, `${indent}      `));
        pushAll(lines, labelled('id', r.id, `${indent}      `, width));
    }
    return lines;
}
const EXAMPLE_LINES = 8;
/** Findings, notes and coverage gaps listed at most; the rest are counted (the JSON report has them all). */
const MAX_LISTED = 200;
const NOTES_GROUPED_FROM = 3;
const NOTES_NAMED = 8;
/** Where the lines are and one example, as logged (already redacted), cut to the width rather than wrapped. */
function logLines(logs, indent, width) {
    const lines = [`${indent}  log group: ${logs.logGroup}${logs.sampled ? ' (counts from a sample of the matching events)' : ''}`];
    if (!logs.example)
        return lines;
    lines.push(`${indent}  example:`);
    const room = Math.max(20, width - indent.length - 4);
    const example = logs.example.split('\n');
    for (const line of example.slice(0, EXAMPLE_LINES)) {
        // Control characters are already visible escapes (renderText); a tab would break the indent.
        const flat = line.replace(/\t/g, '    ');
        lines.push(`${indent}    ${flat.length > room ? `${flat.slice(0, room - 1)}…` : flat}`);
    }
    if (example.length > EXAMPLE_LINES)
        lines.push(`${indent}    ... ${example.length - EXAMPLE_LINES} more lines`);
    return lines;
}
const MAX_ROWS_PER_SERVICE = 25;
function inventorySection(report, width) {
    const lines = ['INVENTORY'];
    if (report.resources.length === 0) {
        const left = report.scopes.flatMap((s) => (s.filtered ?? []).map((f) => `${report.scopes.length > 1 ? `${scopeName(s)} ${s.region}: ` : ''}${(0,_report_scope_description_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFiltered */ .h)(f)}`));
        return [...lines, '  No resources found in scope.', ...left.flatMap((text) => wrap(`(${text})`, width, '  ', '   '))];
    }
    const multi = report.scopes.length > 1;
    const key = (r) => (multi ? `${r.account ?? ''}|${r.region ?? ''}|${r.type}|${r.id}` : `${r.type}|${r.id}`);
    const findingsByResource = new Map();
    for (const f of (0,_report_merge_related_js__WEBPACK_IMPORTED_MODULE_3__/* .allFindings */ .c)(report.findings)) {
        const worst = findingsByResource.get(key(f.resource));
        if (!worst || (0,_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isAtLeast */ .du)(f.severity, worst))
            findingsByResource.set(key(f.resource), f.severity);
    }
    const idWidth = Math.min(48, report.resources.reduce((n, r) => Math.max(n, r.id.length), 0));
    // One block per account and region when there are several, so each can be read on its own.
    const scopes = report.scopes.length > 1 ? report.scopes : [undefined];
    for (const scope of scopes) {
        const inScope = scope ? report.resources.filter((r) => r.account === scope.account && r.region === scope.region) : report.resources;
        if (scope)
            lines.push(`  ${scopeName(scope)} ${scope.region}:${inScope.length === 0 ? ' no resources found in scope' : ''}`);
        const indent = scope ? '  ' : '';
        const filtered = (scope ?? report.scopes[0])?.filtered ?? [];
        const byService = new Map();
        for (const r of inScope) {
            const service = r.type.split(':')[0];
            byService.set(service, [...(byService.get(service) ?? []), r]);
        }
        // A service whose every resource a filter left out still gets its line, saying so.
        for (const f of filtered)
            if (!byService.has(f.type.split(':')[0]))
                byService.set(f.type.split(':')[0], []);
        for (const [service, resources] of byService) {
            const withFindings = resources.filter((r) => findingsByResource.has(key(r)));
            const left = filtered.filter((f) => f.type.startsWith(`${service}:`)).map((f) => `; ${(0,_report_scope_description_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFiltered */ .h)(f)}`);
            pushAll(lines, wrap(`${(0,_services_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryTitle */ .dd)(service)}: ${resources.length ? countByType(resources) : 'none in scope'}${withFindings.length ? `, ${withFindings.length} with findings` : ''}${left.join('')}`, width, `${indent}  `, `${indent}    `));
            // Resources with findings first, then the rest, so a long inventory still shows what matters.
            const ordered = [...withFindings, ...resources.filter((r) => !withFindings.includes(r))];
            for (const r of ordered.slice(0, MAX_ROWS_PER_SERVICE)) {
                const worst = findingsByResource.get(key(r));
                const mark = worst ? `!${worst}` : 'ok';
                const row = `${indent}    ${mark.padEnd(10)}${r.id.padEnd(idWidth)}  ${[r.status, summary(r, report.generatedAt)].filter(Boolean).join('  ')}`;
                lines.push(row.length > width ? row.slice(0, width - 3) + '...' : row);
            }
            if (ordered.length > MAX_ROWS_PER_SERVICE)
                lines.push(`${indent}    ... and ${ordered.length - MAX_ROWS_PER_SERVICE} more without findings (see the JSON report)`);
        }
    }
    return lines;
}
function summary(r, now) {
    return (0,_services_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceTypeSpec */ .I4)(r.type)?.summary?.(r, { now, time: formatTime, span, plural }) ?? '';
}
function countByType(resources) {
    const counts = new Map();
    for (const r of resources)
        counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    return [...counts].map(([type, n]) => `${n} ${type.split(':')[1]}${plural(n)}`).join(', ');
}
function coverageSection(report, width) {
    const lines = ['COVERAGE'];
    if (report.coverage.length === 0)
        return [...lines, '  Every enabled check ran.'];
    for (const gap of report.coverage.slice(0, MAX_LISTED)) {
        pushAll(lines, wrap(`- not checked: ${gap.scope} (${gap.service} ${gap.operation})${whereOf(report, gap)}`, width, '  ', '    '));
        pushAll(lines, wrap(`why: ${gap.reason}`, width, '    ', '      '));
    }
    if (report.coverage.length > MAX_LISTED)
        lines.push(`  ... and ${report.coverage.length - MAX_LISTED} more: see the JSON report`);
    return lines;
}
/** An account as a reader knows it: its configured name with the id, or the id. */
function scopeName(scope) {
    return scope.accountName ? `${scope.accountName} (${scope.account})` : scope.account;
}
/** Where a resource lives, for reports covering more than one account or region. */
function whereOf(report, ref) {
    if (report.scopes.length <= 1)
        return '';
    const scope = report.scopes.find((s) => s.account === ref.account && s.region === ref.region);
    return ` [${scope?.accountName ?? ref.account ?? '?'} ${ref.region ?? '?'}]`;
}
function runSection(report) {
    const retries = report.apiCalls.requests - report.apiCalls.total;
    const scopes = report.scopes.length > 1
        ? report.scopes.map((s) => {
            const resources = report.resources.filter((r) => r.account === s.account && r.region === s.region).length;
            return `  - ${scopeName(s)} ${s.region}: ${resources} resources, ${s.apiCalls} API calls, ${(s.durationMs / 1000).toFixed(1)}s, to ${formatTime(s.window.to)}`;
        })
        : [];
    return [
        'RUN',
        `  ${report.tool.name} ${report.tool.version}, generated ${formatTime(report.generatedAt)} in ${(report.durationMs / 1000).toFixed(1)}s`,
        `  AWS API calls: ${report.apiCalls.total}${retries > 0 ? ` (+${retries} retries)` : ''}; ${report.resources.length} resources`,
        ...(report.scopes.length === 1 && report.scopes[0].regionSource ? [`  Region ${report.scopes[0].region}: ${(0,_report_scope_description_js__WEBPACK_IMPORTED_MODULE_5__/* .describeRegionSource */ .$)(report.scopes[0].regionSource)}`] : []),
        ...(scopes.length > 0 ? [`  Scans (account, region):`, ...scopes] : []),
        report.baseline
            ? `  Compared with: ${report.baseline.source} (${formatTime(report.baseline.generatedAt)})`
            : '  Compared with: no baseline, so findings are not marked new or ongoing (--baseline PREVIOUS.json)',
        ...(report.logs
            ? [
                `  Logs: ${report.logs.sources} source${plural(report.logs.sources)} read with ${{ insights: 'Logs Insights', filter: 'FilterLogEvents', mixed: 'Logs Insights and FilterLogEvents' }[report.logs.engine]}, ${megabytes(report.logs.bytesScanned)} scanned (expected ${megabytes(report.logs.expectedBytes)})${report.logs.skipped > 0 ? `; ${report.logs.skipped} left out by the scan budget` : ''}`,
            ]
            : []),
    ];
}
/** Bytes as MiB or GiB, for the run facts. */
function megabytes(bytes) {
    const mb = bytes / 1_048_576;
    return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GiB` : mb >= 10 ? `${Math.round(mb)} MiB` : `${mb.toFixed(mb >= 1 ? 1 : 2)} MiB`;
}
function severityCounts(findings) {
    const counts = Object.fromEntries(_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/**
 * Words to lines of at most `width` columns. A token is never split: a word longer than the room
 * left moves to the next line, and one longer than a whole line stands on a line of its own, past
 * the width, so an ARN or a URL pasted from the report still works. A `code span` (a command a
 * finding suggests) is one token, spaces and all: a command broken over two lines runs half of it.
 */
function wrap(text, width, firstIndent, restIndent = firstIndent) {
    const lines = [];
    let current = firstIndent;
    let empty = true;
    for (const token of tokens(text)) {
        if (!empty && current.length + 1 + token.length > width) {
            lines.push(current);
            current = restIndent;
            empty = true;
        }
        current += (empty ? '' : ' ') + token;
        empty = false;
    }
    if (!empty)
        lines.push(current);
    return lines;
}
/** Whitespace-separated words, except that a `code span` with what is glued to it is one token. */
function tokens(text) {
    return [...text.matchAll(/[^\s`]*`[^`\n]*`\S*|\S+/g)].map((m) => m[0].replace(/\s+/g, ' '));
}
function formatTime(iso) {
    return iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
}
/** Minutes between two ISO times as "2h 56m" ("3d 4h" past a day). */
function span(fromIso, toIso) {
    const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const mins = minutes % 60;
    if (days > 0)
        return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
    if (hours > 0)
        return mins > 0 ? `${hours}h ${mins}m` : `${hours}h`;
    return `${mins}m`;
}
function plural(n) {
    return n === 1 ? '' : 's';
}
const SPARKLINE_WIDTH = 60;
const BARS = '▁▂▃▄▅▆▇█';
function sparklineLabel(series, bars) {
    const perBar = Math.max(1, Math.ceil(series.values.length / bars));
    const minutes = (series.periodSeconds * perBar) / 60;
    const per = minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
    if (series.namespace === 'CloudWatch Logs')
        return `${series.name}, count per ${per}`;
    return `${series.name} ${series.stat}, ${per} per bar`;
}
/** The series in at most `width` bars, each the extreme of the points it covers, so spikes survive. */
function sparkline(values, width) {
    const perBar = Math.max(1, Math.ceil(values.length / width));
    const bars = [];
    for (let i = 0; i < values.length; i += perBar) {
        const slice = values.slice(i, i + perBar).filter((v) => v !== null);
        bars.push(slice.length ? slice.reduce((a, b) => Math.max(a, b)) : null);
    }
    const present = bars.filter((v) => v !== null);
    if (present.length === 0)
        return '';
    const low = present.reduce((a, b) => Math.min(a, b));
    const high = present.reduce((a, b) => Math.max(a, b));
    return bars.map((v) => (v === null ? ' ' : BARS[high === low ? 0 : Math.round(((v - low) / (high - low)) * (BARS.length - 1))])).join('');
}


/***/ }),

/***/ 3143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ linkableConsoleUrl),
/* harmony export */   B9: () => (/* binding */ consoleUrl)
/* harmony export */ });
/* unused harmony exports PARTITIONS, partitionOf, consoleHost */
// The AWS console page of a finding's resource: a pure function of the resource reference, its
// region and its partition, so every output (text, markdown, HTML, JSON `consoleUrl`) links to the
// same page. Paths follow the console's own deep links as of 2026 (the URL a browser shows on the
// page); a resource without what its page needs (no ARN for a WAF ACL) gets the service's list page.
const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];
/** The partition of a resource: its ARN's second field, else its region's prefix (cn-*, us-gov-*). */
function partitionOf(ref) {
    const fromArn = ref.arn?.split(':')[1];
    if (fromArn && PARTITIONS.includes(fromArn))
        return fromArn;
    if (ref.region?.startsWith('cn-'))
        return 'aws-cn';
    if (ref.region?.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
/** The console's host for a region: regional hosts in the commercial partition, one host elsewhere. */
function consoleHost(region, partition) {
    switch (partition) {
        case 'aws-cn':
            return 'console.amazonaws.cn';
        case 'aws-us-gov':
            return 'console.amazonaws-us-gov.com';
        case 'aws':
            return `${region}.console.aws.amazon.com`;
    }
}
const part = (text) => encodeURIComponent(text);
/**
 * The CloudWatch console's log group deep link encodes a name twice and writes `%` as `$`
 * (`/aws/ecs/web` -> `$252Faws$252Fecs$252Fweb`).
 */
function logGroupFragment(name) {
    return encodeURIComponent(encodeURIComponent(name)).replace(/%/g, '$');
}
/** The path and query (after the host) of the resource's console page, in `region`. */
function consolePath(ref, region) {
    const r = part(region);
    switch (ref.type) {
        case 'ecs:cluster':
            return `/ecs/v2/clusters/${part(ref.id)}/services?region=${r}`;
        case 'ecs:service': {
            // Our id for a service is cluster/name.
            const slash = ref.id.indexOf('/');
            const [cluster, service] = slash === -1 ? ['default', ref.id] : [ref.id.slice(0, slash), ref.id.slice(slash + 1)];
            return `/ecs/v2/clusters/${part(cluster)}/services/${part(service)}/health?region=${r}`;
        }
        case 'rds:instance':
            return `/rds/home?region=${r}#database:id=${part(ref.id)};is-cluster=false`;
        case 'rds:cluster':
            return `/rds/home?region=${r}#database:id=${part(ref.id)};is-cluster=true`;
        case 'opensearch:domain':
            return `/aos/home?region=${r}#opensearch/domains/${part(ref.id)}`;
        case 'cloudformation:stack':
            return `/cloudformation/home?region=${r}#/stacks/stackinfo?stackId=${part(ref.arn ?? ref.id)}`;
        case 'elbv2:load-balancer':
            return ref.arn ? `/ec2/home?region=${r}#LoadBalancer:loadBalancerArn=${part(ref.arn)}` : `/ec2/home?region=${r}#LoadBalancers:search=${part(ref.id)}`;
        case 'elbv2:target-group':
            return ref.arn ? `/ec2/home?region=${r}#TargetGroup:targetGroupArn=${part(ref.arn)}` : `/ec2/home?region=${r}#TargetGroups:search=${part(ref.id)}`;
        case 'dms:task':
            return `/dms/v2/home?region=${r}#taskDetails/${part(ref.id)}`;
        case 'wafv2:web-acl': {
            // arn:aws:wafv2:REGION:ACCOUNT:regional/webacl/NAME/ID: the page needs the name and the id.
            const match = /:(regional|global)\/webacl\/([^/]+)\/([^/]+)$/.exec(ref.arn ?? '');
            return match ? `/wafv2/homev2/web-acl/${part(match[2])}/${part(match[3])}/overview?region=${match[1] === 'global' ? 'global' : r}` : `/wafv2/homev2/web-acls?region=${r}`;
        }
        case 'elasticache:replication-group':
        case 'elasticache:cache-cluster':
            // The console lists caches by engine, but its search finds a cache of any engine by its id.
            return `/elasticache/home?region=${r}#/caches?search=${part(ref.id)}`;
        case 'logs:log-group':
            return `/cloudwatch/home?region=${r}#logsV2:log-groups/log-group/${logGroupFragment(ref.id)}`;
        default:
            // A resource type added without a page here still links somewhere useful: the console's home in its region.
            return `/console/home?region=${r}`;
    }
}
/** The console page of the resource, or undefined when its region is not known. */
function consoleUrl(ref) {
    if (!ref.region)
        return undefined;
    const partition = partitionOf(ref);
    return `https://${consoleHost(ref.region, partition)}${consolePath(ref, ref.region)}`;
}
const CONSOLE_HOSTS = [/^(?:[a-z0-9-]+\.)*console\.aws\.amazon\.com$/, /^(?:[a-z0-9-]+\.)*console\.amazonaws-us-gov\.com$/, /^(?:[a-z0-9-]+\.)*console\.amazonaws\.cn$/];
/**
 * A console URL as an output may link it: https on an AWS console host, no credentials or port,
 * normalised (spaces, quotes and angle brackets percent-encoded); undefined for anything else. A
 * merged or baseline report may come from anywhere, so its links are checked, not trusted.
 */
function linkableConsoleUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port)
        return undefined;
    if (!CONSOLE_HOSTS.some((host) => host.test(parsed.hostname)))
        return undefined;
    return parsed.href;
}


/***/ }),

/***/ 6603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ allFindings),
  M: () => (/* binding */ mergeRelated)
});

;// CONCATENATED MODULE: ./src/services/resource-of.ts
// Narrowing a resource to its registered type, so a detector or renderer reads its attributes
// typed: `isResourceOf(r, 'ecs:service') && r.attributes.targetGroups` compiles, a misspelt key
// does not. Only types come from the registry: this module loads no service.
function isResourceOf(resource, type) {
    return resource.type === type;
}

;// CONCATENATED MODULE: ./src/report/merge-related.ts
// Noise control: one problem, one finding. A service whose error share jumps usually also shows a
// new exception, a 5xx spike on its target group and failing health checks; listing each as its
// own numbered problem buries the next one. Findings with the same cause on the same subject are
// reported as the worst of them, carrying the others whole as `related`.
//
// Conservative on purpose: a wrong merge hides a problem, a missed one only adds a line. So only
// one subject (a resource, or a target group that exactly one ECS service registers into) and one
// cause; running out of two different things (CPU and storage) stays two findings, and findings
// without a cause (a missing standby, logging turned off: each its own fix) are never merged.

/** The resource a finding is about, for merging: a target group counts as the one service behind it. */
function subjectsByResource(resources) {
    const servicesByGroup = new Map();
    for (const r of resources) {
        if (!isResourceOf(r, 'ecs:service'))
            continue;
        for (const group of r.attributes.targetGroups ?? []) {
            servicesByGroup.set(group, [...(servicesByGroup.get(group) ?? []), `ecs:service:${r.id}`]);
        }
    }
    const subjects = new Map();
    for (const [group, services] of servicesByGroup)
        if (services.length === 1)
            subjects.set(`elbv2:target-group:${group}`, services[0]);
    return subjects;
}
function mergeKey(finding, subjects) {
    if (!finding.cause)
        return undefined;
    const resource = `${finding.resource.type}:${finding.resource.id}`;
    const subject = subjects.get(resource) ?? resource;
    // Saturation of different capacities needs different fixes: merge only findings on one metric.
    const what = finding.cause === 'saturation' ? `saturation:${finding.series?.name ?? finding.kind}` : finding.cause;
    return `${subject}\u0000${what}`;
}
/**
 * Merges findings with one cause on one subject into the first of them. `findings` must be ordered
 * worst first (sortFindings), so the one kept is the worst and the order of what is left holds.
 */
function mergeRelated(findings, resources) {
    const subjects = subjectsByResource(resources);
    const groups = new Map();
    const kept = [];
    for (const finding of findings) {
        const key = mergeKey(finding, subjects);
        if (key === undefined) {
            kept.push({ finding });
            continue;
        }
        const group = groups.get(key);
        if (group)
            group.push(finding);
        else {
            groups.set(key, [finding]);
            kept.push({ finding, key });
        }
    }
    return kept.map(({ finding, key }) => {
        const group = key === undefined ? [finding] : groups.get(key);
        if (group.length === 1)
            return finding;
        const [primary, ...others] = group;
        // Already-merged input (a report merged again) is flattened: related findings never nest.
        const related = [...(primary.related ?? []), ...others.flatMap(({ related: inner, ...rest }) => [rest, ...(inner ?? [])])];
        return { ...primary, related };
    });
}
/** Every finding, merged or not: the worst of each group followed by its related ones. */
function allFindings(findings) {
    return findings.flatMap((f) => [f, ...(f.related ?? [])]);
}


/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ applyMutes),
/* harmony export */   QR: () => (/* binding */ staleMutes)
/* harmony export */ });
/* unused harmony exports globMatches, muteExpired */
/* harmony import */ var _merge_related_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6603);
// Mutes: `[mute:NAME]` sections take accepted findings out of the verdict and the counts, until a
// date, and list them apart with the reason. Pure: the report in, the report with its findings
// split out; "today" is the report's own generatedAt, so a report re-rendered later says the same.

/**
 * Whether `text` matches `glob` (`*` any run of characters, `?` one; the rest literal, case
 * ignored). Greedy with one backtrack point, so the time is linear-ish in both, whatever the glob.
 */
function globMatches(glob, text) {
    const g = glob.toLowerCase();
    const t = text.toLowerCase();
    let gi = 0;
    let ti = 0;
    let star = -1;
    let mark = 0;
    while (ti < t.length) {
        if (gi < g.length && (g[gi] === '?' || g[gi] === t[ti])) {
            gi += 1;
            ti += 1;
        }
        else if (gi < g.length && g[gi] === '*') {
            star = gi;
            mark = ti;
            gi += 1;
        }
        else if (star !== -1) {
            gi = star + 1;
            mark += 1;
            ti = mark;
        }
        else {
            return false;
        }
    }
    while (gi < g.length && g[gi] === '*')
        gi += 1;
    return gi === g.length;
}
/** A mute is active through the whole of its `until` day, UTC. */
function muteExpired(mute, now) {
    return now.slice(0, 10) > mute.until;
}
const resourceKey = (ref) => `${ref.account ?? ''}|${ref.region ?? ''}|${ref.type}|${ref.id}`;
function hasTags(resource, tags) {
    return tags.every((tag) => {
        const value = resource?.tags[tag.key];
        return value !== undefined && (tag.value === undefined || value === tag.value);
    });
}
function matches(mute, finding, place) {
    if (!globMatches(mute.finding, finding.id))
        return false;
    const account = finding.resource.account ?? '';
    const accountName = place.accountNames.get(account);
    if (mute.accounts.length > 0 && !mute.accounts.some((glob) => globMatches(glob, account) || (accountName !== undefined && globMatches(glob, accountName))))
        return false;
    if (mute.regions.length > 0 && !mute.regions.some((glob) => globMatches(glob, finding.resource.region ?? '')))
        return false;
    return mute.tags.length === 0 || hasTags(place.resources.get(resourceKey(finding.resource)), mute.tags);
}
/**
 * The report with the findings an active mute matches moved to `muted` (a finding with its
 * related ones; a related finding alone when only it matches), and every mute's outcome in
 * `mutes`. The verdict is left to the caller (finish-report.ts), which recomputes it once. No
 * mutes: the report as it was.
 */
function applyMutes(report, mutes) {
    if (mutes.length === 0)
        return report;
    const active = mutes.filter((m) => !muteExpired(m, report.generatedAt));
    const place = {
        accountNames: new Map(report.scopes.flatMap((s) => (s.accountName ? [[s.account, s.accountName]] : []))),
        resources: new Map(report.resources.map((r) => [resourceKey(r), r])),
    };
    const matched = new Map(mutes.map((m) => [m.name, 0]));
    const muted = [...(report.muted ?? [])];
    const muteOf = (finding) => active.find((m) => matches(m, finding, place));
    const mute = (finding, rule) => {
        matched.set(rule.name, (matched.get(rule.name) ?? 0) + 1);
        muted.push({ finding, mute: { name: rule.name, reason: rule.reason, until: rule.until } });
    };
    const findings = [];
    for (const finding of report.findings) {
        const rule = muteOf(finding);
        if (rule) {
            mute(finding, rule);
            continue;
        }
        if (!finding.related) {
            findings.push(finding);
            continue;
        }
        const kept = [];
        for (const related of finding.related) {
            const relatedRule = muteOf(related);
            if (relatedRule)
                mute(related, relatedRule);
            else
                kept.push(related);
        }
        const { related: _dropped, ...alone } = finding;
        findings.push(kept.length > 0 ? { ...finding, related: kept } : alone);
    }
    // An expired mute counts what it would match now: those findings are back in the verdict.
    const open = (0,_merge_related_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(findings);
    const outcomes = mutes.map((m) => {
        const expired = muteExpired(m, report.generatedAt);
        return {
            name: m.name,
            finding: m.finding,
            reason: m.reason,
            until: m.until,
            state: expired ? 'expired' : 'active',
            matched: expired ? open.filter((f) => matches(m, f, place)).length : (matched.get(m.name) ?? 0),
        };
    });
    return { ...report, findings, muted, mutes: outcomes };
}
/** Mutes that are active and matched nothing: the problem they hid is gone, or the glob is wrong. */
function staleMutes(report) {
    return (report.mutes ?? []).filter((m) => m.state === 'active' && m.matched === 0);
}


/***/ }),

/***/ 6538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ FIELD_CAPS),
/* harmony export */   W: () => (/* binding */ boundFinding),
/* harmony export */   dE: () => (/* binding */ boundGap),
/* harmony export */   nS: () => (/* binding */ boundResource)
/* harmony export */ });
/* harmony import */ var _output_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(804);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9027);
// Every free-text field of a report, redacted and then cut to a byte cap: what AWS says about a
// resource, what a log line says, and what a foreign JSON report given to `merge` says. Redaction
// comes first, so a cap never cuts a secret in half where the rules would no longer see it. The
// caps keep one 250 KB log line from making a multi-megabyte report (or a job summary that drops
// genuine findings to stay under GitHub's limit); each cut says how much it cut.


/** Byte caps per field: enough for any message AWS writes; far less than a hostile log line. */
const FIELD_CAPS = {
    title: 1_024,
    evidenceLabel: 200,
    evidenceValue: 4_096,
    nextStep: 2_048,
    signature: 2_048,
    /** A log example: a stack trace of about a hundred frames. */
    example: 16_384,
    attribute: 4_096,
    /** One item of a list attribute: a log group name is at most 512 bytes. */
    attributeItem: 1_024,
    event: 4_096,
    tag: 1_024,
    gapScope: 1_024,
    gapReason: 2_048,
    id: 1_024,
};
/** Items kept of a list attribute: a service has a handful of target groups or log groups, never hundreds. */
const ATTRIBUTE_LIST_ITEMS = 100;
// Redaction reads a generous head of the text, never megabytes it would cut anyway: a secret that
// reaches into the kept part lies whole inside the head, and is redacted before the cut.
const REDACTION_HEAD = 8;
function safe(text, cap) {
    if (text.length <= cap * REDACTION_HEAD)
        return (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text), cap);
    const head = text.slice(0, cap * REDACTION_HEAD);
    return (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(head), cap, Buffer.byteLength(text, 'utf8') - Buffer.byteLength(head, 'utf8'));
}
/**
 * What AWS says about a resource can carry secrets too: a DMS failure message with a connection
 * string, an ECS event quoting an environment variable, a tag. Every free-text field goes through.
 */
function boundResource(resource) {
    return {
        ...resource,
        id: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)(resource.id, FIELD_CAPS.id),
        name: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)(resource.name, FIELD_CAPS.id),
        attributes: Object.fromEntries(Object.entries(resource.attributes).map(([k, v]) => [k, boundAttribute(v)])),
        // Tags are free text anyone with tagging rights writes: connection strings and keys end up there.
        tags: Object.fromEntries(Object.entries(resource.tags).map(([k, v]) => [(0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)(k, FIELD_CAPS.tag), safe(v, FIELD_CAPS.tag)])),
        ...(resource.events ? { events: resource.events.map((e) => ({ ...e, message: safe(e.message, FIELD_CAPS.event) })) } : {}),
        ...(resource.stoppedTasks ? { stoppedTasks: resource.stoppedTasks.map((t) => ({ ...t, reason: safe(t.reason, FIELD_CAPS.event) })) } : {}),
    };
}
/** A text attribute, or each item of a list, redacted and capped; a longer list ends with an item saying how many were cut. */
function boundAttribute(value) {
    if (typeof value === 'string')
        return safe(value, FIELD_CAPS.attribute);
    if (!Array.isArray(value))
        return value;
    const kept = value.slice(0, ATTRIBUTE_LIST_ITEMS).map((item) => safe(item, FIELD_CAPS.attributeItem));
    return value.length > ATTRIBUTE_LIST_ITEMS ? [...kept, `…[cut ${(value.length - ATTRIBUTE_LIST_ITEMS).toLocaleString('en-US')} items]`] : kept;
}
/** Every free-text field of a finding, related findings included. */
function boundFinding(finding) {
    return {
        ...finding,
        resource: { ...finding.resource, id: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)(finding.resource.id, FIELD_CAPS.id) },
        title: safe(finding.title, FIELD_CAPS.title),
        evidence: finding.evidence.map((e) => ({ label: safe(e.label, FIELD_CAPS.evidenceLabel), value: safe(e.value, FIELD_CAPS.evidenceValue) })),
        ...(finding.nextStep ? { nextStep: safe(finding.nextStep, FIELD_CAPS.nextStep) } : {}),
        ...(finding.logs
            ? {
                logs: {
                    ...finding.logs,
                    ...(finding.logs.signature ? { signature: safe(finding.logs.signature, FIELD_CAPS.signature) } : {}),
                    ...(finding.logs.example ? { example: safe(finding.logs.example, FIELD_CAPS.example) } : {}),
                },
            }
            : {}),
        ...(finding.related ? { related: finding.related.map(boundFinding) } : {}),
    };
}
function boundGap(gap) {
    return { ...gap, scope: safe(gap.scope, FIELD_CAPS.gapScope), reason: safe(gap.reason, FIELD_CAPS.gapReason) };
}


/***/ }),

/***/ 2789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ describeRegionSource),
/* harmony export */   h: () => (/* binding */ describeFiltered)
/* harmony export */ });
// How a scope's limits read in a sentence: what a filter left out, where the region came from.
// Shared by the engine (the reason of an empty scope) and the renderers.
/** "3 of 5 stacks match pp*production". */
function describeFiltered(count) {
    const noun = count.type.split(':')[1].replace(/-/g, ' ');
    return `${count.kept} of ${count.seen} ${noun}${count.seen === 1 ? '' : 's'} match ${count.filter}`;
}
/** "region from env AWS_REGION", or that no setting named one and the default was used. */
function describeRegionSource(source) {
    return source === 'default' ? 'the default region: no --region, AWS_REGION or profile region was set' : `region from ${source}`;
}


/***/ })

};
