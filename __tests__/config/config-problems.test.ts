// What each section validator says when a config is wrong: the file and line (or the variable or
// flag), the section and key, and what was wrong. Messages not covered by load.test.ts and the
// section-specific tests (organization, mutes, notify) are here.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type LoadOptions } from '../../src/config/load.js';
import { integer } from '../../src/config/schema.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const catalog = {
  services: ['ecs', 'cloudformation'],
  detectors: [{ id: 'ecs_service_tasks_below_desired', thresholds: { grace_minutes: { spec: integer(0, 1440), default: 10 } } }],
};

function withFile(text: string): string {
  const path = join(tempDir('aws-monitor-config-'), 'config.ini');
  writeFileSync(path, text);
  return path;
}

function problemsOf(options: Partial<LoadOptions>): string[] {
  try {
    loadConfig({ cwd: tempDir('aws-monitor-cwd-'), env: {}, now: NOW, catalog, ...options });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.where}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('config problems', () => {
  it('a key before any section, naming the sections it could go under', () => {
    const configPath = withFile('since = 7d\n[scan]\n');
    expect(problemsOf({ configPath })).toEqual([
      expect.stringMatching(new RegExp(`^${configPath}:1 since: setting outside any \\[section\\]; put it under one of \\[aws\\], \\[scan\\]`)),
    ]);
  });

  it('since and from in the same file', () => {
    const configPath = withFile('[scan]\nsince = 7d\nfrom = 2026-11-20T00:00:00Z\n');
    expect(problemsOf({ configPath })).toEqual([`${configPath}:3 [scan] from: conflicts with ${configPath}:2 [scan] since; set either since, or from (and optionally to)`]);
  });

  it('to without from', () => {
    expect(problemsOf({ env: { AWS_MONITOR_SCAN_TO: '2026-11-25T00:00:00Z' } })).toEqual(['env AWS_MONITOR_SCAN_TO: to needs from as well']);
  });

  it('from after to', () => {
    const overrides = [
      { section: 'scan', key: 'from', value: '2026-11-25T06:00:00Z', where: '--from' },
      { section: 'scan', key: 'to', value: '2026-11-25T05:00:00Z', where: '--to' },
    ];
    expect(problemsOf({ overrides })).toEqual(['--from: from (2026-11-25T06:00:00.000Z) must be before to (2026-11-25T05:00:00.000Z)']);
  });

  it('a window ending in the future', () => {
    const configPath = withFile('[scan]\nfrom = 2026-11-25T06:00:00Z\nto = 2026-11-26T06:00:00Z\n');
    expect(problemsOf({ configPath })).toEqual([`${configPath}:3 [scan] to: to is in the future`]);
  });

  it('an access key without its secret, echoing neither', () => {
    const configPath = withFile('[credentials]\naws_access_key_id = AKIAEXAMPLEEXAMPLE12\n');
    const problems = problemsOf({ configPath });
    expect(problems).toEqual(['[credentials]: set both aws_access_key_id and aws_secret_access_key, or neither']);
    expect(problems.join('\n')).not.toContain('AKIA');
  });

  it('an unknown gate metric, listing the known ones', () => {
    const configPath = withFile('[gate]\ncritical_metrics = target_5xx_rate, error_budget\n');
    expect(problemsOf({ configPath })).toEqual([
      expect.stringMatching(new RegExp(`^${configPath}:2 \\[gate\\] critical_metrics: unknown gate metric error_budget; known: target_5xx_rate, `)),
    ]);
  });

  it('an empty list of services in the file', () => {
    const configPath = withFile('[scan]\nservices = ,\n');
    expect(problemsOf({ configPath })).toEqual([
      `${configPath}:2 [scan] services: no service to scan (the list is empty); name some of ecs, cloudformation, or leave it unset to scan them all`,
    ]);
  });

  it('events_url on a notification that is not PagerDuty', () => {
    const configPath = withFile('[notify:ops]\ntype = slack\nurl_env = SLACK_URL\nevents_url = https://events.eu.pagerduty.com/v2/enqueue\n');
    expect(problemsOf({ configPath })).toEqual([`${configPath}:4 [notify:ops] events_url: events_url applies to type = pagerduty only`]);
  });

  it('an unknown key and a bad value in an account section', () => {
    const configPath = withFile('[account:prod]\nrole_arn = arn:aws:iam::123456789012:role/monitor\nregion = us-east-2\nsession_name = x\n');
    expect(problemsOf({ configPath })).toEqual([
      `${configPath}:3 [account:prod] region: unknown key in [account:prod]; allowed keys: role_arn, external_id, regions, session_name`,
      `${configPath}:4 [account:prod] session_name: value "x" must be 2-64 of A-Z a-z 0-9 _ + = , . @ - (allowed: a role session name: 2-64 of A-Z a-z 0-9 _ = , . @ -)`,
    ]);
  });

  it('a bad value and an unknown key in a log pattern', () => {
    const configPath = withFile('[log_pattern:oom]\nregex = OutOfMemory\nmin_count = 0\ncolour = red\n');
    expect(problemsOf({ configPath })).toEqual([
      `${configPath}:3 [log_pattern:oom] min_count: value "0" must be a whole number from 1 to 1000000 (allowed: 1..1000000)`,
      `${configPath}:4 [log_pattern:oom] colour: unknown key in [log_pattern:oom]; allowed keys: regex, ignore_case, severity, min_count, log_groups`,
    ]);
  });

  it("a detector threshold out of range and a key the detector does not read, listing the detector's keys", () => {
    const configPath = withFile('[detector:ecs_service_tasks_below_desired]\ngrace_minutes = 5000\nfactor = 2\n');
    expect(problemsOf({ configPath })).toEqual([
      `${configPath}:2 [detector:ecs_service_tasks_below_desired] grace_minutes: value "5000" must be a whole number from 0 to 1440 (allowed: 0..1440)`,
      `${configPath}:3 [detector:ecs_service_tasks_below_desired] factor: unknown key in [detector:ecs_service_tasks_below_desired]; allowed keys: enabled, severity, grace_minutes`,
    ]);
  });

  it('every problem of a file at once, in the order written, then the checks across sections', () => {
    const configPath = withFile('[aws]\nmax_attempts = 0\n[output]\nformat = pdf\n[scan]\naccount = prod\n');
    expect(problemsOf({ configPath })).toEqual([
      `${configPath}:2 [aws] max_attempts: value "0" must be a whole number from 1 to 20 (allowed: 1..20)`,
      `${configPath}:4 [output] format: value "pdf" must be one of text, markdown, json, html (allowed: text | markdown | json | html)`,
      `${configPath}:6 [scan] account: picks one of the accounts [organization] or [account:NAME] sections configure, and there are none`,
    ]);
  });
});
