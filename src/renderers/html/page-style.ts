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

export const PAGE_STYLE = `
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
