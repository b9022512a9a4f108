import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../../src/lib/seeds/loadSeeds.ts';
import { compareStories } from '../../../src/lib/pipeline.ts';
import { namesIn, relateStories } from '../../../src/lib/stories/relateStories.ts';
import type { Article } from '../../../src/lib/records/article.ts';
import { makeArticle } from '../../support/makeArticle.ts';

const HELD_OUT = 'tests/fixtures/heldout';

describe('namesIn', () => {
  it('reads names as written, inside sentences, without possessives, sentence starts or quotation starts', () => {
    const a = makeArticle('a', [
      'Dockers in Le Havre walked out on Monday, the CGT union said. Karim Benali’s members joined them.',
      'Officials said “Nobody wins” as talks with Transport Minister Étienne Morel failed.',
    ]);
    expect(namesIn(a)).toEqual(['CGT', 'Karim Benali', 'Le Havre', 'Transport Minister Étienne Morel']);
  });
});

describe('relateStories', () => {
  const story = (id: string, ...articles: Article[]) => ({ story: { id, articles: articles.map((a) => a.id) }, articles });
  const run = (...stories: ReturnType<typeof story>[]) =>
    relateStories(
      stories.map((s) => s.story),
      stories.flatMap((s) => s.articles),
    );
  const strike = (id: string, published: string | null, text: string) => ({ ...makeArticle(id, [text]), published });
  const A = 'Dockers at Le Havre, Dunkirk and Marseille-Fos struck over automation, said Karim Benali of the CGT.';
  const B = 'The CGT’s Karim Benali led pickets in Dunkirk, Le Havre and Marseille-Fos against port automation.';

  it('links two reports in other words that name the same people and places, both ways, with what they share', () => {
    const links = run(story('x', strike('x1', '2025-03-03', A)), story('y', strike('y1', '2025-03-04', B)));
    expect(links.get('x')).toEqual([{ story: 'y', strength: 1, shared: ['Karim Benali', 'Le Havre', 'CGT', 'Dunkirk', 'Marseille-Fos'] }]);
    expect(links.get('y')!.map((l) => l.story)).toEqual(['x']);
  });

  it('does not link them when they are dated weeks apart, nor when they share too few names', () => {
    expect(run(story('x', strike('x1', '2025-03-03', A)), story('y', strike('y1', '2025-04-03', B))).get('x')).toEqual([]);
    const other = strike('z1', '2025-03-03', 'A bookshop in Le Havre reopened on Monday after a crowdfunding drive by its readers.');
    expect(run(story('x', strike('x1', '2025-03-03', A)), story('z', other)).get('x')).toEqual([]);
  });

  it('on the held-out captures, links the independent report of the dock strike to its wire story, and nothing else', () => {
    const files = readdirSync(HELD_OUT)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ file: `seeds/${f}`, bytes: readFileSync(`${HELD_OUT}/${f}`) }));
    const { articles } = buildArticles(files);
    const { stories } = compareStories(articles);
    const labels = JSON.parse(readFileSync(`${HELD_OUT}/labels.json`, 'utf8')) as { articles: Record<string, { story: string; sameEvent?: string }> };
    const event = (id: string) => labels.articles[id]!.sameEvent ?? labels.articles[id]!.story;
    for (const s of stories) {
      const mine = event(s.articles[0]!);
      const expected = stories.filter((o) => o.id !== s.id && event(o.articles[0]!) === mine).map((o) => o.id);
      expect(s.sameEvent.map((l) => l.story).sort(), s.id).toEqual(expected.sort());
    }
    expect(stories.filter((s) => s.sameEvent.length > 0)).toHaveLength(2);
  });
});
