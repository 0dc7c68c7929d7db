// Builds one validated ScanConfig from, lowest to highest precedence: defaults, config.ini,
// AWS_MONITOR_* environment variables, then the adapter's overrides (CLI flags or Action inputs).
// Every problem found is reported at once, each naming where the bad value came from.

import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, type Problem } from '../errors.js';
import type { Severity } from '../report/model.js';
import { DEFAULT_CRITICAL_METRICS, GATE_METRIC_IDS } from '../gate/gate-plan.js';
import { visible } from '../report/output-safety.js';
import { parseIni } from './ini-file.js';
import {
  ACCOUNT_SECTION,
  LOG_PATTERN_SECTION,
  NOTIFY_DEFAULTS,
  NOTIFY_SECTION,
  MUTE_SECTION,
  DEFAULTS,
  DETECTOR_COMMON,
  MAX_WINDOW_MS,
  SECTIONS,
  type AccountConfig,
  type DetectorSettings,
  type FailOn,
  type LogEngineChoice,
  type LogPattern,
  type NotifyConfig,
  type NotifyOn,
  type NotifyType,
  type OrganizationConfig,
  type MuteRule,
  type OutputFormat,
  type ScanConfig,
  type SettingSpec,
  type TagFilter,
} from './schema.js';

export interface Override {
  section: string;
  key: string;
  value: string;
  /** How the user spelled it: `--since`, `input since`. */
  where: string;
}

export interface DetectorCatalogEntry {
  id: string;
  /** Threshold keys this detector reads, with their specs and defaults. */
  thresholds: Record<string, { spec: SettingSpec; default: number }>;
}

export interface Catalog {
  services: readonly string[];
  detectors: readonly DetectorCatalogEntry[];
}

export interface LoadOptions {
  /** --config or the Action's `config` input; must exist when given. */
  configPath?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  overrides?: Override[];
  now: Date;
  catalog: Catalog;
}

export const CONFIG_ENV = 'AWS_MONITOR_CONFIG';
const ENV_PREFIX = 'AWS_MONITOR_';

interface RawSetting {
  value: string;
  where: string;
}
type Layered = Map<string, Map<string, RawSetting>>;
/** Where each section was written (`config.ini:12 [account:prod]`), for problems with a section as a whole. */
type SectionWheres = Map<string, string>;

/** A config.ini is a few KB; anything this big is not one (and /dev/zero would never end). */
export const MAX_CONFIG_BYTES = 1_048_576;

export function envName(section: string, key: string): string {
  return `${ENV_PREFIX}${section.replace(':', '_')}_${key}`.toUpperCase();
}

export function findConfigFile(options: Pick<LoadOptions, 'configPath' | 'cwd' | 'env'>): { path?: string; explicit: boolean } {
  const explicit = options.configPath ?? options.env[CONFIG_ENV];
  if (explicit) return { path: resolve(options.cwd, explicit), explicit: true };
  const local = resolve(options.cwd, 'config.ini');
  return existsSync(local) ? { path: local, explicit: false } : { explicit: false };
}

