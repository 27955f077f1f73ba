// The import graph of src/ (every relative import, `import type` and re-exports included) and its cycles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const IMPORT_RE = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** { 'core/types.ts': [...files it imports] } for every .ts file under `root`, paths relative to root. */
export function importGraph(root) {
  const graph = {};
  for (const file of walk(root)) {
    const from = relative(root, file);
    const deps = new Set();
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT_RE)) {
      const spec = m[1] ?? m[2];
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      if (existsSync(target)) deps.add(relative(root, target));
    }
    graph[from] = [...deps].sort();
  }
  return graph;
}

/** Every cycle of the graph, as a closed path (['a.ts', 'b.ts', 'a.ts']); one per strongly connected component. */
export function findCycles(graph) {
  // Tarjan's strongly connected components; a component of several files (or a file importing itself) is a cycle
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  function connect(v) {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph[v] ?? []) {
      if (!idx.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph[v] ?? []).includes(v)) components.push(new Set(comp));
    }
  }
  for (const v of Object.keys(graph).sort()) if (!idx.has(v)) connect(v);
  return components.map((comp) => pathWithin(graph, comp));
}

/** A shortest closed path through the component, starting at its first file in sort order. */
function pathWithin(graph, comp) {
  const start = [...comp].sort()[0];
  const prev = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph[v] ?? []) {
      if (!comp.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== null && u !== start; u = prev.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
