// One moto_server per test file (they run in parallel workers), started on a free port and
// stopped by PID; reset between describe blocks with `emulator().reset()`.

import { ClientFactory } from '../../src/aws/clients.js';
import { EMULATOR_CREDENTIALS, startEmulator, type Emulator } from '../../tools/emulator/moto-server.js';

export const REGION = 'us-east-2';

export function useEmulator(): () => Emulator {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator();
  }, 30_000);
  afterAll(async () => {
    await emulator?.stop();
  });
  return () => {
    if (!emulator) throw new Error('emulator not started');
    return emulator;
  };
}

export function emulatorClientConfig(endpoint: string) {
  return { region: REGION, endpoint, credentials: EMULATOR_CREDENTIALS, disableRequestCompression: true };
}

export function emulatorFactory(endpoint: string, overrides: { maxAttempts?: number; requestTimeoutMs?: number } = {}): ClientFactory {
  return new ClientFactory({
    region: REGION,
    endpointUrl: endpoint,
    credentials: EMULATOR_CREDENTIALS,
    maxAttempts: overrides.maxAttempts ?? 3,
    requestTimeoutMs: overrides.requestTimeoutMs ?? 10_000,
  });
}

/** Environment for a child process that must talk to the emulator and nothing else. */
export function emulatorEnv(endpoint: string, extra: Record<string, string> = {}): Record<string, string> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !k.startsWith('AWS_') && v !== undefined)) as Record<string, string>;
  return {
    ...base,
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey,
    AWS_REGION: REGION,
    AWS_EC2_METADATA_DISABLED: 'true',
    NODE_OPTIONS: '--no-warnings',
    ...extra,
  };
}
