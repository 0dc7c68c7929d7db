import { writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type LoadOptions } from '../../src/config/load.js';
import { integer } from '../../src/config/schema.js';
import { COLLECTORS } from '../../src/services/registry.js';
import { detectorCatalog } from '../../src/detectors/registry.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const catalog = {
  services: ['ecs', 'cloudformation'],
  detectors: [{ id: 'ecs_service_tasks_below_desired', thresholds: { grace_minutes: { spec: integer(0, 1440), default: 10 } } }],
};

function withFile(text: string): string {
  const dir = tempDir('aws-monitor-config-');
  const path = join(dir, 'config.ini');
  writeFileSync(path, text);
  return path;
}

function load(options: Partial<LoadOptions> = {}) {
  return loadConfig({ cwd: tempDir('aws-monitor-cwd-'), env: {}, now: NOW, catalog, ...options });
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.where}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration loading', () => {
  it('uses the documented defaults with no file, env or flags', () => {
    const config = load();
    expect(config.region).toBe('us-east-2');
    expect(config.window).toEqual({ from: new Date('2026-11-24T12:00:00Z'), to: NOW });
    expect(config.filters.cloudformationPrefix).toBe('pp');
    expect(config.filters.cloudformationSuffix).toBe('production');
    expect(config.services).toEqual(['ecs', 'cloudformation']);
    expect(config.output.failOn).toBe('high');
    expect(config.detectors.ecs_service_tasks_below_desired).toEqual({ enabled: true, thresholds: { grace_minutes: 10 } });
  });

  it('layers file < environment < flags', () => {
    const configPath = withFile('[scan]\nsince = 7d\nconcurrency = 3\n[output]\nfail_on = medium\n');
    const config = load({
      configPath,
      env: { AWS_MONITOR_SCAN_SINCE: '2d', AWS_MONITOR_OUTPUT_FAIL_ON: 'low' },
      overrides: [{ section: 'output', key: 'fail_on', value: 'critical', where: '--fail-on' }],
    });
    expect(config.window.from).toEqual(new Date('2026-11-23T12:00:00Z'));
    expect(config.concurrency).toBe(3);
    expect(config.output.failOn).toBe('critical');
  });

  it('lists findings per output: min_severity for text and summary, with their own overrides; annotations skip info by default', () => {
    expect(load().output.minSeverity).toEqual({ text: 'info', markdown: 'info', annotations: 'low' });
    expect(load().output.mergeRelated).toBe(true);
    const config = load({ configPath: withFile('[output]\nmin_severity = medium\nannotations_min_severity = high\nmerge_related = false\n') });
    expect(config.output.minSeverity).toEqual({ text: 'medium', markdown: 'medium', annotations: 'high' });
    expect(config.output.mergeRelated).toBe(false);
    const summaryOnly = load({ configPath: withFile('[output]\nmin_severity = low\n'), env: { AWS_MONITOR_OUTPUT_MARKDOWN_MIN_SEVERITY: 'critical' } });
    expect(summaryOnly.output.minSeverity).toEqual({ text: 'low', markdown: 'critical', annotations: 'low' });
    expect(problemsOf(() => load({ configPath: withFile('[output]\nmarkdown_min_severity = loud\n') }))).toEqual([
      expect.stringMatching(/config\.ini:2 \[output\] markdown_min_severity: value "loud" must be one of critical, high, medium, low, info/),
    ]);
  });

  it('loads config.example.ini as shipped, every documented key valid, with the documented defaults', () => {
    const example = loadConfig({
      configPath: join(process.cwd(), 'config.example.ini'),
      cwd: tempDir('aws-monitor-cwd-'),
      env: {},
      now: NOW,
      catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() },
    });
    const defaults = loadConfig({ cwd: tempDir('aws-monitor-cwd-'), env: {}, now: NOW, catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() } });
    expect(example.gate).toEqual(defaults.gate);
    expect(example.output).toEqual(defaults.output);
    expect(example.accountConcurrency).toBe(defaults.accountConcurrency);
  });

  it('lets --from replace since from the file', () => {
    const configPath = withFile('[scan]\nsince = 7d\n');
    const config = load({ configPath, overrides: [{ section: 'scan', key: 'from', value: '2026-11-25T06:00:00Z', where: '--from' }] });
    expect(config.window).toEqual({ from: new Date('2026-11-25T06:00:00Z'), to: NOW });
  });

  it('prefers the file region, then AWS_REGION, then AWS_DEFAULT_REGION, then us-east-2, and records where it came from', () => {
    expect(load({ env: { AWS_REGION: 'eu-west-1' } })).toMatchObject({ region: 'eu-west-1', regionSource: 'env AWS_REGION' });
    expect(load({ env: { AWS_DEFAULT_REGION: 'eu-north-1' } })).toMatchObject({ region: 'eu-north-1', regionSource: 'env AWS_DEFAULT_REGION' });
    const configPath = withFile('[aws]\nregion = ap-south-1\n');
    expect(load({ configPath, env: { AWS_REGION: 'eu-west-1' } })).toMatchObject({ region: 'ap-south-1', regionSource: `${configPath}:2 [aws] region` });
    // The default is marked as such: the profile's region (aws-profile.ts) may still replace it.
    expect(load({ env: {} })).toMatchObject({ region: 'us-east-2', regionSource: 'default' });
    expect(problemsOf(() => load({ env: { AWS_REGION: 'Ohio' } }))).toEqual(['env AWS_REGION: value "Ohio" is not an AWS region code such as us-east-2']);
  });

  it('reads detector thresholds, filters and accounts', () => {
    const configPath = withFile(
      '[detector:ecs_service_tasks_below_desired]\ngrace_minutes = 30\nseverity = critical\n[filters]\ninclude_tags = env=production, team\n[account:prod]\nrole_arn = arn:aws:iam::123456789012:role/monitor\nregions = us-east-2, us-west-2\n',
    );
    const config = load({ configPath });
    expect(config.detectors.ecs_service_tasks_below_desired).toEqual({ enabled: true, severity: 'critical', thresholds: { grace_minutes: 30 } });
    expect(config.filters.includeTags).toEqual([{ key: 'env', value: 'production' }, { key: 'team' }]);
    expect(config.accounts).toEqual([{ name: 'prod', roleArn: 'arn:aws:iam::123456789012:role/monitor', regions: ['us-east-2', 'us-west-2'] }]);
  });

  describe('rejects bad input with the file, line, section and key, and what is allowed', () => {
    it('a window over 90 days', () => {
      const configPath = withFile('[scan]\nsince = 120d\n');
      expect(problemsOf(() => load({ configPath }))).toEqual([
        `${configPath}:2 [scan] since: value "120d" must be at most 90d (allowed: a duration such as 30m, 36h, 7d, 2w or 1h30m, at most 90d)`,
      ]);
    });

    it('a from..to window over 90 days', () => {
      const overrides = [
        { section: 'scan', key: 'from', value: '2026-06-01T00:00:00Z', where: '--from' },
        { section: 'scan', key: 'to', value: '2026-11-01T00:00:00Z', where: '--to' },
      ];
      expect(problemsOf(() => load({ overrides }))).toEqual(['--from: the window from..to may be at most 90 days']);
    });

    it('an unknown key, listing the allowed ones', () => {
      const configPath = withFile('[scan]\nwindow = 7d\n');
      expect(problemsOf(() => load({ configPath }))[0]).toBe(
        `${configPath}:2 [scan] window: unknown key in [scan]; allowed keys: since, from, to, services, concurrency, account_concurrency, deadline, allow_empty, account`,
      );
    });

    it('an unknown section', () => {
      const configPath = withFile('[scna]\nsince = 7d\n');
      expect(problemsOf(() => load({ configPath }))[0]).toMatch(new RegExp(`^${configPath}:1 \\[scna\\]: unknown section \\[scna\\]; allowed: \\[aws\\], \\[scan\\]`));
    });

    it('a wrong type', () => {
      const configPath = withFile('[scan]\nconcurrency = lots\n');
      expect(problemsOf(() => load({ configPath }))).toEqual([`${configPath}:2 [scan] concurrency: value "lots" must be a whole number from 1 to 50 (allowed: 1..50)`]);
    });

    it('an invalid regular expression', () => {
      const configPath = withFile('[logs]\nerror_patterns = ERROR || (unclosed\n');
      expect(problemsOf(() => load({ configPath }))[0]).toMatch(/:2 \[logs\] error_patterns: value "ERROR \|\| \(unclosed" invalid regular expression \/\(unclosed\/: /);
    });

    it('an unknown service and an unknown detector', () => {
      const configPath = withFile('[scan]\nservices = ecs, lambda\n[detector:cpu_magic]\nenabled = true\n');
      expect(problemsOf(() => load({ configPath }))).toEqual([
        `${configPath}:3 [detector:cpu_magic]: unknown detector "cpu_magic"; known detectors: ecs_service_tasks_below_desired`,
        `${configPath}:2 [scan] services: unknown service lambda; available: ecs, cloudformation`,
      ]);
    });

    it('an unknown AWS_MONITOR_ variable', () => {
      expect(problemsOf(() => load({ env: { AWS_MONITOR_SCAN_SINC: '1d' } }))[0]).toMatch(/^env AWS_MONITOR_SCAN_SINC: unknown setting/);
    });

    it('a config file that does not exist or cannot be read', () => {
      expect(problemsOf(() => load({ configPath: '/nonexistent/config.ini' }))).toEqual([
        '/nonexistent/config.ini: file not found; pass --config FILE or set AWS_MONITOR_CONFIG to a readable config.ini',
      ]);
      if (process.getuid?.() !== 0) {
        const configPath = withFile('[scan]\n');
        chmodSync(configPath, 0o000);
        expect(problemsOf(() => load({ configPath }))[0]).toMatch(/permission denied/);
      }
    });

    it('every problem at once, not just the first', () => {
      const configPath = withFile('[scan]\nsince = forever\nconcurrency = 0\n[output]\nfail_on = panic\n');
      expect(problemsOf(() => load({ configPath }))).toHaveLength(3);
    });

    it('without echoing a secret value', () => {
      const configPath = withFile('[credentials]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key =\n');
      const problems = problemsOf(() => load({ configPath }));
      expect(problems.join('\n')).not.toContain('AKIAIOSFODNN7EXAMPLE');
      expect(problems[0]).toMatch(/aws_secret_access_key: value must not be empty/);
    });
  });
});

