import { keptEventsPerSource } from '../../../src/telemetry/logs/log-reader.js';

describe('lines kept per log source', () => {
  const defaults = { maxEventsPerSource: 10_000, maxEventsTotal: 100_000 };

  it('keeps max_events_per_source while the total allows, then each source its share, so memory stays flat', () => {
    expect(keptEventsPerSource(defaults, 1)).toBe(10_000);
    expect(keptEventsPerSource(defaults, 10)).toBe(10_000);
    expect(keptEventsPerSource(defaults, 50)).toBe(2_000);
    expect(keptEventsPerSource(defaults, 100)).toBe(1_000);
    for (const sources of [1, 7, 10, 99, 100, 1000]) expect(keptEventsPerSource(defaults, sources) * sources).toBeLessThanOrEqual(Math.max(100_000, 100 * sources));
  });

  it('never fewer than 100 per source, so every source still shows examples', () => {
    expect(keptEventsPerSource(defaults, 5_000)).toBe(100);
    expect(keptEventsPerSource(defaults, 0)).toBe(10_000);
  });
});
