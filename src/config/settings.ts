// Every setting aws-monitor reads, one row each: its section and key, its parser (schema.ts), its
// default as config.ini would spell it, what it does, and the CLI flag and Action input that set it.
// The loader, defaultConfig(), the environment variable names, the Action's inputs, the README's
// settings table and config.example.ini all come from (or are tested against) these rows.

import { DEFAULT_CRITICAL_METRICS } from '../gate/gate-plan.js';
import { DEFAULT_REGION, OUTPUT_FORMATS } from './cli-choices.js';
import { SEVERITIES } from '../report/model.js';
import {
  LOG_ENGINES,
  MAX_WINDOW_MS,
  NOTIFY_ON,
  NOTIFY_TYPES,
  accountReference,
  boolean,
  calendarDate,
  duration,
  envVariableName,
  integer,
  list,
  number,
  oneOf,
  regexList,
  region,
  regionsOrEnabled,
  required,
  roleArn,
  roleName,
  safeRegex,
  secret,
  sessionName,
  tagList,
  text,
  timestamp,
  url,
  type ScanConfig,
  type SettingSpec,
} from './schema.js';

export interface Setting<T = unknown> {
  spec: SettingSpec<T>;
  /** The default as config.ini spells it, parsed by `spec` like any value; unset: no default value. */
  default?: string;
  /** The default in words, when it is not a plain value (computed, or taken from elsewhere). */
  defaultText?: string;
  /** What the setting does, for the README's settings table. */
  description: string;
  /** The CLI flag that sets it. */
  flag?: string;
  /** The Action input that sets it. */
  input?: string;
}

type Row = Omit<Setting, 'spec'>;

/** One row; `default`, when given, keeps its literal type so readers know the value is always there. */
function setting<T, const R extends Row>(spec: SettingSpec<T>, row: R): Setting<T> & R {
  return { spec, ...row };
}

const SEVERITY = oneOf(SEVERITIES);

