// The module graph of src/: a cycle makes load order matter and lets a pure layer reach an edge
// through a detour; the lint rules (eslint.config.js) keep the layers, this keeps the graph a tree.
import madge from 'madge';

describe('the import graph of src/', () => {
  it('has no cycle', async () => {
    const graph = await madge('src', { fileExtensions: ['ts'], tsConfig: 'tsconfig.json' });
    expect(graph.circular()).toEqual([]);
    // The graph was really read (a resolver that failed on `.js` specifiers would see no edges).
    expect(graph.depends('cli/exit-codes.ts')).toContain('cli/main.ts');
  });
});
