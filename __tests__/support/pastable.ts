// The text report's layout rule: at most `width` columns, except a line holding one token too long
// for any line (an ARN, a URL, a `suggested command`), which stands whole on its own.

/** Lines that break the rule: over the width and holding more than one token. */
export function overlongLines(text: string, width = 100): string[] {
  return text.split('\n').filter((line) => line.length > width && !/^(\S+|[^\s`]*`[^`]*`\S*)$/.test(line.trim()));
}
