import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/lib/seeds/loadSeeds.ts';

// Runs against the site that `npm test` builds first.
const path = 'dist/api/articles.json';

describe('dist/api/articles.json', () => {
  it('exists: run `npm run build` (npm test does) before the tests', () => {
    expect(existsSync(path)).toBe(true);
  });

  it('publishes every article with the documented fields, in seed order', () => {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { articles: Record<string, unknown>[] };
    const seeds = loadSeeds(process.cwd()).articles;
    expect(data.articles.map((a) => a.id)).toEqual(seeds.map((a) => a.id));
    for (const a of data.articles) {
      for (const key of ['id', 'outlet', 'headline', 'url', 'published', 'source', 'blocks']) expect(a).toHaveProperty(key);
      expect(String(a.source)).toMatch(/^seeds\//);
      const blocks = a.blocks as Record<string, unknown>[];
      for (const b of blocks) for (const key of ['id', 'kind', 'text', 'line']) expect(b).toHaveProperty(key);
    }
    const mt = data.articles.find((a) => a.id === '2024-05-15-moscow-times')!;
    expect(mt.published).toBe('2024-05-15');
    expect(data.articles.find((a) => a.source === 'seeds/unknown-outlet-putin-grateful-to-beijing.md')!.outlet).toBeNull();
  });
});
