// What every section validator shares: the layered raw settings, the problem list, and how one
// raw value is checked against its spec so that every message names where the value came from
// (file and line, section and key; or the variable, flag or input) and what is allowed.

import type { Problem } from '../errors.js';
import { visible } from '../report/output-safety.js';
import type { SettingSpec } from './schema.js';
import { defaultValue, type Setting, type SettingReader } from './settings.js';

export interface RawSetting {
  value: string;
  /** `config.ini:3 [scan] since`, `env AWS_MONITOR_SCAN_SINCE`, `--since`, `input since`. */
  where: string;
}

/** section -> key -> the value of the highest layer that set it. */
export type Layered = Map<string, Map<string, RawSetting>>;

export class Validation {
  readonly problems: Problem[] = [];

  constructor(
    readonly layered: Layered,
    /** Where each section was written (`config.ini:12 [account:prod]`), for problems with a section as a whole. */
    private readonly sectionLines: ReadonlyMap<string, string>,
  ) {}

  /** The value, or undefined with a problem naming where it came from, what was wrong and what is allowed. */
  check<T>(spec: SettingSpec<T>, raw: RawSetting): T | undefined {
    const result = spec.schema.safeParse(raw.value);
    if (result.success) return result.data;
    const value = spec.secret ? '' : ` "${shown(raw.value)}"`;
    this.problem(raw.where, `value${value} ${result.error.issues[0]?.message ?? 'is invalid'} (allowed: ${spec.allowed})`);
    return undefined;
  }

  unknownKey(raw: RawSetting, section: string, allowed: readonly string[]): void {
    this.problem(raw.where, `unknown key in [${section}]; allowed keys: ${allowed.join(', ')}`);
  }

  /** `config.ini:12 [account:prod]` when the section was written in the file, else `[account:prod]`. */
  sectionWhere(section: string): string {
    return this.writtenAt(section) ?? `[${shown(section)}]`;
  }

  /** The file line of the section header, when there is one. */
  writtenAt(section: string): string | undefined {
    return this.sectionLines.get(section);
  }

  /** Where a setting came from, when it was set. */
  whereOf(section: string, key: string): string | undefined {
    return this.layered.get(section)?.get(key)?.where;
  }

  problem(where: string, message: string): void {
    this.problems.push({ where, message });
  }
}

/**
 * Checks each key of a section against its table and returns the values that parsed; an unknown
 * key is a problem listing the allowed ones.
 */
export function checkSection(
  validation: Validation,
  section: string,
  entries: ReadonlyMap<string, RawSetting>,
  specs: Readonly<Record<string, { spec: SettingSpec }>>,
): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const [key, raw] of entries) {
    const setting = own(specs, key);
    if (!setting) validation.unknownKey(raw, section, Object.keys(specs));
    else values.set(key, validation.check(setting.spec, raw));
  }
  return values;
}

/** A value as an error message may echo it: control characters visible, at most 60 characters. */
export function shown(value: string): string {
  const text = visible(value.length > 200 ? value.slice(0, 200) : value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** record[key] only for the record's own keys: "constructor" or "__proto__" in a config file is an unknown key, not Object's. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Reads a section's settings from its checked values, falling back to each setting's default. */
export function sectionReader(table: Readonly<Record<string, Setting>>, values: ReadonlyMap<string, unknown>): SettingReader {
  const keys = new Map<Setting, string>(Object.entries(table).map(([key, setting]) => [setting, key]));
  const read = (setting: Setting): unknown => {
    const key = keys.get(setting);
    if (key === undefined) throw new Error('a setting read from a section it is not in');
    return values.get(key) ?? defaultValue(setting);
  };
  return read as SettingReader;
}
