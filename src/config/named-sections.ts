// Validators of the sections a user may write many of: `[account:NAME]`, `[log_pattern:NAME]`,
// `[notify:NAME]`, `[mute:NAME]` and `[detector:ID]`. Each checks its keys against its rows in
// settings.ts, fills the defaults from there, and says which required key is missing where.

import type { AccountConfig, DetectorSettings, LogPattern, MuteRule, NotifyConfig, SettingSpec } from './schema.js';
import { NAMED_SECTIONS, defaultValue } from './settings.js';
import { checkSection, own, sectionReader, shown, type RawSetting, type Validation } from './validation.js';

type Entries = ReadonlyMap<string, RawSetting>;

/** `and`-joined missing keys with the right verb: "finding and reason are required for a mute". */
function missingMessage(missing: readonly string[], what: string): string {
  return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required for ${what}`;
}

export function readAccount(validation: Validation, section: string, name: string, entries: Entries): AccountConfig | undefined {
  const values = checkSection(validation, section, entries, NAMED_SECTIONS.account);
  if (!entries.has('role_arn')) {
    validation.problem(validation.sectionWhere(section), missingMessage(['role_arn'], 'an account'));
    return undefined;
  }
  const roleArn = values.get('role_arn') as string | undefined;
  if (!roleArn) return undefined;
  const account: AccountConfig = { name, roleArn };
  // Present when written, even empty: the account's own settings, with no default of their own.
  if (values.get('external_id') !== undefined) account.externalId = values.get('external_id') as string;
  if (values.get('regions') !== undefined) account.regions = values.get('regions') as string[];
  if (values.get('session_name') !== undefined) account.sessionName = values.get('session_name') as string;
  return account;
}

export function readLogPattern(validation: Validation, section: string, name: string, entries: Entries): LogPattern | undefined {
  const table = NAMED_SECTIONS.log_pattern;
  const read = sectionReader(table, checkSection(validation, section, entries, table));
  if (!entries.has('regex')) {
    validation.problem(validation.sectionWhere(section), missingMessage(['regex'], 'a log pattern'));
    return undefined;
  }
  const regex = read(table.regex);
  if (!regex) return undefined;
  return {
    name,
    regex,
    ignoreCase: read(table.ignore_case),
    severity: read(table.severity),
    minCount: read(table.min_count),
    logGroups: read(table.log_groups),
  };
}

export function readNotify(validation: Validation, section: string, name: string, entries: Entries): NotifyConfig | undefined {
  const table = NAMED_SECTIONS.notify;
  const read = sectionReader(table, checkSection(validation, section, entries, table));
  const where = validation.sectionWhere(section);
  const missing = ['type', 'url_env'].filter((key) => !entries.has(key));
  if (missing.length > 0) {
    validation.problem(
      where,
      `${missingMessage(missing, 'a notification')} (type = webhook | slack | teams | pagerduty; url_env = the environment variable holding the URL, or the PagerDuty routing key)`,
    );
    return undefined;
  }
  const type = read(table.type);
  const urlEnv = read(table.url_env);
  if (!type || !urlEnv) return undefined;
  if (entries.has('secret_env') && type !== 'webhook')
    validation.problem(entries.get('secret_env')!.where, 'secret_env signs webhook requests only; remove it or set type = webhook');
  if (entries.has('events_url') && type !== 'pagerduty') validation.problem(entries.get('events_url')!.where, 'events_url applies to type = pagerduty only');
  const secretEnv = read(table.secret_env);
  return {
    name,
    type,
    urlEnv,
    ...(secretEnv ? { secretEnv } : {}),
    minSeverity: read(table.min_severity),
    on: read(table.on),
    ...(type === 'pagerduty' ? { eventsUrl: read(table.events_url) } : {}),
    where,
  };
}

export function readMute(validation: Validation, section: string, name: string, entries: Entries): MuteRule | undefined {
  const table = NAMED_SECTIONS.mute;
  const read = sectionReader(table, checkSection(validation, section, entries, table));
  // A mute without a reason or an end is how accepted risk becomes forgotten risk: both are required.
  const missing = ['finding', 'reason', 'until'].filter((key) => !entries.has(key));
  if (missing.length > 0) {
    validation.problem(validation.sectionWhere(section), missingMessage(missing, 'a mute'));
    return undefined;
  }
  const finding = read(table.finding);
  const reason = read(table.reason);
  const until = read(table.until);
  if (!finding || !reason || !until) return undefined;
  return { name, finding, accounts: read(table.accounts), regions: read(table.regions), tags: read(table.tags), reason, until };
}

/** A detector's threshold keys, with their specs and defaults (from its registry entry). */
export interface DetectorCatalogEntry {
  id: string;
  thresholds: Record<string, { spec: SettingSpec; default: number }>;
}

/** `[detector:ID]`: enabled, severity and the detector's own thresholds; undefined for an unknown id. */
export function readDetector(validation: Validation, section: string, detector: DetectorCatalogEntry, entries: Entries): DetectorSettings {
  const common = NAMED_SECTIONS.detector;
  const settings: DetectorSettings = { enabled: defaultValue(common.enabled), thresholds: {} };
  for (const [key, raw] of entries) {
    const threshold = own(detector.thresholds, key);
    const spec = own<{ spec: SettingSpec }>(common, key)?.spec ?? threshold?.spec;
    if (!spec) validation.unknownKey(raw, section, [...Object.keys(common), ...Object.keys(detector.thresholds)]);
    else if (key === 'enabled') settings.enabled = validation.check(common.enabled.spec, raw) as boolean;
    else if (key === 'severity') settings.severity = validation.check(common.severity.spec, raw)!;
    else settings.thresholds[key] = validation.check(spec, raw) as number;
  }
  return settings;
}

/** An unknown `[detector:ID]`, listing the known ids. */
export function unknownDetector(validation: Validation, section: string, name: string, entries: Entries, known: readonly string[]): void {
  const first = [...entries.values()][0];
  validation.problem(validation.writtenAt(section) ?? first?.where ?? validation.sectionWhere(section), `unknown detector "${shown(name)}"; known detectors: ${known.join(', ')}`);
}
