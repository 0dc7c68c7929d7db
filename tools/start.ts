// npm start: the main job. With AWS credentials configured (config.ini, env, profile, SSO or a
// role) it scans that account with the bundled CLI; with none it runs the emulator demo instead.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { COLLECTORS } from '../src/services/registry.js';
import { findCredentials } from '../src/config/credentials.js';
import { loadConfig } from '../src/config/load.js';
import { detectorCatalog } from '../src/detectors/registry.js';
import { UserError } from '../src/errors.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

let hasAccount = false;
try {
  const config = loadConfig({ cwd: process.cwd(), env: process.env, now: new Date(), catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() } });
  hasAccount = (await findCredentials(config)) !== undefined;
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(`aws-monitor: ${error.message}`);
  process.exit(2);
}

if (hasAccount) {
  console.error('AWS credentials found: scanning that account (read-only). Use npm run demo for the local demo.');
  const result = spawnSync(process.execPath, [`${root}dist/cli/index.js`, 'report', ...args], { stdio: 'inherit' });
  process.exit(result.status ?? 2);
} else {
  console.error('No AWS account configured: running the demo against the local AWS emulator.');
  await import('./demo.js');
}
