// Validators of the fixed sections, one per concern that spans more than one key or looks beyond
// the key itself: the services against the collector registry, the scan window, the region chain,
// the profile, static credentials, `[organization]`, `[scan] account` and the gate's critical
// metrics. Each key alone is checked by its row in settings.ts.

import { GATE_METRIC_IDS } from '../gate/gate-plan.js';
import { MAX_WINDOW_MS, type OrganizationConfig, type ScanConfig, type StaticCredentials } from './schema.js';
import { SETTINGS, defaultValue, type Setting, type SettingReader } from './settings.js';
import { checkSection, own, shown, type RawSetting, type Validation } from './validation.js';

/** The checked values of the fixed sections, read by setting. */
export class FixedValues {
  private readonly values = new Map<Setting, unknown>();
  private readonly wheres = new Map<Setting, string>();

  /** Checks a fixed section's keys; false when `section` is not a fixed section. */
  add(validation: Validation, section: string, entries: ReadonlyMap<string, RawSetting>): boolean {
    const table = own<Readonly<Record<string, Setting>>>(SETTINGS, section);
    if (!table) return false;
    for (const [key, value] of checkSection(validation, section, entries, table)) {
      const setting = table[key]!;
      this.values.set(setting, value);
      this.wheres.set(setting, entries.get(key)!.where);
    }
    return true;
  }

  /** The value set, else the default. */
  readonly read: SettingReader = ((setting: Setting) => this.values.get(setting) ?? defaultValue(setting)) as SettingReader;

  /** The value set (and valid), without the default. */
  configured<T>(setting: Setting<T>): T | undefined {
    return this.values.get(setting) as T | undefined;
  }

  /** Where the setting was written, when it was. */
  where(setting: Setting): string | undefined {
    return this.wheres.get(setting);
  }
}

/** `[scan] services`, checked against the collector registry; unset: every service. */
export function servicesOf(validation: Validation, fixed: FixedValues, catalog: readonly string[]): string[] {
  const services = fixed.configured(SETTINGS.scan.services) ?? [...catalog];
  const where = fixed.where(SETTINGS.scan.services);
  // An empty list (`--services ,`, an unset CI variable) would scan nothing and call it healthy.
  if (services.length === 0 && where) {
    validation.problem(where, `no service to scan (the list is empty); name some of ${catalog.join(', ')}, or leave it unset to scan them all`);
  }
  const unknown = services.filter((s) => !catalog.includes(s));
  if (unknown.length > 0) {
    validation.problem(where ?? 'scan.services', `unknown service${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; available: ${catalog.join(', ')}`);
  }
  return services.filter((s) => catalog.includes(s));
}

/** `since` ending now, or `from`..`to` (to defaults to now): before now, at most 90 days. */
export function windowOf(validation: Validation, fixed: FixedValues, now: Date): ScanConfig['window'] {
  const { scan } = SETTINGS;
  const from = fixed.configured(scan.from);
  const to = fixed.configured(scan.to) ?? now;
  const fromWhere = validation.whereOf('scan', 'from');
  const toWhere = validation.whereOf('scan', 'to');
  const where = fromWhere ?? toWhere ?? 'scan window';
  if (toWhere && !fromWhere) validation.problem(toWhere, 'to needs from as well');
  if (!from) return { from: new Date(to.getTime() - fixed.read(scan.since)), to };
  if (from.getTime() >= to.getTime()) validation.problem(where, `from (${from.toISOString()}) must be before to (${to.toISOString()})`);
  else if (to.getTime() - from.getTime() > MAX_WINDOW_MS) validation.problem(where, 'the window from..to may be at most 90 days');
  if (to.getTime() > now.getTime() + 5 * 60_000) validation.problem(toWhere ?? where, 'to is in the future');
  return { from, to };
}

/**
 * The region as the AWS CLI picks it, below our own settings: `[aws] region` (flag, AWS_MONITOR_AWS_REGION
 * or config.ini), then AWS_REGION, then AWS_DEFAULT_REGION. The profile's region comes after these,
 * read by resolveProfile (aws-profile.ts) where the source is still `default`.
 */
export function regionOf(validation: Validation, fixed: FixedValues, env: Record<string, string | undefined>): { region: string; regionSource: string } {
  const setting = SETTINGS.aws.region;
  const configured = fixed.configured(setting);
  if (configured) return { region: configured, regionSource: fixed.where(setting)! };
  for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (!setting.spec.schema.safeParse(value).success) validation.problem(`env ${name}`, `value "${shown(value)}" is not an AWS region code such as us-east-2`);
    return { region: value, regionSource: `env ${name}` };
  }
  return { region: defaultValue(setting), regionSource: 'default' };
}

/** `[aws] profile` and where it was named. */
export function profileOf(fixed: FixedValues): Pick<ScanConfig, 'profile' | 'profileSource'> {
  const profile = fixed.configured(SETTINGS.aws.profile);
  return profile ? { profile, profileSource: fixed.where(SETTINGS.aws.profile)! } : {};
}

/** `[credentials]`: a key id and its secret together, or neither. */
export function credentialsOf(validation: Validation, fixed: FixedValues): StaticCredentials | undefined {
  const { credentials } = SETTINGS;
  const accessKeyId = fixed.configured(credentials.aws_access_key_id);
  const secretAccessKey = fixed.configured(credentials.aws_secret_access_key);
  const sessionToken = fixed.configured(credentials.aws_session_token);
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) validation.problem('[credentials]', 'set both aws_access_key_id and aws_secret_access_key, or neither');
  if (!accessKeyId || !secretAccessKey) return undefined;
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

/** `[organization]` (from the file or AWS_MONITOR_ORGANIZATION_* variables), when present: role_name is required. */
export function organizationOf(validation: Validation, fixed: FixedValues): OrganizationConfig | undefined {
  const section = validation.layered.get('organization');
  if (!section) return undefined;
  const { organization } = SETTINGS;
  if (!section.has('role_name'))
    validation.problem(validation.sectionWhere('organization'), 'role_name is required: the role aws-monitor assumes in every account of the organization');
  const roleName = fixed.configured(organization.role_name);
  if (!roleName) return undefined;
  const externalId = fixed.configured(organization.external_id);
  const sessionName = fixed.configured(organization.session_name);
  return {
    roleName,
    include: fixed.read(organization.include),
    exclude: fixed.read(organization.exclude),
    regions: fixed.read(organization.regions),
    ...(externalId ? { externalId } : {}),
    ...(sessionName ? { sessionName } : {}),
  };
}

/** `[scan] account`: one of the accounts configured, so there must be some. */
export function onlyAccountOf(validation: Validation, fixed: FixedValues, accountsConfigured: boolean): ScanConfig['onlyAccount'] {
  const account = fixed.configured(SETTINGS.scan.account)?.trim();
  if (!account) return undefined;
  const where = fixed.where(SETTINGS.scan.account)!;
  if (!accountsConfigured) validation.problem(where, 'picks one of the accounts [organization] or [account:NAME] sections configure, and there are none');
  return { account, where };
}

/** `[gate] critical_metrics`, known ids only. */
export function criticalMetricsOf(validation: Validation, fixed: FixedValues): string[] {
  const ids = fixed.read(SETTINGS.gate.critical_metrics);
  const unknown = ids.filter((id) => !GATE_METRIC_IDS.includes(id));
  if (unknown.length > 0) validation.problem(fixed.where(SETTINGS.gate.critical_metrics)!, `unknown gate metric ${unknown.join(', ')}; known: ${GATE_METRIC_IDS.join(', ')}`);
  return ids.filter((id) => GATE_METRIC_IDS.includes(id));
}
