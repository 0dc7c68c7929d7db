// Asks for AWS credentials at a terminal. The secret is read with echo off.

import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { StaticCredentials } from '../config/schema.js';

export interface PromptStreams {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

function ask(streams: PromptStreams, question: string, hidden: boolean): Promise<string> {
  let muted = false;
  // While muted, typed characters are swallowed instead of echoed.
  const echo = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) streams.output.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: streams.input, output: echo, terminal: true });
  return new Promise((resolve, reject) => {
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) streams.output.write('\n');
      resolve(answer.trim());
    });
    muted = hidden;
    rl.on('SIGINT', () => {
      rl.close();
      reject(new Error('cancelled'));
    });
  });
}

export async function promptForCredentials(streams: PromptStreams): Promise<StaticCredentials> {
  streams.output.write('No AWS credentials were found (environment, ~/.aws, SSO, instance role).\nEnter an access key for a read-only IAM user (see iam-policy.json).\n');
  const accessKeyId = await ask(streams, 'AWS access key id: ', false);
  const secretAccessKey = await ask(streams, 'AWS secret access key (hidden): ', true);
  const sessionToken = await ask(streams, 'AWS session token (hidden; Enter if none): ', true);
  if (!accessKeyId || !secretAccessKey) throw new Error('an access key id and a secret access key are both required');
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
