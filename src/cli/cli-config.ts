// The CLI's config: config.ini, the environment and the flags, for the commands that scan. Apart
// from global-options.ts so that parsing the command line (and --help, --version) loads neither the
// detectors nor the service registry: the commands that need a config are chunks loaded when run.

import { resolveProfile } from '../config/aws-profile.js';
import { loadConfig } from '../config/load.js';
import type { ScanConfig } from '../config/schema.js';
import { overridesFrom, type Override } from '../config/settings.js';
import { detectorCatalog } from '../detectors/registry.js';
import { COLLECTORS } from '../services/registry.js';
import type { GlobalOptions } from './global-options.js';
import type { CliIo } from './io.js';

/** The global flags that are settings: --region, --profile and --endpoint-url beat config.ini and the environment. */
export function globalOverrides(globals: GlobalOptions): Override[] {
  const values: Record<string, string | undefined> = { '--region': globals.region, '--profile': globals.profile, '--endpoint-url': globals.endpointUrl };
  return overridesFrom('flag', (flag) => values[flag]);
}

/** config.ini (--config, $AWS_MONITOR_CONFIG or ./config.ini), the environment and the flags; the profile checked and its region applied. */
export function loadCliConfig(io: CliIo, globals: GlobalOptions, overrides: Override[]): ScanConfig {
  const config = loadConfig({
    ...(globals.config ? { configPath: globals.config } : {}),
    cwd: io.cwd,
    env: io.env,
    overrides: [...globalOverrides(globals), ...overrides],
    now: io.now(),
    catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() },
  });
  return resolveProfile(config, io.env);
}
