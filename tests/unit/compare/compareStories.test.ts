import { describe, expect, it } from 'vitest';
import { compareStories } from '../../../src/lib/pipeline.ts';
import { CollationSchema, ComparisonSchema, StorySchema } from '../../../src/lib/records/comparison.ts';
import { collateStory } from '../../../src/lib/compare/collateStory.ts';
import { compareArticles } from '../../../src/lib/compare/compareArticles.ts';
import { frozenSeeds } from '../../support/frozenSeeds.ts';
import { makeArticle } from '../../support/makeArticle.ts';
import { OTHER, PARAS } from './makeArticle.ts';

describe('buildComparisons on the seeds', () => {
  const { articles } = frozenSeeds();
  const out = compareStories(articles);

  it('produces records that satisfy their schemas, one comparison per link', () => {
    out.stories.forEach((s) => StorySchema.parse(s));
    out.comparisons.forEach((c) => ComparisonSchema.parse(c));
    out.collations.forEach((c) => CollationSchema.parse(c));
    expect(out.comparisons.map((c) => [c.story, c.a, c.b])).toEqual(
      out.stories.flatMap((s) => s.links.map((l) => [s.id, l.a, l.b])),
    );
    for (const s of out.stories)
      for (const l of s.links) expect(l.similarity).toBe(out.comparisons.find((c) => c.a === l.a && c.b === l.b)!.similarity);
  });

  it('is deterministic, whatever order the articles come in', () => {
    const again = compareStories([...articles].reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(out));
  });

  it('sums up the story’s edits, with the style changes apart', () => {
    const story = out.stories.find((s) => s.articles.includes('ndtv-putin-hails-china'))!;
    expect(story.edits.map((e) => `${e.from} → ${e.to}`)).toContain('war → crisis');
    expect(story.edits.every((e) => !e.style)).toBe(true);
    expect(story.styleChanges.map((e) => e.from)).toEqual(['stabilize']);
    expect(story.exclusive).toEqual([]);
  });

  it('collates each story: every body paragraph of every article appears in exactly one cell', () => {
    for (const col of out.collations) {
      col.articles.forEach((id, i) => {
        const body = articles.find((a) => a.id === id)!.blocks.filter((b) => b.kind === 'body').map((b) => b.id);
        const cited = col.rows.flatMap((r) => r.cells[i]?.blocks ?? []);
        expect(new Set(cited)).toEqual(new Set(body));
      });
    }
  });
});

describe('collateStory', () => {
  it('lays out the reference’s passages in reading order, each version’s cells read off its comparison with the reference', () => {
    const edited = PARAS[2]!.replace('cod', 'herring');
    const a = makeArticle('a', PARAS);
    const b = makeArticle('b', [PARAS[0]!, edited, PARAS[3]!, PARAS[4]!, PARAS[5]!, PARAS[1]!]);
    const c = makeArticle('c', [PARAS[0]!, OTHER[0]!, PARAS[1]!]);
    const withA = new Map([b, c].map((x) => [x.id, compareArticles(a, x, { story: 's', relation: 'version' })]));
    const col = collateStory('s', a, [b, c], (id) => withA.get(id));
    expect(col.articles).toEqual(['a', 'b', 'c']);
    const grid = col.rows.map((r) => r.cells.map((x) => (x ? x.state : '-')).join(' '));
    // c reads OTHER[0] after PARAS[0], so that is where the passage the reference lacks goes.
    expect(grid).toEqual([
      'same same same',
      '- - same',
      'same moved same',
      'same edited -',
      'same same -',
      'same same -',
      'same same -',
    ]);
    expect(col.rows[1]!.source).toBe('c');
  });

  it('gives a passage that several versions add, in the same words, one row', () => {
    const a = makeArticle('a', PARAS.slice(0, 3));
    const b = makeArticle('b', [...PARAS.slice(0, 3), OTHER[1]!]);
    const c = makeArticle('c', [...PARAS.slice(0, 3), OTHER[1]!.replace('’', "'")]);
    const withA = new Map([b, c].map((x) => [x.id, compareArticles(x, a, { story: 's', relation: 'version' })]));
    const col = collateStory('s', a, [b, c], (id) => withA.get(id));
    expect(col.rows.map((r) => r.cells.map((x) => (x ? x.state : '-')).join(' '))).toEqual(['same same same', 'same same same', 'same same same', '- same same']);
  });
});
