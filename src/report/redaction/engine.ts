// Applies the redaction catalogue (rules.ts) to a text: each rule's matches are replaced by a marker
// naming the rule, `[redacted:<id>]`, so a reader knows what was there without seeing it.
//
// Speed: log lines rarely hold a secret, so one pass of a literal-only regex (every rule's keywords)
// decides whether any rule can match; only the rules whose keywords occur then run. Safety: every
// pattern is written to run in linear time (see rules.ts), and markers are never matched again, so
// redacting twice changes nothing.

import type { RedactionRule } from './rules.js';

/** The text that replaces a secret found by the rule with this id. */
export function marker(id: string): string {
  return `[redacted:${id}]`;
}

/** Matches a marker, e.g. to measure what redaction added to a text. */
export const MARKER_PATTERN = /\[redacted:[a-z0-9-]+\]/g;

export interface Redactor {
  (text: string): string;
}

function escapeLiteral(text: string): RegExp['source'] {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Rejects, at start-up and in tests, a rule the engine could not apply safely. */
function checkRule(rule: RedactionRule): void {
  const { flags } = rule.pattern;
  if (!flags.includes('g') || !flags.includes('d')) throw new Error(`redaction rule ${rule.id}: pattern needs the g and d flags (got "${flags}")`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`redaction rule ${rule.id}: id must be kebab-case`);
  if (rule.keywords.length === 0 || rule.keywords.some((k) => k.length === 0)) throw new Error(`redaction rule ${rule.id}: needs at least one non-empty keyword`);
}

function markerSpans(text: string): Array<[number, number]> {
  if (!text.includes('[redacted:')) return [];
  return [...text.matchAll(MARKER_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}

/** Replaces every accepted match of one rule; the `secret` group alone when the pattern has one. */
function applyRule(rule: RedactionRule, text: string): string {
  const pattern = rule.pattern;
  const replacement = marker(rule.id);
  const markers = markerSpans(text);
  pattern.lastIndex = 0;
  let out = '';
  let copied = 0;
  let replaced = false;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    // A match never starts inside a marker ([redacted:aws-secret-key] is not a key named secret-key).
    if (markers.some(([start, end]) => m!.index >= start && m!.index < end)) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const span = m.indices?.groups?.secret ?? m.indices?.[0];
    const secret = m.groups?.secret ?? m[0];
    if (!span || span[0] === span[1] || (rule.accept && !rule.accept(secret, m))) continue;
    out += text.slice(copied, span[0]) + replacement;
    copied = span[1];
    replaced = true;
  }
  return replaced ? out + text.slice(copied) : text;
}

/** A redactor applying the rules in order (specific shapes before the generic key=value ones). */
export function createRedactor(rules: readonly RedactionRule[]): Redactor {
  for (const rule of rules) checkRule(rule);
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`redaction rule ${rule.id}: duplicate id`);
    ids.add(rule.id);
  }
  // One pass of a literal alternation finds the keywords present; it restarts one character after
  // each match so that overlapping keywords are found too, and a keyword wakes, with its own rules,
  // the rules of every keyword it contains (the alternation prefers the longest at a position).
  const keywords = [...new Set(rules.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
  const anyKeyword = new RegExp(keywords.map(escapeLiteral).join('|'), 'g');
  const wakes = new Map(keywords.map((keyword) => [keyword, rules.flatMap((rule, index) => (rule.keywords.some((k) => keyword.includes(k)) ? [index] : []))]));
  return (text: string): string => {
    let awake: boolean[] | undefined;
    anyKeyword.lastIndex = 0;
    for (let m = anyKeyword.exec(text); m; m = anyKeyword.exec(text)) {
      awake ??= new Array<boolean>(rules.length).fill(false);
      for (const index of wakes.get(m[0])!) awake[index] = true;
      anyKeyword.lastIndex = m.index + 1;
    }
    if (!awake) return text;
    let out = text;
    for (let index = 0; index < rules.length; index += 1) if (awake[index]) out = applyRule(rules[index]!, out);
    return out;
  };
}
