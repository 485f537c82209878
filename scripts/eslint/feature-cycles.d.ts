// Types of feature-cycles.js (a lint rule in plain JavaScript, so ESLint loads it without a build).
export type FeatureGraph = ReadonlyMap<string, ReadonlySet<string>>;
export function readFeatureGraph(root: string): Map<string, Set<string>>;
export function pathBetween(graph: FeatureGraph, from: string, to: string): string[] | null;
export function featureCycles(graph: FeatureGraph): string[][];
declare const plugin: { rules: Record<string, unknown> };
export default plugin;