describe('configuration from a careless or hostile source (issue 16)', () => {
  it('names the file and line of a problem with a whole section', () => {
    const configPath = withFile('[scan]\nsince = 1h\n\n[account:prod]\nregions = us-east-2\n\n[log_pattern:oom]\nseverity = high\n');
    expect(problemsOf(() => load({ configPath }))).toEqual([
      `${configPath}:4 [account:prod]: role_arn is required for an account`,
      `${configPath}:7 [log_pattern:oom]: regex is required for a log pattern`,
    ]);
  });

  it('never echoes control characters or megabytes of a value', () => {
    const configPath = withFile(`[scan]\nsince = \x1b[2J${'9'.repeat(500_000)}\n[sec\x1b[2J\x07tion]\nkey = 1\n`);
    const problems = problemsOf(() => load({ configPath }));
    expect(problems.join('\n').length).toBeLessThan(1_000);
    // eslint-disable-next-line no-control-regex
    expect(problems.join('\n')).not.toMatch(/[\x1b\x07]/);
    expect(problems[0]).toContain('value "\\x1B[2J999');
    expect(problems[1]).toContain('unknown section [sec\\x1B[2J\\x07tion]');
  });

  it('takes numbers only as decimal digits, and dates only as real calendar dates', () => {
    const configPath = withFile('[scan]\nconcurrency = 0x10\nfrom = 2025-02-30\n[gate]\nconfidence = 1e-1\nmin_samples =\n');
    expect(problemsOf(() => load({ configPath }))).toEqual([
      `${configPath}:2 [scan] concurrency: value "0x10" must be a whole number from 1 to 50 (allowed: 1..50)`,
      `${configPath}:3 [scan] from: value "2025-02-30" has no such day: 2025-02-30 is not a calendar date (allowed: an ISO-8601 time with a zone such as 2026-11-20T08:00:00Z, or a date such as 2026-11-20)`,
      `${configPath}:5 [gate] confidence: value "1e-1" must be a number from 0.5 to 0.9999 (allowed: 0.5..0.9999)`,
      `${configPath}:6 [gate] min_samples: value "" must be a whole number from 3 to 10000 (allowed: 3..10000)`,
    ]);
  });

  it('refuses a device or a file too big to be a config file, without reading it all', () => {
    expect(problemsOf(() => load({ configPath: '/dev/zero' }))).toEqual([
      '/dev/zero: is a device, not a file; pass --config FILE or set AWS_MONITOR_CONFIG to a readable config.ini',
    ]);
    const big = withFile(`; ${'x'.repeat(2 * 1_048_576)}\n`);
    expect(problemsOf(() => load({ configPath: big }))).toEqual([
      `${big}: is larger than 1 MiB: not a config.ini; pass --config FILE or set AWS_MONITOR_CONFIG to a readable config.ini`,
    ]);
  });
});
