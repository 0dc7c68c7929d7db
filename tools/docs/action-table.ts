// The README's tables of the Action's inputs and outputs, generated from action.yml so the two
// cannot drift: a test compares them, and `npm run docs:action` rewrites the README's block.

import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

export const START = '<!-- action-reference:start (generated from action.yml by npm run docs:action) -->';
export const END = '<!-- action-reference:end -->';

interface ActionManifest {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

export function actionTables(actionYml: string): string {
  const action = parse(actionYml) as ActionManifest;
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, input]) => `| \`${name}\` | ${input.required ? 'required' : input.default ? `\`${cell(String(input.default))}\`` : ''} | ${cell(input.description ?? '')} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`);
  return ['| input | default | what it does |', '|---|---|---|', ...inputs, '', '| output | what it holds |', '|---|---|', ...outputs].join('\n');
}

/** The README with the block between the markers replaced by the tables. */
export function withActionTables(readme: string, actionYml: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md: the markers ${START} and ${END} are missing`);
  return `${readme.slice(0, start + START.length)}\n${actionTables(actionYml)}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('README.md', withActionTables(readFileSync('README.md', 'utf8'), readFileSync('action.yml', 'utf8')));
  console.error('README.md: the Action reference now matches action.yml');
}
