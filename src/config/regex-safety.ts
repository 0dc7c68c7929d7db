// User regexes run over millions of log lines in a backtracking engine (JavaScript) and are sent
// to Logs Insights (an RE2-style engine). A pattern is accepted only if it is valid in both and
// cannot backtrack catastrophically: no backreferences, no lookaround, no repetition of something
// that itself repeats ((a+)+, (a*)*: safe-regex2's star-height test) and no repetition of an
// alternation ((a|ab)*), whose overlapping branches blow up the same way. What is left can still be
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