/** The fixed sections, in the order their keys are listed in messages. */
export const SETTINGS = {
  aws: {
    region: setting(region, {
      default: DEFAULT_REGION,
      defaultText: `\`AWS_REGION\`, \`AWS_DEFAULT_REGION\`, the profile's region, else \`${DEFAULT_REGION}\``,
      description: 'the region scanned',
      flag: '--region',
      input: 'aws-region',
    }),
    profile: setting(text('a profile name from ~/.aws/config'), {
      defaultText: '`AWS_PROFILE`, else the SDK default chain',
      description: 'a profile that exists in `~/.aws/config` or `~/.aws/credentials`',
      flag: '--profile',
    }),
    endpoint_url: setting(url, { description: 'one endpoint for every AWS service (an emulator)', flag: '--endpoint-url' }),
    max_attempts: setting(integer(1, 20), { default: '5', description: 'attempts per call, retries included (jittered backoff, 50 ms doubling to 5 s)' }),
    request_timeout: setting(duration(600_000, '10m'), { default: '30s', description: 'time limit for one HTTP request' }),
  },
  scan: {
    since: setting(duration(MAX_WINDOW_MS, '90d'), { default: '24h', description: 'the window to look at, ending now', flag: '--since', input: 'since' }),
    from: setting(timestamp, { description: 'start of a fixed window (at most 90 days); without `to` it ends now', flag: '--from' }),
    to: setting(timestamp, { description: 'end of a fixed window', flag: '--to' }),
    services: setting(list('service ids separated by commas'), {
      defaultText: 'all',
      description: 'services to scan; an empty list is refused',
      flag: '--services',
      input: 'services',
    }),
    concurrency: setting(integer(1, 50), { default: '8', description: 'AWS calls in flight at once' }),
    account_concurrency: setting(integer(1, 100), { default: '4', description: 'accounts and regions scanned at once (each with its own `concurrency`)' }),
    deadline: setting(duration(6 * 3_600_000, '6h'), {
      defaultText: '2m + 1m per day of window, at most 15m',
      description: 'the run stops, writes the report with what it has, and lists the rest as coverage gaps',
      flag: '--deadline',
    }),
    allow_empty: setting(boolean, {
      default: 'false',
      description: 'true: a scan with nothing in scope exits 0 (its status is still `empty`)',
      flag: '--allow-empty',
      input: 'allow-empty',
    }),
    account: setting(accountReference, {
      description: 'one account of `[organization]` or the `[account:NAME]` sections, scanned in `[aws] region` only: one job of a matrix',
      flag: '--account',
      input: 'account',
    }),
  },
  filters: {
    cloudformation_prefix: setting(text('a stack name prefix (may be empty)'), { default: 'pp', description: 'CloudFormation stacks in scope start with this' }),
    cloudformation_suffix: setting(text('a stack name suffix (may be empty)'), { default: 'production', description: 'CloudFormation stacks in scope end with this' }),
    include_names: setting(list('name globs separated by commas, e.g. pp-*, api-?'), { default: '', description: 'resources in scope by name (`*` and `?`)' }),
    exclude_names: setting(list('name globs separated by commas'), { default: '', description: 'resources left out by name' }),
    include_tags: setting(tagList, { default: '', description: 'resources in scope by tag' }),
    exclude_tags: setting(tagList, { default: '', description: 'resources left out by tag' }),
  },
  metrics: {
    enabled: setting(boolean, { default: 'true', description: 'read CloudWatch metrics for every resource found' }),
    max_points_per_series: setting(integer(60, 1440), {
      default: '720',
      description: 'the period grows until a series fits (5-minute periods over a day: the shortest that 5-minute data aligns with)',
    }),
    baseline: setting(duration(14 * 86_400_000, '14d'), {
      default: '3d',
      description: 'history read before the window at the same period (at most 3 x `max_points_per_series` points), so each series is judged against its own normal',
    }),
  },
  logs: {
    enabled: setting(boolean, { default: 'true', description: 'read CloudWatch Logs of every resource found' }),
    engine: setting(oneOf(LOG_ENGINES), { default: 'auto', description: 'auto: FilterLogEvents up to `filter_max_mb`, Logs Insights above' }),
    error_patterns: setting(regexList, {
      default: '\\b(ERROR|FATAL|PANIC|CRITICAL)\\b || Exception\\b || Traceback \\(most recent call last\\)',
      defaultText: 'ERROR, FATAL, PANIC, CRITICAL, Exception, Traceback (see config.example.ini)',
      description: 'what counts as an error line, besides structured levels and DMS `]E:` lines',
    }),
    extra_log_groups: setting(list('log group names separated by commas'), { default: '', description: 'log groups read besides those found' }),
    recent: setting(duration(30 * 86_400_000, '30d'), { default: '1h', description: 'the part of the window judged against the rest' }),
    scan_budget_mb: setting(integer(1, 10_000_000), {
      // 10 GiB: about $0.05 of Logs Insights scanning at the us-east-2 price of $0.005/GB.
      default: '10240',
      description: 'most Logs Insights may scan; groups past it are coverage gaps',
    }),
    // About 50 FilterLogEvents pages: a few seconds at 10 requests/s.
    filter_max_mb: setting(integer(0, 10_000), { default: '50', description: 'MB read with FilterLogEvents under `engine = auto`' }),
    max_events_per_source: setting(integer(100, 1_000_000), { default: '10000', description: 'error and trace lines kept per source (counts stay complete)' }),
    max_events_total: setting(integer(1_000, 10_000_000), {
      // About 120 MB of kept lines at the most, however many log groups a scan reads (BENCHMARKS.md).
      default: '100000',
      description: 'kept lines over all sources: with many sources each keeps its share, so memory stays flat; kept text is also capped at 64 MiB',
    }),
    pattern_budget: setting(duration(600_000, '10m'), {
      default: '30s',
      description:
        'CPU time user regexes (`error_patterns`, `[log_pattern:NAME]`) may take in a scan, each on at most 4 KiB of a line; past it they stop and the report lists a coverage gap',
    }),
  },
  output: {
    format: setting(oneOf(OUTPUT_FORMATS), { default: 'text', description: 'the report format', flag: '--format', input: 'format' }),
    file: setting(text('a file path'), { defaultText: 'stdout', description: 'write the report to this file', flag: '--output' }),
    fail_on: setting(oneOf([...SEVERITIES, 'never'] as const), {
      default: 'high',
      description: 'exit 1 when a finding is at or above this',
      flag: '--fail-on',
      input: 'fail-on',
    }),
    min_severity: setting(SEVERITY, {
      default: 'info',
      description: 'findings below are counted, not listed (text and HTML reports, job summary)',
      flag: '--min-severity',
      input: 'min-severity',
    }),
    markdown_min_severity: setting(SEVERITY, { defaultText: '`min_severity`', description: 'the job summary on its own' }),
    // Info findings are facts, not problems: never an annotation on the run unless asked.
    annotations_min_severity: setting(SEVERITY, { default: 'low', description: 'findings shown as annotations on the run' }),
    merge_related: setting(boolean, { default: 'true', description: 'one finding per cause and resource, the others listed under it as related' }),
    fail_on_new: setting(SEVERITY, {
      description: 'with a baseline, exit 1 only on new findings at or above this, instead of `fail_on`',
      flag: '--fail-on-new',
      input: 'fail-on-new',
    }),
  },
  gate: {
    window: setting(duration(7 * 86_400_000, '7d'), { default: '30m', description: 'before and after the deploy', flag: '--window' }),
    confidence: setting(number(0.5, 0.9999), { default: '0.95', description: 'of the rank test (Holm-corrected across metrics)' }),
    tolerance_percent: setting(number(0, 1000), { default: '10', description: 'a significant change smaller than this still passes' }),
    pass_score: setting(number(0, 100), { default: '90', description: 'share of judged metrics that must pass' }),
    marginal_score: setting(number(0, 100), { default: '70', description: 'at or above it, a gate that does not pass is marginal' }),
    min_samples: setting(integer(3, 10_000), { default: '5', description: 'fewer points before or after: the metric is not judged' }),
    new_signature_min_count: setting(integer(1, 1_000_000), { default: '3', description: 'lines of a new error signature that fail the gate' }),
    min_judged_percent: setting(number(0, 100), {
      default: '50',
      description: 'fewer judged metrics than this share of those the service should have: inconclusive',
    }),
    critical_metrics: setting(
      list('gate metric ids separated by commas (target_5xx_rate, response_time_p99, response_time, target_4xx_rate, requests, cpu, memory, log_error_lines)'),
      { default: DEFAULT_CRITICAL_METRICS.join(', '), description: 'gate metric ids that fail the gate alone, and without whose data it is inconclusive' },
    ),
    fail_on_marginal: setting(boolean, { default: 'false', description: 'exit 1 on a marginal verdict too' }),
  },
  credentials: {
    aws_access_key_id: setting(secret('an access key id'), { description: 'written by the CLI prompt; set with `aws_secret_access_key`' }),
    aws_secret_access_key: setting(secret('a secret access key'), { description: 'written by the CLI prompt' }),
    aws_session_token: setting(secret('a session token'), { description: 'written by the CLI prompt' }),
  },
  organization: {
    role_name: setting(roleName, {
      description: 'required: the role assumed in every ACTIVE account of the organization (see [Every account of an organization](#every-account-of-an-organization))',
    }),
    include: setting(list('account id or name globs separated by commas, e.g. 1111*, prod-*'), { default: '', description: 'accounts scanned; none: every account' }),
    exclude: setting(list('account id or name globs separated by commas'), { default: '', description: 'accounts left out (exclude wins)' }),
    regions: setting(regionsOrEnabled, { default: '', defaultText: '`[aws] region`', description: 'regions scanned in each account, or `enabled`' }),
    external_id: setting({ ...text('the external id the role requires'), secret: true }, { description: 'the external id the roles require' }),
    session_name: setting(sessionName, { defaultText: '`aws-monitor`', description: "the assumed roles' session name" }),
  },
} as const;

