// Builds one validated ScanConfig from, lowest to highest precedence: defaults, config.ini,
// AWS_MONITOR_* environment variables, then the adapter's overrides (CLI flags or Action inputs).
// Every problem found is reported at once, each naming where the bad value came from.

import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, type Problem } from '../errors.js';
import { credentialsOf, criticalMetricsOf, FixedValues, onlyAccountOf, organizationOf, profileOf, regionOf, servicesOf, windowOf } from './fixed-sections.js';
import { parseIni } from './ini-file.js';
import { readAccount, readDetector, readLogPattern, readMute, readNotify, unknownDetector, type DetectorCatalogEntry } from './named-sections.js';
import type { AccountConfig, DetectorSettings, LogPattern, MuteRule, NotifyConfig, ScanConfig } from './schema.js';
import { NAMED_SECTIONS, SETTINGS, defaultValue, namedSectionTitle, plainSettings, type Override } from './settings.js';
import { own, shown, Validation, type Layered, type RawSetting } from './validation.js';

export type { DetectorCatalogEntry, Override };

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

  const validation = new Validation(layered, sections);
  const config = validate(validation, options);
  if (configFile) config.configFile = configFile;
  if (validation.problems.length > 0) throw new ConfigError(validation.problems);
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
  for (const [section, keys] of Object.entries(SETTINGS)) {
    for (const key of Object.keys(keys)) known.set(envName(section, key), [section, key]);
  }
  for (const detector of options.catalog.detectors) {
    const section = `detector:${detector.id}`;
    for (const key of [...Object.keys(NAMED_SECTIONS.detector), ...Object.keys(detector.thresholds)]) {
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

/** Every section to its validator, then the settings that span sections; problems are collected, not thrown. */
function validate(validation: Validation, options: LoadOptions): ScanConfig {
  const fixed = new FixedValues();
  const accounts: AccountConfig[] = [];
  const patterns: LogPattern[] = [];
  const mutes: MuteRule[] = [];
  const notify: NotifyConfig[] = [];
  const detectors: Record<string, DetectorSettings> = {};
  const detectorSpecs = new Map(options.catalog.detectors.map((d) => [d.id, d]));

  for (const [section, entries] of validation.layered) {
    if (section === '') {
      for (const raw of entries.values()) validation.problem(raw.where, 'setting outside any [section]; put it under one of ' + sectionList());
      continue;
    }
    if (fixed.add(validation, section, entries)) continue;
    const [kind, name] = splitSection(section);
    const detector = kind === 'detector' && name ? detectorSpecs.get(name) : undefined;
    if (kind === 'account' && name) keep(accounts, readAccount(validation, section, name, entries));
    else if (kind === 'log_pattern' && name) keep(patterns, readLogPattern(validation, section, name, entries));
    else if (kind === 'notify' && name) keep(notify, readNotify(validation, section, name, entries));
    else if (kind === 'mute' && name) keep(mutes, readMute(validation, section, name, entries));
    else if (detector) detectors[detector.id] = readDetector(validation, section, detector, entries);
    else if (kind === 'detector' && name) unknownDetector(validation, section, name, entries, [...detectorSpecs.keys()]);
    else unknownSection(validation, section, entries);
  }
  // Fill every known detector, so detectors never deal with missing settings.
  for (const detector of options.catalog.detectors) {
    const settings = detectors[detector.id] ?? { enabled: defaultValue(NAMED_SECTIONS.detector.enabled), thresholds: {} };
    for (const [key, threshold] of Object.entries(detector.thresholds)) settings.thresholds[key] ??= threshold.default;
    detectors[detector.id] = settings;
  }

  const services = servicesOf(validation, fixed, options.catalog.services);
  const window = windowOf(validation, fixed, options.now);
  const credentials = credentialsOf(validation, fixed);
  const plain = plainSettings(fixed.read);
  const config: ScanConfig = {
    ...regionOf(validation, fixed, options.env),
    ...plain,
    window,
    services,
    logs: { ...plain.logs, patterns },
    gate: { ...plain.gate, criticalMetrics: criticalMetricsOf(validation, fixed) },
    accounts,
    mutes,
    detectors,
    notify,
    ...profileOf(fixed),
  };
  if (credentials) config.credentials = credentials;
  const organization = organizationOf(validation, fixed);
  if (organization) config.organization = organization;
  const onlyAccount = onlyAccountOf(validation, fixed, Boolean(organization) || accounts.length > 0);
  if (onlyAccount) config.onlyAccount = onlyAccount;
  return config;
}

function keep<T>(list: T[], item: T | undefined): void {
  if (item) list.push(item);
}

function unknownSection(validation: Validation, section: string, entries: ReadonlyMap<string, RawSetting>): void {
  const first = [...entries.values()][0];
  validation.problem(
    validation.writtenAt(section) ?? first?.where.replace(/ \S+$/, '') ?? validation.sectionWhere(section),
    `unknown section [${shown(section)}]; allowed: ${sectionList()}`,
  );
}

function splitSection(section: string): [string, string | undefined] {
  const index = section.indexOf(':');
  return index === -1 ? [section, undefined] : [section.slice(0, index).trim(), section.slice(index + 1).trim() || undefined];
}

function sectionList(): string {
  return [...Object.keys(SETTINGS), ...Object.keys(NAMED_SECTIONS).map(namedSectionTitle)].map((section) => `[${section}]`).join(', ');
}
