// The config's shape (ScanConfig and its parts) and how each kind of value is parsed: a spec per
// kind (integer, duration, region...) that turns the text of config.ini, an AWS_MONITOR_* variable,
// a CLI flag or an Action input into a value, or says what is allowed. Which settings exist, with
// their defaults and descriptions, is settings.ts.

import { z } from 'zod';
import type { OutputFormat } from './cli-choices.js';
import type { Severity } from '../report/model.js';
import { DURATION_HELP, parseDuration } from './duration.js';
import { parseIsoTime } from './iso-time.js';
import { unsafeRegexReason } from './regex-safety.js';

export const MAX_WINDOW_MS = 90 * 86_400_000;
export type FailOn = Severity | 'never';

export interface TagFilter {
  key: string;
  /** undefined: any value. */
  value?: string;
}

export interface DetectorSettings {
  enabled: boolean;
  severity?: Severity;
  thresholds: Record<string, number>;
}

export interface AccountConfig {
  name: string;
  roleArn: string;
  externalId?: string;
  /** RoleSessionName of the assumed role (shows in the account's CloudTrail); default aws-monitor. */
  sessionName?: string;
  regions?: string[];
  /** Where `regions` came from, for the report; default `[account:NAME] regions`. */
  regionSource?: string;
}

/** `regions = enabled`: every region the account has enabled (EC2 DescribeRegions through its role). */
export const ENABLED_REGIONS = 'enabled';

/**
 * `[organization]`: every ACTIVE account Organizations ListAccounts returns (the management
 * account too), narrowed by `include`/`exclude`, each scanned through `role_name` in it.
 */
export interface OrganizationConfig {
  /** The role assumed in each account: arn:<partition>:iam::<account id>:role/<roleName>. */
  roleName: string;
  /** Account id or name globs; empty: every account. */
  include: string[];
  exclude: string[];
  /** Regions scanned in each account; empty: `[aws] region`. */
  regions: string[] | typeof ENABLED_REGIONS;
  externalId?: string;
  sessionName?: string;
}

export const LOG_ENGINES = ['auto', 'insights', 'filter'] as const;
export type LogEngineChoice = (typeof LOG_ENGINES)[number];

/** A `[log_pattern:NAME]` section: lines matching `regex` are counted and reported at `severity`. */
export interface LogPattern {
  name: string;
  regex: string;
  ignoreCase: boolean;
  severity: Severity;
  /** Matches in the recent window needed for a finding. */
  minCount: number;
  /** Only sources whose log group matches one of these globs; empty: every source. */
  logGroups: string[];
}

export interface LogsConfig {
  enabled: boolean;
  engine: LogEngineChoice;
  errorPatterns: string[];
  extraLogGroups: string[];
  /** The last part of the window judged against the rest (the baseline). */
  recentMs: number;
  scanBudgetBytes: number;
  /** auto picks FilterLogEvents when the whole read is at most this. */
  filterMaxBytes: number;
  maxEventsPerSource: number;
  /** Kept lines over all sources of a scan: with many sources each keeps its share, so memory stays flat. */
  maxEventsTotal: number;
  /** CPU time user patterns may take in one scan; past it they match nothing more (a coverage gap). */
  patternBudgetMs: number;
  patterns: LogPattern[];
}

/**
 * A `[mute:NAME]` section: findings whose id matches `finding` (a glob, * and ?), in the accounts,
 * regions and with the tags given (each optional; every one given must match), leave the verdict
 * and the counts until the end of `until` (UTC), and are listed as muted with `reason`.
 */
export interface MuteRule {
  name: string;
  finding: string;
  /** Account ids or `[account:NAME]` names, as globs; empty: every account. */
  accounts: string[];
  /** Region globs; empty: every region. */
  regions: string[];
  /** Tags the finding's resource must all carry; empty: any resource. */
  tags: TagFilter[];
  reason: string;
  /** The last day the mute applies, YYYY-MM-DD (UTC). */
  until: string;
}

export interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The post-deploy gate (`aws-monitor gate`): windows and the judge's settings. */
export interface GateConfig {
  /** Length of the windows before and after the deploy. */
  windowMs: number;
  confidence: number;
  /** Relative change below which a significant change still passes, as a fraction (0.1 = 10 %). */
  tolerance: number;
  passScore: number;
  marginalScore: number;
  minSamples: number;
  newSignatureMinCount: number;
  /** Judged metrics below this share of those the service should have: inconclusive (0-1). */
  minJudgedShare: number;
  /** Gate metric ids that fail the gate alone, and without whose data it is inconclusive. */
  criticalMetrics: string[];
  /** Exit 1 on a marginal verdict too. */
  failOnMarginal: boolean;
}

/** Where findings go, and which of them each output lists (all of them are always counted). */
export interface OutputConfig {
  format: OutputFormat;
  file?: string;
  failOn: FailOn;
  /** Listed in the text report and the markdown summary; annotations list `annotations` and above. The JSON report has every finding. */
  minSeverity: { text: Severity; markdown: Severity; annotations: Severity };
  /** Findings with one cause on one resource are reported as one, with the others related. */
  mergeRelated: boolean;
  /** `fail_on_new` / --fail-on-new: fail only on new findings at or above this (with a baseline; without one every finding is new). */
  failOnNew?: Severity;
}

export interface ScanConfig {
  region: string;
  /** Where the region came from, for the report: `--region`, `config.ini:3 [aws] region`, `env AWS_REGION`, `profile prod`, `default`. */
  regionSource: string;
  profile?: string;
  /** Where the profile was named: `--profile`, `config.ini:2 [aws] profile`. */
  profileSource?: string;
  endpointUrl?: string;
  maxAttempts: number;
  requestTimeoutMs: number;
  window: { from: Date; to: Date };
  services: string[];
  concurrency: number;
  /** How many accounts and regions are scanned at once (each with its own `concurrency`). */
  accountConcurrency: number;
  /** `[scan] deadline`: the whole run stops this long after it starts; unset: sized to the window (src/deadline.ts). */
  deadlineMs?: number;
  /** `[scan] allow_empty`: a scope with nothing in it exits 0 (its status is still `empty`). */
  allowEmpty: boolean;
  filters: {
    cloudformationPrefix: string;
    cloudformationSuffix: string;
    includeNames: string[];
    excludeNames: string[];
    includeTags: TagFilter[];
    excludeTags: TagFilter[];
  };
  /** `baselineMs`: history read before the window for each series' own normal (unset: none). */
  metrics: { enabled: boolean; maxPointsPerSeries: number; baselineMs?: number };
  logs: LogsConfig;
  output: OutputConfig;
  gate: GateConfig;
  credentials?: StaticCredentials;
  accounts: AccountConfig[];
  /** `[organization]`: the accounts come from Organizations instead of (or besides) `[account:NAME]`. */
  organization?: OrganizationConfig;
  /** `[scan] account` (`--account`, Action input `account`): one account of those configured, in `region` only (a fan-out job). */
  onlyAccount?: { account: string; where: string };
  /** `[mute:NAME]` sections, in file order. */
  mutes: MuteRule[];
  detectors: Record<string, DetectorSettings>;
  /** `[notify:NAME]` sections: where findings are sent after the report is built. */
  notify?: NotifyConfig[];
  /** The config file read, if any (for messages; never its contents). */
  configFile?: string;
}

/** How one setting's text becomes its value: the parser, and what is allowed in words. */
export interface SettingSpec<T = unknown> {
  schema: z.ZodType<T, string>;
  /** Shown in errors and docs: what values are allowed. */
  allowed: string;
  /** Never echo the value (credentials). */
  secret?: boolean;
}

export const text = (allowed: string): SettingSpec<string> => ({ schema: z.string(), allowed });

export function oneOf<T extends string>(values: readonly T[]): SettingSpec<T> {
  return {
    schema: z.string().transform((value, ctx) => {
      const lower = value.trim().toLowerCase();
      if ((values as readonly string[]).includes(lower)) return lower as T;
      ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
      return z.NEVER;
    }),
    allowed: values.join(' | '),
  };
}

export function integer(min: number, max: number): SettingSpec<number> {
  return {
    schema: z.string().transform((value, ctx) => {
      // Digits only: Number() would also take 0x10, 1e3, '' and ' '.
      const n = /^[+-]?\d{1,16}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
      return z.NEVER;
    }),
    allowed: `${min}..${max}`,
  };
}

