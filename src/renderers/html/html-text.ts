// Text from AWS and from logs into HTML: every string escaped, invisible characters made visible,
// and links only to the AWS console over https. The report is redacted before it gets here
// (build-report.ts); nothing in this file decides what is a secret.

import { linkableConsoleUrl } from '../../report/console-links.js';

/**
 * Characters that reorder or hide text without showing themselves: bidi embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069), marks (U+200E, U+200F, U+061C), zero-width joiners and
 * spaces, and the byte-order mark. A log line can use them to make `exe.txt` read as `txt.exe`.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// C0 and C1 controls except tab and line feed (which pre-wrapped text shows as they are).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A code point as a reader can see it: ⟨U+202E⟩. */
const codePoint = (char: string): string => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/**
 * Any string as inert HTML text, safe in element content and in quoted attribute values alike:
 * markup characters as entities, controls and invisible formatting characters as ⟨U+XXXX⟩, and a
 * lone surrogate (invalid UTF-16, as a truncated log line can end) as U+FFFD.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(CONTROL, codePoint)
    .replace(INVISIBLE, codePoint)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * A link target, escaped for an href, when it is an https URL on an AWS console host with no
 * credentials in it (`linkableConsoleUrl`); undefined for anything else (javascript:, data:, http:,
 * other hosts), which the page then shows as text.
 */
export function consoleHref(url: string): string | undefined {
  const linkable = linkableConsoleUrl(url);
  return linkable === undefined ? undefined : escapeHtml(linkable);
}
