// Finds the variable parts of a log line (numbers, ids, addresses, paths, times...) and replaces
// them with typed placeholders such as <NUM> or <IP>, so that lines printed by the same statement
// look alike. Pure and allocation-light: the template grouper calls it once per line.

export type VariableKind = 'NUM' | 'HEX' | 'UUID' | 'IP' | 'HOST' | 'HOSTPORT' | 'EMAIL' | 'URL' | 'PATH' | 'QUOTED' | 'TIME' | 'DATE' | 'SIZE' | 'DURATION' | 'ID' | 'VALUE';

export interface MaskedLine {
  /** Tokens with typed placeholders, e.g. `uid=<NUM>`, `(<IP>:<PORT>)`. */
  readonly typed: string[];
  /** The same tokens with every placeholder written `<*>`, so that an IP and a host name at one place compare equal. */
  readonly generic: string[];
  /** True where the token holds a variable. */
  readonly variable: boolean[];
  /** True where the token is nothing but one variable wrapped in punctuation, so it can be merged with a neighbour. */
  readonly bare: boolean[];
}

/** Placeholder every variable gets in `generic`. */
export const WILDCARD = '<*>';

// Characters that wrap a value without being part of it: `(12)`, `[host]`, `value,`.
const LEADING = new Set(['(', '[', '{', '"', "'", '`']);
const EMPTY_PAIRS = new Set(['()', '[]', '{}', '""', "''"]);
const TRAILING = new Set([')', ']', '}', '>', '"', "'", '`', ',', ';', ':', '.', '!', '?']);

// A number followed by one of these is one value ("12 KB", "3 seconds"); units are not tied to any system.
const SIZE_UNITS = new Set(['b', 'kb', 'mb', 'gb', 'tb', 'pb', 'kib', 'mib', 'gib', 'tib', 'byte', 'bytes', 'k', 'm', 'g']);
const DURATION_UNITS = new Set([
  'ns',
  'us',
  'µs',
  'ms',
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'min',
  'mins',
  'minute',
  'minutes',
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  'd',
  'day',
  'days',
]);

// Month and weekday names are part of a timestamp when they stand next to one.
const CALENDAR_WORDS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
// Every spelling looked up as written (one hash per word): lower, Capitalised, UPPER, after a bracket, before a comma or dot.
const CALENDAR_FORMS = new Set(
  [...CALENDAR_WORDS]
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
    .flatMap((w) => [w, w + ',', w + '.'])
    .flatMap((w) => [w, '[' + w, '(' + w]),
);
const TIME_KINDS = new Set<VariableKind>(['NUM', 'TIME', 'DATE']);

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IPV4_RE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(\/\d{1,2})?$/;
const IPV4_PORT_RE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{1,5}$/;
const IPV6_RE = /^(?=.*:.*:)[0-9a-f:]+(%\w+)?$/i;
const NUM_RE = /^([<>]=?|~)?[-+]?(\d[\d,_]*)?\.?\d+([eE][-+]?\d+)?%?$/;
const TIME_RE = /^\d{1,2}:\d{2}(:\d{2})?([.,]\d+)?([ap]m)?$/i;
const DATE_RE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([T_ ]\d{1,2}:\d{2}(:\d{2})?([.,]\d+)?)?(Z|[-+]\d{2}:?\d{2})?$/i;
const HEX_RE = /^(0x[0-9a-f]+|[0-9a-f]{8,})$/i;
const NUM_UNIT_RE = /^([-+]?\d+(\.\d+)?)([a-zµ]+)$/i;
const HOST_PORT_RE = /^[a-z0-9][a-z0-9.-]*:\d{1,5}$/i;
const EMAIL_RE = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const KEY_RE = /^[A-Za-z_][\w.-]*$/;

/** Masks every variable of the line; whitespace runs become single spaces. */
export function maskLine(line: string): string {
  return maskLineTokens(line).typed.join(' ');
}

/** Splits the line on whitespace and masks each token; see MaskedLine. */
export function maskLineTokens(line: string): MaskedLine {
  return maskTokens(line, true);
}

/** As maskLineTokens, but `typed` repeats `generic` (no typed placeholders built): the grouper's hot path. */
export function maskLineShape(line: string): MaskedLine {
  return maskTokens(line, false);
}

