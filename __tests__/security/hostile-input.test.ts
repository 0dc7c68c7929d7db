// Whatever a log writer or a tampered report sends, the report stays whole, inert and bounded
// (issue 16): no crash on size, no terminal escape reaching a terminal, no secret in the gate.

import { buildReport } from '../../src/report/build-report.js';
import { mergeReports } from '../../src/report/merge-reports.js';
import type { Finding, Report } from '../../src/report/model.js';
import { FIELD_CAPS } from '../../src/report/report-bounds.js';
import { renderMarkdown, SUMMARY_LIMIT_BYTES } from '../../src/renderers/markdown.js';
import { renderText } from '../../src/renderers/text.js';
import { renderGate } from '../../src/renderers/gate.js';
import { boundGateReport, type GateReport } from '../../src/gate/gate-report.js';
import { aConfig, aFinding, anEcsService, aReport, NOW } from '../support/builders.js';

const buildParts = () => ({
  version: 'test',
  config: aConfig(),
  account: '123456789012',
  findings: [],
  coverage: [],
  apiCalls: { total: 1, requests: 1, byOperation: [] },
  generatedAt: NOW,
  durationMs: 1,
});
const build = (findings: Finding[]): Report =>
  buildReport({
    version: 'test',
    config: aConfig({ output: { ...aConfig().output, mergeRelated: false } }),
    account: '123456789012',
    resources: [anEcsService()],
    findings,
    coverage: [],
    apiCalls: { total: 1, requests: 1, byOperation: [] },
    generatedAt: NOW,
    durationMs: 1,
  });

/** One FATAL line of about 250 KB: an app that logs a request body in its error does this alone. */
const hugeLine = (n: number) => `FATAL request ${n} failed: ${'{"field":"value"},'.repeat(14_000)}`;

describe('size', () => {
  it('renders 9 groups of 12 distinct 250 KB FATAL lines in bounded text and a summary that keeps every headline', () => {
    const findings = Array.from({ length: 108 }, (_, i) =>
      aFinding({
        id: `log:${i}`,
        kind: 'rds_log_errors',
        title: hugeLine(i),
        evidence: [{ label: 'top', value: hugeLine(i) }],
        logs: { logGroup: `/aws/rds/instance/db-${i % 9}/postgresql`, signature: hugeLine(i), recent: 1, baseline: 0, recentHours: 1, baselineHours: 23, example: hugeLine(i) },
      }),
    );
    const report = build(findings);
    for (const f of report.findings) {
      expect(Buffer.byteLength(f.title)).toBeLessThanOrEqual(FIELD_CAPS.title + 40);
      expect(f.title).toMatch(/…\[cut [\d,]+ bytes\]$/);
    }
    const text = renderText(report, { minSeverity: 'info' });
    expect(text.length).toBeLessThan(5_000_000);
    const markdown = renderMarkdown(report, { minSeverity: 'info' });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    // Every finding keeps its row: the details are what gets cut.
    expect(markdown.match(/^\| 🟠 \|/gm)?.length).toBe(108);
  });

  it('merges 15,000 findings and a 50 MB title without overflowing the stack, and lists what it has room for', () => {
    const many = aReport({ findings: Array.from({ length: 15_000 }, (_, i) => aFinding({ id: `f${i}`, title: `finding ${i}` })) });
    const huge = {
      ...aReport({ findings: [aFinding({ id: 'big', title: 'x'.repeat(50_000_000) })] }),
      accounts: ['222222222222'],
      scopes: [{ ...aReport().scopes[0]!, account: '222222222222' }],
    };
    const merged = mergeReports([many, huge]);
    expect(merged.findings).toHaveLength(15_001);
    expect(merged.findings.find((f) => f.id === 'big')!.title.length).toBeLessThan(2_000);
    const text = renderText(merged, { minSeverity: 'info' });
    expect(text).toContain('... and 14801 more findings, less severe: see the JSON report');
    expect(text.length).toBeLessThan(1_000_000);
  });
});

