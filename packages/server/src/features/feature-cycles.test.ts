// No loop between feature folders: a piece two features need lives in a room of its own (issue 15).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { featureCycles, readFeatureGraph } from './feature-cycles.ts';

const graph = (edges: Record<string, string[]>) =>
  new Map(Object.entries(edges).map(([a, bs]) => [a, new Set(bs)]));

describe('feature folder cycles', () => {
  it('finds a loop through several folders, once', () => {
    const cycles = featureCycles(graph({ forms: ['workflow'], workflow: ['checks'], checks: ['forms'] }));
    expect(cycles).toEqual([['checks', 'forms', 'workflow', 'checks']]);
  });

  it('finds none in a graph that only goes one way', () => {
    expect(featureCycles(graph({ imports: ['forms'], workflow: ['forms'], forms: [] }))).toEqual([]);
  });

  it('holds for the server: no feature folder imports one that imports it back', () => {
    const features = readFeatureGraph(fileURLToPath(new URL('.', import.meta.url)));
    expect(features.size).toBeGreaterThan(10);
    expect(featureCycles(features).map((c) => c.join(' → '))).toEqual([]);
  });
});
