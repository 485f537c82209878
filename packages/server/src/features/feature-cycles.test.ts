// No loop between feature folders: a piece two features need lives in a room of its own (issue 15). The
// lint rule (scripts/eslint/feature-cycles.js, local/no-feature-cycle) reports the import that closes one.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { featureCycles, pathBetween, readFeatureGraph } from '../../../../scripts/eslint/feature-cycles.js';

const graph = (edges: Record<string, string[]>) =>
  new Map(Object.entries(edges).map(([a, bs]) => [a, new Set(bs)]));

describe('feature folder cycles', () => {
  it('finds a loop through several folders, once', () => {
    const cycles = featureCycles(graph({ forms: ['workflow'], workflow: ['checks'], checks: ['forms'] }));
    expect(cycles).toEqual([['checks', 'forms', 'workflow', 'checks']]);
  });

  it('finds none in a graph that only goes one way', () => {
    const oneWay = graph({ imports: ['forms'], workflow: ['forms'], forms: [] });
    expect(featureCycles(oneWay)).toEqual([]);
    expect(pathBetween(oneWay, 'forms', 'imports')).toBeNull();
    expect(pathBetween(oneWay, 'imports', 'forms')).toEqual(['imports', 'forms']);
  });

  it('holds for the server: no feature folder imports one that imports it back', () => {
    const features = readFeatureGraph(fileURLToPath(new URL('.', import.meta.url)));
    expect(features.size).toBeGreaterThan(10);
    expect(featureCycles(features).map((c) => c.join(' → '))).toEqual([]);
  });
});
