// Removes credentials, secrets and e-mail addresses from any text that may reach a report, a log or
// an error message. The catalogue of what is removed, and why, is src/report/redaction/rules.ts.

import { createRedactor } from './redaction/engine.js';
import { REDACTION_RULES } from './redaction/rules.js';

export { MARKER_PATTERN, marker } from './redaction/engine.js';
export { REDACTION_RULES, type RedactionRule } from './redaction/rules.js';

/** The text with every secret the catalogue knows replaced by a marker such as `[redacted:github-token]`. */
export const redact: (text: string) => string = createRedactor(REDACTION_RULES);