export function loadConfig(options: LoadOptions): ScanConfig {
  const problems: Problem[] = [];
  const layered: Layered = new Map();
  const sections: SectionWheres = new Map();
  const { path: configFile } = findConfigFile(options);

  if (configFile) readConfigFile(configFile, layered, sections, problems);
  readEnvironment(options, layered, problems);
  for (const override of options.overrides ?? []) {
    setLayered(layered, override.section, override.key, { value: override.value, where: override.where }, problems);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const config = validate(layered, sections, options, problems);
  if (configFile) config.configFile = configFile;
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function readConfigFile(path: string, layered: Layered, sections: SectionWheres, problems: Problem[]): void {
  let text: string;
  try {
    text = readBounded(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      error instanceof ConfigFileShape
        ? error.message
        : code === 'ENOENT'
          ? 'file not found'
          : code === 'EACCES'
            ? 'permission denied'
            : code === 'EISDIR'
              ? 'is a directory, not a file'
              : `cannot be read (${code ?? 'unknown error'})`;
    problems.push({ where: path, message: `${why}; pass --config FILE or set ${CONFIG_ENV} to a readable config.ini` });
    return;
  }
  const { doc, problems: syntax, sectionLines } = parseIni(text, path);
  for (const problem of syntax) problems.push(problem);
  for (const [section, line] of sectionLines) sections.set(section, `${path}:${line} [${shown(section)}]`);
  for (const [section, entries] of doc) {
    for (const [key, entry] of entries) {
      const where = section === '' ? `${path}:${entry.line} ${key}` : `${path}:${entry.line} [${shown(section)}] ${key}`;
      setLayered(layered, section, key, { value: entry.value, where }, problems, true);
    }
    if (section !== '' && entries.size === 0) layered.set(section, layered.get(section) ?? new Map());
  }
}

class ConfigFileShape extends Error {}

/** The file's text, refusing what cannot be a config file: a device (/dev/zero), or more than MAX_CONFIG_BYTES. */
function readBounded(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket()) throw new ConfigFileShape('is a device, not a file');
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_CONFIG_BYTES) throw new ConfigFileShape(`is larger than ${MAX_CONFIG_BYTES / 1_048_576} MiB: not a config.ini`);
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function readEnvironment(options: LoadOptions, layered: Layered, problems: Problem[]): void {
  const known = new Map<string, [string, string]>();
  for (const [section, keys] of Object.entries(SECTIONS)) {
    for (const key of Object.keys(keys)) known.set(envName(section, key), [section, key]);
  }
  for (const detector of options.catalog.detectors) {
    const section = `detector:${detector.id}`;
    for (const key of [...Object.keys(DETECTOR_COMMON), ...Object.keys(detector.thresholds)]) {
      known.set(envName(section, key), [section, key]);
    }
  }
  for (const [name, value] of Object.entries(options.env)) {
    if (!name.startsWith(ENV_PREFIX) || name === CONFIG_ENV || value === undefined) continue;
    const target = known.get(name);
    if (!target) {
      problems.push({ where: `env ${name}`, message: `unknown setting; names look like ${envName('scan', 'since')} (section and key from config.example.ini)` });
      continue;
    }
    setLayered(layered, target[0], target[1], { value, where: `env ${name}` }, problems);
  }
}

const WINDOW_KEYS = { since: ['from', 'to'], from: ['since'], to: ['since'] } as Record<string, string[]>;

function setLayered(layered: Layered, section: string, key: string, setting: RawSetting, problems: Problem[], sameLayer = false): void {
  const entries = layered.get(section) ?? new Map<string, RawSetting>();
  layered.set(section, entries);
  // A higher layer's window replaces the lower layer's: --from beats since = 24h in the file.
  const conflicting = section === 'scan' ? own(WINDOW_KEYS, key) : undefined;
  if (conflicting) {
    for (const other of conflicting) {
      const existing = entries.get(other);
      if (!existing) continue;
      if (sameLayer && !(key === 'from' && other === 'to') && !(key === 'to' && other === 'from')) {
        problems.push({ where: setting.where, message: `conflicts with ${existing.where}; set either since, or from (and optionally to)` });
      }
      if (!sameLayer) entries.delete(other);
    }
  }
  entries.set(key, setting);
}

function validate(layered: Layered, sections: SectionWheres, options: LoadOptions, problems: Problem[]): ScanConfig {
  const sectionWhere = (section: string) => sections.get(section) ?? `[${shown(section)}]`;
  const values = new Map<string, unknown>();
  const detectorSpecs = new Map(options.catalog.detectors.map((d) => [d.id, d]));
  const accounts: AccountConfig[] = [];
  const patterns: LogPattern[] = [];
  const mutes: MuteRule[] = [];
  const detectors: Record<string, DetectorSettings> = {};
  const notify: NotifyConfig[] = [];

  const check = (spec: SettingSpec, raw: RawSetting, field: string): unknown => {
    const result = spec.schema.safeParse(raw.value);
    if (result.success) return result.data;
    const value = spec.secret ? '' : ` "${shown(raw.value)}"`;
    problems.push({ where: raw.where, message: `value${value} ${result.error.issues[0]?.message ?? 'is invalid'} (allowed: ${spec.allowed})` });
    values.set(field, undefined);
    return undefined;
  };
  const unknownKey = (raw: RawSetting, section: string, allowed: string[]): void => {
    problems.push({ where: raw.where, message: `unknown key in [${section}]; allowed keys: ${allowed.join(', ')}` });
  };

  for (const [section, entries] of layered) {
    if (section === '') {
      for (const raw of entries.values()) problems.push({ where: raw.where, message: 'setting outside any [section]; put it under one of ' + sectionList() });
      continue;
    }
    const fixed = own(SECTIONS, section);
    if (fixed) {
      for (const [key, raw] of entries) {
        const spec = own(fixed, key);
        if (!spec) unknownKey(raw, section, Object.keys(fixed));
        else values.set(`${section}.${key}`, check(spec, raw, `${section}.${key}`));
      }
      continue;
    }
    const [kind, name] = splitSection(section);
    if (kind === 'account' && name) {
      const account: Partial<AccountConfig> = { name };
      for (const [key, raw] of entries) {
        const spec = own(ACCOUNT_SECTION, key);
        if (!spec) unknownKey(raw, section, Object.keys(ACCOUNT_SECTION));
        else if (key === 'role_arn') account.roleArn = check(spec, raw, key) as string;
        else if (key === 'external_id') account.externalId = check(spec, raw, key) as string;
        else if (key === 'regions') account.regions = check(spec, raw, key) as string[];
        else if (key === 'session_name') account.sessionName = check(spec, raw, key) as string;
      }
      if (!entries.has('role_arn')) problems.push({ where: sectionWhere(section), message: 'role_arn is required for an account' });
      else if (account.roleArn) accounts.push(account as AccountConfig);
      continue;
    }
    if (kind === 'log_pattern' && name) {
      const pattern: LogPattern = { name, regex: '', ignoreCase: false, severity: 'medium', minCount: 1, logGroups: [] };
      for (const [key, raw] of entries) {
        const spec = own(LOG_PATTERN_SECTION, key);
        if (!spec) unknownKey(raw, section, Object.keys(LOG_PATTERN_SECTION));
        else if (key === 'regex') pattern.regex = (check(spec, raw, key) as string | undefined) ?? '';
        else if (key === 'ignore_case') pattern.ignoreCase = (check(spec, raw, key) as boolean | undefined) ?? false;
        else if (key === 'severity') pattern.severity = (check(spec, raw, key) as Severity | undefined) ?? 'medium';
        else if (key === 'min_count') pattern.minCount = (check(spec, raw, key) as number | undefined) ?? 1;
        else if (key === 'log_groups') pattern.logGroups = (check(spec, raw, key) as string[] | undefined) ?? [];
      }
      if (!entries.has('regex')) problems.push({ where: sectionWhere(section), message: 'regex is required for a log pattern' });
      else if (pattern.regex) patterns.push(pattern);
      continue;
    }
    if (kind === 'notify' && name) {
      const target = notifySection(name, entries, sectionWhere(section), check, (raw) => unknownKey(raw, section, Object.keys(NOTIFY_SECTION)), problems);
      if (target) notify.push(target);
      continue;
    }
    if (kind === 'mute' && name) {
      const mute: MuteRule = { name, finding: '', accounts: [], regions: [], tags: [], reason: '', until: '' };
      for (const [key, raw] of entries) {
        const spec = own(MUTE_SECTION, key);
        if (!spec) unknownKey(raw, section, Object.keys(MUTE_SECTION));
        else if (key === 'finding') mute.finding = (check(spec, raw, key) as string | undefined) ?? '';
        else if (key === 'accounts') mute.accounts = (check(spec, raw, key) as string[] | undefined) ?? [];
        else if (key === 'regions') mute.regions = (check(spec, raw, key) as string[] | undefined) ?? [];
        else if (key === 'tags') mute.tags = (check(spec, raw, key) as TagFilter[] | undefined) ?? [];
        else if (key === 'reason') mute.reason = (check(spec, raw, key) as string | undefined) ?? '';
        else if (key === 'until') mute.until = (check(spec, raw, key) as string | undefined) ?? '';
      }
      // A mute without a reason or an end is how accepted risk becomes forgotten risk: both are required.
      const missing = ['finding', 'reason', 'until'].filter((key) => !entries.has(key));
      if (missing.length > 0) problems.push({ where: sectionWhere(section), message: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required for a mute` });
      else if (mute.finding && mute.reason && mute.until) mutes.push(mute);
      continue;
    }
    if (kind === 'detector' && name) {
      const detector = detectorSpecs.get(name);
      const first = [...entries.values()][0];
      if (!detector) {
        problems.push({
          where: sections.get(section) ?? first?.where ?? sectionWhere(section),
          message: `unknown detector "${shown(name)}"; known detectors: ${[...detectorSpecs.keys()].join(', ')}`,
        });
        continue;
      }
      const settings: DetectorSettings = { enabled: true, thresholds: {} };
      for (const [key, raw] of entries) {
        const threshold = own(detector.thresholds, key);
        const spec = own(DETECTOR_COMMON, key) ?? threshold?.spec;
        if (!spec) unknownKey(raw, section, [...Object.keys(DETECTOR_COMMON), ...Object.keys(detector.thresholds)]);
        else if (key === 'enabled') settings.enabled = check(spec, raw, key) as boolean;
        else if (key === 'severity') settings.severity = check(spec, raw, key) as Severity;
        else settings.thresholds[key] = check(spec, raw, key) as number;
      }
      detectors[name] = settings;
      continue;
    }
    const first = [...entries.values()][0];
    problems.push({
      where: sections.get(section) ?? first?.where.replace(/ \S+$/, '') ?? sectionWhere(section),
      message: `unknown section [${shown(section)}]; allowed: ${sectionList()}`,
    });
  }

  // Fill every known detector, so detectors never deal with missing settings.
  for (const detector of options.catalog.detectors) {
    const settings = detectors[detector.id] ?? { enabled: true, thresholds: {} };
    for (const [key, threshold] of Object.entries(detector.thresholds)) {
      settings.thresholds[key] ??= threshold.default;
    }
    detectors[detector.id] = settings;
  }

  const get = <T>(field: string): T | undefined => values.get(field) as T | undefined;
  const services = get<string[]>('scan.services') ?? [...options.catalog.services];
  // An empty list (`--services ,`, an unset CI variable) would scan nothing and call it healthy.
  if (services.length === 0 && layered.get('scan')?.has('services')) {
    problems.push({
      where: layered.get('scan')!.get('services')!.where,
      message: `no service to scan (the list is empty); name some of ${options.catalog.services.join(', ')}, or leave it unset to scan them all`,
    });
  }
  const unknownServices = services.filter((s) => !options.catalog.services.includes(s));
  if (unknownServices.length > 0) {
    problems.push({
      where: layered.get('scan')?.get('services')?.where ?? 'scan.services',
      message: `unknown service${unknownServices.length > 1 ? 's' : ''} ${unknownServices.join(', ')}; available: ${options.catalog.services.join(', ')}`,
    });
  }

  const window = resolveWindow(layered, get, options.now, problems);
  const accessKeyId = get<string>('credentials.aws_access_key_id');
  const secretAccessKey = get<string>('credentials.aws_secret_access_key');
  const sessionToken = get<string>('credentials.aws_session_token');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    problems.push({ where: '[credentials]', message: 'set both aws_access_key_id and aws_secret_access_key, or neither' });
  }

  const region = regionOf(layered, get, options.env, problems);
  const config: ScanConfig = {
    region: region.region,
    regionSource: region.source,
    maxAttempts: get<number>('aws.max_attempts') ?? DEFAULTS.maxAttempts,
    requestTimeoutMs: get<number>('aws.request_timeout') ?? DEFAULTS.requestTimeoutMs,
    window,
    services: services.filter((s) => options.catalog.services.includes(s)),
    concurrency: get<number>('scan.concurrency') ?? DEFAULTS.concurrency,
    accountConcurrency: get<number>('scan.account_concurrency') ?? DEFAULTS.accountConcurrency,
    allowEmpty: get<boolean>('scan.allow_empty') ?? false,
    filters: {
      cloudformationPrefix: get<string>('filters.cloudformation_prefix') ?? DEFAULTS.cloudformationPrefix,
      cloudformationSuffix: get<string>('filters.cloudformation_suffix') ?? DEFAULTS.cloudformationSuffix,
      includeNames: get<string[]>('filters.include_names') ?? [],
      excludeNames: get<string[]>('filters.exclude_names') ?? [],
      includeTags: get<TagFilter[]>('filters.include_tags') ?? [],
      excludeTags: get<TagFilter[]>('filters.exclude_tags') ?? [],
    },
    metrics: {
      enabled: get<boolean>('metrics.enabled') ?? true,
      maxPointsPerSeries: get<number>('metrics.max_points_per_series') ?? DEFAULTS.maxPointsPerSeries,
      baselineMs: get<number>('metrics.baseline') ?? DEFAULTS.metricBaselineMs,
    },
    logs: {
      enabled: get<boolean>('logs.enabled') ?? true,
      engine: get<LogEngineChoice>('logs.engine') ?? 'auto',
      errorPatterns: get<string[]>('logs.error_patterns') ?? DEFAULTS.errorPatterns,
      extraLogGroups: get<string[]>('logs.extra_log_groups') ?? [],
      recentMs: get<number>('logs.recent') ?? DEFAULTS.logRecentMs,
      scanBudgetBytes: (get<number>('logs.scan_budget_mb') ?? DEFAULTS.logScanBudgetMb) * 1_048_576,
      filterMaxBytes: (get<number>('logs.filter_max_mb') ?? DEFAULTS.logFilterMaxMb) * 1_048_576,
      maxEventsPerSource: get<number>('logs.max_events_per_source') ?? DEFAULTS.maxEventsPerSource,
      maxEventsTotal: get<number>('logs.max_events_total') ?? DEFAULTS.maxEventsTotal,
      patternBudgetMs: get<number>('logs.pattern_budget') ?? DEFAULTS.patternBudgetMs,
      patterns,
    },
    output: {
      format: get<OutputFormat>('output.format') ?? DEFAULTS.format,
      failOn: get<FailOn>('output.fail_on') ?? DEFAULTS.failOn,
      minSeverity: {
        text: get<Severity>('output.min_severity') ?? DEFAULTS.minSeverity,
        markdown: get<Severity>('output.markdown_min_severity') ?? get<Severity>('output.min_severity') ?? DEFAULTS.minSeverity,
        annotations: get<Severity>('output.annotations_min_severity') ?? DEFAULTS.annotationsMinSeverity,
      },
      mergeRelated: get<boolean>('output.merge_related') ?? true,
    },
    gate: {
      windowMs: get<number>('gate.window') ?? 30 * 60_000,
      confidence: get<number>('gate.confidence') ?? 0.95,
      tolerance: (get<number>('gate.tolerance_percent') ?? 10) / 100,
      passScore: get<number>('gate.pass_score') ?? 90,
      marginalScore: get<number>('gate.marginal_score') ?? 70,
      minSamples: get<number>('gate.min_samples') ?? 5,
      newSignatureMinCount: get<number>('gate.new_signature_min_count') ?? 3,
      minJudgedShare: (get<number>('gate.min_judged_percent') ?? 50) / 100,
      criticalMetrics: criticalMetrics(layered, get, problems),
      failOnMarginal: get<boolean>('gate.fail_on_marginal') ?? false,
    },
    accounts,
    mutes,
    detectors,
    notify,
  };
  const profile = get<string>('aws.profile');
  if (profile) {
    config.profile = profile;
    config.profileSource = layered.get('aws')!.get('profile')!.where;
  }
  const endpointUrl = get<string>('aws.endpoint_url');
  if (endpointUrl) config.endpointUrl = endpointUrl;
  const deadlineMs = get<number>('scan.deadline');
  if (deadlineMs) config.deadlineMs = deadlineMs;
  const failOnNew = get<Severity>('output.fail_on_new');
  if (failOnNew) config.output.failOnNew = failOnNew;
  const file = get<string>('output.file');
  if (file) config.output.file = file;
  if (accessKeyId && secretAccessKey) {
    config.credentials = { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  }
  const organization = organizationOf(layered, sectionWhere, get, problems);
  if (organization) config.organization = organization;
  const onlyAccount = get<string>('scan.account')?.trim();
  if (onlyAccount) {
    const where = layered.get('scan')!.get('account')!.where;
    if (!organization && accounts.length === 0)
      problems.push({ where, message: 'picks one of the accounts [organization] or [account:NAME] sections configure, and there are none' });
    config.onlyAccount = { account: onlyAccount, where };
  }
  return config;
}

/** One `[notify:NAME]` section, or undefined (with the problems recorded) when it cannot be used. */
function notifySection(
  name: string,
  entries: Map<string, RawSetting>,
  where: string,
  check: (spec: SettingSpec, raw: RawSetting, field: string) => unknown,
  unknownKey: (raw: RawSetting) => void,
  problems: Problem[],
): NotifyConfig | undefined {
  const values: Record<string, unknown> = {};
  for (const [key, raw] of entries) {
    const spec = own(NOTIFY_SECTION, key);
    if (!spec) unknownKey(raw);
    else values[key] = check(spec, raw, key);
  }
  const missing = ['type', 'url_env'].filter((key) => !entries.has(key));
  if (missing.length > 0) {
    problems.push({
      where,
      message: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required for a notification (type = webhook | slack | teams | pagerduty; url_env = the environment variable holding the URL, or the PagerDuty routing key)`,
    });
    return undefined;
  }
  const type = values.type as NotifyType | undefined;
  if (!type || !values.url_env) return undefined;
  if (entries.has('secret_env') && type !== 'webhook')
    problems.push({ where: entries.get('secret_env')!.where, message: 'secret_env signs webhook requests only; remove it or set type = webhook' });
  if (entries.has('events_url') && type !== 'pagerduty') problems.push({ where: entries.get('events_url')!.where, message: 'events_url applies to type = pagerduty only' });
  return {
    name,
    type,
    urlEnv: values.url_env as string,
    ...(values.secret_env ? { secretEnv: values.secret_env as string } : {}),
    minSeverity: (values.min_severity as Severity | undefined) ?? NOTIFY_DEFAULTS.minSeverity,
    on: (values.on as NotifyOn | undefined) ?? NOTIFY_DEFAULTS.on,
    ...(type === 'pagerduty' ? { eventsUrl: (values.events_url as string | undefined) ?? NOTIFY_DEFAULTS.pagerdutyEventsUrl } : {}),
    where,
  };
}

/** `[organization]` (from the file or AWS_MONITOR_ORGANIZATION_* variables), when present: role_name is required. */
function organizationOf(
  layered: Layered,
  sectionWhere: (section: string) => string,
  get: <T>(field: string) => T | undefined,
  problems: Problem[],
): OrganizationConfig | undefined {
  const section = layered.get('organization');
  if (!section) return undefined;
  const roleName = get<string>('organization.role_name');
  if (!section.has('role_name'))
    problems.push({ where: sectionWhere('organization'), message: 'role_name is required: the role aws-monitor assumes in every account of the organization' });
  if (!roleName) return undefined;
  const externalId = get<string>('organization.external_id');
  const sessionName = get<string>('organization.session_name');
  return {
    roleName,
    include: get<string[]>('organization.include') ?? [],
    exclude: get<string[]>('organization.exclude') ?? [],
    regions: get<OrganizationConfig['regions']>('organization.regions') ?? [],
    ...(externalId ? { externalId } : {}),
    ...(sessionName ? { sessionName } : {}),
  };
}

function resolveWindow(layered: Layered, get: <T>(field: string) => T | undefined, now: Date, problems: Problem[]): { from: Date; to: Date } {
  const scan = layered.get('scan');
  const from = get<Date>('scan.from');
  const to = get<Date>('scan.to') ?? now;
  const where = scan?.get('from')?.where ?? scan?.get('to')?.where ?? 'scan window';
  if (scan?.has('to') && !scan.has('from')) {
    problems.push({ where: scan.get('to')!.where, message: 'to needs from as well' });
  }
  if (!from) {
    const since = get<number>('scan.since') ?? DEFAULTS.sinceMs;
    return { from: new Date(to.getTime() - since), to };
  }
  if (from.getTime() >= to.getTime()) problems.push({ where, message: `from (${from.toISOString()}) must be before to (${to.toISOString()})` });
  else if (to.getTime() - from.getTime() > MAX_WINDOW_MS) problems.push({ where, message: 'the window from..to may be at most 90 days' });
  if (to.getTime() > now.getTime() + 5 * 60_000) problems.push({ where: scan?.get('to')?.where ?? where, message: 'to is in the future' });
  return { from, to };
}

/**
 * The region as the AWS CLI picks it, below our own settings: `[aws] region` (flag, AWS_MONITOR_AWS_REGION
 * or config.ini), then AWS_REGION, then AWS_DEFAULT_REGION. The profile's region comes after these,
 * read by resolveProfile (aws-profile.ts) where the source is still `default`.
 */
function regionOf(layered: Layered, get: <T>(field: string) => T | undefined, env: Record<string, string | undefined>, problems: Problem[]): { region: string; source: string } {
  const configured = get<string>('aws.region');
  if (configured) return { region: configured, source: layered.get('aws')!.get('region')!.where };
  for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const value = env[name]?.trim();
    if (!value) continue;
    const parsed = SECTIONS.aws!.region!.schema.safeParse(value);
    if (!parsed.success) problems.push({ where: `env ${name}`, message: `value "${shown(value)}" is not an AWS region code such as us-east-2` });
    return { region: value, source: `env ${name}` };
  }
  return { region: DEFAULTS.region, source: 'default' };
}

function criticalMetrics(layered: Layered, get: <T>(field: string) => T | undefined, problems: Problem[]): string[] {
  const ids = get<string[]>('gate.critical_metrics');
  if (!ids) return [...DEFAULT_CRITICAL_METRICS];
  const unknown = ids.filter((id) => !GATE_METRIC_IDS.includes(id));
  if (unknown.length > 0)
    problems.push({ where: layered.get('gate')!.get('critical_metrics')!.where, message: `unknown gate metric ${unknown.join(', ')}; known: ${GATE_METRIC_IDS.join(', ')}` });
  return ids.filter((id) => GATE_METRIC_IDS.includes(id));
}

function splitSection(section: string): [string, string | undefined] {
  const index = section.indexOf(':');
  return index === -1 ? [section, undefined] : [section.slice(0, index).trim(), section.slice(index + 1).trim() || undefined];
}

function sectionList(): string {
  return [...Object.keys(SECTIONS).map((s) => `[${s}]`), '[account:NAME]', '[detector:ID]', '[log_pattern:NAME]', '[notify:NAME]', '[mute:NAME]'].join(', ');
}

/** A value as an error message may echo it: control characters visible, at most 60 characters. */
function shown(value: string): string {
  const text = visible(value.length > 200 ? value.slice(0, 200) : value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** record[key] only for the record's own keys: "constructor" or "__proto__" in a config file is an unknown key, not Object's. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
