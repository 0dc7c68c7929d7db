// The README's table of config.ini settings, generated from src/config/settings.ts so the two
// cannot drift: a test compares them, and `npx tsx tools/docs/settings-table.ts` rewrites the
// README's block.

import { readFileSync, writeFileSync } from 'node:fs';
import { settingRows } from '../../src/config/settings.js';

export const START = '<!-- settings-reference:start (generated from src/config/settings.ts by tools/docs/settings-table.ts) -->';
export const END = '<!-- settings-reference:end -->';

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

export function settingsTable(): string {
  let previous = '';
  const rows = settingRows().map(({ section, key, setting }) => {
    const shownSection = section === previous ? '' : `\`[${section}]\``;
    previous = section;
    const fallback = setting.default === undefined || setting.default === '' ? 'none' : `\`${setting.default}\``;
    const how = [setting.flag && `\`${setting.flag}\``, setting.input && `Action input \`${setting.input}\``].filter(Boolean).join(', ');
    const description = how ? `${setting.description} (${how})` : setting.description;
    return `|${shownSection ? ` ${shownSection} ` : ' '}| \`${key}\` | ${cell(setting.defaultText ?? fallback)} | ${cell(setting.spec.allowed)} | ${cell(description)} |`;
  });
  return [
    '| section | key | default | allowed | what it does |',
    '|---|---|---|---|---|',
    ...rows,
    "| | thresholds | per detector | per threshold | each detector's own, listed in config.example.ini |",
  ].join('\n');
}

/** The README with the block between the markers replaced by the table. */
export function withSettingsTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md: the markers ${START} and ${END} are missing`);
  return `${readme.slice(0, start + START.length)}\n${settingsTable()}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('README.md', withSettingsTable(readFileSync('README.md', 'utf8')));
  console.error('README.md: the settings table now matches src/config/settings.ts');
}
