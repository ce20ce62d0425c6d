import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DB_DIR = join(import.meta.dirname, '../../../utils/db');

/** Each module of utils/db and the modules of utils/db it imports, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const modules = readdirSync(DB_DIR)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length));
  return new Map(
    modules.map((module) => {
      const source = readFileSync(join(DB_DIR, `${module}.ts`), 'utf8');
      const imported = [...source.matchAll(/from '\.\/([\w-]+)'/g)].map((match) => match[1]);
      return [module, imported.filter((name) => modules.includes(name))];
    }),
  );
}

/** Every import circle, each as the modules on it from where it was found back to the start. */
function importCircles(graph: Map<string, string[]>): string[][] {
  const circles: string[][] = [];
  const done = new Set<string>();
  const visit = (module: string, path: string[]) => {
    const start = path.indexOf(module);
    if (start >= 0) {
      circles.push([...path.slice(start), module]);
      return;
    }
    if (done.has(module)) return;
    for (const next of graph.get(module) ?? []) visit(next, [...path, module]);
    done.add(module);
  };
  for (const module of graph.keys()) visit(module, []);
  return circles;
}

describe('utils/db', () => {
  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['database', ['people', 'schema']],
      ['people', ['database']],
      ['schema', []],
    ]);
    expect(importCircles(graph)).toEqual([['database', 'people', 'database']]);
  });

  it('has no import circle', () => {
    const graph = importGraph();
    expect(graph.get('database')).toContain('people');
    expect(importCircles(graph)).toEqual([]);
  });
});
