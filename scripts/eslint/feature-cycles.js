// A lint rule for the server's feature folders: no folder of packages/server/src/features may import one
// that imports it back, through any files (import-x/no-cycle sees loops between files only; forms →
// workflow → forms through different files is a knot too, issue 15). The folder graph is read from the
// sources once per lint run; an import that closes a loop is reported with the loop.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

/** The folder (under `root`) an import of `file` points into, or null outside or within its own. */
function targetFolder(root, file, specifier) {
  const target = relative(root, resolve(dirname(file), specifier));
  if (target.startsWith('..') || !target.includes(sep)) return null;
  const folder = target.split(sep)[0];
  const own = relative(root, file).split(sep)[0];
  return folder === own ? null : folder;
}

/** folder → the folders its non-test files import from. */
export function readFeatureGraph(root) {
  const graph = new Map();
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const targets = new Set();
    const folder = join(root, entry.name);
    for (const f of readdirSync(folder, { withFileTypes: true, recursive: true })) {
      if (!f.isFile() || !/\.tsx?$/.test(f.name) || /\.test\.tsx?$/.test(f.name)) continue;
      const file = join(f.parentPath, f.name);
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = targetFolder(root, file, m[1]);
        if (target) targets.add(target);
      }
    }
    graph.set(entry.name, targets);
  }
  return graph;
}

/** A path from `from` to `to` in the graph (both included), or null. */
export function pathBetween(graph, from, to) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node === to) {
      const path = [];
      for (let n = to; n !== null; n = previous.get(n)) path.unshift(n);
      return path;
    }
    for (const next of graph.get(node) ?? [])
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
  }
  return null;
}

/** Every loop of the graph, each once, as the path round it (a → b → a). */
export function featureCycles(graph) {
  const cycles = [];
  const seen = new Set();
  const walk = (start, node, path) => {
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

const graphs = new Map();

/** The ESLint rule: reports the import that makes its folder part of a loop. */
export const noFeatureCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import loop between the server’s feature folders' },
    messages: {
      loop: 'features/{{from}} imports features/{{to}}, which imports it back ({{loop}}): move the shared piece into a room of its own.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const marker = `${sep}packages${sep}server${sep}src${sep}features${sep}`;
    const at = file.indexOf(marker);
    if (at < 0 || /\.test\.tsx?$/.test(file)) return {};
    const root = file.slice(0, at + marker.length - 1);
    if (!graphs.has(root)) graphs.set(root, readFeatureGraph(root));
    const graph = graphs.get(root);
    const from = relative(root, file).split(sep)[0];
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = targetFolder(root, file, specifier);
      if (!to) return;
      const back = pathBetween(graph, to, from);
      if (back)
        context.report({ node, messageId: 'loop', data: { from, to, loop: [from, ...back].join(' → ') } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'no-feature-cycle': noFeatureCycle } };