function maskTokens(line: string, withTypes: boolean): MaskedLine {
  const typed: string[] = [];
  const generic: string[] = [];
  const variable: boolean[] = [];
  const bare: boolean[] = [];
  const kinds: (VariableKind | undefined)[] = [];
  let calendar: number[] | undefined;
  const length = line.length;
  let start = -1;
  let quoted = false;
  for (let i = 0; i <= length; i += 1) {
    const code = i < length ? line.charCodeAt(i) : 32;
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
    if (!space) {
      if (start < 0) {
        start = i;
        quoted = false;
      }
      if (code === 34 || code === 39) quoted = true;
      continue;
    }
    if (start < 0) continue;
    // key="two words" (logfmt, Android's tag="View Lock"): the quoted value is one token, spaces and all.
    if (quoted && i < length) {
      const close = quotedValueEnd(line, start, i);
      if (close > i) {
        i = close - 1;
        continue;
      }
    }
    pushToken(line.slice(start, i), withTypes, typed, generic, variable, bare, kinds);
    start = -1;
    const last = kinds.length - 1;
    if (kinds[last] !== undefined) continue;
    const word = typed[last]!;
    const unit = last > 0 && kinds[last - 1] === 'NUM' && bare[last - 1] === true ? unitOf(word) : undefined;
    if (unit !== undefined) joinUnit(last - 1, unit, typed, generic, variable, bare, kinds);
    else if (CALENDAR_FORMS.has(word)) (calendar ??= []).push(last);
  }
  if (calendar !== undefined) markCalendarWords(calendar, typed, generic, variable, bare, kinds);
  return { typed, generic, variable, bare };
}

// Longest a quoted value may run past the space that would end its token.
const MAX_QUOTED_SPAN = 256;

/**
 * For a token [start, end) that opens a quote right after `=` or `:` and does not close it, the
 * index where the quoted value's token really ends (after the closing quote and any punctuation);
 * -1 when the token is not such an opening or no closing quote comes soon enough.
 */
function quotedValueEnd(line: string, start: number, end: number): number {
  let open = -1;
  for (let k = start; k < end - 1; k += 1) {
    const c = line.charCodeAt(k);
    if ((c === 61 || c === 58) && (line.charCodeAt(k + 1) === 34 || line.charCodeAt(k + 1) === 39)) {
      open = k + 1;
      break;
    }
  }
  if (open < 0) return -1;
  const quote = line.charCodeAt(open);
  if (line.indexOf(String.fromCharCode(quote), open + 1) !== -1 && line.indexOf(String.fromCharCode(quote), open + 1) < end) return -1;
  const limit = Math.min(line.length, end + MAX_QUOTED_SPAN);
  for (let k = end; k < limit; k += 1) {
    if (line.charCodeAt(k) !== quote) continue;
    let after = k + 1;
    while (after < line.length && TRAILING.has(line[after]!)) after += 1;
    const next = line.charCodeAt(after);
    if (after >= line.length || next === 32 || next === 9) return after;
  }
  return -1;
}

function pushToken(token: string, withTypes: boolean, typed: string[], generic: string[], variable: boolean[], bare: boolean[], kinds: (VariableKind | undefined)[]): void {
  // An empty pair, as in `connection from 10.0.0.7 () at ...` when a name did not resolve, stands where a value would.
  if (token.length === 2 && EMPTY_PAIRS.has(token)) {
    const shape = token[0] + WILDCARD + token[1];
    typed.push(withTypes ? token[0] + '<VALUE>' + token[1] : shape);
    generic.push(shape);
    variable.push(true);
    bare.push(true);
    kinds.push('VALUE');
    return;
  }
  if (isPlainWord(token)) {
    typed.push(token);
    generic.push(token);
    variable.push(false);
    bare.push(false);
    kinds.push(undefined);
    return;
  }
  const quoted = quotedValue(token);
  if (quoted !== undefined) {
    const shape = quoted.before + WILDCARD + quoted.after;
    typed.push(withTypes ? quoted.before + '<QUOTED>' + quoted.after : shape);
    generic.push(shape);
    variable.push(true);
    bare.push(true);
    kinds.push('QUOTED');
    return;
  }
  let from = 0;
  let to = token.length;
  while (from < to && LEADING.has(token[from]!)) from += 1;
  while (to > from && TRAILING.has(token[to - 1]!)) to -= 1;
  if (to > from && allDigits(token, from, to)) {
    // The commonest variable, a plain integer, skips every other test.
    const before = from === 0 ? '' : token.slice(0, from);
    const after = to === token.length ? '' : token.slice(to);
    const shape = before + WILDCARD + after;
    typed.push(withTypes ? before + '<NUM>' + after : shape);
    generic.push(shape);
    variable.push(true);
    bare.push(true);
    kinds.push('NUM');
    return;
  }
  const core = token.slice(from, to);
  // key=value and key:value first, so that the key stays readable.
  const pair = core === '' || core.includes('://') ? undefined : keyedValue(core);
  if (pair !== undefined) {
    const before = token.slice(0, from) + pair.key;
    const after = token.slice(to);
    const shape = before + WILDCARD + after;
    typed.push(withTypes ? before + placeholder(pair.kind, pair.value) + after : shape);
    generic.push(shape);
    variable.push(true);
    bare.push(false);
    kinds.push(pair.kind);
    return;
  }
  const kind = core === '' ? undefined : classifyValue(core);
  if (kind !== undefined) {
    const before = token.slice(0, from);
    const after = token.slice(to);
    const shape = before + WILDCARD + after;
    typed.push(withTypes ? before + placeholder(kind, core) + after : shape);
    generic.push(shape);
    variable.push(true);
    bare.push(true);
    kinds.push(kind);
    return;
  }
  typed.push(token);
  generic.push(token);
  variable.push(false);
  bare.push(false);
  kinds.push(undefined);
}

