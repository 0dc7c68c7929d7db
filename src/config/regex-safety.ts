// User regexes run over millions of log lines in a backtracking engine (JavaScript) and are sent
// to Logs Insights (an RE2-style engine). A pattern is accepted only if it is valid in both and
// cannot backtrack catastrophically: no backreferences, no lookaround, no repetition of something
// that itself repeats ((a+)+, (a*)*: safe-regex2's star-height test) and no repetition of an
// alternation ((a|ab)*), whose overlapping branches blow up the same way, and no two repetitions in
// sequence that can match the same text (.*.*x, \w+\d+x: polynomial, seconds on one 4 KiB line;
// one such pair is allowed after a leading ^, where it is only quadratic). What is left can still be
// quadratic in a line's length (an unanchored [a-z]+@x over "aaaa..."), so the engines run user
// patterns over at most MAX_MATCHED_CHARS of each line.

import safeRegex from 'safe-regex2';

const MAX_LENGTH = 500;
/** Characters of a line user patterns are matched against (the rest of a longer line is not searched). */
export const MAX_MATCHED_CHARS = 4_096;

/** Why the pattern is refused, or undefined when it is safe to run. */
export function unsafeRegexReason(pattern: string): string | undefined {
  if (pattern === '') return 'must not be empty';
  if (pattern.length > MAX_LENGTH) return `is ${pattern.length} characters long; at most ${MAX_LENGTH} are allowed`;
  try {
    new RegExp(pattern);
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  const source = withoutEscapesAndClasses(pattern);
  if (/\\[1-9]|\\k</.test(pattern)) return 'uses a backreference, which Logs Insights does not run and which can backtrack without bound';
  if (/\(\?<?[=!]/.test(source)) return 'uses lookahead or lookbehind, which Logs Insights does not run';
  if (!safeRegex(pattern)) return 'repeats something that itself repeats (like (a+)+), which can take exponential time; rewrite it without the nesting';
  if (repeatsAnAlternation(source)) return 'repeats an alternation (like (a|ab)*), which can take exponential time; repeat a character class instead';
  if (hasOverlappingRepeats(pattern)) {
    return 'has repetitions that can match the same text one after another (like .*.*x or \\w+\\d+x), which can take polynomial time on a long line; make the parts between them distinct, or bound them ({1,50})';
  }
  return undefined;
}

// Escapes and [...] classes replaced by a plain character, so parentheses and bars inside them do not count.
function withoutEscapesAndClasses(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '\\') {
      i += 1;
      out += 'x';
    } else if (c === '[') {
      i += 1;
      if (pattern[i] === ']') i += 1;
      while (i < pattern.length && pattern[i] !== ']') {
        if (pattern[i] === '\\') i += 1;
        i += 1;
      }
      out += 'x';
    } else out += c;
  }
  return out;
}

// ---- Overlapping unbounded repetitions: .*.*x, \w+\d+x, .*a.*b, (a*)(a*)b ----
// Each such pair multiplies the work of a failing match by the line's length, and an unanchored
// search multiplies it again: .*a.*b takes seconds on one 4 KiB line of "a". safe-regex2 only
// looks at nesting, so pairs in sequence are checked here: two unbounded repetitions overlap when
// some string w is matched by both repeated atoms and the text between them can match '', w or ww.

interface Atom {
  start: number;
  /** End of the atom's own source (before its quantifier). */
  end: number;
  unbounded: boolean;
}

const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;
const PROBES = ['a', 'b', 'x', 'A', 'Z', '0', '9', ' ', '\t', '-', '_', '.', ':', '/', '!', '"', '=', '@', ',', '#', '\u00e9'];

function hasOverlappingRepeats(pattern: string): boolean {
  const atoms = atomsOf(pattern);
  const repeats = atoms.filter((a) => a.unbounded);
  if (repeats.length < 2) return false;
  const literals = new Set<string>(PROBES);
  for (const c of pattern) literals.add(c);
  const overlapping = (a: Atom, b: Atom): boolean => {
    const between = balanced(pattern.slice(quantifierEnd(pattern, a), b.start));
    const candidates = new Set(literals);
    for (const source of [between, pattern.slice(a.start, a.end), pattern.slice(b.start, b.end)]) {
      const text = literalText(source);
      if (text) candidates.add(text);
      candidates.add(sampleOf(source));
    }
    try {
      const first = new RegExp(`^(?:${pattern.slice(a.start, a.end)})+$`, 'i');
      const second = new RegExp(`^(?:${pattern.slice(b.start, b.end)})+$`, 'i');
      const middle = new RegExp(`^(?:${between})$`, 'i');
      for (const w of candidates) {
        if (w === '' || !first.test(w) || !second.test(w)) continue;
        for (let k = 0; k <= 8; k += 1) if (middle.test(w.repeat(k))) return true;
      }
    } catch {
      return false;
    }
    return false;
  };
  // Anchored at the start, one overlapping pair is only quadratic in the (capped) line: allow it, not a chain of three.
  const anchored = pattern.startsWith('^') && !hasTopLevelBar(pattern);
  for (let i = 0; i < repeats.length; i += 1) {
    for (let j = i + 1; j < repeats.length; j += 1) {
      if (!overlapping(repeats[i]!, repeats[j]!)) continue;
      if (!anchored) return true;
      for (let k = j + 1; k < repeats.length; k += 1) if (overlapping(repeats[j]!, repeats[k]!)) return true;
    }
  }
  return false;
}

