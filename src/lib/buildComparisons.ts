// The comparison engine's entry point: articles in; stories, pairwise comparisons and collations out.
import type { Article } from './schema.ts';
import type { Collation, Comparison, Story } from './comparisonSchema.ts';
import { groupStories } from './groupStories.ts';
import { compareArticles } from './compareArticles.ts';
import { collateStory } from './collateStory.ts';
import { summarizeStoryEdits } from './editSummary.ts';
import { compareCodeUnits } from './compareCodeUnits.ts';
import { relateStories } from './relateStories.ts';

/**
 * Groups the articles into stories, compares every linked pair of a story (pairs that share no text have nothing
 * to show), collates each story and links stories that report the same event in other words. Output order is fixed: stories by id, comparisons by story then a then b.
 */
export function buildComparisons(articles: Article[]): {
  stories: Story[];
  comparisons: Comparison[];
  collations: Collation[];
} {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories: Story[] = [];
  const comparisons: Comparison[] = [];
  const collations: Collation[] = [];
  for (const group of groupStories(articles)) {
    const pairs = group.links.map((l) =>
      compareArticles(byId.get(l.a)!, byId.get(l.b)!, { story: group.id, relation: l.relation }),
    );
    const collation = collateStory(
      group.id,
      group.articles.map((id) => byId.get(id)!),
    );
    const { edits, styleChanges } = summarizeStoryEdits(pairs);
    stories.push({
      ...group,
      links: group.links.map((l, k) => ({ ...l, similarity: pairs[k]!.similarity })),
      edits,
      styleChanges,
      exclusive: collation.rows
        .map((r) => r.cells.map((c, i) => ({ c, article: collation.articles[i]! })).filter((x) => x.c !== null))
        .filter((present) => present.length === 1 && collation.articles.length > 1)
        .map(([only]) => ({ article: only!.article, blocks: only!.c!.blocks })),
      sameEvent: [],
    });
    comparisons.push(...pairs);
    collations.push(collation);
  }
  const events = relateStories(stories, articles);
  for (const s of stories) s.sameEvent = events.get(s.id) ?? [];
  comparisons.sort((x, y) => compareCodeUnits(x.story, y.story) || compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b));
  return { stories, comparisons, collations };
}
