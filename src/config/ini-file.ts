// A strict INI reader and a comment-preserving section writer.
// Hand-written rather than the `ini` package because we need line numbers in error messages,
// duplicate keys reported instead of silently overwritten, values kept as strings (no coercion of
// "true"), `[account:prod]` kept as one section name, and rewriting one section (stored
// credentials) without destroying the user's comments elsewhere in the file.

import type { Problem } from '../errors.js';

export interface IniValue {
  value: string;
  line: number;
}

/** section name -> key -> value. Keys before any section header land in section "". */
export type IniDocument = Map<string, Map<string, IniValue>>;

const SECTION = /^\[([^\]]+)\]\s*(?:[;#].*)?$/;
const ENTRY = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/;

/** The first line each section header is on, for messages about a section as a whole. */
export type SectionLines = Map<string, number>;

export function parseIni(text: string, fileName: string): { doc: IniDocument; problems: Problem[]; sectionLines: SectionLines } {
  const doc: IniDocument = new Map();
  const problems: Problem[] = [];
  const sectionLines: SectionLines = new Map();
  let section = '';
  doc.set(section, new Map());
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) return;
    const header = SECTION.exec(line);
    if (header) {
      section = header[1]!.trim();
      if (!doc.has(section)) doc.set(section, new Map());
      if (!sectionLines.has(section)) sectionLines.set(section, lineNo);
      return;
    }
    const entry = ENTRY.exec(line);
    if (!entry) {
      problems.push({
        where: `${fileName}:${lineNo}`,
        message: 'expected "[section]" or "key = value"',
      });
      return;
    }
    const key = entry[1]!.toLowerCase();
    const entries = doc.get(section)!;
    const previous = entries.get(key);
    if (previous) {
      problems.push({
        where: `${fileName}:${lineNo} [${section}] ${key}`,
        message: `set twice (first on line ${previous.line}); keep one`,
      });
      return;
    }
    entries.set(key, { value: unquote(stripInlineComment(entry[2]!)), line: lineNo });
  });
  return { doc, problems, sectionLines };
}

function stripInlineComment(value: string): string {
  // " ; comment" or " # comment" after a value; a ';' or '#' inside a value needs no space before it.
  const match = /\s[;#]/.exec(value);
  return (match ? value.slice(0, match.index) : value).trim();
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}

/**
 * Returns `text` with `[section]` replaced by the given entries (or appended when absent),
 * leaving every other line of the file as it was.
 */
export function replaceIniSection(text: string, section: string, entries: Record<string, string>): string {
  const body = Object.entries(entries).map(([key, value]) => `${key} = ${value}`);
  const lines = text === '' ? [] : text.split(/\r?\n/);
  const start = lines.findIndex((line) => SECTION.exec(line.trim())?.[1]?.trim() === section);
  if (start === -1) {
    while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
    if (lines.length > 0) lines.push('');
    return [...lines, `[${section}]`, ...body, ''].join('\n');
  }
  let end = start + 1;
  while (end < lines.length && !SECTION.test(lines[end]!.trim())) end += 1;
  // Keep blank/comment lines that separate this section from the next one.
  let keepFrom = end;
  while (keepFrom > start + 1 && /^\s*([;#].*)?$/.test(lines[keepFrom - 1]!)) keepFrom -= 1;
  return [...lines.slice(0, start + 1), ...body, ...lines.slice(keepFrom)].join('\n');
}