// The pattern's atoms in order; a group followed by a quantifier is one atom, any other group is transparent.
function atomsOf(pattern: string): Atom[] {
  const atoms: Atom[] = [];
  const groups: { start: number; firstAtom: number }[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    let end: number;
    if (c === '(') {
      groups.push({ start: i, firstAtom: atoms.length });
      i += /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(pattern.slice(i))![0].length;
      continue;
    }
    if (c === ')') {
      const group = groups.pop();
      i += 1;
      const q = QUANTIFIER.exec(pattern.slice(i));
      if (group && q) {
        atoms.length = group.firstAtom;
        atoms.push({ start: group.start, end: i, unbounded: isUnbounded(q[0]) });
        i += q[0].length;
      }
      continue;
    }
    if (c === '|' || c === '^' || c === '$') {
      i += 1;
      continue;
    }
    if (c === '\\') end = escapeEnd(pattern, i);
    else if (c === '[') end = classEnd(pattern, i);
    else end = i + 1;
    const q = QUANTIFIER.exec(pattern.slice(end));
    atoms.push({ start: i, end, unbounded: q !== null && isUnbounded(q[0]) });
    i = end + (q?.[0].length ?? 0);
  }
  return atoms;
}

/** A bounded repetition this wide backtracks like an unbounded one (\w{0,2000}\w{0,2000}! took 28 s on one 4 KiB line). */
const WIDE_BOUND = 50;

function isUnbounded(quantifier: string): boolean {
  const bounded = /^\{(\d+)(,(\d*))?\}/.exec(quantifier);
  if (!bounded) return quantifier[0] === '*' || quantifier[0] === '+';
  if (bounded[2] === undefined) return false;
  return bounded[3] === '' || Number(bounded[3]) - Number(bounded[1]) > WIDE_BOUND;
}

function quantifierEnd(pattern: string, atom: Atom): number {
  return atom.end + (QUANTIFIER.exec(pattern.slice(atom.end))?.[0].length ?? 0);
}

function escapeEnd(pattern: string, i: number): number {
  const next = pattern[i + 1];
  // Without the u flag, \x and \u not followed by hex digits are the letters themselves.
  if (next === 'x' && /^[0-9a-f]{2}/i.test(pattern.slice(i + 2))) return i + 4;
  if (next === 'u' && /^[0-9a-f]{4}/i.test(pattern.slice(i + 2))) return i + 6;
  if (next === 'c' && /^[a-z]/i.test(pattern.slice(i + 2))) return i + 3;
  return Math.min(pattern.length, i + 2);
}

function classEnd(pattern: string, i: number): number {
  let j = i + 1;
  if (pattern[j] === '^') j += 1;
  if (pattern[j] === ']') j += 1;
  while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
  return Math.min(pattern.length, j + 1);
}

// The text between two atoms with the parentheses it does not close (or open) removed.
function balanced(text: string): string {
  const out: string[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\\') {
      out.push(text.slice(i, i + 2));
      i += 1;
    } else if (c === '[') {
      const end = classEnd(text, i);
      out.push(text.slice(i, end));
      i = end - 1;
    } else if (c === '(') {
      const opening = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(text.slice(i))![0];
      open.push(out.length);
      out.push(opening);
      i += opening.length - 1;
    } else if (c === ')') {
      if (open.length > 0) {
        open.pop();
        out.push(c);
      } else out.push('');
    } else out.push(c);
  }
  for (const index of open) out[index] = '';
  // A quantifier left at the start (its atom was cut off) repeats nothing.
  return out.join('').replace(/^(?:[*+?]|\{\d+(?:,\d*)?\})+\??/, '');
}

// The text a source matches when it is plain characters (escaped punctuation allowed), else undefined.
function literalText(source: string): string | undefined {
  const inner = source.startsWith('(?:') && source.endsWith(')') ? source.slice(3, -1) : source.startsWith('(') && source.endsWith(')') ? source.slice(1, -1) : source;
  if (inner === '' || /[.*+?^${}()|[\]]/.test(inner.replace(/\\[^A-Za-z0-9]/g, ''))) return undefined;
  if (/\\[A-Za-z0-9]/.test(inner)) return undefined;
  return inner.replace(/\\(.)/g, '$1');
}

// One string a source matches, roughly: each class or escape stands for one character it matches.
function sampleOf(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (c === '|') break;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      out += ({ d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a', b: '', B: '' } as Record<string, string>)[e] ?? e;
      i += 1;
    } else if (c === '[') {
      const end = classEnd(source, i);
      const body = source.slice(i + 1, end - 1);
      out += body.startsWith('^') ? '!' : body.startsWith('\\') ? sampleOf(body.slice(0, 2)) || 'a' : (body[0] ?? '');
      i = end - 1;
    } else if (c === '.') out += 'a';
    else if ('()*+?^$'.includes(c)) continue;
    else if (c === '{') {
      const close = source.indexOf('}', i);
      if (close > i && /^\{\d+(,\d*)?\}$/.test(source.slice(i, close + 1))) i = close;
      else out += c;
    } else out += c;
  }
  return out;
}

function hasTopLevelBar(pattern: string): boolean {
  const source = withoutEscapesAndClasses(pattern);
  let depth = 0;
  for (const c of source) {
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

function repeatsAnAlternation(source: string): boolean {
  const open: { start: number; hasBar: boolean }[] = [];
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '(') open.push({ start: i, hasBar: false });
    else if (c === '|' && open.length > 0) open[open.length - 1]!.hasBar = true;
    else if (c === ')') {
      const group = open.pop();
      const next = source[i + 1];
      const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(source.slice(i + 1)));
      if (group?.hasBar && repeated) return true;
    }
  }
  return false;
}
