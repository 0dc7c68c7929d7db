// The pure layers load no AWS SDK, not even through a detour: the service registry reaches each
// collector only through a lazy import(), so the metric catalog, the log sources, the inventory,
// the detectors and the renderers start without the 2 MB of SDK clients. The lint rules
// (eslint.config.js) forbid a direct import; this follows every static import to its end.
import madge from 'madge';

// Lazy import()s and type-only imports load nothing when the importing module loads.
const STATIC_VALUE_IMPORTS = { ts: { skipAsyncImports: true, skipTypeImports: true }, es6: { skipAsyncImports: true } };
const PURE_FOLDERS = ['analysis/', 'detectors/', 'renderers/', 'report/'];
const PURE_MODULES = ['services/registry.ts', 'services/resource-of.ts', 'telemetry/metrics/metric-catalog.ts', 'telemetry/logs/log-sources.ts'];

let graph: Record<string, string[]>;

beforeAll(async () => {
  const result = await madge('src', { fileExtensions: ['ts'], tsConfig: 'tsconfig.json', includeNpm: true, detectiveOptions: STATIC_VALUE_IMPORTS });
  graph = result.obj();
}, 60_000);

const SDK = /(^|\/)node_modules\/@(aws-sdk|smithy)\//;

/** The AWS SDK packages a module loads, with the chain of imports that reaches the first of them. */
function sdkReachedFrom(start: string, target: RegExp = SDK): string[] | undefined {
  const cameFrom = new Map<string, string>([[start, '']]);
  const queue = [start];
  while (queue.length > 0) {
    const module = queue.shift()!;
    if (target.test(module)) {
      const chain = [module];
      for (let at = cameFrom.get(module)!; at !== ''; at = cameFrom.get(at)!) chain.unshift(at);
      return chain;
    }
    for (const next of graph[module] ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, module);
        queue.push(next);
      }
    }
  }
  return undefined;
}

describe('the pure layers', () => {
  it('are found in the graph, and a collector is seen to load its SDK client (the check can fail)', () => {
    for (const module of PURE_MODULES) expect(Object.keys(graph)).toContain(module);
    expect(sdkReachedFrom('services/ecs/collector.ts')?.at(-1)).toMatch(/node_modules\/@aws-sdk\/client-ecs\//);
  });

  it.each(PURE_MODULES)('%s loads no AWS SDK module', (module) => {
    expect(sdkReachedFrom(module)).toBeUndefined();
  });

  it.each(PURE_FOLDERS)('no module under src/%s loads an AWS SDK module', (folder) => {
    const modules = Object.keys(graph).filter((module) => module.startsWith(folder));
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.map((module) => ({ module, chain: sdkReachedFrom(module) })).filter(({ chain }) => chain)).toEqual([]);
  });
});

describe('the CLI at start', () => {
  // What `--help` loads before any command runs: the argument parser and the command definitions.
  // The config table's validator, the registries, the redaction rules and the SDK come with the
  // commands that use them (BENCHMARKS.md, CLI start-up: the target is 1.3x bare node).
  const HEAVY = /node_modules\/(zod|@aws-sdk|@smithy)\/|^(services|detectors)\/registry\.ts$|^report\/redaction\/|^config\/settings\.ts$/;

  it('is found in the graph, and a command is seen to load the heavy parts (the check can fail)', () => {
    expect(Object.keys(graph)).toContain('cli/main.ts');
    expect(sdkReachedFrom('cli/cli-config.ts', HEAVY)).toBeDefined();
  });

  it.each(['cli/index.ts', 'cli/main.ts'])('%s loads no validator, registry, redaction rule or SDK module', (module) => {
    expect(sdkReachedFrom(module, HEAVY)).toBeUndefined();
  });
});
