// The layout of src/lib is the pipeline's: each folder a stage, and a stage imports only from stages before it
// (records/ and text/ serve all). This reads the real import statements, so a new module that breaks the order fails.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../../src/lib/', import.meta.url));
/** Stage folders in pipeline order; the same rank may import each other's modules only within one folder. */
const STAGES = ['records', 'text', 'seeds', 'stories', 'compare', 'quotes', 'present', 'output'];
const rank = (folder: string) => (folder === 'records' || folder === 'text' ? 0 : STAGES.indexOf(folder));

const modules = readdirSync(LIB, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => relative(LIB, join(e.parentPath, e.name)).split(sep).join('/'))
  .sort();

function importsOf(module: string): string[] {
  const source = readFileSync(join(LIB, module), 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gmu)].map((m) =>
    relative(LIB, resolve(dirname(join(LIB, module)), m[1]!)).split(sep).join('/'),
  );
}
const graph = new Map(modules.map((m) => [m, importsOf(m)]));
const folderOf = (m: string) => m.split('/')[0]!;

describe('src/lib is laid out by pipeline stage', () => {
  it('has no loose module but the pipeline entry, and every folder is a known stage', () => {
    expect(modules.filter((m) => !m.includes('/'))).toEqual(['pipeline.ts']);
    expect([...new Set(modules.filter((m) => m.includes('/')).map(folderOf))].filter((f) => !STAGES.includes(f))).toEqual([]);
  });

  it('imports only from the same stage or an earlier one (records/ and text/ from nothing later)', () => {
    const backwards: string[] = [];
    for (const [m, imports] of graph) {
      if (m === 'pipeline.ts') continue;
      for (const target of imports) {
        if (target === 'pipeline.ts' || rank(folderOf(target)) > rank(folderOf(m))) backwards.push(`${m} → ${target}`);
        else if (rank(folderOf(target)) === rank(folderOf(m)) && rank(folderOf(m)) !== 0 && folderOf(target) !== folderOf(m))
          backwards.push(`${m} → ${target}`);
      }
    }
    expect(backwards).toEqual([]);
  });

  it('has no import circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (m: string, path: string[]) => {
      if (state.get(m) === 'done') return;
      if (state.get(m) === 'open') {
        circles.push([...path.slice(path.indexOf(m)), m].join(' → '));
        return;
      }
      state.set(m, 'open');
      for (const t of graph.get(m) ?? []) visit(t, [...path, m]);
      state.set(m, 'done');
    };
    for (const m of modules) visit(m, []);
    expect(circles).toEqual([]);
  });
});
