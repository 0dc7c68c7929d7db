// No test may reach the network: only the local emulator on loopback is allowed.
import nock from 'nock';

nock.disableNetConnect();
nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));

// Jest reuses a worker process for several test files, each with its own nock instance: undo
// this file's patching of http so the next file's instance is the only one intercepting.
afterAll(() => {
  nock.cleanAll();
  nock.restore();
});
