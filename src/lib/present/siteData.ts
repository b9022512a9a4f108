// Lookups the pages share, computed once from the validated records.
import type { Article } from '../records/article.ts';
import type { Collation, Comparison, Story } from '../records/comparison.ts';
import { loadRecords } from '../records/load.ts';
import { orientComparison } from '../compare/orientComparison.ts';
import type { QuoteGroup } from '../records/quote.ts';
import { quoteMarks, type QuoteMark } from './quoteMarks.ts';
import { quoteIndexHrefs, speakerPath, speakers, type SpeakerEntry } from './quoteIndexView.ts';
import { compareCodeUnits } from '../text/order.ts';
import { storyTitle } from './labels.ts';
import { comparisonPages } from './comparisonPages.ts';

export interface SiteData {
  articles: Article[];
  stories: Story[];
  /** A story's title, or its first article's when no article has a headline. */
  storyTitle: (storyId: string) => string;
  article: (id: string) => Article;
  storyOf: (articleId: string) => Story;
  collationOf: (storyId: string) => Collation;
  /** Every comparison of an article, oriented with it on the left, most similar first. */
  comparisonsOf: (articleId: string) => Comparison[];
  quotes: QuoteGroup[];
  /** Site path of a quote group in the paged index, with its anchor. */
  quoteHref: (groupId: string) => string;
  /** Every speaker, most quoted first, with the site path (without the base) of what the index shows of them. */
  speakers: (SpeakerEntry & { path: string })[];
  /** Quotation spans by block id, for one article. */
  quoteMarksOf: (articleId: string) => Map<string, QuoteMark[]>;
  /** Stories with the most versions first (then by id): the order of the home page and the story list. */
  storiesBySize: Story[];
  /** The comparisons of one story, as stored. */
  comparisonsOfStory: (storyId: string) => Comparison[];
  /** Every comparison as stored: one per pair, older (or parent) first. One unified diff each. */
  comparisons: Comparison[];
  /** The version an article derives from most directly (null for a story's reference). */
  parentOf: (articleId: string) => string | null;
  /** The comparison an article's page shows (oriented with it on the left): with its parent, else its closest version. */
  shownComparison: (articleId: string) => Comparison | null;
  /** Stored comparisons (older, or parent, first) that have a page of their own: all but a version and its parent. */
  comparePages: Comparison[];
  /** The site path of the comparison of two articles (its one page, whichever way round they are given). */
  comparePath: (x: string, y: string) => string;
  /** Site path of the unified diff of two compared articles. */
  diffPath: (x: string, y: string) => string;
}

let cached: SiteData | null = null;

export function siteData(): SiteData {
  if (cached) return cached;
  const records = loadRecords();
  const articles = new Map(records.articles.map((a) => [a.id, a]));
  const storyOf = new Map(records.stories.flatMap((s) => s.articles.map((id) => [id, s] as const)));
  const collations = new Map(records.collations.map((c) => [c.story, c]));
  const pairs = new Map<string, Comparison[]>();
  for (const c of records.comparisons) {
    for (const side of [c.a, c.b]) {
      if (!pairs.has(side)) pairs.set(side, []);
      pairs.get(side)!.push(orientComparison(c, side));
    }
  }
  for (const list of pairs.values()) list.sort((x, y) => y.similarity - x.similarity || compareCodeUnits(x.b, y.b));
  const pages = comparisonPages(records.stories, records.comparisons);
  const byStory = new Map<string, Comparison[]>();
  for (const c of records.comparisons) {
    if (!byStory.has(c.story)) byStory.set(c.story, []);
    byStory.get(c.story)!.push(c);
  }
  const quoteHrefs = quoteIndexHrefs(records.quotes);
  const quoteHref = (id: string) => quoteHrefs.get(id) ?? 'quotes/';
  const marks = quoteMarks(records.quotes, (id) => quoteHrefs.get(id)!);
  const stories = new Map(records.stories.map((s) => [s.id, s]));
  cached = {
    quotes: records.quotes,
    quoteMarksOf: (id) => marks.get(id) ?? new Map(),
    quoteHref,
    speakers: speakers(records.quotes).map((s) => ({ ...s, path: speakerPath(s, quoteHref) })),
    articles: records.articles,
    stories: records.stories,
    storyTitle: (id) => {
      const story = stories.get(id)!;
      return storyTitle(story, articles.get(story.articles[0]!)!);
    },
    article: (id) => articles.get(id)!,
    storyOf: (id) => storyOf.get(id)!,
    collationOf: (id) => collations.get(id)!,
    comparisonsOf: (id) => pairs.get(id) ?? [],
    storiesBySize: [...records.stories].sort((x, y) => y.articles.length - x.articles.length || compareCodeUnits(x.id, y.id)),
    comparisonsOfStory: (id) => byStory.get(id) ?? [],
    comparisons: records.comparisons,
    parentOf: pages.parentOf,
    shownComparison: (id) => pages.shownOn(id, pairs.get(id) ?? []),
    comparePages: pages.standalone,
    comparePath: pages.path,
    diffPath: pages.diffPath,
  };
  return cached;
}
