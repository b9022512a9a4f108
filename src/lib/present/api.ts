// The published JSON (dist/api/), laid out so no file grows with the corpus: an index of every story and article
// (metadata only), one file per story with everything about it, and the quote index in pages.
import type { Article, Records } from '../records/article.ts';
import type { QuoteGroup } from '../records/quote.ts';
import type { Comparison, Story } from '../records/comparison.ts';

/** Quote groups per page of api/quotes/<n>.json. */
export const QUOTES_PER_FILE = 500;
/** Comparisons a story file holds itself; a larger story's are in api/stories/<id>/comparisons/<n>.json, this many each. */
export const COMPARISONS_PER_FILE = 200;

export type ArticleSummary = Omit<Article, 'blocks'> & { story: string };

export interface ApiIndex {
  /** Format version: 2 split the API into this index, api/stories/<id>.json and api/quotes/<n>.json. */
  format: 2;
  stories: (Omit<Story, 'edits' | 'styleChanges' | 'exclusive' | 'links' | 'members'> & { versions: number })[];
  articles: ArticleSummary[];
  quotes: { groups: number; files: string[] };
}

export function apiIndex(records: Records): ApiIndex {
  const storyOf = new Map(records.stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
  return {
    format: 2,
    stories: records.stories.map(({ edits: _e, styleChanges: _s, exclusive: _x, links: _l, members, ...rest }) => ({ ...rest, versions: members.length })),
    articles: records.articles.map(({ blocks: _b, ...rest }) => ({ ...rest, story: storyOf.get(rest.id)! })),
    quotes: { groups: records.quotes.length, files: quoteFiles(records.quotes).map((_, i) => `quotes/${i + 1}.json`) },
  };
}

/**
 * A comparison as published: a row whose two sides read the same, style included, carries no segments (its text is
 * its blocks' text, published with the articles) — most rows of most comparisons, and half the weight of the API.
 */
export function publishedComparison(c: Comparison): Comparison {
  return { ...c, rows: c.rows.map((r) => (r.segments.every((s) => s.op === 'equal') ? { ...r, segments: [] } : r)) };
}

/** An article as published in a story file: its blocks without `sentences` (split `text` where sentences are wanted). */
export function publishedArticle(a: Article) {
  return { ...a, blocks: a.blocks.map(({ sentences: _s, ...block }) => block) };
}

/** Everything about one story: its record, its articles in full, its comparisons, its collation, its quotations. */
export function storyDocument(records: Records, id: string) {
  const story = records.stories.find((s) => s.id === id)!;
  const members = new Set(story.articles);
  return {
    story,
    articles: records.articles.filter((a) => members.has(a.id)).map(publishedArticle),
    ...comparisonsOf(records, id),
    collation: records.collations.find((c) => c.story === id)!,
    quotes: records.quotes.filter((q) => q.stories.includes(id)),
  };
}

/** The quote index in files of QUOTES_PER_FILE groups, in the index's order. */
export function quoteFiles(quotes: QuoteGroup[]): QuoteGroup[][] {
  const out: QuoteGroup[][] = [];
  for (let i = 0; i < quotes.length; i += QUOTES_PER_FILE) out.push(quotes.slice(i, i + QUOTES_PER_FILE));
  return out.length ? out : [[]];
}

/** The story's comparisons, in the story file when they fit, else the list of files that hold them. */
function comparisonsOf(records: Records, id: string): { comparisons: Comparison[] } | { comparisonFiles: string[] } {
  const files = comparisonFiles(records, id);
  return files.length === 1 ? { comparisons: files[0]! } : { comparisonFiles: files.map((_, i) => `stories/${id}/comparisons/${i + 1}.json`) };
}

/** A story's comparisons as published, cut into files of COMPARISONS_PER_FILE. */
export function comparisonFiles(records: Records, id: string): Comparison[][] {
  const all = records.comparisons.filter((c) => c.story === id).map(publishedComparison);
  const out: Comparison[][] = [];
  for (let i = 0; i < all.length; i += COMPARISONS_PER_FILE) out.push(all.slice(i, i + COMPARISONS_PER_FILE));
  return out.length ? out : [[]];
}
