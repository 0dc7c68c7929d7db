import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const catalog = { services: ['ecs'], detectors: [] };

function load(ini: string) {
  const dir = tempDir('aws-monitor-notify-config-');
  writeFileSync(join(dir, 'config.ini'), ini);
  return loadConfig({ cwd: dir, env: {}, now: new Date('2026-11-25T12:00:00Z'), catalog });
}

function problemsOf(ini: string): string[] {
  try {
    load(ini);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.where.replace(/^.*config\.ini/, 'config.ini')}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('[notify:NAME] sections', () => {
  it('read each notification with its defaults: high and above, on changes', () => {
    const config = load(
      '[notify:ops]\ntype = webhook\nurl_env = OPS_URL\nsecret_env = OPS_SECRET\n\n[notify:pager]\ntype = pagerduty\nurl_env = PD_KEY\nmin_severity = critical\non = always\n',
    );
    expect(config.notify).toEqual([
      {
        name: 'ops',
        type: 'webhook',
        urlEnv: 'OPS_URL',
        secretEnv: 'OPS_SECRET',
        minSeverity: 'high',
        on: 'changes',
        where: expect.stringMatching(/config\.ini:1 \[notify:ops\]$/),
      },
      {
        name: 'pager',
        type: 'pagerduty',
        urlEnv: 'PD_KEY',
        minSeverity: 'critical',
        on: 'always',
        eventsUrl: 'https://events.pagerduty.com/v2/enqueue',
        where: expect.stringMatching(/config\.ini:6 \[notify:pager\]$/),
      },
    ]);
  });

  it('in config.example.ini are valid once uncommented', () => {
    const example = readFileSync('config.example.ini', 'utf8');
    const block = example
      .slice(example.indexOf('; [notify:'))
      .split('\n')
      .map((line) => line.replace(/^; ?/, ''));
    expect(load(block.join('\n')).notify!.map((n) => `${n.name}:${n.type}`)).toEqual(['ops-channel:slack', 'on-call:pagerduty', 'ticketing:webhook']);
  });

  it('are none when there is no section', () => {
    expect(load('[scan]\nsince = 1h\n').notify).toEqual([]);
  });

  it('refuse a URL where the name of a variable belongs, without echoing it', () => {
    const problems = problemsOf('[notify:ops]\ntype = slack\nurl_env = https://hooks.slack.com/services/T0/B0/XXXX\n');
    expect(problems).toEqual([
      'config.ini:3 [notify:ops] url_env: value "https://hooks.slack.com/services/T0/B0/XXXX" must be the name of an environment variable such as SLACK_WEBHOOK_URL (the value itself never goes in config.ini) (allowed: an environment variable name)',
    ]);
  });

  it('name what is missing or misplaced, and where', () => {
    expect(problemsOf('[notify:ops]\nmin_severity = high\n')).toEqual([expect.stringMatching(/^config\.ini:1 \[notify:ops\]: type and url_env are required for a notification/)]);
    expect(problemsOf('[notify:ops]\ntype = email\nurl_env = X\n')).toEqual([
      'config.ini:2 [notify:ops] type: value "email" must be one of webhook, slack, teams, pagerduty (allowed: webhook | slack | teams | pagerduty)',
    ]);
    expect(problemsOf('[notify:ops]\ntype = slack\nurl_env = X\nsecret_env = Y\nchannel = ops\n')).toEqual([
      'config.ini:5 [notify:ops] channel: unknown key in [notify:ops]; allowed keys: type, url_env, secret_env, min_severity, on, events_url',
      'config.ini:4 [notify:ops] secret_env: secret_env signs webhook requests only; remove it or set type = webhook',
    ]);
  });
});
