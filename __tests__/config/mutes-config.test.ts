import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const catalog = { services: ['ecs', 'rds'], detectors: [] };

function load(text: string) {
  const dir = tempDir('aws-monitor-mutes-');
  const configPath = join(dir, 'config.ini');
  writeFileSync(configPath, text);
  return { configPath, load: () => loadConfig({ configPath, cwd: dir, env: {}, now: NOW, catalog }) };
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.where}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('[mute:NAME] sections', () => {
  it('are read with their finding glob, scope, reason and last day', () => {
    const { load: read } = load(
      '[mute:orders-standby]\nfinding = rds_not_multi_az:rds:instance:orders-*\naccounts = prod, 1234*\nregions = us-east-2\ntags = team=payments, tier\nreason = single-AZ by design (ticket OPS-12)\nuntil = 2026-12-31\n',
    );
    expect(read().mutes).toEqual([
      {
        name: 'orders-standby',
        finding: 'rds_not_multi_az:rds:instance:orders-*',
        accounts: ['prod', '1234*'],
        regions: ['us-east-2'],
        tags: [{ key: 'team', value: 'payments' }, { key: 'tier' }],
        reason: 'single-AZ by design (ticket OPS-12)',
        until: '2026-12-31',
      },
    ]);
  });

  it('require a finding, a reason and an end date, naming the section where it is written', () => {
    const { configPath, load: read } = load('[scan]\nsince = 1h\n\n[mute:forever]\nfinding = *\n');
    expect(problemsOf(read)).toEqual([`${configPath}:4 [mute:forever]: reason and until are required for a mute`]);
  });

  it('refuse a date that does not exist, an empty reason and an unknown key, each at its line', () => {
    const { configPath, load: read } = load('[mute:x]\nfinding = a:*\nreason =\nuntil = 2026-02-30\nexpires = soon\n');
    expect(problemsOf(read)).toEqual([
      `${configPath}:3 [mute:x] reason: value "" must not be empty (allowed: why the finding is accepted, shown with it)`,
      `${configPath}:4 [mute:x] until: value "2026-02-30" must be a calendar date such as 2026-12-31 (allowed: a date YYYY-MM-DD (the last day the mute applies, UTC))`,
      `${configPath}:5 [mute:x] expires: unknown key in [mute:x]; allowed keys: finding, accounts, regions, tags, reason, until`,
    ]);
  });

  it('read [output] fail_on_new as a severity', () => {
    expect(load('[output]\nfail_on_new = high\n').load().output.failOnNew).toBe('high');
    const { configPath, load: read } = load('[output]\nfail_on_new = new\n');
    expect(problemsOf(read)).toEqual([
      `${configPath}:2 [output] fail_on_new: value "new" must be one of critical, high, medium, low, info (allowed: critical | high | medium | low | info)`,
    ]);
  });
});
