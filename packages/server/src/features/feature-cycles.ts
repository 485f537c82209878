// The feature folders' import graph: which folder of server/src/features imports which, and the loops in
// it. import-x/no-cycle sees loops between files; this sees them between folders (forms → workflow →
// forms through different files is a knot too). Read from the sources, so a test can hold the line.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** folder → the folders its (non-test) files import from. */
export type FeatureGraph = ReadonlyMap<string, ReadonlySet<string>>;

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The graph of the folders under `root` (server/src/features). */
export function readFeatureGraph(root: string): FeatureGraph {
  const graph = new Map<string, Set<string>>();
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const targets = new Set<string>();
    for (const file of sourceFiles(join(root, entry.name))) {
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = relative(root, resolve(dirname(file), m[1]!));
        const folder = target.split(sep)[0]!;
        if (!target.startsWith('..') && folder !== entry.name && target.includes(sep)) targets.add(folder);
      }
    }
    graph.set(entry.name, targets);
  }
  return graph;
}

/** Every loop of the graph, each once, as the path round it (a → b → a). */
export function featureCycles(graph: FeatureGraph): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const walk = (start: string, node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const key = [...path].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...path, start]);
        }
      } else if (next > start && !path.includes(next)) walk(start, next, [...path, next]);
    }
  };
  for (const start of [...graph.keys()].sort()) walk(start, start, [start]);
  return cycles;
}