// Most tokens are words: no digit, no '=', ':', '/', '\\', '@' or quote, and no inner dot (host names). One cheap scan.
function isPlainWord(token: string): boolean {
  const last = token.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const c = token.charCodeAt(i);
    if (c >= 97 && c <= 122) continue; // a-z
    if (c >= 65 && c <= 90) continue; // A-Z
    if (c >= 48 && c <= 57) return false; // digit
    if (c === 61 || c === 58 || c === 47 || c === 92 || c === 64 || c === 34 || c === 39 || c === 96) return false; // = : / \ @ " ' `
    if (c === 46 && i < last) return false; // an inner dot may make a host name
  }
  return true;
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function placeholder(kind: VariableKind, value: string): string {
  if (kind === 'IP' && value.includes(':') && IPV4_PORT_RE.test(value)) return '<IP>:<PORT>';
  return `<${kind}>`;
}

// 'abc', "abc" or `abc` as one token, possibly followed by punctuation: a quoted value.
function quotedValue(token: string): { before: string; after: string } | undefined {
  const quote = token[0];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  let end = token.length;
  while (end > 1 && TRAILING.has(token[end - 1]!) && token[end - 1] !== quote) end -= 1;
  if (end < 3 || token[end - 1] !== quote) return undefined;
  const inner = token.slice(1, end - 1);
  if (inner.includes(quote)) return undefined;
  return { before: '', after: token.slice(end) };
}

/** The kind of variable a whitespace-free value is, or undefined when it reads as a constant word. */
export function classifyValue(core: string): VariableKind | undefined {
  let digits = 0;
  let slash = -1;
  let at = -1;
  for (let i = 0; i < core.length; i += 1) {
    const c = core.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
    else if (c === 47 && slash < 0) slash = i;
    else if (c === 64 && at < 0) at = i;
  }
  if (slash >= 0 && core.includes('://')) return 'URL';
  if (isPath(core, slash)) return 'PATH';
  if (at > 0 && EMAIL_RE.test(core)) return 'EMAIL';
  if (digits === 0) {
    if (isHostName(core)) return 'HOST';
    return undefined;
  }
  if (digits === core.length || NUM_RE.test(core)) return 'NUM';
  if (core.length === 36 && UUID_RE.test(core)) return 'UUID';
  if (IPV4_RE.test(core) || IPV4_PORT_RE.test(core)) return 'IP';
  if (TIME_RE.test(core)) return 'TIME';
  if (DATE_RE.test(core)) return 'DATE';
  if (HEX_RE.test(core)) return 'HEX';
  if (IPV6_RE.test(core)) return 'IP';
  if (HOST_PORT_RE.test(core)) return 'HOSTPORT';
  const unit = NUM_UNIT_RE.exec(core);
  if (unit !== null) {
    const word = unit[3]!.toLowerCase();
    if (SIZE_UNITS.has(word)) return 'SIZE';
    if (DURATION_UNITS.has(word)) return 'DURATION';
  }
  if (core.includes(',')) {
    // A list such as 10.0.0.1,10.0.0.2 is one value of the kind of its first item.
    const first = core.slice(0, core.indexOf(','));
    if (first !== '') return classifyValue(first) ?? 'ID';
  }
  return 'ID';
}

// Top-level domains that end host names; a two-letter country code counts after one of these ("cs.uni.edu.hk", "x.co.uk").
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'io', 'info', 'biz', 'local', 'localdomain', 'internal', 'lan', 'ac', 'co']);

