// The published JSON (dist/api/), laid out so no file grows with the corpus: an index of every story and article
// (metadata only), one file per story with everything about it, and the quote index in pages. Each text is published
// once, in its article's blocks: the rest point to it.
import type { Article, Records } from '../records/article.ts';
import type { QuoteGroup } from '../records/quote.ts';
import type { Comparison, ComparisonRow, Story } from '../records/comparison.ts';

/** Quote groups per page of api/quotes/<n>.json. */
export const QUOTES_PER_FILE = 500;
/** Comparisons a story file holds itself; a larger story's are in api/stories/<id>/comparisons/<n>.json, this many each. */
export const COMPARISONS_PER_FILE = 200;

export type ArticleSummary = Omit<Article, 'blocks'> & { story: string };

export interface ApiIndex {
  /**
   * Format version: 2 split the API into this index, api/stories/<id>.json and api/quotes/<n>.json; 3 left out what
   * repeated an article's text (a one-sided row's segments, the quote index's occurrences).
   */
  format: 3;
  stories: (Omit<Story, 'edits' | 'styleChanges' | 'exclusive' | 'links' | 'members'> & { versions: number })[];
  articles: ArticleSummary[];
  quotes: { groups: number; files: string[] };
}

export function apiIndex(records: Records): ApiIndex {
  const storyOf = new Map(records.stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
  return {
    format: 3,
    stories: records.stories.map(({ edits: _e, styleChanges: _s, exclusive: _x, links: _l, members, ...rest }) => ({ ...rest, versions: members.length })),
    articles: records.articles.map(({ blocks: _b, ...rest }) => ({ ...rest, story: storyOf.get(rest.id)! })),
    quotes: { groups: records.quotes.length, files: quoteFiles(records.quotes).map((_, i) => `quotes/${i + 1}.json`) },
  };
}

/** A comparison row as published: without `a`, `b` (its first blocks) and `counted` (its blockKind is body). */
export type PublishedRow = Omit<ComparisonRow, 'a' | 'b' | 'counted'>;
export type PublishedComparison = Omit<Comparison, 'rows'> & { rows: PublishedRow[] };

/**
 * A comparison as published: a row whose two sides read the same, style included, or that only one side has, carries
 * no segments (its text is its blocks' text, published with the articles) — most rows of most comparisons, and half
 * the weight of the API. A row's fields that repeat its others are left out.
 */
export function publishedComparison(c: Comparison): PublishedComparison {
  const ownText = (r: ComparisonRow) => r.kind === 'only-a' || r.kind === 'only-b' || r.segments.every((s) => s.op === 'equal');
  return {
    ...c,
    rows: c.rows.map((row) => {
      const { a: _a, b: _b, counted: _c, ...r } = row;
      return ownText(row) ? { ...r, segments: [] } : r;
    }),
  };
}

/** A quote group as the paged quote index publishes it: without its occurrences, which its stories' files hold. */
export type IndexedQuoteGroup = Omit<QuoteGroup, 'occurrences'>;

/** An article as published in a story file: its blocks without `sentences` (split `text` where sentences are wanted). */
export function publishedArticle(a: Article) {
  return { ...a, blocks: a.blocks.map(({ sentences: _s, ...block }) => block) };
}

/**
 * Everything about one story: its record, its articles in full, its comparisons, its collation (each passage's text is
 * its source block's, not repeated), its quote groups with their occurrences in this story (a quotation carried by
 * other stories too lists the rest in their files).
 */
export function storyDocument(records: Records, id: string) {
  const story = records.stories.find((s) => s.id === id)!;
  const members = new Set(story.articles);
  const collation = records.collations.find((c) => c.story === id)!;
  return {
    story,
    articles: records.articles.filter((a) => members.has(a.id)).map(publishedArticle),
    ...comparisonsOf(records, id),
    collation: { ...collation, rows: collation.rows.map(({ text: _t, ...row }) => row) },
    quotes: records.quotes.filter((q) => q.stories.includes(id)).map((q) => ({ ...q, occurrences: q.occurrences.filter((o) => members.has(o.article)) })),
  };
}

/** The quote index in files of QUOTES_PER_FILE groups, in the index's order. */
export function quoteFiles(quotes: QuoteGroup[]): IndexedQuoteGroup[][] {
  const out: IndexedQuoteGroup[][] = [];
  for (let i = 0; i < quotes.length; i += QUOTES_PER_FILE) out.push(quotes.slice(i, i + QUOTES_PER_FILE).map(({ occurrences: _o, ...group }) => group));
  return out.length ? out : [[]];
}

/** The story's comparisons, in the story file when they fit, else the list of files that hold them. */
function comparisonsOf(records: Records, id: string): { comparisons: PublishedComparison[] } | { comparisonFiles: string[] } {
  const files = comparisonFiles(records, id);
  return files.length === 1 ? { comparisons: files[0]! } : { comparisonFiles: files.map((_, i) => `stories/${id}/comparisons/${i + 1}.json`) };
}

/** A story's comparisons as published, cut into files of COMPARISONS_PER_FILE. */
export function comparisonFiles(records: Records, id: string): PublishedComparison[][] {
  const all = records.comparisons.filter((c) => c.story === id).map(publishedComparison);
  const out: PublishedComparison[][] = [];
  for (let i = 0; i < all.length; i += COMPARISONS_PER_FILE) out.push(all.slice(i, i + COMPARISONS_PER_FILE));
  return out.length ? out : [[]];
}
