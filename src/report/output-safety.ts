// Text from AWS and from logs is hostile: before any renderer lays it out, every string of a
// report is made inert and bounded. Control characters (C0, DEL, C1: ESC c resets a terminal,
// CSI moves the cursor and erases lines) and invisible formatting characters (bidi overrides such
// as U+202E, which show `file\u202Efdp.exe` as `fileexe.pdf`; zero-width characters) are shown as
// visible escapes, and every free-text field is cut to a byte cap that says what was cut.

/** What a cut field ends with: the cap is in UTF-8 bytes, as every output stores it. */
export function cutNote(bytes: number): string {
  return ` …[cut ${bytes.toLocaleString('en-US')} bytes]`;
}

/** The text, at most `maxBytes` of UTF-8 plus a note of how much was cut (`alreadyCut`: bytes dropped before it came here). */
export function capBytes(text: string, maxBytes: number, alreadyCut = 0): string {
  // Every UTF-16 unit is at most 3 bytes of UTF-8: short text needs no counting.
  if (text.length * 3 <= maxBytes && alreadyCut === 0) return text;
  const total = Buffer.byteLength(text, 'utf8');
  if (total <= maxBytes && alreadyCut === 0) return text;
  let bytes = 0;
  let end = 0;
  while (end < text.length) {
    const code = text.codePointAt(end)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += code >= 0x10000 ? 2 : 1;
  }
  return `${text.slice(0, end)}${cutNote(total - bytes + alreadyCut)}`;
}

// C0 but tab and newline, DEL, C1; then the invisible and direction-changing format characters:
// soft hyphen, Arabic letter mark, the Mongolian vowel separator, zero-width space to RLM,
// line and paragraph separators, embeddings and overrides (LRE..RLO), word joiner to the invisible
// operators, the isolates (LRI..PDI), deprecated format characters, BOM, interlinear annotations,
// and the tag characters.
// eslint-disable-next-line no-control-regex -- these are exactly the characters made visible
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
const HIDDEN_BUT_LINE_BREAKS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
// eslint-disable-next-line no-control-regex
const HIDDEN_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

function escapeOne(char: string): string {
  const code = char.codePointAt(0)!;
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code <= 0x9f) return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * Control and invisible characters as visible escapes (`\x1B`, `<U+202E>`). Line breaks too, unless
 * kept: newlines in a multi-line field (a log example; a lone carriage return would let a line
 * overwrite itself in a terminal), or every line break for an output that renders them inertly
 * (markdown's <br>). A tab is kept (renderers expand it).
 */
export function visible(text: string, keep: 'no line breaks' | 'newlines' | 'line breaks' = 'no line breaks'): string {
  return text.replace(keep === 'line breaks' ? HIDDEN_BUT_LINE_BREAKS : keep === 'newlines' ? HIDDEN : HIDDEN_OR_NEWLINE, escapeOne);
}

/** Fields that hold several lines by nature: a log example, a stack trace. */
const MULTI_LINE_KEYS = new Set(['example']);

/**
 * A copy of any report-shaped value (scan report, gate report) with every string made visible:
 * what every renderer lays out. Keys are the model's own and left alone. Newlines stay only in
 * multi-line fields, unless the output renders every newline inertly itself (markdown's <br>).
 */
export function visibleStrings<T>(value: T, newlines: 'multi-line fields' | 'everywhere' = 'multi-line fields', key = ''): T {
  if (typeof value === 'string') return visible(value, newlines === 'everywhere' ? 'line breaks' : MULTI_LINE_KEYS.has(key) ? 'newlines' : 'no line breaks') as T;
  if (Array.isArray(value)) return value.map((item) => visibleStrings(item, newlines, key)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = visibleStrings(v, newlines, k);
    return out as T;
  }
  return value;
}
