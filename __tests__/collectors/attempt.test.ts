import { attempt, paginate } from '../../src/collectors/attempt.js';
import { chunk } from '../../src/chunk.js';
import type { CollectorContext } from '../../src/collectors/types.js';
import { ClientFactory } from '../../src/aws/clients.js';
import { aConfig, NOW } from '../support/builders.js';
import type { CoverageGap } from '../../src/report/model.js';

function context(gaps: CoverageGap[]): CollectorContext {
  return {
    config: aConfig(),
    clients: new ClientFactory({ region: 'us-east-2', maxAttempts: 1, requestTimeoutMs: 1000 }),
    now: NOW,
    gap: (g) => gaps.push(g),
    limit: (task) => task(),
    progress: () => undefined,
  };
}
const scope = { sdkService: 'ECS', operation: 'ListServices', scope: 'services of cluster a' };

function awsError(name: string, message: string, status: number) {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status, attempts: 3 } });
}

describe('paginate', () => {
  it('follows NextToken until the last page', async () => {
    const pages: Record<string, { items: number[]; next: string | undefined }> = {
      start: { items: [1, 2], next: 't1' },
      t1: { items: [3], next: 't2' },
      t2: { items: [4, 5], next: undefined },
    };
    const tokens: Array<string | undefined> = [];
    const all = await paginate(context([]), 'ecs', scope, async (token) => {
      tokens.push(token);
      return pages[token ?? 'start']!;
    });
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(tokens).toEqual([undefined, 't1', 't2']);
  });

  it('keeps earlier pages when a later page fails, and records the gap', async () => {
    const gaps: CoverageGap[] = [];
    const all = await paginate(context(gaps), 'ecs', scope, async (token) => {
      if (token === 't1') throw awsError('ServerException', 'Service Unavailable', 503);
      return { items: [1, 2], next: 't1' };
    });
    expect(all).toEqual([1, 2]);
    expect(gaps).toEqual([
      {
        service: 'ecs',
        operation: 'ListServices',
        iamAction: 'ecs:ListServices',
        scope: 'services of cluster a',
        reason: 'ServerException: Service Unavailable (after 3 attempts)',
      },
    ]);
  });
});

describe('attempt', () => {
  it('names the IAM action to grant when access is denied', async () => {
    const gaps: CoverageGap[] = [];
    const result = await attempt(context(gaps), 'ecs', scope, async () => {
      throw awsError('AccessDeniedException', 'not authorized', 400);
    });
    expect(result).toBeUndefined();
    expect(gaps[0]?.reason).toBe('access denied: grant ecs:ListServices (AccessDeniedException: not authorized (after 3 attempts))');
  });

  it('stops the scan on credentials AWS rejects, instead of one gap per call', async () => {
    await expect(
      attempt(context([]), 'ecs', scope, async () => {
        throw awsError('UnrecognizedClientException', 'The security token included in the request is invalid.', 400);
      }),
    ).rejects.toThrow(/security token included in the request is invalid/);
  });
});

describe('chunk', () => {
  it('splits into batches of at most n', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 10)).toEqual([]);
  });
});
