// Mutes: `[mute:NAME]` sections take accepted findings out of the verdict and the counts, until a
// date, and list them apart with the reason. Pure: the report in, the report with its findings
// split out; "today" is the report's own generatedAt, so a report re-rendered later says the same.

import type { MuteRule, TagFilter } from '../config/schema.js';
import { allFindings } from './merge-related.js';
import type { Finding, MuteOutcome, MutedFinding, Report, Resource } from './model.js';

/**
 * Whether `text` matches `glob` (`*` any run of characters, `?` one; the rest literal, case
 * ignored). Greedy with one backtrack point, so the time is linear-ish in both, whatever the glob.
 */
export function globMatches(glob: string, text: string): boolean {
  const g = glob.toLowerCase();
  const t = text.toLowerCase();
  let gi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (gi < g.length && (g[gi] === '?' || g[gi] === t[ti])) {
      gi += 1;
      ti += 1;
    } else if (gi < g.length && g[gi] === '*') {
      star = gi;
      mark = ti;
      gi += 1;
    } else if (star !== -1) {
      gi = star + 1;
      mark += 1;
      ti = mark;
    } else {
      return false;
    }
  }
  while (gi < g.length && g[gi] === '*') gi += 1;
  return gi === g.length;
}

/** A mute is active through the whole of its `until` day, UTC. */
export function muteExpired(mute: Pick<MuteRule, 'until'>, now: string): boolean {
  return now.slice(0, 10) > mute.until;
}

interface Place {
  /** Account names by id, from the report's scopes, so `accounts = prod` matches `[account:prod]`. */
  accountNames: Map<string, string>;
  resources: Map<string, Resource>;
}

const resourceKey = (ref: { type: string; id: string; account?: string; region?: string }): string => `${ref.account ?? ''}|${ref.region ?? ''}|${ref.type}|${ref.id}`;

function hasTags(resource: Resource | undefined, tags: readonly TagFilter[]): boolean {
  return tags.every((tag) => {
    const value = resource?.tags[tag.key];
    return value !== undefined && (tag.value === undefined || value === tag.value);
  });
}

function matches(mute: MuteRule, finding: Finding, place: Place): boolean {
  if (!globMatches(mute.finding, finding.id)) return false;
  const account = finding.resource.account ?? '';
  const accountName = place.accountNames.get(account);
  if (mute.accounts.length > 0 && !mute.accounts.some((glob) => globMatches(glob, account) || (accountName !== undefined && globMatches(glob, accountName)))) return false;
  if (mute.regions.length > 0 && !mute.regions.some((glob) => globMatches(glob, finding.resource.region ?? ''))) return false;
  return mute.tags.length === 0 || hasTags(place.resources.get(resourceKey(finding.resource)), mute.tags);
}

/**
 * The report with the findings an active mute matches moved to `muted` (a finding with its
 * related ones; a related finding alone when only it matches), and every mute's outcome in
 * `mutes`. The verdict is left to the caller (finish-report.ts), which recomputes it once. No
 * mutes: the report as it was.
 */
export function applyMutes(report: Report, mutes: readonly MuteRule[]): Report {
  if (mutes.length === 0) return report;
  const active = mutes.filter((m) => !muteExpired(m, report.generatedAt));
  const place: Place = {
    accountNames: new Map(report.scopes.flatMap((s) => (s.accountName ? [[s.account, s.accountName] as const] : []))),
    resources: new Map(report.resources.map((r) => [resourceKey(r), r])),
  };
  const matched = new Map<string, number>(mutes.map((m) => [m.name, 0]));
  const muted: MutedFinding[] = [...(report.muted ?? [])];
  const muteOf = (finding: Finding): MuteRule | undefined => active.find((m) => matches(m, finding, place));
  const mute = (finding: Finding, rule: MuteRule): void => {
    matched.set(rule.name, (matched.get(rule.name) ?? 0) + 1);
    muted.push({ finding, mute: { name: rule.name, reason: rule.reason, until: rule.until } });
  };

  const findings: Finding[] = [];
  for (const finding of report.findings) {
    const rule = muteOf(finding);
    if (rule) {
      mute(finding, rule);
      continue;
    }
    if (!finding.related) {
      findings.push(finding);
      continue;
    }
    const kept: Finding[] = [];
    for (const related of finding.related) {
      const relatedRule = muteOf(related);
      if (relatedRule) mute(related, relatedRule);
      else kept.push(related);
    }
    const { related: _dropped, ...alone } = finding;
    findings.push(kept.length > 0 ? { ...finding, related: kept } : alone);
  }
  // An expired mute counts what it would match now: those findings are back in the verdict.
  const open = allFindings(findings);
  const outcomes: MuteOutcome[] = mutes.map((m) => {
    const expired = muteExpired(m, report.generatedAt);
    return {
      name: m.name,
      finding: m.finding,
      reason: m.reason,
      until: m.until,
      state: expired ? 'expired' : 'active',
      matched: expired ? open.filter((f) => matches(m, f, place)).length : (matched.get(m.name) ?? 0),
    };
  });
  return { ...report, findings, muted, mutes: outcomes };
}

/** Mutes that are active and matched nothing: the problem they hid is gone, or the glob is wrong. */
export function staleMutes(report: Pick<Report, 'mutes'>): MuteOutcome[] {
  return (report.mutes ?? []).filter((m) => m.state === 'active' && m.matched === 0);
}