/** Sections with a name, `[kind:NAME]`: as many as the user writes, in the order messages list them. */
export const NAMED_SECTIONS = {
  account: {
    role_arn: setting(roleArn, { description: 'required: the role assumed from the base credentials' }),
    external_id: setting({ ...text('the external id the role requires'), secret: true }, { description: 'the external id the role requires' }),
    regions: setting(list('AWS region codes separated by commas'), { defaultText: '`[aws] region`', description: 'regions scanned in this account' }),
    session_name: setting(sessionName, { defaultText: '`aws-monitor`', description: "the assumed role's session name" }),
  },
  detector: {
    enabled: setting(boolean, { default: 'true', description: 'run the detector' }),
    severity: setting(SEVERITY, { defaultText: "the detector's own", description: "replaces the detector's severity" }),
  },
  log_pattern: {
    regex: setting(safeRegex, { description: 'required: lines matching it in the recent window are reported' }),
    ignore_case: setting(boolean, { default: 'false', description: 'match regardless of case' }),
    severity: setting(SEVERITY, { default: 'medium', description: 'severity of the finding' }),
    min_count: setting(integer(1, 1_000_000), { default: '1', description: 'matches needed in the recent window' }),
    log_groups: setting(list('log group name globs separated by commas'), { default: '', description: 'only sources whose log group matches; none: every source' }),
  },
  notify: {
    type: setting(oneOf(NOTIFY_TYPES), { description: 'required: where the findings go' }),
    url_env: setting(envVariableName, { description: 'required: the variable holding the URL (pagerduty: the routing key)' }),
    secret_env: setting(envVariableName, { description: 'webhook: the variable holding the signing secret' }),
    // An alert that fires on every medium finding is muted within a week.
    min_severity: setting(SEVERITY, { default: 'high', description: 'findings sent' }),
    on: setting(oneOf(NOTIFY_ON), { default: 'changes', description: 'changes: new and resolved findings only; always: every finding, every run' }),
    events_url: setting(url, { default: 'https://events.pagerduty.com/v2/enqueue', description: 'pagerduty: the Events API v2 endpoint' }),
  },
  mute: {
    finding: setting(required('a finding id, or a glob of ids with * and ?, e.g. rds_not_multi_az:rds:instance:*'), { description: 'required: the finding id or glob muted' }),
    accounts: setting(list('account ids or [account:NAME] names (globs) separated by commas'), { default: '', description: 'only in these accounts' }),
    regions: setting(list('region codes (globs) separated by commas'), { default: '', description: 'only in these regions' }),
    tags: setting(tagList, { default: '', description: 'only on resources with all these tags' }),
    reason: setting(required('why the finding is accepted, shown with it'), { description: 'required: why the finding is accepted' }),
    until: setting(calendarDate, { description: 'required: the last day the mute applies (UTC)' }),
  },
} as const;

