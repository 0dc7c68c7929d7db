// The settings table (src/config/settings.ts) as the one source of truth: every default parses,
// the loader with nothing set gives defaultConfig(), and the documentation, the Action's inputs,
// the CLI's flags and the gate judge's defaults agree with the table.

import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { overridesFrom } from '../../src/config/settings.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { parseIni } from '../../src/config/ini-file.js';
import { loadConfig } from '../../src/config/load.js';
import { NAMED_SECTIONS, SETTINGS, defaultConfig, defaultValue, settingRows, type Setting } from '../../src/config/settings.js';
import { detectorCatalog } from '../../src/detectors/registry.js';
import { DEFAULT_GATE_SETTINGS } from '../../src/gate/judge.js';
import { COLLECTORS } from '../../src/services/registry.js';
import { END, START, settingsTable, withSettingsTable } from '../../tools/docs/settings-table.js';
import { tempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const catalog = { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() };
const fixedRows = Object.entries(SETTINGS).flatMap(([section, keys]) => Object.entries(keys).map(([key, setting]) => ({ section, key, setting: setting as Setting })));

describe('the settings table', () => {
  it('has a default that its own parser accepts for every setting that has one', () => {
    for (const { section, key, setting } of settingRows()) {
      if (setting.default === undefined) continue;
      expect({ section, key, parsed: setting.spec.schema.safeParse(setting.default).success }).toEqual({ section, key, parsed: true });
    }
  });

  it('documents every setting, and a default in words for every setting without a value', () => {
    for (const { section, key, setting } of settingRows()) {
      expect({ section, key, described: setting.description.length > 0 }).toEqual({ section, key, described: true });
    }
    expect(defaultValue(SETTINGS.scan.services)).toBeUndefined();
    expect(SETTINGS.scan.services.defaultText).toBe('all');
  });

  it('is what the loader gives with no file, no environment and no flags: defaultConfig()', () => {
    const loaded = loadConfig({ cwd: tempDir('aws-monitor-cwd-'), env: {}, now: NOW, catalog });
    expect(defaultConfig({ now: NOW, services: catalog.services, detectors: catalog.detectors })).toEqual(loaded);
  });

  it("gives the gate judge its defaults: the [gate] rows, in the judge's units", () => {
    const { gate } = defaultConfig({ now: NOW, services: [] });
    expect(DEFAULT_GATE_SETTINGS).toEqual({
      confidence: gate.confidence,
      tolerance: gate.tolerance,
      passScore: gate.passScore,
      marginalScore: gate.marginalScore,
      minSamples: gate.minSamples,
      minJudgedShare: gate.minJudgedShare,
      correction: 'holm',
    });
    expect(gate.tolerance).toBe(Number(SETTINGS.gate.tolerance_percent.default) / 100);
  });

  it('turns the flags and inputs given into overrides, in table order, and nothing for those not given', () => {
    const inputs: Record<string, string> = { since: ' 7d ', 'fail-on': 'never', format: '' };
    expect(overridesFrom('input', (name) => inputs[name] ?? '')).toEqual([
      { section: 'scan', key: 'since', value: '7d', where: 'input since' },
      { section: 'output', key: 'fail_on', value: 'never', where: 'input fail-on' },
    ]);
    expect(overridesFrom('flag', (flag) => (flag === '--region' ? 'eu-west-1' : undefined))).toEqual([{ section: 'aws', key: 'region', value: 'eu-west-1', where: '--region' }]);
  });
});

describe('config.example.ini', () => {
  const example = readFileSync('config.example.ini', 'utf8');
  const live = parseIni(example, 'config.example.ini').doc;
  // With the comment markers removed: the keys shown as examples (`; key = value`) count as documented.
  const shown = parseIni(
    example
      .split('\n')
      .map((line) => line.replace(/^;\s?/, ''))
      .join('\n'),
    'config.example.ini',
  ).doc;

  it('shows every setting of the fixed sections in its section', () => {
    const missing = fixedRows.filter(({ section, key }) => !shown.get(section)?.has(key)).map(({ section, key }) => `[${section}] ${key}`);
    expect(missing).toEqual([]);
  });

  it('sets a fixed setting only to its default: anything else is a commented-out example', () => {
    for (const [section, entries] of live) {
      const table = (SETTINGS as Record<string, Record<string, Setting> | undefined>)[section];
      if (!table) continue;
      for (const [key, entry] of entries) {
        const setting = table[key]!;
        const value = setting.spec.schema.safeParse(entry.value);
        expect({ section, key, value: value.data }).toEqual({ section, key, value: defaultValue(setting) });
      }
    }
  });

  it("sets each detector's thresholds to the detector's defaults", () => {
    for (const [section, entries] of live) {
      if (!section.startsWith('detector:')) continue;
      const detector = catalog.detectors.find((d) => `detector:${d.id}` === section)!;
      for (const [key, entry] of entries) {
        const expected = key in NAMED_SECTIONS.detector ? defaultValue(NAMED_SECTIONS.detector[key as 'enabled']) : detector.thresholds[key]!.default;
        const spec = key in NAMED_SECTIONS.detector ? NAMED_SECTIONS.detector.enabled.spec : detector.thresholds[key]!.spec;
        expect({ section, key, value: spec.schema.parse(entry.value) }).toEqual({ section, key, value: expected });
      }
    }
  });
});

describe("the README's settings table", () => {
  const readme = readFileSync('README.md', 'utf8');

  it('is the table generated from the settings (npx tsx tools/docs/settings-table.ts regenerates it)', () => {
    const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(block).toBe(settingsTable());
  });

  it('lists each setting once, with its default', () => {
    expect(settingsTable()).toContain('| `max_attempts` | `5` | 1..20 |');
    expect(settingsTable()).toContain('| `[gate]` | `window` | `30m` |');
    expect(() => withSettingsTable('no markers')).toThrow('README.md: the markers');
  });
});

describe('the adapters', () => {
  it('declares in action.yml every input a setting names', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
    const inputs = settingRows().flatMap(({ setting }) => (setting.input ? [setting.input] : []));
    expect(inputs.filter((input) => !(input in action.inputs))).toEqual([]);
    expect(inputs.length).toBeGreaterThan(5);
  });

  it('offers every flag a setting names on the command that reads it', async () => {
    const help = async (argv: string[]) => {
      const stdout = new PassThrough();
      let text = '';
      stdout.on('data', (d: Buffer) => (text += d.toString()));
      const home = tempDir('aws-monitor-cli-home-');
      const io: CliIo = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: { HOME: home }, cwd: home, now: () => NOW };
      await main(argv, io);
      return text;
    };
    const offered = (await Promise.all([['--help'], ['report', '--help'], ['gate', '--help']].map(help))).join('');
    const flags = settingRows().flatMap(({ setting }) => (setting.flag ? [setting.flag] : []));
    expect(flags.filter((flag) => !new RegExp(`${flag}\\b`).test(offered))).toEqual([]);
  });
});
