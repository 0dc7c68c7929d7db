// Errors a user can act on. Adapters print their message (never a stack) and exit 2.

export interface Problem {
  /** Where the bad value came from: `config.ini:12 [scan] since`, `env AWS_MONITOR_SCAN_SINCE`, `--since`. */
  where: string;
  message: string;
}

export class UserError extends Error {
  override name = 'UserError';
}

export class ConfigError extends UserError {
  override name = 'ConfigError';
  constructor(readonly problems: Problem[]) {
    super(
      problems.length === 1
        ? `invalid configuration: ${problems[0]!.where}: ${problems[0]!.message}`
        : `invalid configuration (${problems.length} problems):\n` + problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n'),
    );
  }
}
