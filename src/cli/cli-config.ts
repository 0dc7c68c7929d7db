// The CLI's config: config.ini, the environment and the flags, for the commands that scan. Apart
// from global-options.ts so that parsing the command line (and --help, --version) loads neither the
// detectors nor the service registry: the commands that need a config are chunks loaded when run.

import { Option } from 'commander';
import { resolveProfile } from '../config/aws-profile.js';
import { loadConfig } from '../config/load.js';
import type { ScanConfig } from '../config/schema.js';
import { overridesFrom, type Override } from '../config/settings.js';
import { detectorCatalog } from '../detectors/registry.js';
import { COLLECTORS } from '../services/registry.js';
import type { GlobalOptions } from './global-options.js';
import type { CliIo } from './io.js';

/**
 * The flags a command was given that are settings: every row of settings.ts that names a flag, read
 * from the command's parsed options under commander's own name for the flag (a switch given is `true`).
 * A command declares the flags it offers; which setting each one sets is written once, in its row.
 */
export function flagOverrides(options: object): Override[] {
  const values = options as Record<string, unknown>;
  return overridesFrom('flag', (flag) => {
    const value = values[new Option(flag).attributeName()];
    return typeof value === 'string' ? value : value === true ? 'true' : undefined;
  });
}

/** config.ini (--config, $AWS_MONITOR_CONFIG or ./config.ini), the environment and the flags; the profile checked and its region applied. */
export function loadCliConfig(io: CliIo, options: GlobalOptions): ScanConfig {
  const config = loadConfig({
    ...(options.config ? { configPath: options.config } : {}),
    cwd: io.cwd,
    env: io.env,
    overrides: flagOverrides(options),
    now: io.now(),
    catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() },
  });
  return resolveProfile(config, io.env);
}
