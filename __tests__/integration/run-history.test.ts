// Across runs, against the emulator: finding ids that stay put, console links, mutes and what changed.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ModifyDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../support/temp-dir.js';
import { parseBaselineReport } from '../../src/report/baseline-report.js';
import { finishReport } from '../../src/report/finish-report.js';
import { renderJson } from '../../src/renderers/json.js';
import { runScan } from '../../src/scan.js';
import { renderText } from '../../src/renderers/text.js';
import { allFindings } from '../../src/report/merge-related.js';
import type { Finding } from '../../src/report/model.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { aConfig } from '../support/builders.js';
import { emulatorEnv, emulatorFactory, REGION, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);

async function scan(now: () => Date = () => new Date(), config = aConfig()) {
  const clients = emulatorFactory(emulator().endpoint);
  try {
    return await runScan({ clients, now, version: 'test' }, config);
  } finally {
    clients.destroy();
  }
}

describe('finding ids across runs', () => {
  it('are equal for two runs of the same scenario, and hold no time, count or value', async () => {
    const ids = (findings: Finding[]) =>
      allFindings(findings)
        .map((f) => f.id)
        .sort();
    const first = await scan();
    const second = await scan();
    expect(ids(first.findings).length).toBeGreaterThan(3);
    expect(ids(second.findings)).toEqual(ids(first.findings));
    for (const id of ids(first.findings)) expect(id).not.toMatch(/\d{4}-\d{2}-\d{2}|\d+(\.\d+)?%|\d+ of \d+/);
  });

  it('stay the same while a problem goes on, though its title and evidence change', async () => {
    const first = await scan();
    // Two hours on, the stuck stack and the short service have been so for longer (and are reported at last).
    const later = await scan(() => new Date(Date.now() + 2 * 3_600_000));
    const byId = new Map(allFindings(later.findings).map((f) => [f.id, f]));
    for (const finding of allFindings(first.findings)) expect(byId.has(finding.id)).toBe(true);
  });

  it('show in the text report with a console link to each resource', async () => {
    const report = await scan();
    const text = renderText(report, { minSeverity: 'info' });
    for (const finding of report.findings) {
      expect(text).toContain(`id: ${finding.id}`);
      expect(finding.consoleUrl).toMatch(new RegExp(`^https://${REGION}\\.console\\.aws\\.amazon\\.com/`));
      expect(text).toContain(finding.consoleUrl!);
    }
  });
});

/** The CLI in-process against the emulator, in a fresh directory; stdout and stderr collected. */
function cliIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: emulatorEnv(emulator().endpoint, { HOME: cwd, AWS_MONITOR_AWS_ENDPOINT_URL: emulator().endpoint }),
    cwd,
    now: () => new Date(),
    out: () => out,
    err: () => err,
  };
}

describe('aws-monitor report --baseline', () => {
  it("marks the findings of a run against the previous run's JSON report, and fails only on new ones with --fail-on-new", async () => {
    const dir = tempDir('aws-monitor-baseline-');
    const first = cliIo(dir);
    expect(await main(['report', '--format', 'json', '--output', 'first.json', '--services', 'ecs,elbv2,rds'], first)).toBe(1);
    expect(first.err()).toMatch(/^failing: \d+ findings; report written to /);
    const second = cliIo(dir);
    // Every finding is ongoing, so fail-on-new passes what fail-on (high) would fail.
    expect(await main(['report', '--baseline', 'first.json', '--fail-on-new', 'high', '--services', 'ecs,elbv2,rds'], second)).toBe(0);
    expect(second.out()).toMatch(/\(since [^:]+:\d\d UTC: 0 new, \d+ ongoing, 0 resolved\)/);
    expect(second.out()).toContain('none new at fail-on-new high');
    expect(second.out()).toContain('Compared with: first.json');
  });

  it('refuses a baseline that is not a report of ours, naming the file, before scanning', async () => {
    const dir = tempDir('aws-monitor-baseline-');
    writeFileSync(join(dir, 'other.json'), '{"Findings": []}');
    const io = cliIo(dir);
    expect(await main(['report', '--baseline', 'other.json'], io)).toBe(2);
    expect(io.err()).toBe('aws-monitor: baseline other.json: not an aws-monitor JSON report; give the JSON report of a previous run (--format json)\n');
  });
});

describe('mutes and baselines against the emulator', () => {
  it('a mute hides one finding into MUTED with its reason, and an expired one is reported', async () => {
    const report = finishReport(await scan(), {
      mutes: [
        {
          name: 'orders-standby',
          finding: 'rds_not_multi_az:rds:instance:orders-*',
          accounts: [],
          regions: [REGION],
          tags: [],
          reason: 'single-AZ until the migration (OPS-12)',
          until: '2099-12-31',
        },
        { name: 'old-insights', finding: 'ecs_container_insights_disabled:*', accounts: [], regions: [], tags: [], reason: 'cost', until: '2020-01-31' },
      ],
    });
    expect(report.muted?.map((m) => [m.finding.id, m.mute.name])).toEqual([['rds_not_multi_az:rds:instance:orders-db', 'orders-standby']]);
    expect(report.findings.some((f) => f.kind === 'rds_not_multi_az')).toBe(false);
    expect(report.findings.some((f) => f.kind === 'ecs_container_insights_disabled')).toBe(true);
    const text = renderText(report, { minSeverity: 'info' });
    expect(text).toContain('muted by orders-standby until 2099-12-31: single-AZ until the migration (OPS-12)');
    expect(text).toContain('- expired: mute old-insights ended 2020-01-31; 1 finding it matched is reported again');
  });

  it("a second run with the first run's JSON as baseline marks every finding ongoing, and lists a fixed one as resolved", async () => {
    const first = finishReport(await scan(), { mutes: [] });
    const baseline = { report: parseBaselineReport(renderJson(first, { minSeverity: 'info' }), 'first.json'), source: 'first.json' };
    const second = finishReport(await scan(), { mutes: [], baseline });
    expect(allFindings(second.findings).map((f) => f.change)).toEqual(allFindings(second.findings).map(() => 'ongoing'));
    expect(allFindings(second.findings).every((f) => f.firstSeen === first.generatedAt)).toBe(true);
    expect(second.resolved).toEqual([]);

    // Fix one resource: the orders database gets its standby.
    const rds = new RDSClient({ region: REGION, endpoint: emulator().endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    await rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: 'orders-db', MultiAZ: true, ApplyImmediately: true }));
    rds.destroy();
    const third = finishReport(await scan(), {
      mutes: [],
      baseline: { report: parseBaselineReport(renderJson(second, { minSeverity: 'info' }), 'second.json'), source: 'second.json' },
    });
    expect(third.resolved?.map((f) => f.id)).toEqual(['rds_not_multi_az:rds:instance:orders-db']);
    expect(renderText(third, { minSeverity: 'info' })).toMatch(/RESOLVED\n {2}- \w+ rds:instance orders-db: /);
  });
});
