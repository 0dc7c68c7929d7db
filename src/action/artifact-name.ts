// The artifact-name input, checked before the scan (and before @actions/artifact, a large module,
// is loaded: the Action imports the uploader only when it uploads).

import { UserError } from '../errors.js';

// What @actions/artifact refuses in a name (NTFS cannot store them), in words for the message.
const FORBIDDEN = new Map([
  ['"', 'a double quote (")'],
  [':', 'a colon (:)'],
  ['<', 'a less-than sign (<)'],
  ['>', 'a greater-than sign (>)'],
  ['|', 'a vertical bar (|)'],
  ['*', 'an asterisk (*)'],
  ['?', 'a question mark (?)'],
  ['\r', 'a carriage return (\\r)'],
  ['\n', 'a line feed (\\n)'],
  ['\\', 'a backslash (\\)'],
  ['/', 'a forward slash (/)'],
]);

/**
 * Throws a UserError naming the input and the character when @actions/artifact would refuse the
 * name. Checked here, not left to the library, so the message names the input, and so the
 * Action can check it before the scan spends any AWS calls.
 */
export function validateArtifactName(name: string): void {
  if (!name) throw new UserError('input artifact-name: must not be empty');
  const bad = [...name].find((c) => FORBIDDEN.has(c));
  if (bad !== undefined) {
    throw new UserError(`input artifact-name: ${JSON.stringify(name)} contains ${FORBIDDEN.get(bad)}; artifact names cannot contain " : < > | * ? \\ / or line breaks`);
  }
}