export function number(min: number, max: number): SettingSpec<number> {
  return {
    schema: z.string().transform((value, ctx) => {
      const n = /^[+-]?(\d{1,16}(\.\d{0,16})?|\.\d{1,16})$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
      if (Number.isFinite(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message: `must be a number from ${min} to ${max}` });
      return z.NEVER;
    }),
    allowed: `${min}..${max}`,
  };
}

export const boolean: SettingSpec<boolean> = {
  schema: z.string().transform((value, ctx) => {
    const lower = value.trim().toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(lower)) return true;
    if (['false', 'no', 'off', '0'].includes(lower)) return false;
    ctx.addIssue({ code: 'custom', message: 'must be true or false' });
    return z.NEVER;
  }),
  allowed: 'true | false',
};

export function duration(maxMs: number, maxText: string): SettingSpec<number> {
  return {
    schema: z.string().transform((value, ctx) => {
      const ms = parseDuration(value);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `must be ${DURATION_HELP}` });
        return z.NEVER;
      }
      if (ms > maxMs) {
        ctx.addIssue({ code: 'custom', message: `must be at most ${maxText}` });
        return z.NEVER;
      }
      return ms;
    }),
    allowed: `${DURATION_HELP}, at most ${maxText}`,
  };
}

export const timestamp: SettingSpec<Date> = {
  schema: z.string().transform((value, ctx) => {
    const parsed = parseIsoTime(value, { dateOnly: true });
    if ('date' in parsed) return parsed.date;
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }),
  allowed: 'an ISO-8601 time with a zone such as 2026-11-20T08:00:00Z, or a date such as 2026-11-20',
};

/** Comma-separated, blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export const list = (allowed: string): SettingSpec<string[]> => ({
  schema: z.string().transform((value) => splitList(value)),
  allowed,
});

export const regexList: SettingSpec<string[]> = {
  schema: z.string().transform((value, ctx) => {
    // Patterns are separated by newlines-in-a-value being impossible in INI, so by " || ".
    const patterns = value
      .split('||')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    for (const pattern of patterns) {
      try {
        new RegExp(pattern);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `invalid regular expression /${pattern}/: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}` });
        return z.NEVER;
      }
      // Run on every log line: the same safety rules as [log_pattern:NAME] regex.
      const problem = unsafeRegexReason(pattern);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: `/${pattern}/: ${problem}` });
        return z.NEVER;
      }
    }
    return patterns;
  }),
  allowed: 'regular expressions separated by ||',
};

export const tagList: SettingSpec<TagFilter[]> = {
  schema: z.string().transform((value, ctx) => {
    const filters: TagFilter[] = [];
    for (const item of splitList(value)) {
      const [key, ...rest] = item.split('=');
      if (!key?.trim()) {
        ctx.addIssue({ code: 'custom', message: `"${item}" is not KEY or KEY=VALUE` });
        return z.NEVER;
      }
      const tagValue = rest.join('=').trim();
      filters.push(rest.length === 0 || tagValue === '*' ? { key: key.trim() } : { key: key.trim(), value: tagValue });
    }
    return filters;
  }),
  allowed: 'KEY=VALUE or KEY pairs separated by commas',
};

export const region: SettingSpec<string> = {
  schema: z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    if (/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(trimmed)) return trimmed;
    ctx.addIssue({ code: 'custom', message: 'must be an AWS region code such as us-east-2' });
    return z.NEVER;
  }),
  allowed: 'an AWS region code such as us-east-2',
};

export const url: SettingSpec<string> = {
  schema: z.string().transform((value, ctx) => {
    try {
      const parsed = new URL(value.trim());
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return value.trim();
    } catch {
      // fall through to the message below
    }
    ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL such as http://127.0.0.1:5000' });
    return z.NEVER;
  }),
  allowed: 'an http(s) URL',
};

export const roleArn: SettingSpec<string> = {
  schema: z.string().transform((value, ctx) => {
    if (/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value.trim())) return value.trim();
    ctx.addIssue({ code: 'custom', message: 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/aws-monitor' });
    return z.NEVER;
  }),
  allowed: 'an IAM role ARN',
};

/** One user regex that must run in linear time: see regex-safety.ts. */
export const safeRegex: SettingSpec<string> = {
  schema: z.string().transform((value, ctx) => {
    const problem = unsafeRegexReason(value.trim());
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return value.trim();
  }),
  allowed: 'a regular expression without backreferences, lookaround or nested repetition',
};

