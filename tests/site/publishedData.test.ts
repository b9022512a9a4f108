import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/lib/seeds/loadSeeds.ts';

// Runs against the site that `npm test` builds first.
const index = 'dist/api/index.json';
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('the published JSON under dist/api/', () => {
  it('exists: run `npm run build` (npm test does) before the tests', () => {
    expect(existsSync(index)).toBe(true);
  });

  it('lists every article with the documented fields, in seed order, and the story each belongs to', () => {
    const data = read(index) as { format: number; articles: Record<string, unknown>[]; stories: { id: string; articles: string[] }[] };
    expect(data.format).toBe(3);
    const seeds = loadSeeds(process.cwd()).articles;
    expect(data.articles.map((a) => a.id)).toEqual(seeds.map((a) => a.id));
    for (const a of data.articles) {
      for (const key of ['id', 'outlet', 'headline', 'url', 'published', 'source', 'story']) expect(a).toHaveProperty(key);
      expect(a).not.toHaveProperty('blocks');
      expect(String(a.source)).toMatch(/^seeds\//);
      expect(data.stories.find((s) => s.id === a.story)!.articles).toContain(a.id);
    }
    expect(data.articles.find((a) => a.id === '2024-05-15-moscow-times')!.published).toBe('2024-05-15');
    expect(data.articles.find((a) => a.source === 'seeds/unknown-outlet-putin-grateful-to-beijing.md')!.outlet).toBeNull();
  });

  it('publishes one file per story with its articles in full, its comparisons, collation and quotations', () => {
    const { stories } = read(index) as { stories: { id: string; articles: string[] }[] };
    for (const s of stories) {
      const doc = read(`dist/api/stories/${s.id}.json`) as { story: { id: string }; articles: { id: string; blocks: Record<string, unknown>[] }[]; comparisons: { story: string }[]; collation: { story: string } };
      expect(doc.story.id).toBe(s.id);
      expect(doc.articles.map((a) => a.id)).toEqual(s.articles);
      for (const b of doc.articles.flatMap((a) => a.blocks)) for (const key of ['id', 'kind', 'text', 'line']) expect(b).toHaveProperty(key);
      expect(doc.comparisons.every((c) => c.story === s.id)).toBe(true);
      expect(doc.collation.story).toBe(s.id);
    }
  });

  it('publishes each text once: a one-sided row points to its blocks, the quote index to the story files', () => {
    const { stories, quotes } = read(index) as { stories: { id: string }[]; quotes: { groups: number; files: string[] } };
    type Row = { kind: string; aBlocks: string[]; bBlocks: string[]; segments: unknown[] };
    const docs = new Map(
      stories.map((s) => [
        s.id,
        read(`dist/api/stories/${s.id}.json`) as {
          articles: { id: string; blocks: { id: string }[] }[];
          comparisons: { rows: Row[] }[];
          collation: { rows: { sourceBlock: string }[] };
          quotes: { id: string; occurrences: unknown[] }[];
        },
      ]),
    );
    const oneSided = [...docs.values()].flatMap((d) => d.comparisons.flatMap((c) => c.rows)).filter((r) => r.kind === 'only-a' || r.kind === 'only-b');
    expect(oneSided.length).toBeGreaterThan(0);
    for (const r of oneSided) expect(r.segments).toEqual([]);
    // A row's first blocks and whether it counts are its aBlocks, bBlocks and blockKind: not published twice.
    for (const r of [...docs.values()].flatMap((d) => d.comparisons.flatMap((c) => c.rows))) for (const key of ['a', 'b', 'counted']) expect(r).not.toHaveProperty(key);
    const groups = quotes.files.flatMap((f) => (read(`dist/api/${f}`) as { quotes: { id: string; stories: string[]; occurrences?: unknown }[] }).quotes);
    expect(groups).toHaveLength(quotes.groups);
    for (const g of groups) {
      expect(g).not.toHaveProperty('occurrences');
      const held = g.stories.flatMap((id) => docs.get(id)!.quotes.filter((q) => q.id === g.id));
      expect(held.length, g.id).toBeGreaterThan(0);
      expect(held.every((q) => q.occurrences.length > 0)).toBe(true);
    }
    for (const [id, doc] of docs) {
      const own = new Set(doc.articles.map((a) => a.id));
      for (const q of doc.quotes) for (const o of q.occurrences as { article: string }[]) expect(own.has(o.article), `${id}: ${q.id}`).toBe(true);
      // A collation row's text is its source block's, found in the same file.
      const blocks = new Set(doc.articles.flatMap((a) => a.blocks.map((b) => b.id)));
      for (const row of doc.collation.rows) {
        expect(row).not.toHaveProperty('text');
        expect(blocks.has(row.sourceBlock)).toBe(true);
      }
    }
  });
});