/** The value of a setting's default, when it has one. */
export function defaultValue<T>(setting: Setting<T> & { default: string }): T;
export function defaultValue<T>(setting: Setting<T>): T | undefined;
export function defaultValue<T>(setting: Setting<T>): T | undefined {
  if (setting.default === undefined) return undefined;
  const parsed = setting.spec.schema.safeParse(setting.default);
  // Every default is parsed by a unit test; one that does not parse is a bug in this file.
  if (!parsed.success) throw new Error(`the default "${setting.default}" does not parse: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** What a section's setting is, given the value read from config (or undefined: not set, or invalid). */
export interface SettingReader {
  <T>(setting: Setting<T> & { default: string }): T;
  <T>(setting: Setting<T>): T | undefined;
}

/** The reader of an empty config: every setting at its default. */
const readDefaults: SettingReader = defaultValue;

/** The parts of ScanConfig that are one fixed setting each (the rest come from named sections and cross-checks). */
export type PlainSettings = Omit<
  ScanConfig,
  | 'region'
  | 'regionSource'
  | 'profile'
  | 'profileSource'
  | 'window'
  | 'services'
  | 'accounts'
  | 'mutes'
  | 'detectors'
  | 'notify'
  | 'credentials'
  | 'organization'
  | 'onlyAccount'
  | 'configFile'
>;

/** ScanConfig's fields from the fixed sections' settings: the one place a key meets its field. */
export function plainSettings(read: SettingReader): PlainSettings {
  const { aws, scan, filters, metrics, logs, output, gate } = SETTINGS;
  const minSeverity = read(output.min_severity);
  const plain: PlainSettings = {
    maxAttempts: read(aws.max_attempts),
    requestTimeoutMs: read(aws.request_timeout),
    concurrency: read(scan.concurrency),
    accountConcurrency: read(scan.account_concurrency),
    allowEmpty: read(scan.allow_empty),
    filters: {
      cloudformationPrefix: read(filters.cloudformation_prefix),
      cloudformationSuffix: read(filters.cloudformation_suffix),
      includeNames: read(filters.include_names),
      excludeNames: read(filters.exclude_names),
      includeTags: read(filters.include_tags),
      excludeTags: read(filters.exclude_tags),
    },
    metrics: { enabled: read(metrics.enabled), maxPointsPerSeries: read(metrics.max_points_per_series), baselineMs: read(metrics.baseline) },
    logs: {
      enabled: read(logs.enabled),
      engine: read(logs.engine),
      errorPatterns: read(logs.error_patterns),
      extraLogGroups: read(logs.extra_log_groups),
      recentMs: read(logs.recent),
      scanBudgetBytes: read(logs.scan_budget_mb) * 1_048_576,
      filterMaxBytes: read(logs.filter_max_mb) * 1_048_576,
      maxEventsPerSource: read(logs.max_events_per_source),
      maxEventsTotal: read(logs.max_events_total),
      patternBudgetMs: read(logs.pattern_budget),
      patterns: [],
    },
    output: {
      format: read(output.format),
      failOn: read(output.fail_on),
      minSeverity: {
        text: minSeverity,
        markdown: read(output.markdown_min_severity) ?? minSeverity,
        annotations: read(output.annotations_min_severity),
      },
      mergeRelated: read(output.merge_related),
    },
    gate: {
      windowMs: read(gate.window),
      confidence: read(gate.confidence),
      tolerance: read(gate.tolerance_percent) / 100,
      passScore: read(gate.pass_score),
      marginalScore: read(gate.marginal_score),
      minSamples: read(gate.min_samples),
      newSignatureMinCount: read(gate.new_signature_min_count),
      minJudgedShare: read(gate.min_judged_percent) / 100,
      criticalMetrics: read(gate.critical_metrics),
      failOnMarginal: read(gate.fail_on_marginal),
    },
  };
  // Optional fields are left out when unset (or empty), never present as undefined.
  const endpointUrl = read(aws.endpoint_url);
  if (endpointUrl) plain.endpointUrl = endpointUrl;
  const deadlineMs = read(scan.deadline);
  if (deadlineMs) plain.deadlineMs = deadlineMs;
  const failOnNew = read(output.fail_on_new);
  if (failOnNew) plain.output.failOnNew = failOnNew;
  const file = read(output.file);
  if (file) plain.output.file = file;
  return plain;
}

/** The fixed sections' settings at their defaults. */
export function defaultSettings(): PlainSettings {
  return plainSettings(readDefaults);
}

export interface DefaultConfigOptions {
  /** The end of the default window. */
  now: Date;
  /** The services scanned by default (all of them: the collector registry's ids). */
  services: readonly string[];
  /** Every detector's thresholds at their defaults, as the loader fills them. */
  detectors?: ReadonlyArray<{ id: string; thresholds: Record<string, { default: number }> }>;
}

/** The config of an empty config.ini with no environment and no flags, in region `[aws] region`'s default. */
export function defaultConfig(options: DefaultConfigOptions): ScanConfig {
  const since = defaultValue(SETTINGS.scan.since);
  return {
    region: defaultValue(SETTINGS.aws.region),
    regionSource: 'default',
    window: { from: new Date(options.now.getTime() - since), to: options.now },
    services: [...options.services],
    ...defaultSettings(),
    accounts: [],
    mutes: [],
    detectors: Object.fromEntries(
      (options.detectors ?? []).map((detector) => [
        detector.id,
        { enabled: defaultValue(NAMED_SECTIONS.detector.enabled), thresholds: Object.fromEntries(Object.entries(detector.thresholds).map(([key, t]) => [key, t.default])) },
      ]),
    ),
    notify: [],
  };
}

export interface Override {
  section: string;
  key: string;
  value: string;
  /** How the user spelled it: `--since`, `input since`. */
  where: string;
}

/**
 * The overrides of the fixed settings a CLI flag or an Action input sets, in table order:
 * `given(name)` is the text given for the flag (`--since`) or input (`since`), or undefined or ''
 * when it was not given. Flag values are passed on as given; the parsers trim what they read.
 */
export function overridesFrom(by: 'flag' | 'input', given: (name: string) => string | undefined): Override[] {
  const overrides: Override[] = [];
  for (const [section, keys] of Object.entries(SETTINGS)) {
    for (const [key, setting] of Object.entries(keys) as Array<[string, Setting]>) {
      const name = setting[by];
      // An Action input is always a string, '' when not given: trimmed, as @actions/core trims it.
      const value = name === undefined ? undefined : by === 'input' ? given(name)?.trim() : given(name);
      if (name && value) overrides.push({ section, key, value, where: by === 'flag' ? name : `input ${name}` });
    }
  }
  return overrides;
}

/** `account:NAME`, `detector:ID`: a named section as the docs and messages write it. */
export function namedSectionTitle(kind: string): string {
  return kind === 'detector' ? 'detector:ID' : `${kind}:NAME`;
}

/** `[section] key` rows in table order, for docs and checks. */
export function settingRows(): Array<{ section: string; key: string; setting: Setting }> {
  const rows: Array<{ section: string; key: string; setting: Setting }> = [];
  for (const [section, keys] of Object.entries(SETTINGS)) {
    for (const [key, value] of Object.entries(keys)) rows.push({ section, key, setting: value as Setting });
  }
  for (const [kind, keys] of Object.entries(NAMED_SECTIONS)) {
    const section = namedSectionTitle(kind);
    for (const [key, value] of Object.entries(keys)) rows.push({ section, key, setting: value as Setting });
  }
  return rows;
}