describe('terminal escapes', () => {
  const payloads = {
    reset: '\x1bc',
    cursorUpErase: 'ok\x1b[1A\x1b[2K',
    clear: '\x1b[2J\x1b[H',
    osc: '\x1b]0;owned\x07',
    c1: 'a\u009b31mred',
    bidi: 'invoice \u202Efdp.exe',
    zeroWidth: 'pass\u200bword',
  };
  const hostile = Object.values(payloads).join(' | ');

  it('shows every control and invisible character visibly in titles, evidence, related findings and next steps', () => {
    const finding = aFinding({
      title: hostile,
      evidence: [{ label: 'top', value: hostile }],
      nextStep: `run ${hostile}`,
      related: [aFinding({ id: 'r', title: hostile })],
      logs: { logGroup: '/ecs/x', recent: 1, baseline: 0, recentHours: 1, baselineHours: 1, example: `${hostile}\nsecond line` },
    });
    const text = renderText(build([finding]), { minSeverity: 'info' });
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('\\x1Bc');
    expect(text).toContain('\\x9B31mred');
    expect(text).toContain('invoice <U+202E>fdp.exe');
    expect(text).toContain('pass<U+200B>word');
  });

  it('keeps colour codes only for its own markers when colour is on', () => {
    const text = renderText(build([aFinding({ title: hostile })]), { minSeverity: 'info', color: true });
    // eslint-disable-next-line no-control-regex
    const escapes = [...text.matchAll(/\x1b\[[\d;]*m/g)].map((m) => m[0]);
    expect(escapes.length).toBeGreaterThan(0);
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\x1b\[[\d;]*m/g, '')).not.toMatch(/[\x1b\x9b]/);
  });

  it('does the same for a tampered JSON report given to merge', () => {
    const tampered = aReport({ findings: [aFinding({ title: '\x1b]0;owned\x07 pwned', resource: { type: 'ecs:service', id: 'svc\x1b[2J' } })] });
    const text = renderText(mergeReports([tampered]), { minSeverity: 'info' });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\x1b\x07]/);
    expect(text).toContain('\\x1B]0;owned\\x07 pwned');
  });

  it('escapes them in the job summary too, where newlines stay line breaks', () => {
    const markdown = renderMarkdown(build([aFinding({ title: `${hostile}\nline two` })]), { minSeverity: 'info' });
    // eslint-disable-next-line no-control-regex
    expect(markdown).not.toMatch(/[\x1b\x9b\u202e\u200b]/);
    expect(markdown).toContain('line two');
  });
});

describe('the gate', () => {
  it('redacts tokens and passwords that log lines carry into its reasons and signatures, in every format', () => {
    const secretLine = 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlc2lnbg and secret: opensesame';
    const gate = {
      kind: 'gate',
      schemaVersion: 2,
      tool: { name: 'aws-monitor', version: 'test' },
      generatedAt: NOW.toISOString(),
      account: '123456789012',
      region: 'us-east-2',
      service: { cluster: 'c', name: 's', targetGroups: [], logGroups: [] },
      deploy: { at: NOW.toISOString(), source: 'flag' },
      windows: { before: { from: '', to: '' }, after: { from: '', to: '' }, weekBefore: { from: '', to: '' } },
      settings: {
        confidence: 0.95,
        tolerance: 0.1,
        passScore: 90,
        marginalScore: 70,
        minSamples: 5,
        windowMinutes: 30,
        newSignatureMinCount: 3,
        failOnMarginal: false,
        criticalMetrics: [],
      },
      result: {
        verdict: 'fail',
        score: 0,
        judged: 0,
        passed: 0,
        metrics: [],
        newSignatures: [{ signature: secretLine, count: 4, firstSeen: NOW.toISOString() }],
        reasons: [`new error signature after the deploy: "${secretLine}"`],
      },
      checks: ['fail'],
      coverage: [],
      apiCalls: { total: 0, requests: 0, byOperation: [] },
      durationMs: 0,
    } as unknown as GateReport;
    const bounded = boundGateReport(gate);
    for (const format of ['text', 'markdown', 'json'] as const) {
      const out = renderGate(format, bounded);
      expect(out).not.toContain('opensesame');
      expect(out).not.toContain('c2lnbmF0dXJlc2lnbg');
    }
  });
});

describe('field caps', () => {
  it('say exactly how much they cut, however long the text', () => {
    const report = build([aFinding({ title: `${'é'.repeat(3_000_000)}` })]);
    // 6,000,000 bytes of UTF-8; 1,024 kept (512 two-byte characters).
    expect(report.findings[0]!.title).toBe(`${'é'.repeat(512)} …[cut 5,998,976 bytes]`);
  });

  it('redact a secret that straddles the cap before cutting, never leaving half of it', () => {
    const report = build([aFinding({ title: `${'x'.repeat(1_000)} password=hunter2hunter2 ${'y'.repeat(100_000)}` })]);
    expect(report.findings[0]!.title).not.toContain('hunter2');
  });

  it('redact and cap every item of a list attribute, and keep 100 items of a longer list, saying how many were cut', () => {
    const service = anEcsService({
      logGroups: ['/ecs/api', `/ecs/${'g'.repeat(5_000)}`, 'password=hunter2hunter2'],
      targetGroups: Array.from({ length: 500 }, (_, i) => `tg-${i}`),
    });
    const report = buildReport({ ...buildParts(), resources: [service] });
    const [logGroups, targetGroups] = [report.resources[0]!.attributes.logGroups, report.resources[0]!.attributes.targetGroups] as string[][];
    expect(logGroups![0]).toBe('/ecs/api');
    expect(Buffer.byteLength(logGroups![1]!)).toBeLessThanOrEqual(FIELD_CAPS.attributeItem + 40);
    expect(logGroups!.join(' ')).not.toContain('hunter2');
    expect(targetGroups).toHaveLength(101);
    expect(targetGroups!.at(-1)).toBe('…[cut 400 items]');
  });
});
