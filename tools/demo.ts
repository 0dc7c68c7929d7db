// npm run demo: start the local AWS emulator, seed a demo account, and run the bundled CLI
// (dist/, exactly what ships) against it. Extra arguments go to `aws-monitor report`.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedDemoAccount } from './emulator/demo-account.js';
import { DEMO_DMS_LOG_GROUP, seedDemoLogs } from './emulator/demo-logs.js';
import { seedDemoMetrics } from './emulator/demo-metrics.js';
import { EMULATOR_CREDENTIALS, startEmulator } from './emulator/moto-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli/index.js`;
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run npm run build');
  process.exit(2);
}

const region = 'us-east-2';
console.error('Starting the local AWS emulator (moto_server) and seeding a demo account...');
const emulator = await startEmulator();
let status: number;
try {
  await seedDemoAccount({ endpoint: emulator.endpoint, region });
  await seedDemoMetrics({ endpoint: emulator.endpoint, region });
  await seedDemoLogs({ endpoint: emulator.endpoint, region });
  console.error('The demo account is seconds old, so the grace periods for fresh deployments and in-progress stacks are set to 0.');
  console.error(`The emulator cannot hold the DMS task itself, so its log group is named in [logs] extra_log_groups (${DEMO_DMS_LOG_GROUP}).\n`);
  const result = spawnSync(process.execPath, [cli, 'report', ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: root,
    env: {
      ...withoutAwsSettings(process.env),
      AWS_ENDPOINT_URL: emulator.endpoint,
      AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey,
      AWS_REGION: region,
      AWS_MONITOR_CONFIG: `${root}config.example.ini`,
      // Ordinary settings (see config.example.ini); without them nothing seeded just now is old enough to report.
      AWS_MONITOR_DETECTOR_ECS_SERVICE_TASKS_BELOW_DESIRED_GRACE_MINUTES: '0',
      AWS_MONITOR_DETECTOR_CLOUDFORMATION_STACK_UNHEALTHY_STUCK_AFTER_MINUTES: '0',
      // 5-minute periods, the resolution of the seeded data (the emulator is slow at finer ones).
      AWS_MONITOR_METRICS_MAX_POINTS_PER_SERIES: '288',
      // The emulator cannot hold the DMS task itself, only its log group: name the group directly.
      AWS_MONITOR_LOGS_EXTRA_LOG_GROUPS: DEMO_DMS_LOG_GROUP,
    },
  });
  status = result.status ?? 2;
} finally {
  await emulator.stop();
}
// Findings in the demo account are expected: exit 1 means "the report found problems", not a failed demo.
console.error(
  `\n(demo finished: aws-monitor exited ${status}; 0 = checked, nothing at fail-on; 1 = findings at or above fail-on; 2 = could not run or check; 3 = nothing in scope)`,
);
process.exit(status === 2 ? 2 : 0);

/** The demo must never reach a real account: drop every AWS setting the user's shell has. */
function withoutAwsSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('AWS_')));
}
