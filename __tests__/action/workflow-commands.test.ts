// Log text that looks like a workflow command must not command the runner (issue 16): the Action
// prints the report with command processing stopped, under a token nobody can guess.

import { CloudWatchLogsClient, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { seedDemoLogs } from '../../tools/emulator/demo-logs.js';
import { EMULATOR_CREDENTIALS } from '../../tools/emulator/moto-server.js';
import { REGION, useEmulator } from '../support/emulator.js';
import { runAction } from '../support/run-action.js';
import { workflowCommands } from '../support/workflow-commands.js';

const emulator = useEmulator();
const FORGED = ['::stop-commands::deadbeef', '::add-mask::storefront', '::warning file=src/app.js,line=1::forged annotation', '##[error]forged error'];

beforeAll(async () => {
  const now = Date.now();
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  await seedDemoLogs({ endpoint: emulator().endpoint, region: REGION }, now);
  // A new error in storefront's logs: one multi-line event each time (a logger may write one), whose
  // lines after the first are workflow commands; the report quotes it as its example.
  const logs = new CloudWatchLogsClient({ region: REGION, endpoint: emulator().endpoint, credentials: EMULATOR_CREDENTIALS });
  await logs.send(new CreateLogStreamCommand({ logGroupName: '/ecs/storefront', logStreamName: 'ecs/storefront/ffffffffffffffffffffffffffffffff' }));
  const events = Array.from({ length: 6 }, (_, i) => ({
    timestamp: now - (20 - i) * 60_000,
    message: [`2026-11-25T10:0${i}:00.000Z ERROR 1 --- [storefront] [main] c.s.storefront.Payments : payment failed`, ...FORGED].join('\n'),
  }));
  await logs.send(new PutLogEventsCommand({ logGroupName: '/ecs/storefront', logStreamName: 'ecs/storefront/ffffffffffffffffffffffffffffffff', logEvents: events }));
  logs.destroy();
}, 60_000);

describe('workflow commands in log text', () => {
  it("reach the log as text, while the Action's own annotations still work", async () => {
    const run = await runAction(emulator().endpoint, { since: '6h', 'fail-on': 'never' });
    expect(run.status).toBe(0);
    // The forged lines are printed: the report quotes the log.
    expect(run.stdout).toContain('::add-mask::storefront');
    const commands = workflowCommands(run.stdout);
    expect(commands.filter((c) => c.name === 'add-mask')).toEqual([]);
    expect(commands.filter((c) => c.properties.file === 'src/app.js' || c.message === 'forged error')).toEqual([]);
    // No annotation points at a file (ours never do). Ours may quote the log line as their message, which the runner shows, never runs.
    expect(commands.filter((c) => c.properties.file !== undefined)).toEqual([]);
    // Our own commands: the progress group, one stop/resume pair, and our annotations after it.
    const names = commands.map((c) => c.name);
    expect(names).toContain('group');
    expect(names.filter((n) => n === 'stop-commands')).toHaveLength(1);
    expect(commands.some((c) => ['error', 'warning', 'notice'].includes(c.name) && c.properties.title?.startsWith('aws-monitor'))).toBe(true);
  }, 60_000);
});
