import type { ClientFactory } from '../../src/aws/clients.js';
import { createCollectorContext } from '../../src/collectors/collector-context.js';
import type { CoverageGap } from '../../src/report/model.js';
import { aConfig, NOW } from '../support/builders.js';

const clients = {} as ClientFactory;

describe('collector context', () => {
  it('runs at most [scan] concurrency tasks at once over everything that shares it', async () => {
    const context = createCollectorContext({ config: aConfig({ concurrency: 2 }), clients, now: NOW, coverage: [] });
    let running = 0;
    let most = 0;
    const task = () =>
      context.limit(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
      });
    await Promise.all(Array.from({ length: 6 }, task));
    expect(most).toBe(2);
  });

  it('records gaps in the list it was given and is quiet without a progress line', () => {
    const coverage: CoverageGap[] = [];
    const context = createCollectorContext({ config: aConfig(), clients, now: NOW, coverage });
    context.gap({ service: 'ecs', operation: 'ListClusters', scope: 'clusters', reason: 'denied' });
    expect(coverage).toEqual([{ service: 'ecs', operation: 'ListClusters', scope: 'clusters', reason: 'denied' }]);
    expect(() => context.progress('ignored')).not.toThrow();
    expect(context.signal).toBeUndefined();
  });
});