// ns1.example.com, db.internal: lower-case dotted labels ending in a top-level domain.
function isHostName(core: string): boolean {
  const dot = core.lastIndexOf('.');
  if (dot <= 0 || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(core)) return false;
  const tld = core.slice(dot + 1);
  if (GENERIC_TLDS.has(tld)) return true;
  if (tld.length !== 2) return false;
  const previous = core.lastIndexOf('.', dot - 1);
  return previous > 0 && GENERIC_TLDS.has(core.slice(previous + 1, dot));
}

function isPath(core: string, slash: number): boolean {
  if (slash === 0) return core.length > 1 && core !== '//';
  if (slash < 0) return /^[A-Za-z]:\\./.test(core) || (core.startsWith('\\\\') && core.length > 2);
  return core.startsWith('./') || core.startsWith('../') || core.startsWith('~/');
}

// key=value (any value) and key:value (a value with a digit) keep the key and mask the value.
function keyedValue(core: string): { key: string; value: string; kind: VariableKind } | undefined {
  const eq = core.indexOf('=');
  if (eq > 0 && eq < core.length - 1) {
    const key = core.slice(0, eq);
    const value = core.slice(eq + 1);
    if (KEY_RE.test(key) && /[A-Za-z0-9]/.test(value)) {
      const inner = keyedValue(value);
      if (inner !== undefined) return { key: key + '=' + inner.key, value: inner.value, kind: inner.kind };
      return { key: key + '=', value, kind: classifyValue(value) ?? 'VALUE' };
    }
  }
  const colon = core.indexOf(':');
  if (colon > 0 && colon < core.length - 1) {
    const key = core.slice(0, colon);
    const value = core.slice(colon + 1);
    // host:port (lower-case host, integer port) is one address, not a key.
    if (/^[a-z][a-z0-9.-]*$/.test(key) && /^\d{1,5}$/.test(value)) return undefined;
    if (/^[A-Za-z_][A-Za-z_-]*$/.test(key)) {
      const kind = classifyValue(value);
      if (kind !== undefined) return { key: key + ':', value, kind };
      const inner = keyedValue(value);
      if (inner !== undefined) return { key: key + ':' + inner.key, value: inner.value, kind: inner.kind };
    }
  }
  return undefined;
}

function stripTrailing(token: string): string {
  let to = token.length;
  while (to > 0 && TRAILING.has(token[to - 1]!)) to -= 1;
  return to === token.length ? token : token.slice(0, to);
}

function unitOf(word: string): VariableKind | undefined {
  if (word.length > 8) return undefined;
  const unit = stripTrailing(word).toLowerCase();
  return SIZE_UNITS.has(unit) ? 'SIZE' : DURATION_UNITS.has(unit) ? 'DURATION' : undefined;
}

// "12 KB" and "3 seconds" are one value: fold the unit word into the number before it.
function joinUnit(at: number, kind: VariableKind, typed: string[], generic: string[], variable: boolean[], bare: boolean[], kinds: (VariableKind | undefined)[]): void {
  const number = generic[at]!;
  if (!number.endsWith(WILDCARD)) return;
  const word = typed[at + 1]!;
  const after = word.slice(stripTrailing(word).length);
  const before = number.slice(0, number.length - WILDCARD.length);
  typed.length = generic.length = variable.length = bare.length = kinds.length = at;
  typed.push(before + `<${kind}>` + after);
  generic.push(before + WILDCARD + after);
  variable.push(true);
  bare.push(true);
  kinds.push(kind);
}

// "Sun Dec 04 04:47:44 2005": month and weekday names next to a number or time are part of the timestamp.
function markCalendarWords(candidates: number[], typed: string[], generic: string[], variable: boolean[], bare: boolean[], kinds: (VariableKind | undefined)[]): void {
  const timeLike = (i: number): boolean => bare[i] === true && TIME_KINDS.has(kinds[i] as VariableKind);
  // Right to left, so that "Sun Dec 04" reaches "Sun" through "Dec".
  for (let c = candidates.length - 1; c >= 0; c -= 1) {
    const i = candidates[c]!;
    if (kinds[i] !== undefined || !(timeLike(i - 1) || timeLike(i + 1))) continue;
    const word = typed[i]!;
    const before = LEADING.has(word[0]!) ? word[0]! : '';
    const after = word.slice(stripTrailing(word).length);
    typed[i] = before + '<DATE>' + after;
    generic[i] = before + WILDCARD + after;
    variable[i] = true;
    bare[i] = true;
    kinds[i] = 'DATE';
  }
}