export const secret = (allowed: string): SettingSpec<string> => ({ schema: z.string().min(1, 'must not be empty'), allowed, secret: true });

export const regionsOrEnabled: SettingSpec<string[] | typeof ENABLED_REGIONS> = {
  schema: z.string().transform((value, ctx) => {
    const items = splitList(value);
    if (items.length === 1 && items[0]!.toLowerCase() === ENABLED_REGIONS) return ENABLED_REGIONS as typeof ENABLED_REGIONS;
    for (const item of items) {
      if (region.schema.safeParse(item).success) continue;
      ctx.addIssue({
        code: 'custom',
        message: item.toLowerCase() === ENABLED_REGIONS ? 'enabled stands alone, not in a list' : `has "${item.slice(0, 40)}", which is not an AWS region code such as us-east-2`,
      });
      return z.NEVER;
    }
    return items;
  }),
  allowed: 'AWS region codes separated by commas, or enabled (every region each account has enabled)',
};

// ---- [notify:NAME]: alerts (src/notify/) ----

export const NOTIFY_TYPES = ['webhook', 'slack', 'teams', 'pagerduty'] as const;
export type NotifyType = (typeof NOTIFY_TYPES)[number];
export const NOTIFY_ON = ['changes', 'always'] as const;
export type NotifyOn = (typeof NOTIFY_ON)[number];

/** One `[notify:NAME]` section. Secrets are never in the file: only the names of the variables holding them. */
export interface NotifyConfig {
  name: string;
  type: NotifyType;
  /** The environment variable holding the webhook URL (for pagerduty: the routing key). */
  urlEnv: string;
  /** webhook: the environment variable holding the HMAC-SHA256 signing secret. */
  secretEnv?: string;
  minSeverity: Severity;
  /** changes: new and resolved findings only, nothing when nothing changed; always: every finding, every run. */
  on: NotifyOn;
  /** pagerduty: the Events API v2 endpoint (the EU service has its own). */
  eventsUrl?: string;
  /** `config.ini:12 [notify:team]`, for messages. */
  where: string;
}

export const envVariableName: SettingSpec<string> = {
  schema: z.string().transform((value, ctx) => {
    if (/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(value.trim())) return value.trim();
    ctx.addIssue({ code: 'custom', message: 'must be the name of an environment variable such as SLACK_WEBHOOK_URL (the value itself never goes in config.ini)' });
    return z.NEVER;
  }),
  allowed: 'an environment variable name',
};

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const calendarDate: SettingSpec<string> = {
  schema: z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T00:00:00Z`) : undefined;
    if (parsed && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === trimmed) return trimmed;
    ctx.addIssue({ code: 'custom', message: 'must be a calendar date such as 2026-12-31' });
    return z.NEVER;
  }),
  allowed: 'a date YYYY-MM-DD (the last day the mute applies, UTC)',
};

/** An IAM role name, optionally under a path: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html */
export const roleName: SettingSpec<string> = {
  schema: z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    if (/^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/.test(trimmed) && trimmed.length <= 512) return trimmed;
    ctx.addIssue({ code: 'custom', message: 'must be an IAM role name such as aws-monitor-readonly (letters, digits and + = , . @ _ -)' });
    return z.NEVER;
  }),
  allowed: 'an IAM role name (optionally with a path), the same in every account',
};

/** An STS RoleSessionName. */
export const sessionName: SettingSpec<string> = {
  schema: z.string().regex(/^[\w+=,.@-]{2,64}$/, 'must be 2-64 of A-Z a-z 0-9 _ + = , . @ -'),
  allowed: 'a role session name: 2-64 of A-Z a-z 0-9 _ = , . @ -',
};

export const accountReference: SettingSpec<string> = {
  schema: z.string().regex(/^[\x20-\x7e]{1,64}$/, 'must be an account id or name (1-64 printable characters)'),
  allowed: 'an account id or name of [organization] or an [account:NAME] section',
};

/** Text that must not be blank. */
export const required = (allowed: string): SettingSpec<string> => ({ schema: z.string().trim().min(1, 'must not be empty'), allowed });
