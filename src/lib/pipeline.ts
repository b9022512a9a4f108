// The whole pipeline, seed files to validated records, in the order of its stages. This is the one place that order
// is written: the build, the reports, `npm run compare` and the tests all call `buildRecords`.
//
//   seeds/    read each capture, classify its lines into blocks, mark lines that recur across one site
//   stories/  group articles into stories; link stories that report one event in other words
//   compare/  align and diff the linked versions of each story; collate each story
//   quotes/   find, attribute and group quotations across the collection
import type { Article, Records } from './records/article.ts';
import { RecordsSchema } from './records/article.ts';
import type { Collation, Comparison, Story } from './records/comparison.ts';
import { buildArticles, type ArticleCache, type SeedFile } from './seeds/loadSeeds.ts';
import { groupStories } from './stories/groupStories.ts';
import { relateStories } from './stories/relateStories.ts';
import { compareArticles } from './compare/compareArticles.ts';
import { collateStory } from './compare/collateStory.ts';
import { summarizeStoryEdits } from './compare/editSummary.ts';
import { buildQuoteIndex } from './quotes/index.ts';
import { compareCodeUnits } from './text/order.ts';

export type { ArticleCache, SeedFile };

export interface BuiltRecords {
  records: Records;
  warnings: string[];
  /** Milliseconds spent in each stage. */
  timings: { parsing: number; comparing: number; quotations: number };
}

/**
 * Pure: the same files, in any order, give the same records (a cache only saves the work of building an article it
 * has seen). Throws `SeedErrors` naming every unusable seed.
 */
export function buildRecords(files: SeedFile[], cache?: ArticleCache): BuiltRecords {
  const t0 = performance.now();
  const { articles, warnings } = buildArticles(files, cache);
  const t1 = performance.now();
  const { stories, comparisons, collations } = compareStories(articles);
  const t2 = performance.now();
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));
  const events = new Map(stories.map((s) => [s.id, s.sameEvent.map((e) => e.story)]));
  const { quotes } = buildQuoteIndex(articles, (id) => storyOf.get(id)!, (story) => events.get(story) ?? []);
  const t3 = performance.now();
  return {
    records: RecordsSchema.parse({ articles, stories, comparisons, collations, quotes }),
    warnings,
    timings: { parsing: t1 - t0, comparing: t2 - t1, quotations: t3 - t2 },
  };
}

/**
 * Groups the articles into stories, compares the pairs each story links (every version with its parent and its
 * reference: linear in the versions, never every pair), collates each story against its
 * reference and links stories that report the same event in other words. Each story's work needs only its own
 * members. Output order is fixed: stories by id, comparisons by story then a then b.
 */
export function compareStories(articles: Article[]): {
  stories: Story[];
  comparisons: Comparison[];
  collations: Collation[];
} {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories: Story[] = [];
  const comparisons: Comparison[] = [];
  const collations: Collation[] = [];
  for (const group of groupStories(articles)) {
    // The text itself tells which way a trimmed copy or a partial rewrite went (the whole came first): the story
    // model's direction for that pair. A copy or an edited version says nothing of it; dates decide those.
    const derivedFrom = new Map(group.members.filter((m) => m.derivation === 'trimmed' || m.derivation === 'partial').map((m) => [m.article, m.parent]));
    const pairs = group.links.map((l) => {
      const known = derivedFrom.get(l.b) === l.a ? { from: l.a, to: l.b } : derivedFrom.get(l.a) === l.b ? { from: l.b, to: l.a } : null;
      return compareArticles(byId.get(l.a)!, byId.get(l.b)!, {
        story: group.id,
        relation: l.relation,
        direction: known && { ...known, basis: 'derivation' as const },
      });
    });
    const withReference = new Map(
      pairs.filter((c) => c.a === group.reference || c.b === group.reference).map((c) => [c.a === group.reference ? c.b : c.a, c] as const),
    );
    const versions = group.members
      .filter((m) => m.article !== group.reference)
      .map((m) => byId.get(m.article)!)
      .sort((x, y) => (withReference.get(y.id)?.similarity ?? 0) - (withReference.get(x.id)?.similarity ?? 0) || compareCodeUnits(x.id, y.id));
    const collation = collateStory(group.id, byId.get(group.reference)!, versions, (id) => withReference.get(id));
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
