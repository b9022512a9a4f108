// Small presentation facts derived from records, shared by pages and reports.
import type { Article, BlockKind } from '../records/article.ts';
import type { Story } from '../records/comparison.ts';

export const KIND_LABELS: Record<BlockKind, string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  byline: 'Byline',
  dateline: 'Dateline',
  caption: 'Photo caption',
  body: 'Paragraph',
  subhead: 'Subheading',
  related: 'Related link',
  promo: 'Promotion',
  boilerplate: 'Site furniture',
  note: 'Note',
  meta: 'Capture metadata',
};

/** The language the site's own words are written in (`<html lang>`). */
export const SITE_LANGUAGE = 'en';
/**
 * The `lang` attribute for an article's text: its language when it differs from the site's, so a screen reader reads
 * a German article in German; none otherwise, which keeps the attribute off every row of English pages.
 */
export function textLang(language: string): string | undefined {
  return language.split('-')[0] === SITE_LANGUAGE ? undefined : language;
}

/** A story's title, or its first article's (`first`) when no article of it has a headline. */
export function storyTitle(story: Pick<Story, 'title'>, first: Article): string {
  return story.title ?? articleTitle(first);
}

/** Longest opening of a sentence that stands in for a missing headline, in characters. */
const STAND_IN_CHARS = 80;

/**
 * The headline, or, when the capture has none, the opening words of the first paragraph in quotation marks: the
 * article's own words, shown as a quotation rather than passed off as a headline (ArticleHeader says so in words).
 */
export function articleTitle(a: Article): string {
  if (a.headline) return a.headline;
  const first = (a.blocks.find((b) => b.kind === 'body')?.sentences[0] ?? a.blocks[0]!.text).trim();
  if (first.length <= STAND_IN_CHARS) return `“${first}”`;
  const cut = first.slice(0, STAND_IN_CHARS + 1);
  const atWord = cut.lastIndexOf(' ') > STAND_IN_CHARS / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut.slice(0, STAND_IN_CHARS);
  return `“${atWord.replace(/[\s,;:.–—-]+$/u, '')}…”`;
}

export function outletName(a: Article): string {
  return a.outlet ?? 'Unknown outlet';
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Dates are formatted in UTC with a fixed locale, so the machine building the site never changes the output. */
export function formatDate(iso: string | null): string {
  return iso ? DATE_FORMAT.format(new Date(`${iso}T00:00:00Z`)) : 'Date unknown';
}

/** A share as a whole percentage: the one formatter pages, reports and the terminal use. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Stories per page of the story list; the home page shows the largest few in detail. */
export const STORIES_PER_PAGE = 50;
export const HOME_STORIES = 10;
/** Versions of a story listed on the home page: the reference and those that stray most. */
export const HOME_VERSIONS = 5;
/** Other versions an article or comparison page offers to compare with (the closest first); the story page lists all. */
export const SWITCHER_MAX = 8;
