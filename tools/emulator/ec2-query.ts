// Raw EC2 Query calls to the emulator (the project has no EC2 SDK client: the product never calls EC2).

import { EMULATOR_CREDENTIALS } from './moto-server.js';

export async function ec2Query(endpoint: string, region: string, params: Record<string, string>): Promise<string> {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    body: new URLSearchParams({ Version: '2016-11-15', ...params }).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      // The emulator reads the region from the credential scope; it does not check signatures.
      authorization: `AWS4-HMAC-SHA256 Credential=${EMULATOR_CREDENTIALS.accessKeyId}/20260101/${region}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    },
  });
  return response.text();
}

/** The first <tag>value</tag> in an EC2 XML answer. */
export function xmlValue(xml: string, tag: string): string | undefined {
  return new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(xml)?.[1];
}
