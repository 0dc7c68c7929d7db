// How the Actions runner reads a step's output, per GitHub's workflow-commands documentation: a line
// whose text starts with `::` (after leading whitespace) is a command, `::name key=value,...::message`;
// `::stop-commands::TOKEN` turns processing off until a line `::TOKEN::`; the older `##[name]`
// form is a command too. What this returns is what the runner would act on.

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  message: string;
}

const COMMAND = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/;
const LEGACY = /^##\[([A-Za-z-]+)(?: ([^\]]*))?\](.*)$/;

export function workflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stoppedUntil: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (stoppedUntil !== undefined) {
      if (line === `::${stoppedUntil}::`) stoppedUntil = undefined;
      continue;
    }
    const match = COMMAND.exec(line) ?? LEGACY.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    );
    const command = { name: match[1]!, properties, message: match[3]! };
    if (command.name === 'stop-commands') stoppedUntil = command.message;
    commands.push(command);
  }
  return commands;
}
